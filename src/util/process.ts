/**
 * Child processes, always as argument arrays (never a shell), each in its own process group so
 * a timeout kills the whole tree: go, the compiler, test binaries and the emulator under them.
 */
import { spawn } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import type { Writable } from 'node:stream'

export interface ProcessOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** kill the whole process group after this long */
  timeoutMs?: number
  /** also stream stdout here (it is still captured unless captureStdout is false) */
  stdout?: Writable
  captureStdout?: boolean
  /** called with each stdout line, e.g. to parse `go test -json` events as they come */
  onStdoutLine?: (line: string) => void
}

export interface ProcessResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  timedOut: boolean
  durationMs: number
  /** the process could not be started at all (ENOENT, EACCES) */
  spawnError?: string
}

const KILL_GRACE_MS = 2000

export function runProcess(
  command: string,
  args: readonly string[],
  opts: ProcessOptions = {}
): Promise<ProcessResult> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32'
    })
    let stdout = ''
    let stderr = ''
    let pending = ''
    let timedOut = false
    let spawnError: string | undefined
    const killGroup = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid && process.platform !== 'win32') process.kill(-child.pid, signal)
        else child.kill(signal)
      } catch {
        // already gone
      }
    }
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true
            killGroup('SIGTERM')
            setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS).unref()
          }, opts.timeoutMs)
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString()
      if (opts.captureStdout !== false) stdout += text
      opts.stdout?.write(chunk)
      if (opts.onStdoutLine) {
        pending += text
        const lines = pending.split('\n')
        pending = lines.pop() ?? ''
        for (const line of lines) opts.onStdoutLine(line)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', (err) => (spawnError = err.message))
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer)
      if (pending && opts.onStdoutLine) opts.onStdoutLine(pending)
      // Whatever the group left behind (a test binary that ignored SIGTERM) goes too.
      if (timedOut) killGroup('SIGKILL')
      resolve({ code, signal, stdout, stderr, timedOut, durationMs: Date.now() - started, spawnError })
    })
  })
}

/** The first few meaningful lines of a tool's stderr, for a one-line reason. */
export function firstLines(text: string, count = 3): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, count)
    .join(' | ')
}

/** Finds an executable on PATH (like `which`), or undefined. */
export function which(name: string, pathEnv = process.env.PATH ?? ''): string | undefined {
  for (const dir of pathEnv.split(':').filter(Boolean)) {
    const candidate = `${dir}/${name}`
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}
