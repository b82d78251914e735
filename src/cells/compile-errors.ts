/** Compiler errors from go build / go test stderr ("./x.go:12:3: undefined: y"), for annotations. */
import path from 'node:path'

export interface CompileError {
  /** absolute path of the file */
  file: string
  line: number
  column: number
  message: string
}

const COMPILE_ERROR = /^(?:vet: )?((?:\.{1,2}\/|\/)?[\w.\-/]+\.go):(\d+):(\d+): (.+)$/
const MAX_ERRORS = 50

export function parseCompileErrors(stderr: string, cwd: string): CompileError[] {
  const errors: CompileError[] = []
  for (const line of stderr.split('\n')) {
    const m = COMPILE_ERROR.exec(line.trim())
    if (!m || errors.length >= MAX_ERRORS) continue
    errors.push({ file: path.resolve(cwd, m[1]), line: Number(m[2]), column: Number(m[3]), message: m[4] })
  }
  return errors
}
