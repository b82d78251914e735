// Checks the artifact/cache service harness by driving the REAL @actions/artifact and @actions/cache clients
// against it, in-process: uploads and downloads through Azurite, cache key matching, and injected failures.
import { describe, it, expect, beforeAll, afterAll, afterEach, jest } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startActionsServices, type ActionsServices } from '../harness/actions-services.js'

// The clients read ACTIONS_* from process.env when each call starts (no module-level caching of URL or token),
// so they are imported once, after the env is set, and a second harness only needs a new env.
type ArtifactLib = typeof import('@actions/artifact')
type CacheLib = typeof import('@actions/cache')

let services: ActionsServices
let artifactLib: ArtifactLib
let cacheLib: CacheLib
let work: string
const envBefore = { ...process.env }

/** @actions/core logs to stdout as workflow commands; collect them (and keep the test output readable). */
let output: string[] = []
function captureOutput(): void {
  output = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(...String(chunk).split('\n').filter(Boolean))
    return true
  })
}

/**
 * Both clients retry a 5xx Twirp answer 5 times, sleeping 3s, then 3s*1.5^n (randomized up to x1.5): 24-35s of
 * sleeps before giving up, with no env or option to change it (internalArtifactTwirpClient() and
 * internalCacheTwirpClient() are called without options). Run `fn` with setTimeout delays of 1s+ cut 100-fold,
 * and return the delays the client asked for, so the schedule is still checked without the wait.
 */
async function withFastRetries<T>(fn: () => Promise<T>): Promise<{ result: T; sleeps: number[] }> {
  const realSetTimeout = globalThis.setTimeout
  const sleeps: number[] = []
  const fast = (handler: (...args: unknown[]) => void, ms = 0, ...args: unknown[]) => {
    if (ms >= 1000) sleeps.push(ms)
    return realSetTimeout(handler, ms >= 1000 ? ms / 100 : ms, ...args)
  }
  globalThis.setTimeout = fast as typeof setTimeout
  try {
    return { result: await fn(), sleeps }
  } finally {
    globalThis.setTimeout = realSetTimeout
  }
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

/** Relative path -> sha256 of every file under dir. */
async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    out[path.relative(dir, file)] = sha256(await readFile(file))
  }
  return out
}

async function writeTree(dir: string, files: Record<string, Buffer | string>): Promise<string[]> {
  await rm(dir, { recursive: true, force: true })
  const written: string[] = []
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, content)
    written.push(file)
  }
  return written
}

function useEnv(env: Record<string, string>): void {
  Object.assign(process.env, env, { RUNNER_TEMP: path.join(work, 'runner-temp') })
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'actions-services-test-'))
  services = await startActionsServices({ dataDir: path.join(work, 'services') })
  useEnv(services.env)
  artifactLib = await import('@actions/artifact')
  cacheLib = await import('@actions/cache')
})

afterAll(async () => {
  await services?.close()
  process.env = envBefore
  await rm(work, { recursive: true, force: true })
})

afterEach(() => {
  jest.restoreAllMocks()
  services.setFailure('artifact')
  services.setFailure('cache')
})

