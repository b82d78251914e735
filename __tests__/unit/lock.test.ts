// withLock: a mkdir lock with the owner's pid inside, so a dead owner's lock can be broken.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { withLock } from '../../src/util/lock.js'

const POLL_MS = 10
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** The pid of a process that has already exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
    child.on('error', reject)
    child.on('exit', () => resolve(child.pid!))
  })
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
      expect(await readFile(path.join(lockDir, 'pid'), 'utf8')).toBe(String(process.pid))
      await sleep(100)
      events.push(`${name} out`)
      return name
    }
    const results = await Promise.all([
      withLock(lockDir, holder('a'), POLL_MS),
      withLock(lockDir, holder('b'), POLL_MS)
    ])
    expect(results).toEqual(['a', 'b'])
    expect([
      ['a in', 'a out', 'b in', 'b out'],
      ['b in', 'b out', 'a in', 'a out']
    ]).toContainEqual(events)
    expect(existsSync(lockDir)).toBe(false)
  })

  it('waits while the owner is alive', async () => {
    await mkdir(lockDir)
    await writeFile(path.join(lockDir, 'pid'), String(process.pid))
    let ran = false
    const waiting = withLock(
      lockDir,
      async () => {
        ran = true
      },
      POLL_MS
    )
    await sleep(150)
    expect(ran).toBe(false)
    await rm(lockDir, { recursive: true })
    await waiting
    expect(ran).toBe(true)
  })

  it('breaks a lock whose owner died', async () => {
    const pid = await deadPid()
    await mkdir(lockDir)
    await writeFile(path.join(lockDir, 'pid'), String(pid))
    const owner = await withLock(lockDir, () => readFile(path.join(lockDir, 'pid'), 'utf8'), POLL_MS)
    expect(owner).toBe(String(process.pid))
    expect(existsSync(lockDir)).toBe(false)
  })

  // Many waiters on one dead lock: a naive read-pid-then-rm lets one waiter remove the lock
  // another just took (two holders at once, or ENOENT/ENOTEMPTY escaping withLock).
  it('lets exactly one of many waiters break a dead lock at a time', async () => {
    const pid = await deadPid()
    const problems: string[] = []
    for (let trial = 0; trial < 100; trial++) {
      const lock = path.join(dir, `trial-${trial}`)
      await mkdir(lock)
      await writeFile(path.join(lock, 'pid'), String(pid))
      let inside = 0
      const holder = async (): Promise<void> => {
        if (++inside > 1) problems.push(`trial ${trial}: two holders`)
        await sleep(2)
        inside--
      }
      const settled = await Promise.allSettled(Array.from({ length: 8 }, () => withLock(lock, holder, 5)))
      for (const s of settled)
        if (s.status === 'rejected') problems.push(`trial ${trial}: ${String(s.reason)}`)
    }
    expect(problems).toEqual([])
  })

  it('releases the lock when fn throws', async () => {
    await expect(
      withLock(lockDir, () => Promise.reject(new Error('install failed')), POLL_MS)
    ).rejects.toThrow('install failed')
    expect(existsSync(lockDir)).toBe(false)
    // and the next holder gets it at once
    await expect(withLock(lockDir, async () => 'next', POLL_MS)).resolves.toBe('next')
  })
})
