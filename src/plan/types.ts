/** The shapes of mode: plan's output (imports nothing of the pipeline, so the context can name them). */
import type { Target } from '../platform/platforms.js'

export interface MatrixEntry {
  /** a short label for the job name */
  name: string
  'go-versions': string
  targets: string
  cgo: string
  race: string
  /** the ids of the cells this job runs (race cells aside: they depend on the job's runner), space separated; mode: merge checks every one has results */
  cells: string
  'runs-on'?: string
}

/** A cell mode: plan laid out, with the job (matrix entry name) that runs it. */
export interface PlannedCell {
  id: string
  go: string
  target: Target
  cgo: boolean
  job: string
}

/** plan.json: the matrix, and every (non-race) cell it holds. */
export interface PlanFile {
  include: MatrixEntry[]
  cells: PlannedCell[]
}
