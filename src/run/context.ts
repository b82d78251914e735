/**
 * The one typed context every stage reads and extends, as in GoReleaser's pipes: the config,
 * the host, where things go, and what earlier stages produced.
 */
import type { Config } from '../config/config.js'
import { errorLine } from '../errors.js'
import type { Log } from '../log.js'
import type { HostPlatform } from '../toolchain/host.js'
import type { CellResult } from '../cells/types.js'
import type { TargetEmulation } from '../emulation/setup.js'
import type { MatrixEntry } from '../plan/matrix.js'
import type { InstalledToolchain } from '../toolchain/install.js'
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
  plan?: { include: MatrixEntry[] }
  /** a GOROOT for tools (go tool cover) when the run's own toolchains are not on this machine (merge) */
  toolGoroot?: string
  /** ms per stage, and evidence work inside cells (binary checks, SBOMs) */
  timings: Record<string, number>
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
  run(ctx: RunContext): Promise<void>
}

export async function runStages(ctx: RunContext, stages: readonly Stage[]): Promise<void> {
  let failed: unknown
  for (const stage of stages) {
    if (failed !== undefined && !(stage.always && ctx.cells.length > 0)) continue
    const started = Date.now()
    try {
      await stage.run(ctx)
    } catch (err) {
      if (failed !== undefined) {
        ctx.log.warning(`${stage.name}: ${errorLine(err)}`)
        continue
      }
      failed = err
      ctx.failure ??= `${stage.name}: ${errorLine(err)}`
    }
    ctx.timings[`stage:${stage.name}`] = Date.now() - started
    ctx.log.debug(`stage ${stage.name}: ${Date.now() - started} ms`)
  }
  if (failed !== undefined) throw failed
}