describe('artifact service', () => {
  it('takes an upload from the real client and gives back the same bytes, by name and by id', async () => {
    const src = path.join(work, 'artifact-src')
    const files = await writeTree(src, {
      'report.txt': 'go test ./... ok\n',
      'bin/linux-arm64/app': randomBytes(300 * 1024),
      'empty.txt': ''
    })
    captureOutput()
    const callsBefore = services.calls.length
    const client = new artifactLib.DefaultArtifactClient()
    const uploaded = await client.uploadArtifact('bundle', files, src)
    const expectedHash = `sha256:${uploaded.digest}`

    expect(services.artifacts()).toEqual([
      { id: uploaded.id, name: 'bundle', size: uploaded.size, digest: expectedHash }
    ])
    const calls = services.calls.slice(callsBefore)
    expect(calls.map((c) => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact'])
    expect(calls[1]).toMatchObject({
      service: 'artifact',
      status: 200,
      body: { name: 'bundle', hash: expectedHash }
    })

    const byName = path.join(work, 'artifact-by-name')
    await services.downloadArtifact('bundle', byName)
    expect(await tree(byName)).toEqual(await tree(src))

    const byId = path.join(work, 'artifact-by-id')
    const downloaded = await client.downloadArtifact(uploaded.id!, { path: byId, expectedHash })
    expect(downloaded).toEqual({ downloadPath: byId, digestMismatch: false })
    expect(await tree(byId)).toEqual(await tree(src))

    const { artifact } = await client.getArtifact('bundle')
    expect(artifact).toMatchObject({
      id: uploaded.id,
      name: 'bundle',
      size: uploaded.size,
      digest: expectedHash
    })
  })

  it('refuses a second artifact of the same name in the run (409, not retried) until it is deleted', async () => {
    const src = path.join(work, 'artifact-dup')
    const files = await writeTree(src, { 'a.txt': 'first' })
    captureOutput()
    const client = new artifactLib.DefaultArtifactClient()
    await client.uploadArtifact('dup', files, src)
    const callsBefore = services.calls.length
    await expect(client.uploadArtifact('dup', files, src)).rejects.toThrow(
      'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: ' +
        'an artifact with this name already exists on the workflow run'
    )
    expect(services.calls.slice(callsBefore).map((c) => [c.method, c.status])).toEqual([
      ['CreateArtifact', 409]
    ])

    const { id } = await client.deleteArtifact('dup')
    expect(services.artifacts().some((a) => a.id === id)).toBe(false)
    await writeFile(files[0], 'second')
    await client.uploadArtifact('dup', files, src)
    const back = path.join(work, 'artifact-dup-back')
    await services.downloadArtifact('dup', back)
    expect(await readFile(path.join(back, 'a.txt'), 'utf8')).toBe('second')
  })

  it('serves an unzipped (skipArchive) artifact under its file name', async () => {
    const src = path.join(work, 'artifact-raw')
    const [file] = await writeTree(src, { 'sbom.json': '{"bomFormat":"CycloneDX"}' })
    captureOutput()
    const client = new artifactLib.DefaultArtifactClient()
    const { id } = await client.uploadArtifact('ignored', [file], src, { skipArchive: true })
    expect(services.artifacts().find((a) => a.id === id)?.name).toBe('sbom.json')
    const viaClient = path.join(work, 'raw-client')
    await client.downloadArtifact(id!, { path: viaClient })
    expect(await readFile(path.join(viaClient, 'sbom.json'), 'utf8')).toBe('{"bomFormat":"CycloneDX"}')
    const viaHarness = path.join(work, 'raw-harness')
    await services.downloadArtifact('sbom.json', viaHarness)
    expect(await readFile(path.join(viaHarness, 'sbom.json'), 'utf8')).toBe('{"bomFormat":"CycloneDX"}')
  })
})

describe('cache service', () => {
  it('saves with the real client and restores by exact key, by prefix (newest first) and misses', async () => {
    const dir = path.join(work, 'gocache')
    await writeTree(dir, { 'a/b.txt': 'one', 'big.bin': randomBytes(200 * 1024) })
    const saved = await tree(dir)
    captureOutput()
    expect(await cacheLib.saveCache([dir], 'go-linux-abc')).toBeGreaterThan(0)
    // zstd is installed, so the archive is zstd-compressed and the version says so (gzip if zstd were missing).
    const version = sha256(Buffer.from([dir, 'zstd-without-long', '1.0'].join('|')))
    expect(services.cacheEntries()).toEqual([{ key: 'go-linux-abc', version, size: expect.any(Number) }])

    await rm(dir, { recursive: true })
    expect(await cacheLib.restoreCache([dir], 'go-linux-abc')).toBe('go-linux-abc')
    expect(await tree(dir)).toEqual(saved)

    await writeTree(dir, { 'newer.txt': 'two' })
    expect(await cacheLib.saveCache([dir], 'go-linux-def')).toBeGreaterThan(0)
    await rm(dir, { recursive: true })
    expect(await cacheLib.restoreCache([dir], 'go-darwin-x', ['go-darwin-', 'go-linux-'])).toBe(
      'go-linux-def'
    )
    expect(await tree(dir)).toEqual({ 'newer.txt': sha256(Buffer.from('two')) })
    expect(await cacheLib.restoreCache([dir], 'go-linux-ab')).toBe('go-linux-abc') // the key is a prefix too

    expect(await cacheLib.restoreCache([dir], 'nope', ['nope-'])).toBeUndefined()
    // Same key, other paths: another version, so a miss.
    expect(await cacheLib.restoreCache([path.join(work, 'elsewhere')], 'go-linux-abc')).toBeUndefined()
    const lookups = services.calls.filter((c) => c.method === 'GetCacheEntryDownloadURL')
    expect(lookups.at(-2)?.body).toEqual({ key: 'nope', restore_keys: ['nope-'], version })

    // Saving an existing key: the service's 409 is logged as info, and saveCache returns -1 without throwing.
    expect(await cacheLib.saveCache([dir], 'go-linux-abc')).toBe(-1)
    expect(output).toContainEqual(
      expect.stringMatching(/^Failed to save: Unable to reserve cache with key go-linux-abc/)
    )
  })
})

describe('failure injection', () => {
  it('makes failing cache calls miss or skip the save after 5 attempts, and failing uploads reject', async () => {
    const dir = path.join(work, 'failing')
    const files = await writeTree(dir, { 'x.txt': 'x' })
    captureOutput()
    services.setFailure('cache', { status: 500 })
    const callsBefore = services.calls.length

    const restore = await withFastRetries(() => cacheLib.restoreCache([dir], 'k'))
    expect(restore.result).toBeUndefined()
    expect(output).toContainEqual(
      expect.stringMatching(
        /^::warning::Failed to restore: Failed to GetCacheEntryDownloadURL: Failed to make request after 5 attempts: Failed request: \(500\) Internal Server Error: injected failure/
      )
    )
    expect(restore.sleeps).toHaveLength(4)
    expect(restore.sleeps[0]).toBe(3000)
    const total = restore.sleeps.reduce((a, b) => a + b, 0)
    expect(total).toBeGreaterThanOrEqual(24375)
    expect(total).toBeLessThan(35063)

    // saveCache does not throw: the reservation failure becomes a ReserveCacheError, logged as info, and -1.
    const save = await withFastRetries(() => cacheLib.saveCache([dir], 'k'))
    expect(save.result).toBe(-1)
    expect(output).toContainEqual(
      'Failed to save: Unable to reserve cache with key k, another job may be creating this cache.'
    )
    const failed = services.calls.slice(callsBefore).map((c) => `${c.method} ${c.status}`)
    expect(failed).toEqual([
      ...Array(5).fill('GetCacheEntryDownloadURL 500'),
      ...Array(5).fill('CreateCacheEntry 500')
    ])

    services.setFailure('artifact', { status: 500 })
    const client = new artifactLib.DefaultArtifactClient()
    const upload = withFastRetries(() => client.uploadArtifact('doomed', files, dir))
    await expect(upload).rejects.toThrow(
      'Failed to CreateArtifact: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: injected failure'
    )
    expect(services.artifacts().some((a) => a.name === 'doomed')).toBe(false)

    services.setFailure('cache')
    services.setFailure('artifact')
    expect(await cacheLib.saveCache([dir], 'k')).toBeGreaterThan(0)
    expect((await client.uploadArtifact('doomed', files, dir)).id).toBeGreaterThan(0)
  })

  it('delays calls when asked, without failing them', async () => {
    const dir = path.join(work, 'slow')
    await writeTree(dir, { 'y.txt': 'y' })
    captureOutput()
    expect(await cacheLib.saveCache([dir], 'slow')).toBeGreaterThan(0)
    services.setFailure('cache', { delayMs: 500 })
    const started = Date.now()
    expect(await cacheLib.restoreCache([dir], 'slow', undefined, { lookupOnly: true })).toBe('slow')
    expect(Date.now() - started).toBeGreaterThanOrEqual(500)
  })
})

describe('several harnesses in one process', () => {
  it('lets the already-imported clients talk to a second harness once the env points at it', async () => {
    const second = await startActionsServices()
    let closeMs: number
    try {
      useEnv(second.env)
      const dir = path.join(work, 'second')
      await writeTree(dir, { 'z.txt': 'z' })
      captureOutput()
      expect(await cacheLib.restoreCache([dir], 'go-linux-abc')).toBeUndefined() // the first harness's entry
      expect(await cacheLib.saveCache([dir], 'second')).toBeGreaterThan(0)
      expect(second.cacheEntries().map((e) => e.key)).toEqual(['second'])
      expect(services.cacheEntries().map((e) => e.key)).not.toContain('second')
    } finally {
      useEnv(services.env)
      const closing = Date.now()
      await second.close()
      closeMs = Date.now() - closing
    }
    // Azurite exits on its own within milliseconds; 5s would mean the SIGKILL fallback had to fire.
    expect(closeMs).toBeLessThan(4000)
  })
})
