// withLock: a folder lock with a heartbeat, broken when its owner exited (same pid namespace) or
// its heartbeat went stale (any namespace), with a bounded wait.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, readlinkSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import path from 'node:path'
import { LockTimeoutError, withLock } from '../../src/util/lock.js'

const FAST = { pollMs: 10, staleMs: 400, waitMs: 5_000 }
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** The pid of a process that has already exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
    child.on('error', reject)
    child.on('exit', () => resolve(child.pid!))
  })
}

const ownPidNamespace = readlinkSync('/proc/self/ns/pid')

/** Writes a lock as another process would have left it. */
async function plantLock(
  lockDir: string,
  owner: { pid: number; pidNamespace?: string; host?: string },
  heartbeatAgeMs = 0
): Promise<void> {
  await mkdir(lockDir)
  await writeFile(
    path.join(lockDir, 'owner.json'),
    JSON.stringify({ token: `planted-${owner.pid}`, host: hostname(), since: 'then', ...owner })
  )
  const beat = new Date(Date.now() - heartbeatAgeMs)
  await utimes(lockDir, beat, beat)
}

describe('withLock', () => {
  let dir: string
  let lockDir: string

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gcm-lock-'))
    lockDir = path.join(dir, '.lock-v1.2.3-x64')
  })

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('serializes two concurrent holders', async () => {
    const events: string[] = []
    const holder = (name: string) => async (): Promise<string> => {
      events.push(`${name} in`)
      const owner = JSON.parse(await readFile(path.join(lockDir, 'owner.json'), 'utf8'))
      expect(owner.pid).toBe(process.pid)
      await sleep(100)
      events.push(`${name} out`)
      return name
    }
    const results = await Promise.all([
      withLock(lockDir, holder('a'), FAST),
      withLock(lockDir, holder('b'), FAST)
    ])
    expect(results).toEqual(['a', 'b'])
    expect([
      ['a in', 'a out', 'b in', 'b out'],
      ['b in', 'b out', 'a in', 'a out']
    ]).toContainEqual(events)
    expect(existsSync(lockDir)).toBe(false)
  })

  it('waits while the owner holds it and keeps its heartbeat, longer than the stale limit', async () => {
    let secondRan = false
    let firstDone = false
    const first = withLock(
      lockDir,
      async () => {
        await sleep(3 * FAST.staleMs) // the heartbeat keeps the lock fresh all along
        expect(secondRan).toBe(false)
        firstDone = true
      },
      FAST
    )
    await sleep(20)
    const second = withLock(
      lockDir,
      async () => {
        expect(firstDone).toBe(true)
        secondRan = true
      },
      FAST
    )
    await Promise.all([first, second])
    expect(secondRan).toBe(true)
  })

  it('breaks at once a lock whose owner exited in this pid namespace', async () => {
    await plantLock(lockDir, { pid: await deadPid(), pidNamespace: ownPidNamespace })
    const started = Date.now()
    const owner = await withLock(lockDir, () => readFile(path.join(lockDir, 'owner.json'), 'utf8'), {
      ...FAST,
      staleMs: 60_000
    })
    expect(JSON.parse(owner).pid).toBe(process.pid)
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(existsSync(lockDir)).toBe(false)
  })

  // A container sharing the tool cache: its pid means nothing here, only its heartbeat does.
  it('does not judge an owner in another pid namespace by its pid while its heartbeat is fresh', async () => {
    await plantLock(lockDir, { pid: await deadPid(), pidNamespace: 'pid:[1]', host: 'other-container' })
    const keepBeating = setInterval(() => {
      const now = new Date()
      utimes(lockDir, now, now).catch(() => undefined)
    }, 50)
    try {
      await expect(withLock(lockDir, async () => 'taken', { ...FAST, waitMs: 1_000 })).rejects.toThrow(
        LockTimeoutError
      )
      expect(existsSync(path.join(lockDir, 'owner.json'))).toBe(true)
    } finally {
      clearInterval(keepBeating)
    }
  })

  it('breaks a lock from another pid namespace once its heartbeat is stale', async () => {
    await plantLock(lockDir, { pid: 1, pidNamespace: 'pid:[1]', host: 'other-container' }, 10 * FAST.staleMs)
    await expect(withLock(lockDir, async () => 'taken', FAST)).resolves.toBe('taken')
    expect(existsSync(lockDir)).toBe(false)
  })

  it('gives up after waitMs with one line naming the lock and its holder', async () => {
    await plantLock(lockDir, { pid: process.pid, pidNamespace: ownPidNamespace })
    const started = Date.now()
    const err = await withLock(lockDir, async () => 'never', {
      pollMs: 10,
      staleMs: 60_000,
      waitMs: 300
    }).catch((e: unknown) => e as Error)
    expect(err).toBeInstanceOf(LockTimeoutError)
    const message = (err as Error).message
    expect(message).toMatch(
      new RegExp(
        `^waited 0s for the lock ${lockDir.replace(/[.]/g, '\\.')} \\(held by pid ${process.pid} on `
      )
    )
    expect(message).toContain('if none is, remove that folder')
    expect(message).not.toContain('\n')
    expect(Date.now() - started).toBeGreaterThanOrEqual(300)
    expect(Date.now() - started).toBeLessThan(3_000)
  })

  // Many waiters on one abandoned lock: a naive read-then-rm lets one waiter remove the lock
  // another just took (two holders at once, or ENOENT/ENOTEMPTY escaping withLock).
  it('lets exactly one of many waiters break an abandoned lock at a time', async () => {
    const pid = await deadPid()
    const problems: string[] = []
    for (let trial = 0; trial < 100; trial++) {
      const lock = path.join(dir, `trial-${trial}`)
      // alternate the two ways a lock is abandoned
      if (trial % 2) await plantLock(lock, { pid, pidNamespace: ownPidNamespace })
      else await plantLock(lock, { pid: 1, pidNamespace: 'pid:[1]' }, 10_000)
      let inside = 0
      const holder = async (): Promise<void> => {
        if (++inside > 1) problems.push(`trial ${trial}: two holders`)
        await sleep(2)
        inside--
      }
      const settled = await Promise.allSettled(
        Array.from({ length: 8 }, () => withLock(lock, holder, { pollMs: 5, staleMs: 5_000, waitMs: 10_000 }))
      )
      for (const s of settled)
        if (s.status === 'rejected') problems.push(`trial ${trial}: ${String(s.reason)}`)
    }
    expect(problems).toEqual([])
  })

  it('releases the lock when fn throws', async () => {
    await expect(withLock(lockDir, () => Promise.reject(new Error('install failed')), FAST)).rejects.toThrow(
      'install failed'
    )
    expect(existsSync(lockDir)).toBe(false)
    // and the next holder gets it at once
    await expect(withLock(lockDir, async () => 'next', FAST)).resolves.toBe('next')
  })
})
