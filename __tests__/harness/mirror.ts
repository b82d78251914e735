// A local stand-in for go.dev/dl and for a Go module proxy serving golang.org/toolchain, on 127.0.0.1,
// with fault injection so tests can exercise retries, truncation and checksum failures, and with
// forged checksum database answers (for sum.golang.org, and for a test database of our own).
import { createHash, randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream } from 'node:fs'
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename, dirname, join, normalize } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { goModH1, makeSigner, recordText, signNote, TestLog, type TestSigner } from './sumdb-log.js'
import {
  archivePlatform,
  goModCache,
  mirrorCacheDir,
  TOOLCHAIN_MODULE,
  type PreparedToolchain
} from './toolchains.js'

/** One entry of go.dev/dl/?mode=json. */
export interface GoRelease {
  version: string
  stable: boolean
  files: GoReleaseFile[]
}

export interface GoReleaseFile {
  filename: string
  os: string
  arch: string
  version: string
  sha256: string
  size: number
  kind: 'archive' | 'installer' | 'source'
}

export type Fault =
  | { kind: 'status'; status: number; times?: number }
  | { kind: 'reset'; afterBytes?: number; times?: number }
  | { kind: 'truncate'; bytes: number; times?: number }
  | { kind: 'corrupt'; times?: number }
  | { kind: 'delay'; ms: number; times?: number }

/**
 * A forged checksum database lookup answer: its note signature broken, its note signed by a key
 * of ours under the database's name, its h1 replaced (so the record is not in the signed tree),
 * or (the test database only) a forked history: record 0 replaced and one record appended.
 */
export type SumdbForgery = 'bad-signature' | 'unknown-key' | 'not-in-tree' | 'inconsistent'

export interface MirrorOptions {
  toolchains: PreparedToolchain[]
  /** Extra go.dev index entries (merged by version), e.g. releases whose archives are not served. */
  extraIndexEntries?: GoRelease[]
  /** Where sumdb answers missing from the module cache are fetched; default https://proxy.golang.org. */
  upstreamProxy?: string
  port?: number
  /** Forge every lookup answer this way from the start (see setSumdbForgery). */
  sumdbForgery?: SumdbForgery
}

/** The mirror's own checksum database (`<proxy>/sumdb/<name>/`), holding the prepared toolchains. */
export interface TestSumdb {
  name: string
  /** GOSUMDB naming it by key (its direct URL is never needed: the proxy answers) */
  gosumdb: string
  log: TestLog
}

export interface Mirror {
  url: string
  dlBaseUrl: string
  proxyUrl: string
  /** Every request's path+query, in arrival order. */
  requests: string[]
  setFault(pathSuffix: string, fault: Fault): void
  /** Forge lookup answers from now on (undefined: honest again). */
  setSumdbForgery(forgery: SumdbForgery | undefined): void
  testSumdb: TestSumdb
  /** Clears faults and forgery. */
  clearFaults(): void
  close(): Promise<void>
}

/** A response body that can be streamed whole or in part (`end` exclusive). */
interface Body {
  size: number
  open(start: number, end: number): Readable
}

interface Reply {
  contentType: string
  body: Body
}

const SUMDB_NAME = 'sum.golang.org'
const SUMDB_PREFIX = `/proxy/sumdb/${SUMDB_NAME}/`
const TEST_SUMDB_NAME = 'sumdb.gcm.test'
const TOOLCHAIN_PREFIX = `/proxy/${TOOLCHAIN_MODULE}/@v/`

export async function startMirror(opts: MirrorOptions): Promise<Mirror> {
  const requests: string[] = []
  const faults = new Map<string, Fault>()
  const forgery = { kind: opts.sumdbForgery }
  const testSumdb = buildTestSumdb(opts.toolchains)
  const routes = await buildRoutes(opts, testSumdb, forgery)
  const server = createServer((req, res) => {
    requests.push(req.url ?? '')
    handle(req, res, routes, faults).catch((err: Error) => failResponse(res, err))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, '127.0.0.1', resolve)
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const gosumdb = `${testSumdb.log.signer.verifierKey} ${url}/unused-direct-sumdb`
  return {
    url,
    dlBaseUrl: `${url}/dl`,
    proxyUrl: `${url}/proxy`,
    requests,
    setFault: (pathSuffix, fault) => void faults.set(pathSuffix, { ...fault }),
    setSumdbForgery: (kind) => void (forgery.kind = kind),
    testSumdb: { ...testSumdb, gosumdb },
    clearFaults: () => {
      faults.clear()
      forgery.kind = undefined
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections() // keep-alive sockets would otherwise hold jest open
      })
  }
}

type Route = (path: string, query: URLSearchParams) => Promise<Reply | undefined>

