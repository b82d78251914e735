// A local stand-in for GitHub's artifact (v4+) and cache (v2) services, on 127.0.0.1: a Twirp JSON server
// speaking the protocol of @actions/artifact 6 and @actions/cache 6, whose signed URLs point at a real Azure
// Blob Storage emulator (Azurite), so the clients' own Azure SDK uploads and plain GET downloads run unchanged.
import { BlobSASPermissions, BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob'
import type { BlobClient, BlobGenerateSasUrlOptions, ContainerClient } from '@azure/storage-blob'
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { text } from 'node:stream/consumers'
import { pipeline } from 'node:stream/promises'
import timers from 'node:timers'
import { setTimeout as sleep } from 'node:timers/promises'
import yauzl from 'yauzl'

export interface ActionsServices {
  /** Env for a runner step (see buildEnv for why each variable is there). Add RUNNER_TEMP yourself. */
  env: Record<string, string>
  /** Artifacts finalized so far (deleted ones drop out). */
  artifacts(): Array<{ id: number; name: string; size: number; digest: string }>
  /** Downloads an artifact by name through the protocol (ListArtifacts, GetSignedArtifactURL, blob GET); unzips it. */
  downloadArtifact(name: string, dest: string): Promise<void>
  /** Committed cache entries, oldest first. */
  cacheEntries(): Array<{ key: string; version: string; size: number }>
  /** Every Twirp call made by others (the harness's own downloadArtifact calls are not recorded). */
  calls: Array<{ service: string; method: string; body: unknown; status: number }>
  /** Every Twirp call of the service answers this status, or is delayed by ms; undefined clears. Blobs unaffected. */
  setFailure(service: Service, failure?: Failure): void
  close(): Promise<void>
}

export type Service = 'artifact' | 'cache'
export type Failure = { status: number } | { delayMs: number }

// Azurite's well-known development account (public, documented by Microsoft; not a secret).
const DEV_ACCOUNT = 'devstoreaccount1'
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const TWIRP_PATH = /^\/twirp\/github\.actions\.results\.api\.v1\.(ArtifactService|CacheService)\/(\w+)$/
const SERVICES: Record<string, Service> = { ArtifactService: 'artifact', CacheService: 'cache' }
const HARNESS_HEADER = 'x-actions-services-harness'
// Twirp error codes by HTTP status; the clients only read the status and msg, so this is for the logs.
const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists'
}

/** Answered as a Twirp error: JSON {code, msg} (the clients JSON-parse every answer and retry if they cannot). */
class TwirpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

type Body = Record<string, unknown>
type Handler = (body: Body) => Promise<Body>
type Stored = { blob: BlobClient; size: number; digest: string }
type ArtifactRecord = Stored & { id: number; name: string; createdAt: Date; finalized: boolean }
/** seq is the commit order: "newest" for prefix matches, without relying on clock resolution. */
type CacheRecord = Stored & { id: number; key: string; version: string; committed: boolean; seq: number }

export async function startActionsServices(opts: { dataDir?: string } = {}): Promise<ActionsServices> {
  const dataDir = opts.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'actions-services-')))
  const azurite = await startAzurite(path.join(dataDir, 'azurite'))
  try {
    const credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY)
    const account = new BlobServiceClient(`${azurite.url}/${DEV_ACCOUNT}`, credential)
    const stores = {
      artifact: account.getContainerClient('artifacts'),
      cache: account.getContainerClient('caches')
    }
    await Promise.all([stores.artifact.createIfNotExists(), stores.cache.createIfNotExists()])
    return await startTwirp(azurite, stores, opts.dataDir ? undefined : dataDir)
  } catch (err) {
    await azurite.stop()
    throw err
  }
}

