/** The shapes of mode: plan's output (imports nothing of the pipeline, so the context can name them). */
import type { Target } from '../platform/platforms.js'
import type { ModuleRef } from '../module/modules.js'

export interface MatrixEntry {
  /** a short label for the job name */
  name: string
  'go-versions': string
  targets: string
  cgo: string
  race: string
  /** the ids of the cells this job runs (race cells aside: they depend on the job's runner), space separated; mode: merge checks every one has results */
  cells: string
  /** the packages this job tests (the packages input, or a shard's import paths), space separated */
  packages: string
  /** "k/N" when the job is one shard of its cells' packages, else "" */
  shard: string
  'runs-on'?: string
}

/** A cell mode: plan laid out, with the job (matrix entry name) that runs it. */
export interface PlannedCell {
  id: string
  /** the cell's module when the run has several */
  module?: ModuleRef
  go: string
  target: Target
  cgo: boolean
  job: string
  /** the number of jobs (shards) that each test a part of this cell's packages; absent: 1 */
  shards?: number
}

/** plan.json: the matrix, and every (non-race) cell it holds. */
export interface PlanFile {
  include: MatrixEntry[]
  cells: PlannedCell[]
}

/** One job's share of a cell's packages: shard `index` of `count` (1-based). */
export interface Shard {
  index: number
  count: number
}

/** The `shards` input: a number of jobs per planned job, or a target time for each. */
export type ShardSpec = { count: number } | { targetMs: number }

/** Whether the `shards` input asks for more than one job per planned job. */
export const isSharded = (spec: ShardSpec): boolean => !('count' in spec && spec.count === 1)
