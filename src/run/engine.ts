/**
 * The engine both entry points call: build the config, lay out the context, run the mode's
 * stages. It knows nothing of GitHub or of terminals: those come in as the Log and as outputs.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { InputError, errorLine } from '../errors.js'
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
  /** which entry point runs the engine: the CLI asks before changing the system (install-deps: auto) */
  entry: 'action' | 'cli'
  /** the entry point's own remarks on the inputs, logged once they are known to be valid */
  warnings?: string[]
  /** where mode: merge finds the jobs without merge-from (the action: artifacts) */
  mergeSource?: RunContext['mergeSource']
  /** who runs the build, for the provenance (the action: the workflow run) */
  buildPlatform?: RunContext['buildPlatform']
}

export async function runEngine(opts: EngineOptions): Promise<RunContext> {
  const startedAt = Date.now()
  const config = await buildConfig(opts.raw, opts.workspace)
  for (const w of [...(opts.warnings ?? []), ...config.warnings]) opts.log.warning(w)
  await mkdir(opts.dirs.temp, { recursive: true })
  // @actions/cache and @actions/artifact stage their archives under RUNNER_TEMP.
  process.env.RUNNER_TEMP ??= opts.dirs.temp
  const ctx: RunContext = {
    config,
    log: opts.log,
    host: hostPlatform(),
    env: opts.env,
    dirs: opts.dirs,
    entry: opts.entry,
    mergeSource: opts.mergeSource,
    buildPlatform: opts.buildPlatform,
    startedAt,
    toolchains: [],
    emulation: new Map(),
    cells: [],
    caches: [],
    artifacts: {},
    timings: {},
    stages: [],
    files: []
  }
  await prepareOutDir(config.outDir, config.mode)
  const failure = await runStages(ctx, stagesFor(config.mode, opts.hooks))
  // Before any cell ran, an error is the whole story: its one line and the entry point's exit
  // code for its kind. After, it is reported with the results the always-stages wrote.
  if (failure && ctx.cells.length === 0) throw failure.error
  return ctx
}

/**
 * What a run writes into out-dir. A previous run's are removed first, so that a run that fails
 * early never leaves an old report claiming success, and nothing stays on disk that this run's
 * results.json does not describe. Nothing else in out-dir is touched.
 */
const RUN_OUTPUTS = [
  'results.json',
  'summary.md',
  'checksums.txt',
  'provenance.intoto.json',
  'provenance.sigstore.json',
  'plan.json',
  'bin',
  'sbom',
  'coverage',
  'logs',
  'junit'
]

/** Checks out-dir can be written before any work, and clears the previous run's outputs. */
async function prepareOutDir(outDir: string, mode: string): Promise<void> {
  if (mode === 'plan') return
  try {
    await mkdir(outDir, { recursive: true })
    const probe = path.join(outDir, `.write-test-${process.pid}`)
    await writeFile(probe, '')
    await rm(probe)
    await Promise.all(RUN_OUTPUTS.map((f) => rm(path.join(outDir, f), { recursive: true, force: true })))
  } catch (err) {
    throw new InputError(
      'out-dir',
      `cannot write to ${outDir} (${(err as NodeJS.ErrnoException).code ?? errorLine(err)}); give a writable folder`
    )
  }
}
