/** The engine's Log for a terminal: plain lines, warnings and errors on stderr. */
import type { Log } from '../log.js'

export function terminalLog(verbose: boolean): Log {
  return {
    info: (m) => console.log(m),
    warning: (m) => console.error(`warning: ${m}`),
    error: (m) => console.error(`error: ${m}`),
    debug: (m) => {
      if (verbose) console.error(`debug: ${m}`)
    },
    group: async (title, fn) => {
      console.log(`── ${title}`)
      return fn()
    }
  }
}
