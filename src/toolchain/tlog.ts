/**
 * The Merkle tree math of Go's checksum database (golang.org/x/mod/sumdb/tlog), written by hand:
 * there is no well-kept JS library for Go's sumdb, and the part we need is small. Hashing is
 * RFC 6962's (leaf = SHA-256(0x00||record), node = SHA-256(0x01||left||right)); the database
 * serves the stored hashes in tiles of height 8, so every hash we use is read from a tile and
 * every result is compared with a signed root hash, which authenticates the tiles used for it.
 */
import { createHash } from 'node:crypto'

export const HASH_SIZE = 32
export const TILE_HEIGHT = 8
export const TILE_WIDTH = 2 ** TILE_HEIGHT

export type Hash = Buffer

/** A tree head as the signed note states it. */
export interface Tree {
  size: number
  hash: Hash
}

export function recordHash(record: Buffer): Hash {
  return createHash('sha256').update(Buffer.of(0)).update(record).digest()
}

export function nodeHash(left: Hash, right: Hash): Hash {
  return createHash('sha256').update(Buffer.of(1)).update(left).update(right).digest()
}

/** tlog.ParseTree: "go.sum database tree\n<size>\n<base64 root>\n", extra lines ignored. */
export function parseTree(text: string): Tree | undefined {
  const [header, size, hash] = text.split('\n', 3)
  if (header !== 'go.sum database tree' || !/^(0|[1-9][0-9]{0,15})$/.test(size ?? '')) return undefined
  const root = Buffer.from(hash ?? '', 'base64')
  if (root.length !== HASH_SIZE || root.toString('base64') !== hash) return undefined
  const n = Number(size)
  return Number.isSafeInteger(n) ? { size: n, hash: root } : undefined
}

/** The hash of the complete subtree of height `level` covering leaves [index·2^level, (index+1)·2^level). */
export type SubtreeHashReader = (level: number, index: number) => Promise<Hash>

/** Largest power of two strictly below n (n ≥ 2): RFC 6962's split point. */
function splitBelow(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

function completeLevel(width: number): number | undefined {
  const level = Math.log2(width)
  return Number.isInteger(level) ? level : undefined
}

/**
 * RFC 6962's MTH over leaves [lo, hi). Every range the recursion reaches starts at a multiple of
 * its own split, so a power-of-two range is always a complete subtree that one read answers.
 */
async function rangeHash(lo: number, hi: number, read: SubtreeHashReader): Promise<Hash> {
  const level = completeLevel(hi - lo)
  if (level !== undefined) return read(level, lo / 2 ** level)
  const mid = lo + splitBelow(hi - lo)
  const [left, right] = await Promise.all([rangeHash(lo, mid, read), rangeHash(mid, hi, read)])
  return nodeHash(left, right)
}

/** The root hash of the tree of `size` leaves. */
export async function treeHash(size: number, read: SubtreeHashReader): Promise<Hash> {
  if (size === 0) return Buffer.alloc(HASH_SIZE) // tlog's hash of the empty tree
  return rangeHash(0, size, read)
}

/**
 * The root of the tree of `size` leaves with leaf `index` replaced by `leaf`: an inclusion proof
 * read from the tiles. It equals the signed root only if that leaf is in the tree at that index.
 */
export async function rootWithLeaf(
  size: number,
  index: number,
  leaf: Hash,
  read: SubtreeHashReader
): Promise<Hash> {
  const walk = async (lo: number, hi: number): Promise<Hash> => {
    if (hi - lo === 1) return leaf
    const mid = lo + splitBelow(hi - lo)
    if (index < mid) return nodeHash(await walk(lo, mid), await rangeHash(mid, hi, read))
    return nodeHash(await rangeHash(lo, mid, read), await walk(mid, hi))
  }
  return walk(0, size)
}

/**
 * The roots of the trees of `oldSize` and `size` leaves computed from one set of hashes (a
 * consistency proof): the old root is made only of nodes the new root is made of, so when the new
 * root matches its signed hash, the old root is what the newer tree says the older one was.
 */
export async function prefixAndTreeHash(
  size: number,
  oldSize: number,
  read: SubtreeHashReader
): Promise<{ old: Hash; tree: Hash }> {
  if (oldSize < 0 || oldSize > size) throw new RangeError(`tree of ${oldSize} is not a prefix of ${size}`)
  if (oldSize === 0) return { old: Buffer.alloc(HASH_SIZE), tree: await treeHash(size, read) }
  // Returns the hash of [lo, hi) and of its part below oldSize (undefined when there is none).
  const walk = async (lo: number, hi: number): Promise<{ old?: Hash; tree: Hash }> => {
    if (hi <= oldSize) {
      const both = await rangeHash(lo, hi, read)
      return { old: both, tree: both }
    }
    if (lo >= oldSize) return { tree: await rangeHash(lo, hi, read) }
    const mid = lo + splitBelow(hi - lo)
    if (oldSize <= mid) {
      const [left, right] = await Promise.all([walk(lo, mid), rangeHash(mid, hi, read)])
      return { old: left.old, tree: nodeHash(left.tree, right) }
    }
    const [left, right] = await Promise.all([rangeHash(lo, mid, read), walk(mid, hi)])
    return { old: nodeHash(left, right.old!), tree: nodeHash(left, right.tree) }
  }
  const { old, tree } = await walk(0, size)
  return { old: old!, tree }
}

/** tlog.Tile.Path: tile/8/<level>/<index as x001/x234/567>[.p/<width>]. */
export function tilePath(level: number, index: number, width: number): string {
  let n = index
  let digits = String(n % 1000).padStart(3, '0')
  while (n >= 1000) {
    n = Math.floor(n / 1000)
    digits = `x${String(n % 1000).padStart(3, '0')}/${digits}`
  }
  const partial = width === TILE_WIDTH ? '' : `.p/${width}`
  return `tile/${TILE_HEIGHT}/${level}/${digits}${partial}`
}

/** Reads the `width` hashes of tile (level, index): width·32 bytes. */
export type TileReader = (level: number, index: number, width: number) => Promise<Buffer>

/**
 * Subtree hashes of the tree of `size` leaves from its tiles. Tile level L holds the hashes at
 * tree level 8L; a hash between two tile levels is computed from the 2^k hashes below it, which
 * always lie in one tile. A tile at the tree's right edge is partial: as wide as the tree is there.
 */
export function tileHashReader(size: number, readTile: TileReader): SubtreeHashReader {
  return async (level, index) => {
    const tileLevel = Math.floor(level / TILE_HEIGHT)
    const span = 2 ** (level % TILE_HEIGHT)
    const first = index * span // index of the first hash at tree level 8·tileLevel
    const tileIndex = Math.floor(first / TILE_WIDTH)
    const hashesAtLevel = Math.floor(size / 2 ** (tileLevel * TILE_HEIGHT))
    const width = Math.min(TILE_WIDTH, hashesAtLevel - tileIndex * TILE_WIDTH)
    if (first + span > hashesAtLevel) {
      throw new RangeError(`no complete subtree at level ${level}, index ${index} in a tree of ${size}`)
    }
    const tile = await readTile(tileLevel, tileIndex, width)
    const start = first - tileIndex * TILE_WIDTH
    let hashes: Hash[] = []
    for (let i = start; i < start + span; i++) hashes.push(tile.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE))
    while (hashes.length > 1) {
      const up: Hash[] = []
      for (let i = 0; i < hashes.length; i += 2) up.push(nodeHash(hashes[i], hashes[i + 1]))
      hashes = up
    }
    return hashes[0]
  }
}