async function startTwirp(
  azurite: Azurite,
  stores: Record<Service, ContainerClient>,
  tempDir: string | undefined
): Promise<ActionsServices> {
  // One workflow run and job per harness: the token names them and the clients send them back.
  const runId = randomUUID()
  const jobId = randomUUID()
  const token = fakeRuntimeToken(runId, jobId)
  const artifacts: ArtifactRecord[] = []
  const caches: CacheRecord[] = []
  const calls: ActionsServices['calls'] = []
  const failures = new Map<Service, Failure>()
  let nextId = 1
  let commitSeq = 0
  const findArtifact = (name: unknown, finalized: boolean): ArtifactRecord | undefined =>
    artifacts.find((a) => a.name === name && a.finalized === finalized)
  const finalizedArtifact = (name: unknown): ArtifactRecord => {
    const found = findArtifact(name, true)
    if (!found) throw new TwirpError(404, `artifact ${String(name)} not found`)
    return found
  }

  const handlers: Record<Service, Record<string, Handler>> = {
    artifact: {
      async CreateArtifact(body) {
        const name = requireString(body, 'name')
        if (findArtifact(name, true))
          throw new TwirpError(409, 'an artifact with this name already exists on the workflow run')
        // An unfinalized attempt (say, a failed upload) is replaced, not a conflict.
        artifacts.splice(0, artifacts.length, ...artifacts.filter((a) => a.finalized || a.name !== name))
        const id = nextId++
        const fileName = body.mime_type === 'application/zip' ? `${name}.zip` : name
        const blob = stores.artifact.getBlobClient(`${runId}/${id}/${fileName}`)
        artifacts.push({ id, name, blob, createdAt: new Date(), finalized: false, size: 0, digest: '' })
        return { ok: true, signed_upload_url: await blob.generateSasUrl(sasOptions('cw')) }
      },
      async FinalizeArtifact(body) {
        const record = findArtifact(body.name, false)
        if (!record) throw new TwirpError(404, `no artifact upload in progress named ${String(body.name)}`)
        // Check the client's claims against what reached storage: a mismatch is a broken upload.
        const stored = await inspectBlob(record.blob, body.size)
        if (body.hash !== undefined && body.hash !== stored.digest)
          throw new TwirpError(400, `hash ${String(body.hash)} does not match the stored ${stored.digest}`)
        Object.assign(record, stored, { finalized: true })
        return { ok: true, artifact_id: String(record.id) }
      },
      async ListArtifacts(body) {
        const listed = artifacts.filter(
          (a) =>
            a.finalized &&
            (body.name_filter === undefined || a.name === body.name_filter) &&
            (body.id_filter === undefined || String(a.id) === String(body.id_filter))
        )
        return {
          artifacts: listed.map((a) => ({
            workflow_run_backend_id: runId,
            workflow_job_run_backend_id: jobId,
            database_id: String(a.id),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt.toISOString(),
            digest: a.digest
          }))
        }
      },
      async GetSignedArtifactURL(body) {
        const record = finalizedArtifact(body.name)
        // The client names an unzipped (skipArchive) artifact's file after the Content-Disposition header.
        const disposition = `attachment; filename*=UTF-8''${encodeURIComponent(record.name)}`
        return { signed_url: await record.blob.generateSasUrl(sasOptions('r', disposition)) }
      },
      async DeleteArtifact(body) {
        const record = finalizedArtifact(body.name)
        artifacts.splice(artifacts.indexOf(record), 1)
        await record.blob.deleteIfExists()
        return { ok: true, artifact_id: String(record.id) }
      }
    },
    cache: {
      async CreateCacheEntry(body) {
        const key = requireString(body, 'key')
        const version = requireString(body, 'version')
        // GitHub answers 409 both for a committed entry and for one another job is still uploading.
        if (caches.some((c) => c.key === key && c.version === version))
          throw new TwirpError(409, 'cache entry with the same key, version, and scope already exists')
        const id = nextId++
        const blob = stores.cache.getBlobClient(`entries/${id}`)
        caches.push({ id, key, version, blob, committed: false, size: 0, digest: '', seq: 0 })
        return { ok: true, signed_upload_url: await blob.generateSasUrl(sasOptions('cw')) }
      },
      async FinalizeCacheEntryUpload(body) {
        const entry = caches.find((c) => !c.committed && c.key === body.key && c.version === body.version)
        if (!entry) throw new TwirpError(404, `no cache upload in progress for key ${String(body.key)}`)
        const stored = await inspectBlob(entry.blob, body.size_bytes)
        Object.assign(entry, stored, { committed: true, seq: ++commitSeq })
        return { ok: true, entry_id: String(entry.id) }
      },
      async GetCacheEntryDownloadURL(body) {
        const keys = [requireString(body, 'key'), ...((body.restore_keys as string[] | undefined) ?? [])]
        const candidates = caches.filter((c) => c.committed && c.version === body.version)
        const hit = lookupCache(candidates, keys)
        if (!hit) return { ok: false } // a miss is not an error
        const signed_download_url = await hit.blob.generateSasUrl(sasOptions('r'))
        return { ok: true, signed_download_url, matched_key: hit.key }
      }
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await text(req)
    let body: unknown = raw // recorded as text, then refused, if it is not JSON
    try {
      body = raw ? JSON.parse(raw) : {}
    } catch {
      // not JSON: refused below
    }
    const route = TWIRP_PATH.exec(new URL(req.url ?? '/', 'http://x').pathname)
    const service: Service | 'unknown' = route ? SERVICES[route[1]] : 'unknown'
    const method = route?.[2] ?? `${req.method} ${req.url}`
    let status = 200
    let payload: Body
    try {
      if (service === 'unknown' || req.method !== 'POST') throw new TwirpError(404, `no route for ${method}`)
      const failure = failures.get(service)
      if (failure && 'delayMs' in failure) await sleep(failure.delayMs)
      if (failure && 'status' in failure) throw new TwirpError(failure.status, 'injected failure')
      if (req.headers.authorization !== `Bearer ${token}`) throw new TwirpError(401, 'bad runtime token')
      if (typeof body !== 'object' || body === null) throw new TwirpError(400, 'request body is not JSON')
      const fields = body as Body
      if (service === 'artifact' && fields.workflow_run_backend_id !== runId)
        throw new TwirpError(403, 'workflow run is outside the token scope')
      const handler = handlers[service][method]
      if (!handler) throw new TwirpError(404, `no method ${method} on the ${service} service`)
      payload = await handler(fields)
    } catch (err) {
      status = err instanceof TwirpError ? err.status : 500
      const code = route ? (TWIRP_CODES[status] ?? 'internal') : 'bad_route'
      payload = { code, msg: err instanceof Error ? err.message : String(err) }
    }
    if (req.headers[HARNESS_HEADER] !== '1') calls.push({ service, method, body, status })
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload))
  }

  const server = createServer((req, res) => void handle(req, res).catch((err: Error) => res.destroy(err)))
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  /** The harness's own calls: same protocol, token and failures, but marked to stay out of `calls`. */
  async function twirp(method: string, body: Body): Promise<Body> {
    const headers = { authorization: `Bearer ${token}`, [HARNESS_HEADER]: '1' }
    const url = `${origin}/twirp/github.actions.results.api.v1.ArtifactService/${method}`
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })
    const answer = (await res.json()) as Body
    if (!res.ok) throw new Error(`${method}: (${res.status}) ${String(answer.msg)}`)
    return answer
  }

  return {
    env: buildEnv(origin, token),
    calls,
    artifacts: () =>
      artifacts.filter((a) => a.finalized).map(({ id, name, size, digest }) => ({ id, name, size, digest })),
    cacheEntries: () =>
      caches
        .filter((c) => c.committed)
        .sort((a, b) => a.seq - b.seq)
        .map(({ key, version, size }) => ({ key, version, size })),
    setFailure: (service, failure) =>
      void (failure ? failures.set(service, failure) : failures.delete(service)),
    async downloadArtifact(name, dest) {
      const ids = { workflow_run_backend_id: runId, workflow_job_run_backend_id: jobId }
      const { artifacts: listed } = await twirp('ListArtifacts', { ...ids, name_filter: name })
      if ((listed as Body[]).length === 0) throw new Error(`no artifact named ${name}`)
      const { signed_url } = await twirp('GetSignedArtifactURL', { ...ids, name })
      const res = await fetch(String(signed_url))
      if (!res.ok) throw new Error(`artifact blob GET: ${res.status} ${res.statusText}`)
      const bytes = Buffer.from(await res.arrayBuffer())
      await mkdir(dest, { recursive: true })
      if (res.headers.get('content-type') === 'application/zip') await unzip(bytes, dest)
      else await writeFile(path.join(dest, name), bytes)
    },
    async close() {
      server.close()
      server.closeAllConnections() // the clients' keep-alive sockets would hold close() open
      await once(server, 'close')
      await azurite.stop()
      if (tempDir) await rm(tempDir, { recursive: true, force: true })
    }
  }
}

