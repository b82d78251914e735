/** Records of a run that results.json carries (imports nothing of the pipeline). */

/** What happened to a stage, in results.json `stages`. */
export interface StageRecord {
  name: string
  status: 'ran' | 'skipped' | 'failed' | 'not-run'
  /** why it was skipped, or its error line */
  reason?: string
  durationMs: number
}

/** results.json `provenance`: the SLSA provenance statement, and its attestation when signed. */
export interface ProvenanceRecord {
  /** provenance.intoto.json, relative to out-dir */
  statement: string
  /** how many binaries it names */
  subjects: number
  /** attest: true: the signed statement as GitHub stored it */
  attestation: AttestationRecord | null
}

export interface AttestationRecord {
  /** GitHub's id of the stored attestation */
  id: string | null
  /** where GitHub shows it */
  url: string | null
  /** the Sigstore bundle, relative to out-dir (for `gh attestation verify --bundle`) */
  bundle: string
  /** the transparency log index, when the public-good Rekor logged it */
  tlogIndex: string | null
}
