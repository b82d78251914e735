// A checksum database of our own for tests: an append-only log signed with an Ed25519 key made
// here, serving lookups and tiles the way sum.golang.org does, so tests can forge what the real
// database never would (a forked history). Hashing is written out here independently of
// src/toolchain/tlog.ts, so the two cannot share a mistake.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto'

const TILE_HEIGHT = 8
const TILE_WIDTH = 2 ** TILE_HEIGHT
const sha256 = (...parts: Buffer[]): Buffer => {
  const h = createHash('sha256')
  for (const p of parts) h.update(p)
  return h.digest()
}

export interface TestSigner {
  name: string
  /** "<name>+<hash>+<base64(0x01 || public key)>", what GOSUMDB takes */
  verifierKey: string
  keyHash: number
  privateKey: KeyObject
}

export function makeSigner(name: string): TestSigner {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32)
  const key = Buffer.concat([Buffer.of(1), raw])
  const keyHash = sha256(Buffer.from(`${name}\n`), key).readUInt32BE(0)
  const verifierKey = `${name}+${keyHash.toString(16).padStart(8, '0')}+${key.toString('base64')}`
  return { name, verifierKey, keyHash, privateKey }
}

/** "text\n\n— <name> <base64(hash || signature)>\n" signed by `signer` (under `asName` if given). */
export function signNote(text: string, signer: TestSigner, asName = signer.name): Buffer {
  const hash = Buffer.alloc(4)
  hash.writeUInt32BE(signer.keyHash)
  const signature = sign(null, Buffer.from(text), signer.privateKey)
  return Buffer.from(`${text}\n\u2014 ${asName} ${Buffer.concat([hash, signature]).toString('base64')}\n`)
}

/** The h1 of a go.mod file as cmd/go's dirhash.Hash1 computes it. */
export function goModH1(content: string): string {
  const fileHash = sha256(Buffer.from(content)).toString('hex')
  return `h1:${sha256(Buffer.from(`${fileHash}  go.mod\n`)).toString('base64')}`
}

export function recordText(module: string, version: string, h1: string, modH1: string): string {
  return `${module} ${version} ${h1}\n${module} ${version}/go.mod ${modH1}\n`
}

export class TestLog {
  readonly records: string[] = []
  /** levels[l][i]: hash of the complete subtree of height l at index i */
  private readonly levels: Buffer[][] = [[]]
  private readonly ids = new Map<string, number>()

  constructor(readonly signer: TestSigner) {}

  get size(): number {
    return this.records.length
  }

  /** Appends a record (its lines, each ending in "\n"); the first line's "<module> <version>" finds it. */
  add(record: string): number {
    const id = this.records.length
    this.records.push(record)
    const [module, version] = record.split(' ')
    this.ids.set(`${module}@${version}`, id)
    this.levels[0].push(sha256(Buffer.of(0), Buffer.from(record)))
    for (let l = 0, i = id; i % 2 === 1; l++, i = Math.floor(i / 2)) {
      this.levels[l + 1] ??= []
      this.levels[l + 1].push(sha256(Buffer.of(1), this.levels[l][i - 1], this.levels[l][i]))
    }
    return id
  }

  /** A copy whose history differs from this one at record `at` (same key): a fork. */
  fork(at: number, replacement: string): TestLog {
    const forked = new TestLog(this.signer)
    this.records.forEach((r, i) => forked.add(i === at ? replacement : r))
    return forked
  }

  /** RFC 6962's root hash of the first `size` records. */
  rootHash(size = this.size): Buffer {
    const mth = (lo: number, hi: number): Buffer => {
      if (hi - lo === 1) return this.levels[0][lo]
      let k = 1
      while (k * 2 < hi - lo) k *= 2
      return sha256(Buffer.of(1), mth(lo, lo + k), mth(lo + k, hi))
    }
    return size === 0 ? Buffer.alloc(32) : mth(0, size)
  }

  treeNote(size = this.size): Buffer {
    const text = `go.sum database tree\n${size}\n${this.rootHash(size).toString('base64')}\n`
    return signNote(text, this.signer)
  }

  /** What GET <db>/lookup/<module>@<version> answers, or undefined (404). */
  lookup(module: string, version: string, size = this.size): Buffer | undefined {
    const id = this.ids.get(`${module}@${version}`)
    if (id === undefined || id >= size) return undefined
    return Buffer.concat([Buffer.from(`${id}\n${this.records[id]}\n`), this.treeNote(size)])
  }

  /** What GET <db>/tile/8/<L>/<NNN>[.p/<W>] answers (hash tiles only), or undefined (404). */
  tile(tilePath: string): Buffer | undefined {
    const m = /^tile\/8\/(\d+)\/((?:x\d{3}\/)*\d{3})(?:\.p\/(\d+))?$/.exec(tilePath)
    if (!m) return undefined
    const level = Number(m[1]) * TILE_HEIGHT
    const index = Number(m[2].replace(/[x/]/g, ''))
    const width = m[3] === undefined ? TILE_WIDTH : Number(m[3])
    const hashes = this.levels[level]?.slice(index * TILE_WIDTH, index * TILE_WIDTH + width) ?? []
    if (width < 1 || width > TILE_WIDTH || hashes.length !== width) return undefined
    return Buffer.concat(hashes)
  }
}
