/**
 * Annotations for the run: one `::error` per failing test and place (file and line relative to
 * the repository), titled with the cells it fails in; compile errors; a warning per skipped
 * cell. GitHub shows 10 errors and 10 warnings per step, so we emit at most that many, most
 * telling first, and say how many more are in the summary. Messages are untrusted test output:
 * @actions/core escapes them, so they cannot smuggle in workflow commands.
 */
import path from 'node:path'
import * as core from '@actions/core'
import { failingTests, flakyTests } from '../report/failures.js'
import type { RunContext } from '../run/context.js'
import { Go } from '../go/go.js'
import { MODULE_ON_ITS_OWN, goCacheDir } from '../cells/env.js'
import { moduleAxis } from '../module/modules.js'
import { newestToolchain } from '../toolchain/install.js'

const MAX_PER_KIND = 10

/** import path -> package folder, from `go list` in the module (host settings: folders are the same for every target). */
export async function packageDirs(ctx: RunContext): Promise<Map<string, string>> {
  const newest = newestToolchain(ctx.toolchains)
  const dirs = new Map<string, string>()
  if (!newest) return dirs
  // Host settings: package folders are the same for every target. Each module on its own.
  for (const module of moduleAxis(ctx.config.modules)) {
    const go = new Go(
      ctx.env,
      {
        goroot: newest.path,
        goCache: goCacheDir(ctx.dirs.cache, newest.version),
        ...(module ? { extra: MODULE_ON_ITS_OWN } : {})
      },
      module?.root ?? ctx.config.workingDirectory,
      () => 60_000
    )
    const result = await go.run(['list', '-e', '-f', '{{.ImportPath}}\t{{.Dir}}', ...ctx.config.packages])
    for (const line of result.stdout.split('\n')) {
      const [pkg, dir] = line.split('\t')
      if (pkg && dir) dirs.set(pkg, dir)
    }
  }
  return dirs
}

export interface Annotation {
  kind: 'error' | 'warning'
  message: string
  title: string
  file?: string
  line?: number
  col?: number
}

export function collectAnnotations(
  ctx: RunContext,
  dirs: Map<string, string>,
  repoRoot: string
): Annotation[] {
  const errors: Annotation[] = []
  const rel = (file: string) => path.relative(repoRoot, file).split(path.sep).join('/')
  for (const t of failingTests(ctx.cells)) {
    const cells = t.cells.map((c) => c.id).join(', ')
    const dir = dirs.get(t.package)
    const places = t.locations.length ? t.locations : [undefined]
    for (const place of places) {
      errors.push({
        kind: 'error',
        title: `${t.test} failed (${t.pattern}): ${cells}`,
        message: place ? place.message : `${t.name} failed in ${cells}`,
        file: place && dir ? rel(path.join(dir, place.file)) : undefined,
        line: place?.line
      })
    }
  }
  const seen = new Set<string>()
  for (const cell of ctx.cells) {
    for (const e of cell.compileErrors) {
      const key = `${e.file}:${e.line}:${e.column}:${e.message}`
      if (seen.has(key)) continue
      seen.add(key)
      errors.push({
        kind: 'error',
        title: `compile error in ${cell.id}`,
        message: e.message,
        file: rel(e.file),
        line: e.line,
        col: e.column
      })
    }
  }
  const warnings: Annotation[] = [
    ...flakyTests(ctx.cells).map((f): Annotation => ({
      kind: 'warning',
      title: `${f.test} is flaky: ${f.cells.join(', ')}`,
      message: `${f.test} failed, then passed on a rerun (${f.attempts})`
    })),
    ...ctx.cells
      .filter((c) => c.status === 'skipped' || c.status === 'no-tests' || c.status === 'built')
      .map((c): Annotation => ({ kind: 'warning', title: `${c.id} ${c.status}`, message: c.reason }))
  ]
  return [...errors, ...warnings]
}

export function emitAnnotations(annotations: Annotation[]): void {
  for (const kind of ['error', 'warning'] as const) {
    const all = annotations.filter((a) => a.kind === kind)
    for (const a of all.slice(0, MAX_PER_KIND)) {
      const props = { title: a.title, file: a.file, startLine: a.line, startColumn: a.col }
      if (kind === 'error') core.error(a.message, props)
      else core.warning(a.message, props)
    }
    if (all.length > MAX_PER_KIND) {
      core.info(
        `${all.length - MAX_PER_KIND} more ${kind} annotations are listed in the job summary and results.json`
      )
    }
  }
}
