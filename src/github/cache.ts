/**
 * Go's module and build caches through the Actions cache: GOMODCACHE keyed on OS, arch and
 * go.sum (every module's); one GOCACHE per Go version keyed on OS, arch, version, targets, cgo
 * modes and go.sum, with restore-keys for partial hits. Restored in the main step, saved in the
 * post step only when the key was not an exact hit. The cache service failing is a warning,
 * never a failure.
 */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { copyFile, mkdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import * as cache from '@actions/cache'
import * as core from '@actions/core'
import { targetName } from '../platform/platforms.js'
import { defaultGoModCache, goCacheDir } from '../cells/env.js'
import type { RunContext, Stage } from '../run/context.js'
import { errorLine } from '../errors.js'
import { isSharded } from '../plan/types.js'

export interface CacheEntry {
  label: string
  paths: string[]
  key: string
  restoreKeys: string[]
  /** the key restored, if any */
  matchedKey?: string
}

export const CACHE_STATE = 'go-cross-matrix-caches'

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16)

/** go.sum's hash (go.mod's when there is no go.sum): what invalidates the module cache. */
function moduleHash(workingDirectory: string): string {
  for (const name of ['go.sum', 'go.mod']) {
    const file = path.join(workingDirectory, name)
    if (existsSync(file)) return hash(readFileSync(file, 'utf8'))
  }
  return 'none'
}

/** The one module's hash, as it always was; with several, one hash over every module's go.sum. */
function modulesHash(ctx: RunContext): string {
  const { modules, workingDirectory } = ctx.config
  if (modules.length <= 1) return moduleHash(modules[0]?.root ?? workingDirectory)
  return hash(modules.map((m) => `${m.dir} ${moduleHash(m.root)}`).join('\n'))
}

export function planCaches(ctx: RunContext): CacheEntry[] {
  const { config, host } = ctx
  const base = `go-cross-matrix-${host.goos}-${host.goarch}`
  const sum = modulesHash(ctx)
  const flavour = hash(
    [...config.targets.map(targetName), `cgo=${config.cgo.join(',')}`, `race=${config.race}`].join(' ')
  )
  const entries: CacheEntry[] = [
    {
      label: 'GOMODCACHE',
      paths: [defaultGoModCache(ctx.env, os.homedir())],
      key: `${base}-gomod-${sum}`,
      restoreKeys: [`${base}-gomod-`]
    }
  ]
  for (const t of ctx.toolchains) {
    const prefix = `${base}-gocache-go${t.version}-`
    entries.push({
      label: `GOCACHE go${t.version}`,
      paths: [goCacheDir(ctx.dirs.cache, t.version)],
      key: `${prefix}${flavour}-${sum}`,
      restoreKeys: [`${prefix}${flavour}-`, prefix]
    })
  }
  return entries
}

/** Why the Actions cache is not used here, or undefined when it is. */
function cacheUnavailable(ctx: RunContext): string | undefined {
  if (!ctx.config.cache) return 'cache: false'
  if (!cache.isFeatureAvailable()) return 'the Actions cache is not available here'
  return undefined
}

/** Restores every cache before the cells run, and remembers for the post step what to save. */
export const restoreCachesStage: Stage = {
  name: 'cache-restore',
  skip: (ctx) => cacheUnavailable(ctx),
  async run(ctx) {
    const entries = planCaches(ctx)
    // The folders exist from here on (a module without dependencies leaves GOMODCACHE empty),
    // so the post step can save them and the next run hits exactly.
    for (const entry of entries) for (const p of entry.paths) await mkdir(p, { recursive: true })
    await Promise.all(
      entries.map(async (entry) => {
        try {
          entry.matchedKey = await cache.restoreCache(entry.paths, entry.key, entry.restoreKeys)
          const how = !entry.matchedKey
            ? 'miss'
            : entry.matchedKey === entry.key
              ? 'exact hit'
              : `partial hit (${entry.matchedKey})`
          ctx.log.info(`cache ${entry.label}: ${how}`)
        } catch (err) {
          ctx.log.warning(`cache ${entry.label}: restore failed, continuing without it: ${errorLine(err)}`)
        }
      })
    )
    ctx.caches = entries.map((e) => ({ label: e.label, key: e.key, matchedKey: e.matchedKey ?? null }))
    core.saveState(CACHE_STATE, JSON.stringify(entries))
  }
}

