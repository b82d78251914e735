/**
 * mode: merge. Downloads every `<artifact-name>-results-*` and `-coverage-*` artifact of this
 * workflow run, merges them into one results.json (cells, toolchains, emulation), and lets the
 * evidence and report stages write checksums, merged coverage and the summary from it.
 */
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { isFailing } from '../cells/schedule.js'
import { resultOf, type CellPlan, type CellResult } from '../cells/types.js'
import { PLAN_FILE, missingPlannedCells, type PlanFile } from '../plan/matrix.js'
import type { MergeSources } from './types.js'
import { InputError } from '../errors.js'
import { cellFiles, register } from '../run/files.js'
import type { Results } from '../report/results.js'
import { toolchainOptions, type RunContext, type Stage } from '../run/context.js'
import { goToSemver } from '../toolchain/go-version.js'
import { setupToolchains } from '../toolchain/setup.js'
import { mergeResults } from './merge-results.js'
import { parseProfile } from '../coverage/profile.js'
import { coverageByGoTool } from '../coverage/go-cover.js'
import { formatProfile, mergeProfiles } from '../coverage/merge.js'
import { mergeJUnit } from '../report/junit.js'
import { Go } from '../go/go.js'
import { newestToolchain } from '../toolchain/install.js'

export type { MergeSources } from './types.js'

/** The out-dirs given in merge-from: each holds results.json (a run job) or plan.json (the plan). */
async function localSources(ctx: RunContext): Promise<MergeSources> {
  const sources: MergeSources = { parts: [], planWhere: 'merge-from' }
  for (const given of ctx.config.mergeFrom) {
    const dir = path.resolve(ctx.config.workspace, given)
    const results = path.join(dir, 'results.json')
    const plan = path.join(dir, PLAN_FILE)
    if (!existsSync(results) && !existsSync(plan))
      throw new InputError(
        'merge-from',
        `${dir} holds no results.json (mode: run) or plan.json (mode: plan); give the out-dir of such a job`
      )
    if (existsSync(plan)) sources.plan = JSON.parse(await readFile(plan, 'utf8')) as PlanFile
    if (existsSync(results))
      sources.parts.push({
        name: given,
        results: JSON.parse(await readFile(results, 'utf8')) as Results,
        dir
      })
  }
  return sources
}

/** Copies the cells' files a job lists (what it has of them) into out-dir. */
async function copyCellFiles(part: MergeSources['parts'][number], outDir: string): Promise<void> {
  for (const file of part.results.files ?? []) {
    if (!file.cell) continue
    const from = path.join(part.dir, file.path)
    if (!existsSync(from) || path.resolve(part.dir) === path.resolve(outDir)) continue
    await mkdir(path.dirname(path.join(outDir, file.path)), { recursive: true })
    await cp(from, path.join(outDir, file.path))
  }
  // Jobs of an older results.json list no files: their logs and JUnit folders as they are.
  if (!part.results.files)
    for (const folder of ['logs', 'junit'])
      if (existsSync(path.join(part.dir, folder)))
        await cp(path.join(part.dir, folder), path.join(outDir, folder), { recursive: true })
}

export const mergeStage: Stage = {
  name: 'merge',
  async run(ctx) {
    const { outDir } = ctx.config
    // Local out-dirs (merge-from), or what the entry point brings (the action: this workflow
    // run's artifacts). The engine itself knows nothing of GitHub.
    if (!ctx.config.mergeFrom.length && !ctx.mergeSource)
      throw new InputError(
        'merge-from',
        'mode: merge needs the out-dirs of the mode: run jobs (and of mode: plan) to merge, e.g. --merge-from "plan-out, job1-out, job2-out"'
      )
    const sources = ctx.config.mergeFrom.length ? await localSources(ctx) : await ctx.mergeSource!(ctx)
    if (sources.parts.length === 0)
      throw new InputError(
        'merge-from',
        'no results.json among the folders; give the out-dirs of mode: run jobs'
      )
    await mkdir(outDir, { recursive: true })
    for (const part of sources.parts) await copyCellFiles(part, outDir)
    const merged = mergeResults(sources.parts.map((p) => p.results))
    const missing = sources.plan ? missingCells(sources.plan, merged.cells) : []
    merged.cells.push(...missing)
    if (sources.plan) missing.push(...markIncompleteShards(sources.plan, merged.cells))
    if (!sources.plan)
      ctx.log.warning(
        `no plan (${sources.planWhere}): cannot tell whether a planned job's results are missing (run mode: plan with the same artifact-name, or give its out-dir)`
      )
    const results = sources.parts
    ctx.cells = merged.cells
    ctx.toolchains = merged.toolchains.map((t) => ({
      ...t,
      semver: goToSemver(t.version),
      // results.json of older jobs carry only the joined spelling
      specs: t.specs ?? t.spec.split(', '),
      sha256: t.sha256 ?? undefined,
      h1: t.h1 ?? undefined
    }))
    ctx.emulation = new Map(merged.emulation.map((e) => [e.target, e]))
    ctx.toolGoroot = await goForTools(ctx)
    for (const cell of merged.cells.filter((c) => c.shards?.length)) await joinShardFiles(ctx, cell)
    for (const cell of merged.cells) register(ctx.files, ...cellFiles(cell, outDir))
    ctx.log.info(`merged ${results.length} jobs: ${merged.cells.length} cells`)
    const failing = merged.cells.filter(isFailing)
    if (missing.length)
      ctx.failure = `${missing.length} planned cells have no results: ${missing
        .slice(0, 3)
        .map((c) => c.reason.slice(MISSING.length))
        .join(', ')}${missing.length > 3 ? ', ...' : ''}`
    else if (failing.length)
      ctx.failure = `${failing.length} of ${merged.cells.length} cells failed: ${failing
        .slice(0, 3)
        .map((c) => `${c.id} (${c.status})`)
        .join(', ')}`
  }
}

