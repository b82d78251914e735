/** The engine's Log for a terminal: plain lines, warnings and errors on stderr, colour on a TTY. */
import { styleText } from 'node:util'
import type { Log } from '../log.js'

export type Style = (format: Parameters<typeof styleText>[0], text: string) => string

/**
 * Colour when the stream is a terminal, unless NO_COLOR is set (no-color.org) or TERM is dumb;
 * FORCE_COLOR turns it on anyway. Node's util.styleText does the painting.
 */
export function terminalStyle(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): Style {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0'
  const enabled = forced || (Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb')
  return enabled ? (format, text) => styleText(format, text) : (_format, text) => text
}

/**
 * Live status lines (downloads) on one terminal line of stderr, redrawn at most 10 times a
 * second and wiped before any other line is written; nothing at all when stderr is no terminal.
 */
class LiveLine {
  private readonly items = new Map<string, string>()
  private drawnAt = 0
  private shown = false

  constructor(private readonly stream: NodeJS.WriteStream) {}

  set(key: string, text: string): void {
    if (!this.stream.isTTY) return
    if (text) this.items.set(key, text)
    else this.items.delete(key)
    const now = Date.now()
    if (text && now - this.drawnAt < 100) return
    this.drawnAt = now
    this.clear()
    if (this.items.size === 0) return
    const width = this.stream.columns || 80
    this.stream.write(`↓ ${[...this.items.values()].join(' · ')}`.slice(0, width - 1))
    this.shown = true
  }

  clear(): void {
    if (!this.shown) return
    this.stream.write('\r\x1b[K')
    this.shown = false
  }
}

export function terminalLog(
  verbose: boolean,
  style: Style,
  out: NodeJS.WritableStream = process.stdout
): Log {
  const live = new LiveLine(process.stderr)
  const line = (stream: NodeJS.WritableStream, text: string) => {
    live.clear()
    stream.write(`${text}\n`)
  }
  return {
    info: (m) => line(out, m),
    warning: (m) => line(process.stderr, `${style('yellow', 'warning:')} ${m}`),
    error: (m) => line(process.stderr, `${style('red', 'error:')} ${m}`),
    debug: (m) => {
      if (verbose) line(process.stderr, `debug: ${m}`)
    },
    progress: (key, text) => live.set(key, text),
    group: async (title, fn) => {
      line(out, style('bold', `── ${title}`))
      return fn()
    }
  }
}
