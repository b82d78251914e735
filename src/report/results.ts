/**
 * results.json, schemaVersion 1 (design.md): fields may be added, never renamed. Written
 * atomically (temp file + rename) so a reader never sees half a file.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { CellResult } from '../cells/types.js'
import type { TargetEmulation } from '../emulation/setup.js'
import type { RunContext, StageRecord } from '../run/context.js'
import type { RunFile } from '../run/files.js'

export interface ToolchainRecord {
  version: string
  spec: string
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
  cells: CellResult[]
  coverage: { merged: number | null; profile: string | null }
  timings: Record<string, number>
  /** each stage: ran, skipped (with the reason), failed (with its error line) or not-run */
  stages: StageRecord[]
  /** why the run failed, when it did */
  failure: string | null
  /** every file the run wrote into out-dir (relative paths), with its kind and cell */
  files: RunFile[]
  durationMs: number
}

export function buildResults(ctx: RunContext): Results {
  return {
    schemaVersion: 1,
    passed: !ctx.failure,
    mode: ctx.config.mode,
    host: { os: ctx.host.goos, arch: ctx.host.goarch },
    toolchains: ctx.toolchains.map((t) => ({
      version: t.version,
      spec: t.specs.join(', '),
      path: t.path,
      source: t.source,
      sha256: t.sha256 ?? null,
      h1: t.h1 ?? null,
      verified: t.verified,
      durationMs: t.durationMs
    })),
    emulation: [...ctx.emulation.values()],
    cells: ctx.cells,
    coverage: { merged: ctx.coverage?.merged ?? null, profile: ctx.coverage?.profile ?? null },
    timings: ctx.timings,
    stages: ctx.stages,
    failure: ctx.failure ?? null,
    files: ctx.files,
    durationMs: Date.now() - ctx.startedAt
  }
}

export async function writeJsonAtomic(file: string, data: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const tmp = `${file}.tmp-${process.pid}`
  await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`)
  await rename(tmp, file)
}

export function resultsFile(ctx: RunContext): string {
  return path.join(ctx.config.outDir, 'results.json')
}
