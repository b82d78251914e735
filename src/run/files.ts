/**
 * The run's list of what it wrote: every file in out-dir with its kind and, for a cell's, the
 * cell. Stages register what they write; uploads, merge and results.json read this list instead
 * of knowing paths, so a new evidence file is one register() where it is written.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { CellResult } from '../cells/types.js'

export type FileKind =
  | 'binary'
  | 'sbom'
  | 'coverage'
  | 'log'
  | 'junit'
  | 'checksums'
  | 'provenance'
  | 'results'
  | 'report'
  | 'plan'

export interface RunFile {
  /** relative to out-dir, forward slashes */
  path: string
  kind: FileKind
  /** the cell that made it; none for run-wide files */
  cell?: string
}

/** Adds files once each (a path registered twice keeps its first record). */
export function register(files: RunFile[], ...added: RunFile[]): void {
  for (const f of added) if (!files.some((x) => x.path === f.path)) files.push(f)
}

/** What a cell wrote, read from its result (and the stderr log when go wrote one). */
export function cellFiles(cell: CellResult, outDir: string): RunFile[] {
  const of = (p: string | null | undefined, kind: FileKind): RunFile[] =>
    p && existsSync(path.join(outDir, p)) ? [{ path: p.split(path.sep).join('/'), kind, cell: cell.id }] : []
  return [
    ...cell.binaries.flatMap((b) => of(b.path, 'binary')),
    ...(cell.sboms ?? []).flatMap((s) => of(s, 'sbom')),
    ...of(cell.coverageProfile, 'coverage'),
    ...of(cell.log, 'log'),
    ...of(cell.log?.replace(/\.jsonl$/, '.stderr.log'), 'log'),
    ...of(cell.junit, 'junit'),
    // a merged sharded cell keeps each shard's own files
    ...(cell.shards ?? []).flatMap((s) => [
      ...of(s.log, 'log'),
      ...of(s.log?.replace(/\.jsonl$/, '.stderr.log'), 'log'),
      ...of(s.junit, 'junit'),
      ...of(s.coverageProfile, 'coverage')
    ])
  ]
}