async function buildRoutes(
  opts: MirrorOptions,
  testSumdb: Omit<TestSumdb, 'gosumdb'>,
  forgery: { kind?: SumdbForgery }
): Promise<Route> {
  const all = buildReleaseIndex(opts.toolchains, opts.extraIndexEntries ?? [])
  const indexAll = json(all) // replies are reusable: each send opens a fresh stream
  const indexStable = json(stableReleases(all))
  const archives = new Map(opts.toolchains.map((t) => [basename(t.archivePath), t]))
  const modules = new Map(opts.toolchains.map((t) => [t.moduleVersion, t]))
  const upstream = sumdbSource(await goModCache(), await mirrorCacheDir(), opts.upstreamProxy)
  const forger = makeSigner(SUMDB_NAME) // an unknown key claiming to be sum.golang.org
  const sumdb = async (rest: string): Promise<Reply | undefined> => {
    const reply = await upstream(rest)
    if (!reply || !forgery.kind || !rest.startsWith('lookup/')) return reply
    return text(forgeLookup(await replyBytes(reply), forgery.kind, forger))
  }
  const testPrefix = `/proxy/sumdb/${testSumdb.name}/`
  const fork = lazyFork(testSumdb.log)
  return async (path, query) => {
    if (path === '/dl' || path === '/dl/') {
      if (query.get('mode') !== 'json') return undefined
      return query.get('include') === 'all' ? indexAll : indexStable
    }
    if (path.startsWith('/dl/')) {
      const toolchain = archives.get(path.slice('/dl/'.length))
      return toolchain && fileReply(toolchain.archivePath, 'application/octet-stream')
    }
    if (path.startsWith(TOOLCHAIN_PREFIX))
      return toolchainModuleReply(path.slice(TOOLCHAIN_PREFIX.length), modules)
    if (path.startsWith(SUMDB_PREFIX)) return sumdb(path.slice(SUMDB_PREFIX.length))
    if (path.startsWith(testPrefix))
      return testSumdbReply(path.slice(testPrefix.length), testSumdb.log, fork, forgery.kind)
    return undefined
  }
}

async function toolchainModuleReply(
  file: string,
  modules: Map<string, PreparedToolchain>
): Promise<Reply | undefined> {
  if (file === 'list') return text([...modules.keys()].map((v) => `${v}\n`).join(''))
  const match = /^(.+)\.(info|mod|zip)$/.exec(file)
  const toolchain = match && modules.get(match[1])
  if (!match || !toolchain) return undefined
  switch (match[2]) {
    case 'info':
      return json(await moduleInfo(toolchain))
    case 'mod':
      return text(`module ${TOOLCHAIN_MODULE}\n`)
    default:
      return fileReply(toolchain.zipPath, 'application/zip')
  }
}

/** Prefers the `.info` that `go mod download` cached (real release time); falls back to the zip's mtime. */
async function moduleInfo(toolchain: PreparedToolchain): Promise<{ Version: string; Time: string }> {
  try {
    return JSON.parse(await readFile(toolchain.zipPath.replace(/\.zip$/, '.info'), 'utf8'))
  } catch {
    return { Version: toolchain.moduleVersion, Time: (await stat(toolchain.zipPath)).mtime.toISOString() }
  }
}

/**
 * Serves sum.golang.org lookups and tiles through the proxy (`<proxy>/sumdb/sum.golang.org/...`): from the
 * module cache `go mod download` filled, else from our own cache, else fetched once from upstream.
 */
function sumdbSource(modCache: string, ourCache: string, upstream = 'https://proxy.golang.org') {
  const roots = [join(modCache, 'cache', 'download'), ourCache].map((dir) =>
    join(dir, 'sumdb', 'sum.golang.org')
  )
  return async (rest: string): Promise<Reply | undefined> => {
    if (rest === 'supported') return text('')
    const safe = normalize(rest)
    if (!/^(lookup|tile)\//.test(safe) || safe.includes('..')) return undefined
    for (const root of roots) {
      const cached = await readIfExists(join(root, safe))
      if (cached) return text(cached)
    }
    const response = await fetch(`${upstream}/sumdb/sum.golang.org/${rest}`)
    if (response.status === 404 || response.status === 410) return undefined
    if (!response.ok) throw new Error(`upstream sumdb answered ${response.status} for ${rest}`)
    const bytes = Buffer.from(await response.arrayBuffer())
    await writeAtomically(join(roots[1], safe), bytes)
    return text(bytes)
  }
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  route: Route,
  faults: Map<string, Fault>
): Promise<void> {
  const { pathname, searchParams } = new URL(req.url ?? '/', 'http://mirror.invalid')
  const fault = takeFault(faults, pathname)
  if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms))
  if (fault?.kind === 'status')
    return void res
      .writeHead(fault.status, { 'Content-Type': 'text/plain' })
      .end(`injected ${fault.status}\n`)
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end()
  const reply = await route(pathname, searchParams)
  if (!reply) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`not found: ${pathname}\n`)
  res.writeHead(200, { 'Content-Type': reply.contentType, 'Content-Length': reply.body.size })
  if (req.method === 'HEAD') return void res.end()
  await sendBody(res, reply.body, fault)
}

