/**
 * Errors the user can act on. Entry points print their message as one line and exit 1,
 * without a stack trace: the message must name the input (or the thing) and what is valid.
 */
export class UserError extends Error {
  override readonly name = 'UserError'
}

/** A bad input value: "<input>: <what was given> is not valid; <what is>". */
export class InputError extends UserError {
  constructor(
    readonly input: string,
    detail: string
  ) {
    super(`${input}: ${detail}`)
  }
}

/** One line for any error: its message, with the class name when it is not a plain Error. */
export function errorLine(err: unknown): string {
  if (err instanceof UserError) return err.message
  if (err instanceof Error)
    return (err.name === 'Error' ? err.message : `${err.name}: ${err.message}`).split('\n')[0]
  return String(err)
}
