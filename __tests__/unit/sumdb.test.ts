/**
 * The verified checksum database: signed notes, Merkle proofs from tiles and the stored tree
 * head, on real sum.golang.org answers and tiles (from the Go module cache or proxy.golang.org,
 * served by the test mirror) and on a database of our own with a key made here, which can forge
 * what the real one never would.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, existsSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startMirror, type Mirror } from '../harness/mirror.js'
import { makeSigner, recordText, signNote, TestLog } from '../harness/sumdb-log.js'
import { Http } from '../../src/util/http.js'
import {
  ChecksumDb,
  ChecksumDbConfigError,
  ChecksumDbForgeryError,
  ChecksumDbUnavailableError,
  KNOWN_DATABASE_KEYS
} from '../../src/toolchain/sumdb.js'
import { NoteError, openNote, parseVerifierKey } from '../../src/toolchain/sumdb-note.js'
import {
  prefixAndTreeHash,
  recordHash,
  rootWithLeaf,
  tileHashReader,
  tilePath,
  treeHash
} from '../../src/toolchain/tlog.js'

const TOOLCHAIN = 'golang.org/toolchain'
const GO_1_21_13 = 'v0.0.1-go1.21.13.linux-amd64'
const GO_1_27_4 = 'v0.0.1-go1.27.4.linux-amd64'
/** The published h1 of the go1.21.13 linux/amd64 toolchain module (go.sum of any module using it). */
const GO_1_21_13_H1 = 'h1:THKeCuuOK6mnQhbTbvvH9CKU3D4lwUERQax+yRXCVJk='
const REAL_KEY_ID = 'sum.golang.org+033de0ae'

const escapeRe = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const tempDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'gcm-sumdb-'))
const noRetry = () => new Http({ attempts: 1, baseDelayMs: 0 })

/** The error a promise rejects with (failing the test when it resolves). */
async function refusal(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise
  } catch (err) {
    return err as Error
  }
  throw new Error('expected a refusal, got an answer')
}

function filler(i: number, tag = ''): string {
  return recordText(`example.com/m${i}${tag}`, 'v1.0.0', `h1:${'A'.repeat(43)}=`, `h1:${'B'.repeat(43)}=`)
}

describe('tlog: tree hashes and proofs from tiles', () => {
  const log = new TestLog(makeSigner('tlog.test'))
  for (let i = 0; i < 70_000; i++) log.add(filler(i))
  const readerFor = (size: number) =>
    tileHashReader(size, async (level, index, width) => log.tile(tilePath(level, index, width))!)

  it('names tiles as tlog does', () => {
    expect(tilePath(0, 1234067, 256)).toBe('tile/8/0/x001/x234/067')
    expect(tilePath(0, 1234067, 8)).toBe('tile/8/0/x001/x234/067.p/8')
    expect(tilePath(3, 0, 1)).toBe('tile/8/3/000.p/1')
    expect(tilePath(1, 999, 256)).toBe('tile/8/1/999')
    expect(tilePath(1, 1000, 256)).toBe('tile/8/1/x001/000')
  })

  it.each([1, 2, 3, 7, 255, 256, 257, 511, 65535, 65536, 65537, 70_000])(
    'computes the root of %i leaves from tiles as RFC 6962 does',
    async (size) => {
      expect((await treeHash(size, readerFor(size))).toString('hex')).toBe(log.rootHash(size).toString('hex'))
    }
  )

  it.each([
    [70_000, 0],
    [70_000, 69_999],
    [70_000, 65_536],
    [65_537, 300],
    [257, 256],
    [1, 0]
  ])('proves leaf inclusion in a tree of %i at %i, and not of another leaf', async (size, index) => {
    const read = readerFor(size)
    const leaf = recordHash(Buffer.from(log.records[index]))
    expect((await rootWithLeaf(size, index, leaf, read)).equals(log.rootHash(size))).toBe(true)
    const other = recordHash(Buffer.from(filler(index, 'x')))
    expect((await rootWithLeaf(size, index, other, read)).equals(log.rootHash(size))).toBe(false)
  })

  it.each([
    [70_000, 1],
    [70_000, 65_536],
    [70_000, 65_537],
    [70_000, 12_345],
    [65_537, 65_536],
    [300, 299],
    [300, 300]
  ])('computes the tree of %i and its prefix of %i from the same hashes', async (size, oldSize) => {
    const roots = await prefixAndTreeHash(size, oldSize, readerFor(size))
    expect(roots.tree.equals(log.rootHash(size))).toBe(true)
    expect(roots.old.equals(log.rootHash(oldSize))).toBe(true)
  })
})

