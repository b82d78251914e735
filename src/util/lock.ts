/**
 * A cross-process lock on one machine, used so two runs installing the same toolchain at once
 * both end with a working one. The lock is a folder holding the owner's pid, created whole by
 * renaming a prepared folder into place (atomic: it fails while the lock is held). A waiter
 * breaks the lock of an owner that died, but only under a short "breaker" lock and only after
 * re-reading the same dead pid, so two waiters never break each other's fresh lock.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

const STALE_BREAKER_MS = 10_000

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

const code = (err: unknown): string | undefined => (err as NodeJS.ErrnoException).code

async function readOwner(lockDir: string): Promise<number | undefined> {
  const text = await readFile(path.join(lockDir, 'pid'), 'utf8').catch(() => '')
  return Number(text) || undefined
}

async function tryAcquire(lockDir: string): Promise<boolean> {
  const prepared = `${lockDir}.new-${process.pid}-${randomBytes(4).toString('hex')}`
  await mkdir(prepared)
  await writeFile(path.join(prepared, 'pid'), String(process.pid))
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
 * moment, and a waiter's rename onto an empty folder succeeds: two holders at once.
 */
async function removeLock(lockDir: string, pid: number): Promise<void> {
  const trash = `${lockDir}.gone-${pid}-${randomBytes(4).toString('hex')}`
  try {
    await rename(lockDir, trash)
  } catch {
    return // someone else moved it already
  }
  await rm(trash, { recursive: true, force: true })
}

/** Removes the lock if its owner is dead; safe against other waiters doing the same. */
async function breakIfDead(lockDir: string): Promise<void> {
  const pid = await readOwner(lockDir)
  if (pid === undefined || alive(pid)) return
  const breaker = `${lockDir}.break`
  try {
    await mkdir(breaker)
  } catch (err) {
    if (code(err) !== 'EEXIST') throw err
    const age = Date.now() - ((await stat(breaker).catch(() => undefined))?.mtimeMs ?? Date.now())
    if (age > STALE_BREAKER_MS) await rm(breaker, { recursive: true, force: true })
    return
  }
  try {
    if ((await readOwner(lockDir)) === pid) await removeLock(lockDir, pid)
  } finally {
    await rm(breaker, { recursive: true, force: true })
  }
}

export async function withLock<T>(lockDir: string, fn: () => Promise<T>, pollMs = 100): Promise<T> {
  while (!(await tryAcquire(lockDir))) {
    await breakIfDead(lockDir)
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  try {
    return await fn()
  } finally {
    if ((await readOwner(lockDir)) === process.pid) await removeLock(lockDir, process.pid)
  }
}
