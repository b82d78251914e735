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

/**
 * The run could not be carried out for a reason outside the inputs: no toolchain could be
 * fetched, emulation that was required cannot be set up, a service is unreachable.
 */
export class EnvironmentError extends UserError {}

/**
 * Exit codes of the CLI (README): 0 all cells passed, 1 a cell failed, 2 bad usage or input,
 * 3 could not run (toolchain, emulation, service, or anything unexpected).
 */
export const EXIT = { passed: 0, cellFailed: 1, badInput: 2, couldNotRun: 3 } as const

export function exitCodeOf(err: unknown): number {
  if (err instanceof EnvironmentError) return EXIT.couldNotRun
  if (err instanceof UserError) return EXIT.badInput
  return EXIT.couldNotRun
}

/** One line for any error: its message, with the class name when it is not a plain Error. */
export function errorLine(err: unknown): string {
  if (err instanceof UserError) return err.message
  if (err instanceof Error)
    return (err.name === 'Error' ? err.message : `${err.name}: ${err.message}`).split('\n')[0]
  return String(err)
}
