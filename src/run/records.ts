/** Records of a run that results.json carries (imports nothing of the pipeline). */

/** What happened to a stage, in results.json `stages`. */
export interface StageRecord {
  name: string
  status: 'ran' | 'skipped' | 'failed' | 'not-run'
  /** why it was skipped, or its error line */
  reason?: string
  durationMs: number
}
