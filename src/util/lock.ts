/**
 * A cross-process lock on one file system, used so two runs installing the same toolchain at
 * once (two jobs, or two containers sharing a tool cache) both end with a working one.
 *
 * The lock is a folder holding `owner.json`, created whole by renaming a prepared folder into
 * place (atomic: it fails while the lock is held). The owner touches the folder's mtime every
 * `staleMs / 4` (a heartbeat). A waiter treats the lock as abandoned when:
 *  - its owner is in the same pid namespace on the same host and that pid is gone (at once), or
 *  - its heartbeat is older than `staleMs` (holds across pid namespaces and hosts, where a pid
 *    means nothing: a container sharing the tool cache may see another container's pid 7).
 * An abandoned lock is broken only under a short "breaker" lock and only after re-reading the
 * same owner token, so two waiters never break each other's fresh lock. Waiting is bounded.
 *
 * Written by hand: proper-lockfile (the usual library, mtime-based too) removes a stale lock
 * with rmdir + mkdir, which lets a delayed waiter delete the lock another has just taken
 * (moxystudio/node-proper-lockfile#121, open); our many-waiters test catches exactly that.
 */
import { randomBytes } from 'node:crypto'
import { readlinkSync } from 'node:fs'
import { mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { EnvironmentError } from '../errors.js'

export interface LockOptions {
  /** How often a waiter retries. */
  pollMs?: number
  /** A heartbeat older than this marks the lock abandoned. */
  staleMs?: number
  /** How long to wait in all before giving up with LockTimeoutError. */
  waitMs?: number
}

const DEFAULTS: Required<LockOptions> = { pollMs: 100, staleMs: 30_000, waitMs: 10 * 60_000 }
const BREAKER_STALE_MS = 10_000
const OWNER_FILE = 'owner.json'

/** Who holds a lock: enough to judge it alive and to name it in an error. */
interface LockOwner {
  token: string
  pid: number
  host: string
  /** e.g. "pid:[4026531836]": pids compare only within one namespace. */
  pidNamespace?: string
  since: string
}

/** Another run kept the lock longer than the wait: exit 3, one line naming the holder. */
export class LockTimeoutError extends EnvironmentError {}

const PID_NAMESPACE = ((): string | undefined => {
  try {
    return readlinkSync('/proc/self/ns/pid')
  } catch {
    return undefined // not Linux: the heartbeat alone decides
  }
})()

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const code = (err: unknown): string | undefined => (err as NodeJS.ErrnoException).code

async function readOwner(lockDir: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path.join(lockDir, OWNER_FILE), 'utf8')) as LockOwner
    return typeof owner.token === 'string' ? owner : undefined
  } catch {
    return undefined
  }
}

async function heartbeatAgeMs(lockDir: string): Promise<number | undefined> {
  const info = await stat(lockDir).catch(() => undefined)
  return info ? Date.now() - info.mtimeMs : undefined
}

/** Why the lock is abandoned, or undefined while its owner may still be working. */
async function abandonedBecause(
  lockDir: string,
  owner: LockOwner | undefined,
  staleMs: number
): Promise<string | undefined> {
  if (
    owner &&
    PID_NAMESPACE !== undefined &&
    owner.pidNamespace === PID_NAMESPACE &&
    owner.host === hostname() &&
    !alive(owner.pid)
  )
    return `its owner (pid ${owner.pid}) has exited`
  const age = await heartbeatAgeMs(lockDir)
  if (age !== undefined && age > staleMs) return `no heartbeat for ${Math.round(age / 1000)}s`
  return undefined
}

async function tryAcquire(lockDir: string, owner: LockOwner): Promise<boolean> {
  const prepared = `${lockDir}.new-${owner.token}`
  await mkdir(prepared)
  await writeFile(path.join(prepared, OWNER_FILE), JSON.stringify(owner))
  try {
    await rename(prepared, lockDir)
    return true
  } catch (err) {
    await rm(prepared, { recursive: true, force: true })
    if (['EEXIST', 'ENOTEMPTY', 'EPERM', 'EACCES'].includes(code(err) ?? '')) return false
    throw err
  }
}

/**
 * Moves the lock away, then deletes it. Deleting in place would leave an empty folder for a
 * moment, and a waiter's rename onto an empty folder succeeds: two holders at once. If what
 * was moved turns out to be someone else's fresh lock (it changed hands between our check and
 * the move), it is put back.
 */
async function removeLock(lockDir: string, token: string): Promise<void> {
  const trash = `${lockDir}.gone-${randomBytes(6).toString('hex')}`
  try {
    await rename(lockDir, trash)
  } catch {
    return // someone else moved it already
  }
  const moved = await readOwner(trash)
  if (moved && moved.token !== token) {
    try {
      await rename(trash, lockDir)
      return
    } catch {
      // a third process took the free name: the moved lock's owner will find it gone
    }
  }
  await rm(trash, { recursive: true, force: true })
}

/** Removes the lock if it is abandoned; safe against other waiters doing the same. */
async function breakIfAbandoned(lockDir: string, staleMs: number): Promise<void> {
  const owner = await readOwner(lockDir)
  if (!(await abandonedBecause(lockDir, owner, staleMs))) return
  const breaker = `${lockDir}.break`
  try {
    await mkdir(breaker)
  } catch (err) {
    if (code(err) !== 'EEXIST') throw err
    const age = await heartbeatAgeMs(breaker)
    if (age !== undefined && age > BREAKER_STALE_MS) await rm(breaker, { recursive: true, force: true })
    return
  }
  try {
    const again = await readOwner(lockDir)
    if (again?.token === owner?.token && (await abandonedBecause(lockDir, again, staleMs)))
      await removeLock(lockDir, owner?.token ?? '')
  } finally {
    await rm(breaker, { recursive: true, force: true })
  }
}

async function describeHolder(lockDir: string): Promise<string> {
  const owner = await readOwner(lockDir)
  const age = await heartbeatAgeMs(lockDir)
  const beat = age === undefined ? '' : `, last heartbeat ${Math.round(age / 1000)}s ago`
  return owner ? `held by pid ${owner.pid} on ${owner.host} since ${owner.since}${beat}` : `held${beat}`
}

const seconds = (ms: number): string => `${Math.round(ms / 1000)}s`

/** Runs fn while holding lockDir; waits for another holder at most `waitMs`. */
export async function withLock<T>(
  lockDir: string,
  fn: () => Promise<T>,
  options: LockOptions = {}
): Promise<T> {
  const { pollMs, staleMs, waitMs } = { ...DEFAULTS, ...options }
  const owner: LockOwner = {
    token: `${process.pid}-${randomBytes(6).toString('hex')}`,
    pid: process.pid,
    host: hostname(),
    pidNamespace: PID_NAMESPACE,
    since: new Date().toISOString()
  }
  const deadline = Date.now() + waitMs
  while (!(await tryAcquire(lockDir, owner))) {
    await breakIfAbandoned(lockDir, staleMs)
    if (Date.now() >= deadline) {
      throw new LockTimeoutError(
        `waited ${seconds(waitMs)} for the lock ${lockDir} (${await describeHolder(lockDir)}); ` +
          `another run may still be installing into this cache; if none is, remove that folder`
      )
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  const heartbeat = setInterval(
    () => {
      const now = new Date()
      utimes(lockDir, now, now).catch(() => undefined)
    },
    Math.max(10, Math.floor(staleMs / 4))
  )
  heartbeat.unref()
  try {
    return await fn()
  } finally {
    clearInterval(heartbeat)
    if ((await readOwner(lockDir))?.token === owner.token) await removeLock(lockDir, owner.token)
  }
}