describe('signed notes', () => {
  const real = parseVerifierKey(KNOWN_DATABASE_KEYS['sum.golang.org'])
  const signer = makeSigner('notes.test')
  const text = 'go.sum database tree\n5\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n'

  it("reads sum.golang.org's key: Ed25519 with key hash 033de0ae", () => {
    expect([real.name, real.keyHash.toString(16).padStart(8, '0'), real.id]).toEqual([
      'sum.golang.org',
      '033de0ae',
      REAL_KEY_ID
    ])
  })

  it('refuses keys whose hash does not match, or that are not Ed25519', () => {
    const [name, , ...key] = signer.verifierKey.split('+') // base64 has "+" of its own
    expect(() => parseVerifierKey(`${name}+00000000+${key.join('+')}`)).toThrow(
      /its hash does not match its key/
    )
    const notEd25519 = Buffer.concat([Buffer.of(2), Buffer.alloc(32)])
    const hash = createHash('sha256')
      .update(`${name}\n`)
      .update(notEd25519)
      .digest()
      .toString('hex')
      .slice(0, 8)
    expect(() => parseVerifierKey(`${name}+${hash}+${notEd25519.toString('base64')}`)).toThrow(
      /not an Ed25519 key \(algorithm 2, 33 bytes\)/
    )
    expect(() => parseVerifierKey('sum.golang.org')).toThrow(/malformed verifier key "sum\.golang\.org"/)
  })

  it('opens a note signed by the key, and refuses a changed text, a broken signature or another key', () => {
    const own = parseVerifierKey(signer.verifierKey)
    const note = signNote(text, signer)
    expect(openNote(note, own)).toBe(text)
    const failure = (message: Buffer) => {
      try {
        openNote(message, own)
      } catch (err) {
        return [(err as NoteError).failure, (err as Error).message]
      }
      return undefined
    }
    expect(failure(Buffer.from(note.toString().replace('\n5\n', '\n6\n')))).toEqual([
      'bad-signature',
      `bad signature on the tree note for key ${own.id}`
    ])
    const stranger = makeSigner('notes.test')
    const strangerId = `notes.test+${stranger.keyHash.toString(16).padStart(8, '0')}`
    expect(failure(signNote(text, stranger))).toEqual([
      'unknown-key',
      `the tree note is not signed by key ${own.id} (signed only by unknown key ${strangerId})`
    ])
    expect(failure(Buffer.from(text))).toEqual(['malformed', 'the tree note has no signature block'])
  })
})

