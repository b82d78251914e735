/** The shape of results.json (schemaVersion 1: fields are added, never renamed). */
import type { CellResult } from '../cells/types.js'
import type { ModuleRecord } from '../module/modules.js'
import type { TargetEmulation } from '../emulation/setup.js'
import type { RunFile } from '../run/files.js'
import type { ProvenanceRecord, StageRecord } from '../run/records.js'

export interface ToolchainRecord {
  version: string
  /** the specs that chose it, joined: "1.22, oldstable" */
  spec: string
  /** the same specs as a list */
  specs?: string[]
  path: string
  source: 'cache' | 'dl' | 'proxy'
  sha256: string | null
  h1: string | null
  verified: boolean
  durationMs: number
}

export interface Results {
  schemaVersion: 1
  passed: boolean
  mode: string
  host: { os: string; arch: string }
  toolchains: ToolchainRecord[]
  emulation: TargetEmulation[]
  /** the modules of a run over several (each cell's `module` is one of them); absent with one module */
  modules?: ModuleRecord[]
  cells: CellResult[]
  coverage: { merged: number | null; profile: string | null }
  timings: Record<string, number>
  /** each stage: ran, skipped (with the reason), failed (with its error line) or not-run */
  stages: StageRecord[]
  /** why the run failed, when it did */
  failure: string | null
  /** every file the run wrote into out-dir (relative paths), with its kind and cell */
  files: RunFile[]
  /** the SLSA provenance statement over the binaries, and its attestation (attest: true); null: none written */
  provenance?: ProvenanceRecord | null
  durationMs: number
}
