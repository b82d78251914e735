/**
 * Package shards: one cell's packages split over several matrix jobs, and put back together by
 * mode: merge. The plan balances the shards by the package durations an earlier run recorded
 * (results.json `packages[].elapsedMs`), by package count when there is none.
 *
 * Pure logic only (no go, no files): the plan stage lists the packages and reads the history.
 */
import type { CellResult } from '../cells/types.js'
import { targetName, type Target } from '../platform/platforms.js'
import type { Shard, ShardSpec } from './types.js'

export type { Shard, ShardSpec } from './types.js'

export const shardLabel = (s: Shard): string => `${s.index}/${s.count}`

/** A sharded cell's own files carry the shard, so the jobs of one cell never collide in merge. */
export function cellFileStem(id: string, shard: Shard | null | undefined): string {
  return shard ? `${id}.shard${shard.index}of${shard.count}` : id
}

/**
 * Package durations per cell flavour (target, cgo, race), the longest seen across Go versions:
 * the versions change from run to run (a new patch release), the packages' cost hardly does.
 */
export type DurationHistory = Map<string, Map<string, number>>

export function flavourKey(target: Target | string, cgo: boolean, race: boolean): string {
  const name = typeof target === 'string' ? target : targetName(target)
  return `${name}${cgo ? ' cgo' : ''}${race ? ' race' : ''}`
}

type HistoryCell = Pick<CellResult, 'goos' | 'goarch' | 'variant' | 'cgo' | 'race' | 'packages'>

export function durationHistory(cells: HistoryCell[]): DurationHistory {
  const history: DurationHistory = new Map()
  for (const cell of cells) {
    const target = targetName({ goos: cell.goos, goarch: cell.goarch, variant: cell.variant })
    const key = flavourKey(target, cell.cgo, cell.race)
    const durations = history.get(key) ?? new Map<string, number>()
    history.set(key, durations)
    for (const p of cell.packages ?? []) {
      // A cached answer took no time to give: it says nothing about what the tests cost.
      if (p.cached || p.status === 'running') continue
      durations.set(p.package, Math.max(durations.get(p.package) ?? 0, p.elapsedMs))
    }
  }
  return history
}

/**
 * What a package costs beyond its test run, per cell: compiling and linking its test binary and
 * starting it. go test's `Elapsed` (our elapsedMs) does not include it; bench/scale measured
 * 140-160 ms per package on 2 cores, about 40% of a shard of 50 small packages.
 */
export const PACKAGE_FIXED_COST_MS = 150

/**
 * Each package's weight for one job: its recorded durations over the job's cell flavours, plus
 * the fixed cost per flavour; a package without history weighs the median of those with one
 * (every package weighs 1 when nothing is known, which balances by count).
 */
export function packageWeights(
  packages: string[],
  flavours: string[],
  history: DurationHistory
): { weights: Map<string, number>; fromHistory: boolean } {
  const known = new Map<string, number>()
  for (const pkg of packages) {
    let total: number | undefined
    for (const f of flavours) {
      const ms = history.get(f)?.get(pkg)
      if (ms !== undefined) total = (total ?? 0) + ms + PACKAGE_FIXED_COST_MS
    }
    if (total !== undefined) known.set(pkg, total)
  }
  if (known.size === 0) return { weights: new Map(packages.map((p) => [p, 1])), fromHistory: false }
  const sorted = [...known.values()].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]
  return {
    weights: new Map(packages.map((p) => [p, known.get(p) ?? median])),
    fromHistory: true
  }
}

/** How many shards a job gets: the count asked for, or enough for each to take about targetMs. */
export function shardCount(
  spec: ShardSpec,
  totalWeightMs: number,
  fromHistory: boolean,
  packages: number
): number {
  const wanted = 'count' in spec ? spec.count : fromHistory ? Math.ceil(totalWeightMs / spec.targetMs) : 1
  return Math.max(1, Math.min(wanted, packages))
}

/**
 * Longest-processing-time-first: heaviest package to the lightest shard. Within 4/3 of the
 * best split, and deterministic (ties by name), so the same history gives the same plan.
 * Each shard keeps its packages in name order.
 */
export function partition(weights: Map<string, number>, count: number): string[][] {
  const shards = Array.from({ length: count }, () => ({ load: 0, packages: [] as string[] }))
  const order = [...weights.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  for (const [pkg, weight] of order) {
    let lightest = shards[0]
    for (const s of shards) if (s.load < lightest.load) lightest = s
    lightest.load += weight
    lightest.packages.push(pkg)
  }
  return shards.filter((s) => s.packages.length).map((s) => s.packages.sort())
}