/** The first fault whose suffix matches uses up one of its `times`; spent faults are forgotten. */
function takeFault(faults: Map<string, Fault>, pathname: string): Fault | undefined {
  for (const [suffix, fault] of faults) {
    if (!pathname.endsWith(suffix)) continue
    const left = (fault.times ?? Infinity) - 1
    if (left <= 0) faults.delete(suffix)
    else fault.times = left
    return fault
  }
  return undefined
}

async function sendBody(res: ServerResponse, body: Body, fault: Fault | undefined): Promise<void> {
  switch (fault?.kind) {
    case 'truncate': {
      // Content-Length promised the whole file; a clean FIN after part of it is a "short read".
      await writeRange(res, body, Math.min(fault.bytes, body.size))
      res.socket?.end()
      return
    }
    case 'reset': {
      await writeRange(res, body, Math.min(fault.afterBytes ?? Math.floor(body.size / 2), body.size))
      res.socket?.resetAndDestroy()
      return
    }
    case 'corrupt':
      return pipeline(body.open(0, body.size), flipMiddleBytes(body.size), res)
    default:
      return pipeline(body.open(0, body.size), res)
  }
}

/** Writes the first `bytes` of the body and resolves once the socket has handed them to the kernel. */
async function writeRange(res: ServerResponse, body: Body, bytes: number): Promise<void> {
  res.flushHeaders()
  for await (const chunk of body.open(0, bytes)) {
    if (!res.write(chunk as Buffer)) await once(res, 'drain')
  }
  const socket = res.socket
  while (socket && !socket.destroyed && (socket.writableLength > 0 || socket.writableCorked > 0)) {
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

/** Keeps the length but XORs a few bytes in the middle, so only a checksum can tell. */
function flipMiddleBytes(size: number): Transform {
  const from = Math.floor(size / 2)
  const to = Math.min(size, from + 16)
  let offset = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const start = offset
      offset += chunk.length
      if (offset <= from || start >= to) return callback(null, chunk)
      const copy = Buffer.from(chunk)
      for (let i = Math.max(from, start); i < Math.min(to, offset); i++) copy[i - start] ^= 0xff
      callback(null, copy)
    }
  })
}

function failResponse(res: ServerResponse, err: Error): void {
  if (res.headersSent) return void res.destroy(err)
  res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`mirror error: ${err.message}\n`)
}

function bufferBody(bytes: Buffer): Body {
  return { size: bytes.length, open: (start, end) => Readable.from([bytes.subarray(start, end)]) }
}

async function fileReply(path: string, contentType: string): Promise<Reply> {
  const { size } = await stat(path)
  const open = (start: number, end: number): Readable =>
    end > start ? createReadStream(path, { start, end: end - 1 }) : Readable.from([])
  return { contentType, body: { size, open } }
}

function json(value: unknown): Reply {
  return { contentType: 'application/json', body: bufferBody(Buffer.from(JSON.stringify(value, null, 1))) }
}

function text(content: string | Buffer): Reply {
  return { contentType: 'text/plain; charset=utf-8', body: bufferBody(Buffer.from(content)) }
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path)
  } catch {
    return undefined
  }
}

async function writeAtomically(path: string, bytes: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  await writeFile(tmp, bytes)
  await rename(tmp, path)
}

function buildReleaseIndex(toolchains: PreparedToolchain[], extra: GoRelease[]): GoRelease[] {
  const byVersion = new Map<string, GoRelease>()
  const add = (release: GoRelease): void => {
    const existing = byVersion.get(release.version)
    if (existing) existing.files.push(...release.files)
    else byVersion.set(release.version, { ...release, files: [...release.files] })
  }
  for (const t of toolchains) add(releaseOf(t))
  for (const release of extra) add(release)
  return [...byVersion.values()].sort((a, b) => compareGoVersions(b.version, a.version))
}

function releaseOf(t: PreparedToolchain): GoRelease {
  const version = `go${t.version}`
  const [os, arch] = archivePlatform(t.platform).split('-')
  const file: GoReleaseFile = {
    filename: basename(t.archivePath),
    os,
    arch,
    version,
    sha256: t.sha256,
    size: t.size,
    kind: 'archive'
  }
  return { version, stable: !/(rc|beta)\d+$/.test(t.version), files: [file] }
}

