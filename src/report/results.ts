/**
 * results.json, schemaVersion 1 (design.md): fields may be added, never renamed. Written
 * atomically (temp file + rename) so a reader never sees half a file.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RunContext } from '../run/context.js'
import type { Results } from './results-types.js'
import { runModules } from '../module/modules.js'

export type { Results, ToolchainRecord } from './results-types.js'

export function buildResults(ctx: RunContext): Results {
  const modules = runModules(ctx.config.modules, ctx.cells)
  return {
    schemaVersion: 1,
    passed: !ctx.failure,
    mode: ctx.config.mode,
    host: { os: ctx.host.goos, arch: ctx.host.goarch },
    toolchains: ctx.toolchains.map((t) => ({
      version: t.version,
      spec: t.specs.join(', '),
      specs: t.specs,
      path: t.path,
      source: t.source,
      sha256: t.sha256 ?? null,
      h1: t.h1 ?? null,
      verified: t.verified,
      durationMs: t.durationMs
    })),
    emulation: [...ctx.emulation.values()],
    ...(modules.length ? { modules } : {}),
    cells: ctx.cells,
    coverage: { merged: ctx.coverage?.merged ?? null, profile: ctx.coverage?.profile ?? null },
    timings: ctx.timings,
    stages: ctx.stages,
    failure: ctx.failure ?? null,
    files: ctx.files,
    provenance: ctx.provenance ?? null,
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
