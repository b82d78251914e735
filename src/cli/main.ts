/** The CLI: the same engine as the action, flags instead of INPUT_*, exit code instead of setFailed. */
import os from 'node:os'
import path from 'node:path'
import { errorLine } from '../errors.js'
import { renderCellTable } from '../report/table.js'
import { runEngine } from '../run/engine.js'
import { helpText, parseCliArgs } from './args.js'
import { terminalLog } from './terminal-log.js'

declare const __VERSION__: string | undefined

export async function runCli(argv: string[]): Promise<number> {
  const env = process.env
  const log = terminalLog(env.GO_CROSS_MATRIX_DEBUG === '1' || env.RUNNER_DEBUG === '1')
  try {
    const args = parseCliArgs(argv)
    if (args.help) {
      console.log(helpText())
      return 0
    }
    if (args.version) {
      console.log(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev')
      return 0
    }
    const cacheHome = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')
    const ctx = await runEngine({
      raw: (name) => args.values.get(name),
      workspace: process.cwd(),
      dirs: {
        toolCache: env.RUNNER_TOOL_CACHE || path.join(cacheHome, 'go-cross-matrix', 'tool-cache'),
        temp: env.RUNNER_TEMP || path.join(os.tmpdir(), `go-cross-matrix-${process.pid}`),
        cache: path.join(cacheHome, 'go-cross-matrix')
      },
      env: { ...env },
      log
    })
    if (ctx.cells.length) console.log(`\n${renderCellTable(ctx.cells)}`)
    if (ctx.failure) {
      log.error(ctx.failure)
      return 1
    }
    return 0
  } catch (err) {
    log.debug(err instanceof Error && err.stack ? err.stack : String(err))
    console.error(`error: ${errorLine(err)}`)
    return 1
  }
}
