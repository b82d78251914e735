/**
 * A cross-process lock on one machine: mkdir is atomic, and the owner's pid inside lets a
 * waiter break the lock of a process that died. Used so two runs installing the same
 * toolchain at once both end with a working one.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export async function withLock<T>(lockDir: string, fn: () => Promise<T>, pollMs = 100): Promise<T> {
  const owner = path.join(lockDir, 'pid')
  for (;;) {
    try {
      await mkdir(lockDir)
      await writeFile(owner, String(process.pid))
      break
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const pid = Number(await readFile(owner, 'utf8').catch(() => ''))
      // No pid yet means the owner is between mkdir and writeFile: wait, unless it never comes.
      const age = Date.now() - ((await stat(lockDir).catch(() => undefined))?.mtimeMs ?? Date.now())
      if ((pid && !alive(pid)) || (!pid && age > 10_000)) {
        await rm(lockDir, { recursive: true, force: true })
        continue
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs))
    }
  }
  try {
    return await fn()
  } finally {
    await rm(lockDir, { recursive: true, force: true })
  }
}
