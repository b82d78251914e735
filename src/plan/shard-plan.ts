/**
 * mode: plan with `shards`: lists each job's packages with the newest toolchain (for the job's
 * target and cgo mode, with the run's tags), weighs them by an earlier run's durations, and
 * splits the job into shards, each a matrix entry with its own package list.
 */
import os from 'node:os'
import path from 'node:path'
import { existsSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { buildListFlags } from '../cells/binaries.js'
import { defaultGoModCache, goCacheDir } from '../cells/env.js'
import { EnvironmentError, InputError } from '../errors.js'
import { Go } from '../go/go.js'
import type { GoEnvValues } from '../go/env.js'
import { targetName } from '../platform/platforms.js'
import type { Results } from '../report/results-types.js'
import { toolchainOptions, type RunContext } from '../run/context.js'
import { setupToolchains } from '../toolchain/setup.js'
import { firstLines } from '../util/process.js'
import { durationHistory, flavourKey, packageWeights, partition, shardCount, shardLabel } from './shards.js'
import type { DurationHistory } from './shards.js'
import type { MatrixEntry, PlanFile } from './types.js'

/** Where the durations come from: the shard-history input, else what the entry point restored. */
async function readHistory(ctx: RunContext): Promise<{ history: DurationHistory; from?: string }> {
  const given = ctx.config.shardHistory
  let file = ctx.shardHistoryFile
  if (given) {
    const full = path.resolve(ctx.config.workspace, given)
    file = existsSync(full) && statSync(full).isDirectory() ? path.join(full, 'results.json') : full
    if (!existsSync(file))
      throw new InputError(
        'shard-history',
        `${file} does not exist; give the results.json of an earlier run (or its out-dir)`
      )
  }
  if (!file || !existsSync(file)) return { history: new Map() }
  try {
    const results = JSON.parse(await readFile(file, 'utf8')) as Results
    return { history: durationHistory(results.cells ?? []), from: file }
  } catch (err) {
    if (given)
      throw new InputError('shard-history', `${file} is not a results.json (${(err as Error).message})`)
    ctx.log.warning(`shard history ${file} unreadable, balancing by package count: ${(err as Error).message}`)
    return { history: new Map() }
  }
}

/** The newest planned Go, installed here (usually a tool-cache hit), to list the packages. */
async function listingToolchain(ctx: RunContext, versions: string[]): Promise<GoEnvValues> {
  const newest = versions[versions.length - 1]
  const [toolchain] = await setupToolchains(toolchainOptions(ctx, { ...ctx.config, goVersions: [newest] }))
  return {
    goroot: toolchain.path,
    goCache: goCacheDir(ctx.dirs.cache, toolchain.version),
    goModCache: defaultGoModCache(ctx.env, os.homedir())
  }
}

const goFor = (ctx: RunContext, values: GoEnvValues): Go =>
  new Go(ctx.env, values, ctx.config.workingDirectory, () => ctx.config.cellTimeoutMs)

/** Import paths `go list -e <packages>` gives for one target and cgo mode, as its cells will see them. */
async function listFor(
  ctx: RunContext,
  toolchain: GoEnvValues,
  target: string,
  cgo: boolean
): Promise<string[]> {
  const { config } = ctx
  const go = goFor(ctx, { ...toolchain, target: config.targets.find((t) => targetName(t) === target), cgo })
  const listed = await go.listPackages(config.packages, buildListFlags(config))
  if (listed.code !== 0)
    throw new EnvironmentError(
      `shards: go list ${config.packages.join(' ')} for ${target} failed: ${firstLines(listed.stderr)}`
    )
  return listed.packages.map((p) => p.importPath)
}

const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((p, i) => p === b[i])

/** Replaces each job of the plan by its shards; the cells stay, each knowing its shard count. */
export async function shardPlan(ctx: RunContext, plan: PlanFile, versions: string[]): Promise<PlanFile> {
  const spec = ctx.config.shards
  const { history, from } = await readHistory(ctx)
  ctx.log.info(
    from
      ? `shards balanced by the package durations in ${from}`
      : 'shards balanced by package count (no history)'
  )
  const toolchain = await listingToolchain(ctx, versions)
  const download = await goFor(ctx, toolchain).modDownload()
  if (download.code !== 0)
    throw new EnvironmentError(`shards: go mod download failed: ${firstLines(download.stderr)}`)

  const include: MatrixEntry[] = []
  const shardsOfJob = new Map<string, number>()
  for (const entry of plan.include) {
    const cgoModes = entry.cgo.split(',').map((c) => c === '1')
    const lists = await Promise.all(cgoModes.map((cgo) => listFor(ctx, toolchain, entry.targets, cgo)))
    // One package list must hold for every cell of a job: when cgo changes the list, each cgo
    // mode becomes a job of its own.
    const groups = lists.every((l) => sameList(l, lists[0]))
      ? [{ cgo: cgoModes, packages: lists[0] }]
      : cgoModes.map((cgo, i) => ({ cgo: [cgo], packages: lists[i] }))
    for (const group of groups) {
      const flavours = group.cgo.map((cgo) => flavourKey(entry.targets, cgo, false))
      if (entry.race === 'true' || entry.race === 'auto') flavours.push(flavourKey(entry.targets, true, true))
      const { weights, fromHistory } = packageWeights(group.packages, flavours, history)
      const total = [...weights.values()].reduce((a, b) => a + b, 0)
      const shards = partition(weights, shardCount(spec, total, fromHistory, group.packages.length))
      const cgoText = group.cgo.map((c) => (c ? '1' : '0')).join(',')
      const base = groups.length > 1 ? `${entry.name} cgo=${cgoText}` : entry.name
      const cells = entry.cells
        .split(' ')
        .filter((id) => groups.length === 1 || plan.cells.find((c) => c.id === id)?.cgo === group.cgo[0])
      for (const id of cells) shardsOfJob.set(id, shards.length)
      shards.forEach((packages, i) => {
        const shard = { index: i + 1, count: shards.length }
        include.push({
          ...entry,
          name: shards.length > 1 ? `${base} [${shardLabel(shard)}]` : base,
          cgo: cgoText,
          cells: cells.join(' '),
          packages: packages.join(' '),
          shard: shards.length > 1 ? shardLabel(shard) : ''
        })
      })
      ctx.log.info(
        `  ${base}: ${group.packages.length} packages in ${shards.length} shards (${shards.map((s) => s.length).join(', ')} packages)`
      )
    }
  }
  return {
    include,
    cells: plan.cells.map((c) => {
      const count = shardsOfJob.get(c.id) ?? 1
      return count > 1 ? { ...c, shards: count } : c
    })
  }
}
