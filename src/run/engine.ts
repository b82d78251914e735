/**
 * The engine both entry points call: build the config, lay out the context, run the mode's
 * stages. It knows nothing of GitHub or of terminals: those come in as the Log and as outputs.
 */
import { mkdir } from 'node:fs/promises'
import { buildConfig, type RawInputs } from '../config/config.js'
import type { Log } from '../log.js'
import { hostPlatform } from '../toolchain/host.js'
import { runStages, type RunContext, type RunDirs } from './context.js'
import { stagesFor, type StageHooks } from './stages.js'

export interface EngineOptions {
  raw: RawInputs
  workspace: string
  dirs: RunDirs
  env: NodeJS.ProcessEnv
  log: Log
  hooks?: StageHooks
}

export async function runEngine(opts: EngineOptions): Promise<RunContext> {
  const startedAt = Date.now()
  const config = await buildConfig(opts.raw, opts.workspace)
  for (const w of config.warnings) opts.log.warning(w)
  await mkdir(opts.dirs.temp, { recursive: true })
  // @actions/tool-cache reads the cache root from the environment.
  process.env.RUNNER_TOOL_CACHE = opts.dirs.toolCache
  process.env.RUNNER_TEMP ??= opts.dirs.temp
  const ctx: RunContext = {
    config,
    log: opts.log,
    host: hostPlatform(),
    env: opts.env,
    dirs: opts.dirs,
    startedAt,
    toolchains: [],
    emulation: new Map(),
    cells: [],
    caches: [],
    artifacts: {},
    timings: {}
  }
  await runStages(ctx, stagesFor(config.mode, opts.hooks))
  return ctx
}