/**
 * A sharded cell whose plan named more shards than reported becomes `error`, naming the
 * missing shards and their job: part of a cell's packages untested is no pass.
 */
function markIncompleteShards(plan: PlanFile, cells: CellResult[]): CellResult[] {
  const marked: CellResult[] = []
  for (const planned of plan.cells.filter((c) => (c.shards ?? 1) > 1)) {
    const cell = cells.find((c) => c.id === planned.id)
    if (!cell || cell.status === 'error') continue
    const count = planned.shards!
    const seen = new Set((cell.shards ?? []).map((s) => s.shard))
    const absent = Array.from({ length: count }, (_, i) => `${i + 1}/${count}`).filter((s) => !seen.has(s))
    if (absent.length === 0) continue
    cell.status = 'error'
    cell.reason = `${MISSING}${planned.id} shard ${absent.join(', ')} (job "${planned.job} [${absent[0]}]") was planned, but no results were found for it`
    marked.push(cell)
  }
  return marked
}

/**
 * A sharded cell's coverage profile and JUnit file, from its shards' (which stay, listed in
 * `shards`): the profiles merged (disjoint packages) and counted by go tool cover -func, as
 * the unsharded cell's would be; the JUnit suites in one file.
 */
async function joinShardFiles(ctx: RunContext, cell: CellResult): Promise<void> {
  const { outDir } = ctx.config
  const present = (rel: string | null): rel is string => Boolean(rel) && existsSync(path.join(outDir, rel!))
  const parts = cell.shards ?? []
  const profiles = parts.map((p) => p.coverageProfile).filter(present)
  if (profiles.length) {
    const merged = mergeProfiles(
      await Promise.all(profiles.map(async (f) => parseProfile(await readFile(path.join(outDir, f), 'utf8'))))
    )
    const rel = path.join('coverage', `${cell.id}.out`)
    await writeFile(path.join(outDir, rel), formatProfile(merged))
    cell.coverageProfile = rel
    const go = ctx.toolGoroot
      ? new Go(ctx.env, { goroot: ctx.toolGoroot }, ctx.config.workingDirectory, () => 120_000)
      : undefined
    cell.coverage = await coverageByGoTool(go, path.join(outDir, rel), merged)
  }
  const junits = parts.map((p) => p.junit).filter(present)
  if (junits.length) {
    const rel = path.join('junit', `${cell.id}.xml`)
    const texts = await Promise.all(junits.map((f) => readFile(path.join(outDir, f), 'utf8')))
    await writeFile(path.join(outDir, rel), mergeJUnit(texts, cell.id))
    cell.junit = rel
  }
}

const MISSING = 'no results: '

/**
 * The planned cells no job reported, as `error` cells naming their job, so results.json, the
 * summary and the outputs all show the hole instead of a smaller matrix that passed.
 */
function missingCells(plan: PlanFile, cells: CellResult[]): CellResult[] {
  return missingPlannedCells(plan, new Set(cells.map((c) => c.id))).map((planned) =>
    resultOf(
      {
        id: planned.id,
        toolchain: { version: planned.go } as CellPlan['toolchain'],
        target: planned.target,
        cgo: planned.cgo,
        race: false,
        emulation: { target: '', execution: 'native', reason: '' }
      },
      'error',
      `${MISSING}${planned.id} (job "${planned.job}") was planned, but no results were found for it`,
      planned.module ? { module: planned.module } : {}
    )
  )
}

/** The newest merged Go version, installed here (usually a cache hit) for go tool cover. */
async function goForTools(ctx: RunContext): Promise<string | undefined> {
  const newest = newestToolchain(ctx.toolchains)
  if (!newest) return undefined
  try {
    const [installed] = await setupToolchains(
      toolchainOptions(ctx, { ...ctx.config, goVersions: [newest.version] })
    )
    return installed.path
  } catch (err) {
    ctx.log.warning(
      `no Go toolchain for go tool cover (${(err as Error).message}); merged.func.txt and merged.html skipped`
    )
    return undefined
  }
}
