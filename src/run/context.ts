/**
 * The one typed context every stage reads and extends, as in GoReleaser's pipes: the config,
 * the host, where things go, and what earlier stages produced.
 */
import type { Config } from '../config/config.js'
import { EnvironmentError, UserError, errorLine } from '../errors.js'
import type { Log } from '../log.js'
import type { HostPlatform } from '../toolchain/host.js'
import type { CellResult } from '../cells/types.js'
import type { TargetEmulation } from '../emulation/setup.js'
import type { MatrixEntry } from '../plan/types.js'
import type { RunFile } from './files.js'
import type { MergeSources } from '../merge/types.js'
import type { ProvenanceRecord, StageRecord } from './records.js'
import type { BuildPlatform } from '../evidence/provenance-types.js'

export type { StageRecord } from './records.js'
import type { InstalledToolchain } from '../toolchain/install.js'
import type { Govulncheck } from '../vulncheck/govulncheck.js'
import type { ToolchainSetupOptions } from '../toolchain/setup.js'

export interface RunDirs {
  /** RUNNER_TOOL_CACHE, or the CLI's cache folder */
  toolCache: string
  /** RUNNER_TEMP, or a temp folder of the CLI */
  temp: string
  /** GOCACHE folders per Go version live here (the Actions cache saves and restores them) */
  cache: string
}

export interface RunContext {
  readonly config: Config
  readonly log: Log
  readonly host: HostPlatform
  /** the runner's environment; cells lay their own values over it */
  readonly env: NodeJS.ProcessEnv
  readonly dirs: RunDirs
  /** the entry point: the action, or the CLI (which asks before changing the system) */
  readonly entry: 'action' | 'cli'
  readonly startedAt: number
  toolchains: InstalledToolchain[]
  /** per target name (linux/arm64): how its tests run */
  emulation: Map<string, TargetEmulation>
  cells: CellResult[]
  /** the merged coverage, once the evidence stage ran */
  coverage?: { merged: number | null; profile: string }
  /** Actions caches restored (action only) */
  caches: Array<{ label: string; key: string; matchedKey: string | null }>
  /** artifact name -> id (action only) */
  artifacts: Record<string, number>
  /** mode: plan's matrix */
  plan?: { include: MatrixEntry[]; versions: string[] }
  /** an earlier run's results.json the entry point restored (the action: the Actions cache), to balance shards */
  shardHistoryFile?: string
  /** a GOROOT for tools (go tool cover) when the run's own toolchains are not on this machine (merge) */
  toolGoroot?: string
  /** ms per stage, and evidence work inside cells (binary checks, SBOMs) */
  timings: Record<string, number>
  /** what happened to each stage, in order */
  stages: StageRecord[]
  /** every file the run wrote into out-dir, with its kind and cell */
  files: RunFile[]
  /** where mode: merge finds the jobs when merge-from is not given (the action: the workflow run's artifacts) */
  readonly mergeSource?: (ctx: RunContext) => Promise<MergeSources>
  /** who runs the build, for the provenance (the action: the workflow run); none: a local run */
  readonly buildPlatform?: BuildPlatform
  /** the provenance statement, once written (and its attestation, once signed) */
  provenance?: ProvenanceRecord
  /** the scanner of vulncheck: binary/source, once the govulncheck stage installed or found it */
  govulncheck?: Govulncheck
  /** set by the stages that decide the run failed; the entry point turns it into exit 1 */
  failure?: string
}

/** What the toolchain stage needs from the context (config overridable, e.g. one version for merge). */
export function toolchainOptions(ctx: RunContext, config: Config = ctx.config): ToolchainSetupOptions {
  return {
    config,
    host: ctx.host,
    env: ctx.env,
    toolCacheDir: ctx.dirs.toolCache,
    tempDir: ctx.dirs.temp,
    log: ctx.log
  }
}

/** One step of the pipeline: small, named, and only about its own concern. */
export interface Stage {
  readonly name: string
  /** runs even after an earlier stage failed, so what was produced is still written and reported */
  readonly always?: boolean
  /** false: the stage makes log groups of its own (GitHub does not nest them) */
  readonly group?: boolean
  /** a reason not to run in this context (logged), or undefined to run */
  skip?(ctx: RunContext): string | undefined
  run(ctx: RunContext): Promise<void>
}

/** The first failure of a run, with the stage it happened in. */
export interface StageFailure {
  stage: string
  error: unknown
}

/**
 * Runs the stages in order, as GoReleaser's middleware wraps its pipes: each in a log group
 * (a ::group:: on GitHub), timed, skipped with its reason when skip() gives one. The first
 * failure is kept with its stage's name and stops the stages that are not `always`; the
 * `always` ones (results, summary, uploads) still run, cells or not, unless the failure is a
 * bad input, which leaves nothing behind but its one line. A later failure of an `always`
 * stage is a warning. Returns the first failure.
 */
export async function runStages(
  ctx: RunContext,
  stages: readonly Stage[]
): Promise<StageFailure | undefined> {
  let first: StageFailure | undefined
  for (const stage of stages) {
    const started = Date.now()
    const record = (status: StageRecord['status'], reason?: string) =>
      ctx.stages.push({ name: stage.name, status, reason, durationMs: Date.now() - started })
    if (first && (!stage.always || isInputError(first.error))) {
      record('not-run', `after ${first.stage} failed`)
      continue
    }
    const reason = stage.skip?.(ctx)
    if (reason) {
      ctx.log.info(`${stage.name}: skipped (${reason})`)
      record('skipped', reason)
      continue
    }
    try {
      if (stage.group === false) await stage.run(ctx)
      else await ctx.log.group(stage.name, () => stage.run(ctx))
      record('ran')
    } catch (err) {
      record('failed', errorLine(err))
      if (first) {
        ctx.log.warning(`${stage.name}: ${errorLine(err)}`)
        continue
      }
      first = { stage: stage.name, error: err }
      ctx.failure ??= `${stage.name}: ${errorLine(err)}`
    }
    ctx.timings[`stage:${stage.name}`] = Date.now() - started
  }
  return first
}

/** A bad input (not a fault of the machine or a service): nothing is written after it. */
function isInputError(err: unknown): boolean {
  return err instanceof UserError && !(err instanceof EnvironmentError)
}