/**
 * Why each variable: ACTIONS_RESULTS_URL (both clients; only its origin is used) and ACTIONS_RUNTIME_TOKEN
 * (Bearer token; @actions/artifact reads the run/job backend ids from its scp claim) reach the services;
 * ACTIONS_CACHE_SERVICE_V2 selects the Twirp cache protocol (v1 would use ACTIONS_CACHE_URL, not set here so a
 * v1 fallback fails loudly); GITHUB_SERVER_URL must not look like GHES to either client (github.com, *.ghe.com and
 * *.localhost do not), and *.localhost keeps any stray request on this machine. The GITHUB_RUN_* / repository
 * variables are not read by the clients' internal paths but by the code around them (names, summaries, links).
 */
function buildEnv(origin: string, token: string): Record<string, string> {
  return {
    ACTIONS_RESULTS_URL: `${origin}/`,
    ACTIONS_RUNTIME_TOKEN: token,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_SERVER_URL: 'https://github.localhost',
    GITHUB_REPOSITORY: 'octo-org/go-cross-matrix-fixture',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'cross'
  }
}

/** GitHub's order: exact key, then newest entry starting with it; then each restore key the same way. */
function lookupCache(entries: CacheRecord[], keys: string[]): CacheRecord | undefined {
  const newest = (match: (c: CacheRecord) => boolean): CacheRecord | undefined =>
    entries.filter(match).sort((a, b) => b.seq - a.seq)[0]
  for (const key of keys) {
    const hit = newest((c) => c.key === key) ?? newest((c) => c.key.startsWith(key))
    if (hit) return hit
  }
  return undefined
}