/** The post step: saves the caches whose key was not an exact hit. */
export async function saveCaches(log: (m: string) => void, warn: (m: string) => void): Promise<void> {
  const state = core.getState(CACHE_STATE)
  if (!state) return
  const entries = JSON.parse(state) as CacheEntry[]
  for (const entry of entries) {
    if (entry.matchedKey === entry.key) {
      log(`cache ${entry.label}: exact hit on ${entry.key}, not saving`)
      continue
    }
    if (!entry.paths.some((p) => existsSync(p))) continue
    try {
      const id = await cache.saveCache(entry.paths, entry.key)
      log(
        id === -1
          ? `cache ${entry.label}: not saved (${entry.key})`
          : `cache ${entry.label}: saved ${entry.key}`
      )
    } catch (err) {
      warn(`cache ${entry.label}: save failed: ${errorLine(err)}`)
    }
  }
}

/**
 * The shard history: the merged results.json of the last sharded run, kept in the Actions
 * cache so the next mode: plan balances its shards by real package durations. One entry per
 * workflow run (cache entries are immutable); the plan restores the newest by prefix.
 */
function shardHistoryPrefix(ctx: RunContext): string {
  return `go-cross-matrix-shard-history-${hash(path.relative(ctx.config.workspace, ctx.config.workingDirectory) || '.')}-`
}

/**
 * The Actions cache keys an entry on its paths too: the folder must be the same on every runner
 * (RUNNER_TEMP is not, between a hosted and a self-hosted one), so it is a fixed one, used for
 * a moment and removed.
 */
const SHARD_HISTORY_DIR = path.join(os.tmpdir(), 'go-cross-matrix-shard-history')

export const restoreShardHistoryStage: Stage = {
  name: 'shard-history-restore',
  skip: (ctx) =>
    !isSharded(ctx.config.shards)
      ? 'shards: 1'
      : ctx.config.shardHistory
        ? 'shard-history given'
        : cacheUnavailable(ctx),
  async run(ctx) {
    const dir = SHARD_HISTORY_DIR
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    try {
      const prefix = shardHistoryPrefix(ctx)
      const hit = await cache.restoreCache([dir], `${prefix}none`, [prefix])
      const restored = path.join(dir, 'results.json')
      if (hit && existsSync(restored)) {
        const file = path.join(ctx.dirs.temp, 'shard-history.json')
        await mkdir(ctx.dirs.temp, { recursive: true })
        await copyFile(restored, file)
        ctx.shardHistoryFile = file
        ctx.log.info(`shard history: restored ${hit}`)
      } else ctx.log.info('shard history: none yet (the first sharded merge saves it)')
    } catch (err) {
      ctx.log.warning(`shard history: restore failed, balancing by package count: ${errorLine(err)}`)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
}

export const saveShardHistoryStage: Stage = {
  name: 'shard-history-save',
  always: true,
  skip: (ctx) =>
    ctx.config.mode !== 'merge'
      ? `mode: ${ctx.config.mode}`
      : !ctx.cells.some((c) => c.shards?.length)
        ? 'no sharded cells'
        : cacheUnavailable(ctx),
  async run(ctx) {
    const dir = SHARD_HISTORY_DIR
    await rm(dir, { recursive: true, force: true })
    await mkdir(dir, { recursive: true })
    await copyFile(path.join(ctx.config.outDir, 'results.json'), path.join(dir, 'results.json'))
    const key = `${shardHistoryPrefix(ctx)}${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`
    try {
      const id = await cache.saveCache([dir], key)
      ctx.log.info(id === -1 ? `shard history: not saved (${key})` : `shard history: saved ${key}`)
    } catch (err) {
      ctx.log.warning(`shard history: save failed: ${errorLine(err)}`)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }
}
