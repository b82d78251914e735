/** The CLI: the same engine as the action, flags instead of INPUT_*, exit code instead of setFailed. */
import { rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { INPUTS } from '../config/inputs.js'
import { EXIT, errorLine, exitCodeOf } from '../errors.js'
import { renderFailureDetails } from '../report/failure-output.js'
import { compactResults, renderCellTable } from '../report/table.js'
import { runEngine } from '../run/engine.js'
import { TOOL } from '../version.js'
import { helpText, parseCliArgs } from './args.js'
import { terminalLog, terminalStyle } from './terminal-log.js'

export async function runCli(argv: string[]): Promise<number> {
  const env = process.env
  let ownTemp: string | undefined
  const verbose = env.GO_CROSS_MATRIX_DEBUG === '1' || env.RUNNER_DEBUG === '1'
  let log = terminalLog(verbose, terminalStyle(process.stderr, env))
  try {
    const args = parseCliArgs(argv)
    if (args.help) {
      console.log(helpText())
      return EXIT.passed
    }
    if (args.version) {
      console.log(TOOL.version)
      return EXIT.passed
    }
    const json = args.json
    // With --json, stdout carries the one JSON document; everything else goes to stderr.
    const out = json ? process.stderr : process.stdout
    const style = terminalStyle(out, env)
    log = terminalLog(verbose, style, out)
    const cacheHome = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache')
    // A temp folder of our own (no RUNNER_TEMP) goes when the run ends.
    if (!env.RUNNER_TEMP) ownTemp = path.join(os.tmpdir(), `go-cross-matrix-${process.pid}`)
    const ctx = await runEngine({
      // GitHub-only inputs are still checked (a bad value is a bad input), then not used.
      raw: (name) => args.values.get(name),
      workspace: process.cwd(),
      dirs: {
        toolCache: env.RUNNER_TOOL_CACHE || path.join(cacheHome, 'go-cross-matrix', 'tool-cache'),
        temp: env.RUNNER_TEMP || ownTemp!,
        cache: path.join(cacheHome, 'go-cross-matrix')
      },
      env: { ...env },
      log,
      entry: 'cli',
      warnings: INPUTS.filter((i) => i.githubOnly && args.values.has(i.name)).map(
        (i) => `--${i.name} only means something in GitHub Actions; the CLI ignores it`
      )
    })
    if (ctx.cells.length) {
      const details = renderFailureDetails(ctx.cells, ctx.config.outDir)
      if (details) out.write(`\n${details}\n`)
      out.write(`\n${renderCellTable(ctx.cells, style)}\n`)
    }
    if (json) {
      const document = ctx.plan
        ? JSON.stringify({ include: ctx.plan.include })
        : compactResults(ctx.cells, !ctx.failure)
      process.stdout.write(`${document}\n`)
    }
    if (ctx.failure) {
      log.error(ctx.failure)
      return EXIT.cellFailed
    }
    return EXIT.passed
  } catch (err) {
    log.debug(err instanceof Error && err.stack ? err.stack : String(err))
    console.error(`error: ${errorLine(err)}`)
    return exitCodeOf(err)
  } finally {
    if (ownTemp) await rm(ownTemp, { recursive: true, force: true })
  }
}