/** An unsigned JWT: the clients only decode it (for scp), never verify it. */
function fakeRuntimeToken(runId: string, jobId: string): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  const scp = `Actions.GenericRead:${runId} Actions.Results:${runId}:${jobId}`
  return `${part({ typ: 'JWT', alg: 'none' })}.${part({ scp, iat: now, exp: now + 6 * 3600 })}.unsigned`
}

function sasOptions(permissions: 'r' | 'cw', contentDisposition?: string): BlobGenerateSasUrlOptions {
  const now = Date.now()
  return {
    permissions: BlobSASPermissions.parse(permissions),
    startsOn: new Date(now - 5 * 60_000), // tolerate clock skew between the harness and Azurite
    expiresOn: new Date(now + 6 * 3600_000),
    contentDisposition
  }
}

function requireString(body: Body, field: string): string {
  const value = body[field]
  if (typeof value !== 'string' || value === '') throw new TwirpError(400, `${field} is required`)
  return value
}

/** What reached storage; refuses (400) a missing blob or one whose size is not the client's claimed size. */
async function inspectBlob(blob: BlobClient, claimedSize: unknown): Promise<Stored> {
  const bytes = await blob.downloadToBuffer().catch((err: { statusCode?: number }) => {
    throw err.statusCode === 404 ? new TwirpError(400, `${blob.name} was never uploaded`) : err
  })
  if (Number(claimedSize) !== bytes.length)
    throw new TwirpError(400, `size ${String(claimedSize)} but ${bytes.length} bytes stored`)
  return { blob, size: bytes.length, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}` }
}

async function unzip(bytes: Buffer, dest: string): Promise<void> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, strictFileNames: true })
  for await (const entry of zip.eachEntry()) {
    const target = path.join(dest, entry.fileName) // strictFileNames refuses absolute and ../ names
    if (entry.fileName.endsWith('/')) {
      await mkdir(target, { recursive: true })
      continue
    }
    await mkdir(path.dirname(target), { recursive: true })
    await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target))
  }
}

interface Azurite {
  url: string
  stop(): Promise<void>
}

// Runs Azurite's blob CLI, exiting if the IPC channel drops: a crashed or killed test run leaves no orphan.
// The channel is unref'd so that, once Azurite has shut down, the listener alone does not keep it alive.
const AZURITE_BOOT = [
  "process.on('disconnect', () => process.exit(0))",
  'process.channel.unref()',
  'require(process.argv[1])'
].join('\n')

/** Azurite has no supported in-process API (its main export is a VS Code extension), so run its blob CLI. */
async function startAzurite(location: string): Promise<Azurite> {
  await mkdir(location, { recursive: true })
  const main = createRequire(import.meta.url).resolve('azurite/dist/src/blob/main.js')
  const argv = ['-e', AZURITE_BOOT, main, '--blobHost', '127.0.0.1', '--blobPort', '0']
  // --skipApiVersionCheck: @azure/storage-blob may speak a newer REST version than this Azurite knows.
  argv.push('--location', location, '--silent', '--disableTelemetry', '--skipApiVersionCheck', '--loose')
  const env = { ...process.env }
  delete env.NODE_OPTIONS // jest's --experimental-vm-modules is not for Azurite
  const child = spawn(process.execPath, argv, { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] })
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    // node:timers, not the global: tests that fake or shrink timers must not reach the harness.
    const timer = timers.setTimeout(() => fail(new Error('Azurite did not start within 60s')), 60_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const m = /successfully listens on (http:\/\/\S+)/.exec(output)
      if (!m) return
      timers.clearTimeout(timer)
      child.stdout?.off('data', onData).resume() // keep draining, stop collecting
      child.stderr?.off('data', onData).resume()
      resolve(m[1])
    }
    const fail = (err: Error): void => {
      timers.clearTimeout(timer)
      reject(new Error(`${err.message}\n${output}`))
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => fail(new Error(`Azurite exited (${code}) before listening`)))
    child.once('error', fail)
  }).catch(async (err: unknown) => {
    await stopChild(child)
    throw err
  })
  return { url, stop: () => stopChild(child) }
}

/** Azurite shuts down cleanly on an IPC "shutdown" message; SIGKILL if it has not gone within 5s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, 'exit')
  if (child.connected) child.send('shutdown')
  else child.kill('SIGTERM')
  const timer = timers.setTimeout(() => child.kill('SIGKILL'), 5_000)
  await exited
  timers.clearTimeout(timer)
}