/** What go.dev answers without include=all: the newest stable release of each of the two newest minors. */
function stableReleases(newestFirst: GoRelease[]): GoRelease[] {
  const minors = new Set<string>()
  return newestFirst.filter((release) => {
    const minor = goVersionKey(release.version).slice(0, 2).join('.')
    if (!release.stable || minors.has(minor) || minors.size >= 2) return false
    minors.add(minor)
    return true
  })
}

/** Orders Go spellings: 1.27.4 > 1.27.0 (= 1.27) > 1.27rc2 > 1.27rc1 > 1.27beta1 > 1.26.11. */
export function compareGoVersions(a: string, b: string): number {
  const ka = goVersionKey(a)
  const kb = goVersionKey(b)
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i]
  return 0
}

function goVersionKey(version: string): number[] {
  const m = /^(?:go)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:(beta|rc)(\d+))?$/.exec(version)
  if (!m) throw new Error(`not a Go version: ${JSON.stringify(version)}`)
  const stage = m[4] === 'beta' ? 0 : m[4] === 'rc' ? 1 : 2
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), stage, Number(m[5] ?? 0)]
}

/** The test database: 300 filler records (so proofs cross tiles), then one per prepared toolchain. */
function buildTestSumdb(toolchains: PreparedToolchain[]): Omit<TestSumdb, 'gosumdb'> {
  const log = new TestLog(makeSigner(TEST_SUMDB_NAME))
  const modH1 = goModH1(`module ${TOOLCHAIN_MODULE}\n`)
  for (let i = 0; i < 300; i++) log.add(fillerRecord(`filler${i}`))
  for (const t of toolchains) if (t.h1) log.add(recordText(TOOLCHAIN_MODULE, t.moduleVersion, t.h1, modH1))
  return { name: TEST_SUMDB_NAME, log }
}

function fillerRecord(name: string): string {
  const h1 = `h1:${createHash('sha256').update(name).digest('base64')}`
  return recordText(`example.com/${name}`, 'v1.0.0', h1, goModH1(`module example.com/${name}\n`))
}

/** The forked history 'inconsistent' serves: record 0 replaced, one record appended (so it is newer). */
function lazyFork(log: TestLog): () => TestLog {
  let fork: TestLog | undefined
  return () => {
    if (!fork) {
      fork = log.fork(0, fillerRecord('forked0'))
      fork.add(fillerRecord('forked-extra'))
    }
    return fork
  }
}

function testSumdbReply(
  rest: string,
  honest: TestLog,
  fork: () => TestLog,
  forgery: SumdbForgery | undefined
): Reply | undefined {
  const log = forgery === 'inconsistent' ? fork() : honest
  if (rest === 'supported') return text('')
  if (rest.startsWith('tile/')) {
    const tile = log.tile(rest)
    return tile && text(tile)
  }
  const m = /^lookup\/(.+)@([^@]+)$/.exec(rest)
  const answer = m ? log.lookup(m[1], m[2]) : undefined
  if (!answer || !forgery || forgery === 'inconsistent') return answer && text(answer)
  return text(forgeLookup(answer, forgery, makeSigner(TEST_SUMDB_NAME)))
}

/** Applies a forgery that needs no private key of the database's to a lookup answer. */
function forgeLookup(answer: Buffer, forgery: SumdbForgery, forger: TestSigner): Buffer {
  const all = answer.toString('utf8')
  const blank = all.indexOf('\n\n')
  const [record, note] = [all.slice(0, blank + 2), all.slice(blank + 2)]
  const split = note.lastIndexOf('\n\n')
  const [noteText, signatures] = [note.slice(0, split + 1), note.slice(split + 2)]
  switch (forgery) {
    case 'bad-signature': {
      const [dash, name, b64] = signatures.split('\n')[0].split(' ')
      const signature = Buffer.from(b64, 'base64')
      signature[signature.length - 1] ^= 0x01 // the key hash stays; the Ed25519 signature breaks
      return Buffer.from(`${record}${noteText}\n${dash} ${name} ${signature.toString('base64')}\n`)
    }
    case 'unknown-key':
      return Buffer.concat([Buffer.from(record), signNote(noteText, forger, forger.name)])
    case 'not-in-tree': {
      const forgedH1 = `h1:${createHash('sha256').update(record).digest('base64')}`
      return Buffer.from(`${record.replace(/ h1:\S+/, ` ${forgedH1}`)}${note}`)
    }
    default:
      return answer // a real database's history cannot be forked without its key
  }
}

async function replyBytes(reply: Reply): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of reply.body.open(0, reply.body.size)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