describe('ChecksumDb on real sum.golang.org answers (local mirror of the module cache / proxy.golang.org)', () => {
  let mirror: Mirror
  beforeAll(async () => {
    mirror = await startMirror({ toolchains: [] })
  })
  afterAll(async () => mirror?.close())
  beforeEach(() => mirror.clearFaults())

  const dbIn = (toolCacheDir: string) =>
    new ChecksumDb({ gosumdb: 'sum.golang.org', proxies: [mirror.proxyUrl], toolCacheDir }, noRetry())
  const lookupUrl = (version: string) =>
    `${mirror.proxyUrl}/sumdb/sum.golang.org/lookup/${TOOLCHAIN}@${version}`
  const honestAnswer = async (version: string) => {
    const response = await fetch(lookupUrl(version))
    const body = await response.text()
    const [id, , , , , size] = body.split('\n')
    return { body, id: Number(id), size: Number(size) }
  }

  it('believes a real answer only after its note signature, inclusion proof (tiles) and stored head', async () => {
    const toolCache = tempDir()
    const before = mirror.requests.length
    expect(await dbIn(toolCache).lookupH1(TOOLCHAIN, GO_1_21_13)).toBe(GO_1_21_13_H1)
    const seen = mirror.requests.slice(before)
    expect(seen[0]).toBe(`/proxy/sumdb/sum.golang.org/lookup/${TOOLCHAIN}@${GO_1_21_13}`)
    expect(
      seen.filter((r) => /^\/proxy\/sumdb\/sum\.golang\.org\/tile\/8\/\d\//.test(r)).length
    ).toBeGreaterThan(2)
    const { body } = await honestAnswer(GO_1_21_13)
    const latest = readFileSync(path.join(toolCache, '.sumdb', 'sum.golang.org', 'latest'), 'utf8')
    expect(body.endsWith(latest)).toBe(true)
    expect(latest).toMatch(/^go\.sum database tree\n\d+\n/)
  })

  it('accepts answers from older and newer trees alike once each is consistent with the stored head', async () => {
    const toolCache = tempDir()
    const db = dbIn(toolCache)
    const sizes = [(await honestAnswer(GO_1_27_4)).size, (await honestAnswer(GO_1_21_13)).size]
    await db.lookupH1(TOOLCHAIN, GO_1_27_4)
    expect(await db.lookupH1(TOOLCHAIN, GO_1_21_13)).toBe(GO_1_21_13_H1)
    // A second process (a new ChecksumDb) starts from the stored head: the bigger of the two trees.
    expect(await dbIn(toolCache).lookupH1(TOOLCHAIN, GO_1_21_13)).toBe(GO_1_21_13_H1)
    const latest = readFileSync(path.join(toolCache, '.sumdb', 'sum.golang.org', 'latest'), 'utf8')
    expect(Number(latest.split('\n')[1])).toBe(Math.max(...sizes))
  })

  it('refuses a real answer whose note signature is broken, storing nothing', async () => {
    const toolCache = tempDir()
    mirror.setSumdbForgery('bad-signature')
    const err = await refusal(dbIn(toolCache).lookupH1(TOOLCHAIN, GO_1_21_13))
    expect(err).toBeInstanceOf(ChecksumDbForgeryError)
    expect(err.message).toBe(
      `the answer from ${lookupUrl(GO_1_21_13)} is forged or corrupt: bad signature on the tree note for key ${REAL_KEY_ID}`
    )
    expect(existsSync(path.join(toolCache, '.sumdb'))).toBe(false)
  })

  it('refuses a real tree note signed by an unknown key under the name sum.golang.org', async () => {
    mirror.setSumdbForgery('unknown-key')
    const err = await refusal(dbIn(tempDir()).lookupH1(TOOLCHAIN, GO_1_21_13))
    expect((err as ChecksumDbForgeryError).kind).toBe('unknown-key')
    expect(err.message).toMatch(
      new RegExp(
        `^the answer from ${escapeRe(lookupUrl(GO_1_21_13))} is forged or corrupt: the tree note is not signed by key ${escapeRe(REAL_KEY_ID)} \\(signed only by unknown key sum\\.golang\\.org\\+[0-9a-f]{8}\\)$`
      )
    )
  })

  it('refuses a real signed note whose record was altered (the h1 is not in the tree), storing nothing', async () => {
    const toolCache = tempDir()
    const { id, size } = await honestAnswer(GO_1_21_13)
    mirror.setSumdbForgery('not-in-tree')
    const err = await refusal(dbIn(toolCache).lookupH1(TOOLCHAIN, GO_1_21_13))
    expect(err.message).toBe(
      `the answer from ${lookupUrl(GO_1_21_13)} is forged or corrupt: its record ${id} is not in the signed tree of size ${size} (the inclusion proof does not reach the root hash)`
    )
    expect(existsSync(path.join(toolCache, '.sumdb'))).toBe(false)
  })

  it('calls a database that does not answer unreachable, not forged', async () => {
    mirror.setFault(`/lookup/${TOOLCHAIN}@${GO_1_21_13}`, { kind: 'status', status: 404 })
    const db = new ChecksumDb(
      {
        gosumdb: 'sum.golang.org http://127.0.0.1:9/sumdb',
        proxies: [mirror.proxyUrl],
        toolCacheDir: tempDir()
      },
      noRetry()
    )
    const err = await refusal(db.lookupH1(TOOLCHAIN, GO_1_21_13))
    expect(err).toBeInstanceOf(ChecksumDbUnavailableError)
    expect(err.message).toMatch(
      /^checksum database unreachable \(GET .* answered HTTP 404; .*127\.0\.0\.1:9.*\)$/
    )
  })
})

/** Serves one TestLog as a checksum database at http://127.0.0.1:<port>/ (lookups and tiles). */
interface OwnDatabase {
  url: string
  /** what is served now; `size` serves an older tree head of the same log */
  serve: { log: TestLog; size?: number; flipTileByte?: boolean; lookupAs?: string }
  requests: string[]
  close(): Promise<void>
}

async function startOwnDatabase(log: TestLog): Promise<OwnDatabase> {
  const requests: string[] = []
  const db: Partial<OwnDatabase> = { serve: { log }, requests }
  const server: Server = createServer((req, res) => {
    const url = req.url ?? ''
    requests.push(url)
    const { log: served, size, flipTileByte, lookupAs } = db.serve!
    let body: Buffer | undefined
    const lookup = /^\/lookup\/(.+)@([^@]+)$/.exec(url)
    if (lookup) {
      const [module, version] = lookupAs ? lookupAs.split('@') : [lookup[1], lookup[2]]
      body = served.lookup(module, version, size)
    } else if (url.startsWith('/tile/')) {
      body = served.tile(url.slice(1))
      if (body && flipTileByte) body = Buffer.from(body.map((b, i) => (i === 0 ? b ^ 1 : b)))
    }
    if (!body) return void res.writeHead(404).end()
    res.writeHead(200, { 'Content-Length': body.length }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  db.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  db.close = () => new Promise<void>((resolve) => server.close(() => resolve()))
  return db as OwnDatabase
}

describe('ChecksumDb on a database of our own (GOSUMDB "<name>+<hash>+<key> <url>")', () => {
  const signer = makeSigner('sumdb.own.test')
  const honest = new TestLog(signer)
  const moduleAt = (i: number) => `example.com/m${i}`
  for (let i = 0; i < 600; i++) honest.add(filler(i))
  /** A log of the first `size` records of the honest one, or of a history forked at record 0. */
  const logOf = (size: number, forked = false): TestLog => {
    const log = new TestLog(signer)
    for (let i = 0; i < size; i++) log.add(i === 0 && forked ? filler(0, '-forked') : honest.records[i])
    return log
  }
  let server: OwnDatabase
  let toolCache: string
  let db: ChecksumDb
  const gosumdb = () => `${signer.verifierKey} ${server.url}`
  const lookupUrl = (i: number) => `${server.url}/lookup/${moduleAt(i)}@v1.0.0`
  const latestFile = () => path.join(toolCache, '.sumdb', 'sumdb.own.test', 'latest')
  const storedSize = () => Number(readFileSync(latestFile(), 'utf8').split('\n')[1])
  const newDb = () => new ChecksumDb({ gosumdb: gosumdb(), proxies: [], toolCacheDir: toolCache }, noRetry())

  beforeAll(async () => {
    server = await startOwnDatabase(logOf(301))
  })
  afterAll(async () => server?.close())
  beforeEach(() => {
    toolCache = tempDir()
    db = newDb()
    server.serve = { log: logOf(301) }
  })

  it('verifies a lookup (tiles fetched once per run) and keeps its tree as the latest head', async () => {
    expect(await db.lookupH1(moduleAt(7), 'v1.0.0')).toBe(`h1:${'A'.repeat(43)}=`)
    expect(storedSize()).toBe(301)
    const tiles = server.requests.filter((r) => r.startsWith('/tile/'))
    expect(tiles).toEqual(
      expect.arrayContaining(['/tile/8/0/000', '/tile/8/0/001.p/45', '/tile/8/1/000.p/1'])
    )
    const count = server.requests.length
    await db.lookupH1(moduleAt(8), 'v1.0.0')
    expect(server.requests.slice(count).filter((r) => r.startsWith('/tile/'))).toEqual([])
  })

  it('moves the head forward for a consistent bigger tree, and accepts an older consistent one', async () => {
    await db.lookupH1(moduleAt(7), 'v1.0.0')
    server.serve = { log: honest }
    await db.lookupH1(moduleAt(500), 'v1.0.0')
    expect(storedSize()).toBe(600)
    server.serve = { log: honest, size: 400 }
    await newDb().lookupH1(moduleAt(9), 'v1.0.0')
    expect(storedSize()).toBe(600)
  })

  it('refuses a bigger tree whose history differs from the stored head, keeping the head', async () => {
    await db.lookupH1(moduleAt(7), 'v1.0.0')
    server.serve = { log: logOf(600, true) }
    const err = await refusal(newDb().lookupH1(moduleAt(8), 'v1.0.0'))
    expect(err).toBeInstanceOf(ChecksumDbForgeryError)
    expect(err.message).toBe(
      `the answer from ${lookupUrl(8)} is forged or corrupt: its signed tree of size 600 is inconsistent with the tree of size 301 verified earlier (${latestFile()})`
    )
    expect(storedSize()).toBe(301)
  })

  it('refuses an older tree that the stored newer head does not extend, and a same-size other root', async () => {
    server.serve = { log: honest }
    await db.lookupH1(moduleAt(7), 'v1.0.0')
    // A forked server shows an older head; the tiles it has for our stored size are of its own history.
    server.serve = { log: logOf(600, true), size: 300 }
    expect((await refusal(newDb().lookupH1(moduleAt(8), 'v1.0.0'))).message).toBe(
      `the answer from ${lookupUrl(8)} is forged or corrupt: its signed tree of size 300 is inconsistent with the tree of size 600 verified earlier (${latestFile()})`
    )
    server.serve = { log: logOf(600, true) }
    expect((await refusal(newDb().lookupH1(moduleAt(8), 'v1.0.0'))).message).toMatch(
      /its signed tree of size 600 is inconsistent with the tree of size 600 verified earlier/
    )
    expect(storedSize()).toBe(600)
  })

  it('refuses tiles that do not hash to the signed root, and a record for another module', async () => {
    server.serve = { log: logOf(301), flipTileByte: true }
    expect((await refusal(db.lookupH1(moduleAt(7), 'v1.0.0'))).message).toBe(
      `the answer from ${lookupUrl(7)} is forged or corrupt: the tiles from ${server.url} do not hash to the signed root of the tree of size 301`
    )
    expect(existsSync(latestFile())).toBe(false)
    server.serve = { log: logOf(301), lookupAs: `${moduleAt(3)}@v1.0.0` }
    expect((await refusal(newDb().lookupH1(moduleAt(7), 'v1.0.0'))).message).toBe(
      `the answer from ${lookupUrl(7)} is forged or corrupt: its record has no line for ${moduleAt(7)}@v1.0.0`
    )
  })

  it('refuses a note signed by another key of the same name, and takes GOSUMDB without a key as no database', async () => {
    const impostor = new TestLog(makeSigner('sumdb.own.test'))
    impostor.add(filler(0))
    server.serve = { log: impostor }
    const err = await refusal(db.lookupH1(moduleAt(0), 'v1.0.0'))
    expect((err as ChecksumDbForgeryError).kind).toBe('unknown-key')
    const noKey = new ChecksumDb({ gosumdb: `sumdb.own.test ${server.url}`, proxies: [] }, noRetry())
    const config = await refusal(noKey.lookupH1(moduleAt(0), 'v1.0.0'))
    expect(config).toBeInstanceOf(ChecksumDbConfigError)
    expect(config.message).toBe(
      `GOSUMDB="sumdb.own.test ${server.url}": malformed verifier key "sumdb.own.test"; give "<name>+<hash>+<key> [url]" or sum.golang.org`
    )
  })
})
