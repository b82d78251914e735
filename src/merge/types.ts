/** What mode: merge reads, wherever it comes from (local out-dirs or a workflow run's artifacts). */
import type { PlanFile } from '../plan/types.js'
import type { Results } from '../report/results-types.js'

/** One job's results and the folder its files are in; and the plan, when there was one. */
export interface MergeSources {
  parts: Array<{ name: string; results: Results; dir: string }>
  plan?: PlanFile
  /** where the plan would have been, for the warning when it is not */
  planWhere: string
}
