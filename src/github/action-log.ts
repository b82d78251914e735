/** The engine's Log as workflow commands, through @actions/core. */
import * as core from '@actions/core'
import type { Log } from '../log.js'

export const actionLog: Log = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  debug: (m) => core.debug(m),
  group: (title, fn) => core.group(title, fn)
}
