/**
 * mode: plan. Resolves versions and targets and lays the cells out as a GitHub Actions matrix,
 * so `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}` fans them out over runners
 * (one job per target by default, or per cell), each entry carrying the inputs to pass back
 * into `mode: run`. A target named in runner-map gets its own runner (e.g. native arm64).
 */
import type { Config } from '../config/config.js'
import { targetName, type Target } from '../platform/platforms.js'
import { isSharded, type PlanFile, type PlannedCell } from './types.js'

export type { MatrixEntry, PlanFile, PlannedCell } from './types.js'
import { toolchainOptions, type RunContext, type Stage } from '../run/context.js'
import { resolveToolchainVersions } from '../toolchain/setup.js'
import { cellId } from '../cells/types.js'
import { moduleAxis, moduleRef } from '../module/modules.js'
import { register } from '../run/files.js'
import { shardPlan } from './shard-plan.js'
import { writeJsonAtomic } from '../report/results.js'
import path from 'node:path'

/** What mode: plan leaves in out-dir (and uploads as `<artifact-name>-plan`) for mode: merge. */
export const PLAN_FILE = 'plan.json'

/** The planned cells no merged results hold. */
export function missingPlannedCells(plan: PlanFile, found: ReadonlySet<string>): PlannedCell[] {
  return plan.cells.filter((c) => !found.has(c.id))
}

const cgoText = (modes: boolean[]): string => modes.map((m) => (m ? '1' : '0')).join(',')

/**
 * Race cells run on a job's own host, so only one job per Go version may add them: the first
 * entry holding linux/amd64 (GitHub's default runner), else the first entry.
 */
function raceOwner(entries: Array<{ targets: Target[] }>): number {
  const i = entries.findIndex((e) => e.targets.some((t) => targetName(t) === 'linux/amd64'))
  return i < 0 ? 0 : i
}

export function planMatrix(config: Config, versions: string[]): PlanFile {
  const raw: Array<{ versions: string[]; targets: Target[]; cgo: boolean[] }> = []
  if (config.planGranularity === 'cell') {
    for (const v of versions)
      for (const t of config.targets)
        for (const c of config.cgo) raw.push({ versions: [v], targets: [t], cgo: [c] })
  } else {
    for (const t of config.targets) raw.push({ versions, targets: [t], cgo: config.cgo })
  }
  const owners = new Set<string>()
  // Without linux/amd64 (GitHub's default runner) among the targets, the first entry of each
  // version keeps race, as with one job per target.
  const hasAmd64 = config.targets.some((t) => targetName(t) === 'linux/amd64')
  const cells: PlannedCell[] = []
  const include = raw.map((entry, index) => {
    const target = targetName(entry.targets[0])
    // With one job per cell, the race cell of a version goes with its first linux/amd64 entry.
    const raceKey = `${entry.versions.join(',')}`
    const ownsRace =
      config.planGranularity === 'cell'
        ? (target === 'linux/amd64' || !hasAmd64) && !owners.has(raceKey)
        : index === raceOwner(raw)
    if (ownsRace) owners.add(raceKey)
    const runsOn = config.runnerMap.get(target)
    const label = [
      entry.versions.length === 1 ? `go${entry.versions[0]}` : '',
      target,
      config.cgo.length > 1 && entry.cgo.length === 1 ? `cgo=${cgoText(entry.cgo)}` : ''
    ]
    const name = label.filter(Boolean).join(' ')
    const ids: string[] = []
    // Every job runs every module (the modules are one checkout): their cells are the job's.
    for (const module of moduleAxis(config.modules))
      for (const go of entry.versions)
        for (const t of entry.targets)
          for (const cgo of entry.cgo) {
            const id = cellId(go, t, cgo, false, module?.key)
            ids.push(id)
            cells.push({
              id,
              ...(module ? { module: moduleRef(module) } : {}),
              go,
              target: t,
              cgo,
              job: name
            })
          }
    return {
      name,
      'go-versions': entry.versions.join(', '),
      targets: target,
      cgo: cgoText(entry.cgo),
      race: ownsRace ? config.race : 'false',
      cells: ids.join(' '),
      packages: config.packages.join(' '),
      shard: '',
      ...(runsOn ? { 'runs-on': runsOn } : {})
    }
  })
  return { include, cells }
}

export const planStage: Stage = {
  name: 'plan',
  async run(ctx: RunContext) {
    const resolved = await resolveToolchainVersions(toolchainOptions(ctx))
    const versions = resolved.map((r) => r.version)
    const whole = planMatrix(ctx.config, versions)
    const plan = isSharded(ctx.config.shards) ? await shardPlan(ctx, whole, versions) : whole
    ctx.plan = { include: plan.include, versions: resolved.map((r) => r.version) }
    ctx.log.info(
      `${plan.include.length} matrix jobs for ${resolved.map((r) => `go${r.version}`).join(', ')}:`
    )
    for (const e of plan.include) ctx.log.info(`  ${e.name}${e['runs-on'] ? ` on ${e['runs-on']}` : ''}`)
    await writeJsonAtomic(path.join(ctx.config.outDir, PLAN_FILE), plan)
    register(ctx.files, { path: PLAN_FILE, kind: 'plan' })
  }
}
