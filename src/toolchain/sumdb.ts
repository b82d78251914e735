/**
 * Looks up a module's h1 in the Go checksum database the way cmd/go does (golang.org/x/mod/sumdb
 * Client): first through each proxy's /sumdb/<name>/ endpoint, then the database itself. An
 * answer is believed only once its tree note is signed by the database key (GOSUMDB), its record
 * is proved to be in that tree, and the tree is proved consistent with the latest tree this
 * runner cache verified before (both proofs read from the database's tiles, through the same
 * base the answer came from). A missing answer is "unavailable" (the next base is tried); a wrong
 * one is "forged or corrupt" and ends the lookup.
 */
import { HttpStatusError, type Http } from '../util/http.js'
import { LatestTreeStore, type SignedTree } from './sumdb-latest.js'
import { NoteError, openNote, parseVerifierKey, type NoteFailure, type NoteVerifier } from './sumdb-note.js'
import {
  HASH_SIZE,
  TILE_WIDTH,
  parseTree,
  prefixAndTreeHash,
  recordHash,
  rootWithLeaf,
  tileHashReader,
  tilePath,
  type TileReader
} from './tlog.js'

export class ChecksumDbUnavailableError extends Error {}

export type ForgeryKind = NoteFailure | 'not-in-tree' | 'inconsistent' | 'bad-tiles' | 'wrong-record'

/** The database (or a proxy in between) answered something its key and tree do not vouch for. */
export class ChecksumDbForgeryError extends Error {
  constructor(
    readonly kind: ForgeryKind,
    readonly url: string,
    what: string
  ) {
    super(`the answer from ${url} is forged or corrupt: ${what}`)
  }
}

/** GOSUMDB names no database key that can verify anything. */
export class ChecksumDbConfigError extends Error {}

/** cmd/go's knownGOSUMDB: the keys of the databases GOSUMDB may name without one. */
export const KNOWN_DATABASE_KEYS: Readonly<Record<string, string>> = {
  'sum.golang.org': 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8'
}

export interface SumDbConfig {
  /** from GOSUMDB: "sum.golang.org", "name+hash+key [url]", or "off" */
  gosumdb: string
  /** http(s) proxies from GOPROXY, in order */
  proxies: string[]
  /** the tool cache root, where the latest verified tree head is kept; without it, kept per run */
  toolCacheDir?: string
}

export function sumDbFromEnv(env: NodeJS.ProcessEnv, proxies: string[], toolCacheDir?: string): SumDbConfig {
  return { gosumdb: (env.GOSUMDB ?? '').trim() || 'sum.golang.org', proxies, toolCacheDir }
}

export interface ChecksumDatabase {
  name: string
  verifier: NoteVerifier
  /** the database's own URL, asked after the proxies */
  directUrl: string
}

/** cmd/go's dbDial: "<known name or verifier key> [url]". */
export function parseGosumdb(gosumdb: string): ChecksumDatabase {
  const value =
    gosumdb.trim() === 'sum.golang.google.cn' ? 'sum.golang.org https://sum.golang.google.cn' : gosumdb
  const fields = value.trim().split(/\s+/)
  if (fields.length > 2)
    throw new ChecksumDbConfigError(`GOSUMDB=${JSON.stringify(gosumdb)}: too many fields`)
  let verifier: NoteVerifier
  try {
    verifier = parseVerifierKey(KNOWN_DATABASE_KEYS[fields[0]] ?? fields[0])
  } catch (err) {
    throw new ChecksumDbConfigError(
      `GOSUMDB=${JSON.stringify(gosumdb)}: ${(err as Error).message}; give "<name>+<hash>+<key> [url]" or sum.golang.org`
    )
  }
  const direct = fields[1] ?? `https://${verifier.name}`
  return { name: verifier.name, verifier, directUrl: direct.replace(/\/+$/, '') }
}

/** module.EscapePath / EscapeVersion: upper-case letters as "!" + lower case. */
const escapeCase = (s: string): string => s.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`)

interface LookupAnswer {
  id: number
  /** the record text: its lines, each ending in "\n" */
  record: Buffer
  note: Buffer
}

/** tlog.ParseRecord: "<id>\n<record lines>\n\n<signed note>". */
function parseLookupAnswer(answer: Buffer): LookupAnswer | undefined {
  const newline = answer.indexOf('\n')
  const idText = answer.subarray(0, Math.max(newline, 0)).toString('latin1')
  const blank = answer.indexOf('\n\n', newline + 1)
  if (newline < 0 || blank < 0 || !/^(0|[1-9][0-9]{0,15})$/.test(idText)) return undefined
  const record = answer.subarray(newline + 1, blank + 1)
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f]/.test(record.toString('latin1'))) return undefined
  return { id: Number(idText), record, note: answer.subarray(blank + 2) }
}

export class ChecksumDb {
  /** fetched tiles by URL, for this run; full tiles never change, partial ones are named by width */
  private readonly tiles = new Map<string, Promise<Buffer>>()
  /** one head check at a time, so parallel lookups see each other's stored head */
  private headQueue: Promise<unknown> = Promise.resolve()
  private readonly memoryHeads = new Map<string, SignedTree>()

  constructor(
    private readonly config: SumDbConfig,
    private readonly http: Http
  ) {}

  get enabled(): boolean {
    return this.config.gosumdb !== 'off'
  }

  /** Where lookups go, in order. */
  lookupBases(db: ChecksumDatabase = parseGosumdb(this.config.gosumdb)): string[] {
    return [...this.config.proxies.map((p) => `${p}/sumdb/${db.name}`), db.directUrl]
  }

  /**
   * The h1 of module@version's zip once the answer is verified. Throws ChecksumDbUnavailableError
   * naming what was tried, ChecksumDbForgeryError saying what did not verify, or
   * ChecksumDbConfigError for a GOSUMDB without a usable key.
   */
  async lookupH1(module: string, version: string): Promise<string> {
    const db = parseGosumdb(this.config.gosumdb)
    const failures: string[] = []
    for (const base of this.lookupBases(db)) {
      const url = `${base}/lookup/${escapeCase(module)}@${escapeCase(version)}`
      try {
        const answer = await this.http.getBytes(url)
        const record = await this.verifiedRecord(db, base, url, answer)
        const prefix = `${module} ${version} h1:`
        const line = record.split('\n').find((l) => l.startsWith(prefix))
        if (!line)
          throw new ChecksumDbForgeryError(
            'wrong-record',
            url,
            `its record has no line for ${module}@${version}`
          )
        return line.split(' ')[2]
      } catch (err) {
        if (err instanceof ChecksumDbForgeryError) throw err
        failures.push((err as Error).message)
      }
    }
    throw new ChecksumDbUnavailableError(`checksum database unreachable (${failures.join('; ')})`)
  }

  /** The record text of a lookup answer, after the note, inclusion and consistency checks. */
  private async verifiedRecord(
    db: ChecksumDatabase,
    base: string,
    url: string,
    answer: Buffer
  ): Promise<string> {
    const parsed = parseLookupAnswer(answer)
    if (!parsed) throw new ChecksumDbForgeryError('malformed', url, 'not a checksum database record')
    let text: string
    try {
      text = openNote(parsed.note, db.verifier)
    } catch (err) {
      if (err instanceof NoteError) throw new ChecksumDbForgeryError(err.failure, url, err.message)
      throw err
    }
    const tree = parseTree(text)
    if (!tree) throw new ChecksumDbForgeryError('malformed', url, 'its signed note is not a tree head')
    if (parsed.id >= tree.size) {
      throw new ChecksumDbForgeryError(
        'not-in-tree',
        url,
        `record ${parsed.id} is past the end of the signed tree of size ${tree.size}`
      )
    }
    const head = { tree, note: parsed.note }
    await this.serialized(() => this.checkHead(db, base, url, head, parsed.id, recordHash(parsed.record)))
    return parsed.record.toString('utf8')
  }

  /**
   * Checks the record's inclusion and the tree's consistency with the stored head, both in the
   * newer of the two trees (as cmd/go does: an old tree's right-edge tiles may be gone), then
   * stores the answer's tree if it is the newest verified so far.
   */
  private async checkHead(
    db: ChecksumDatabase,
    base: string,
    url: string,
    head: SignedTree,
    recordId: number,
    leaf: Buffer
  ): Promise<void> {
    const store = this.config.toolCacheDir
      ? new LatestTreeStore(this.config.toolCacheDir, db.name)
      : undefined
    const latest = store ? await store.read(db.verifier) : this.memoryHeads.get(db.name)
    const newer = !latest || head.tree.size >= latest.tree.size ? head.tree : latest.tree
    const older = newer === head.tree ? latest?.tree : head.tree
    const read = tileHashReader(newer.size, this.tileReader(base, url))

    const roots = await prefixAndTreeHash(newer.size, older?.size ?? 0, read)
    const inconsistent = (): ChecksumDbForgeryError =>
      new ChecksumDbForgeryError(
        'inconsistent',
        url,
        `its signed tree of size ${head.tree.size} is inconsistent with the tree of size ${latest!.tree.size} verified earlier (${store ? store.file : 'this run'})`
      )
    if (!roots.tree.equals(newer.hash)) {
      // The base cannot show the tree we stored: the tiles it has are of another history.
      if (newer !== head.tree) throw inconsistent()
      throw new ChecksumDbForgeryError(
        'bad-tiles',
        url,
        `the tiles from ${base} do not hash to the signed root of the tree of size ${newer.size}`
      )
    }
    if (latest && older && !roots.old.equals(older.hash)) throw inconsistent()
    if (!(await rootWithLeaf(newer.size, recordId, leaf, read)).equals(newer.hash)) {
      throw new ChecksumDbForgeryError(
        'not-in-tree',
        url,
        `its record ${recordId} is not in the signed tree of size ${head.tree.size} (the inclusion proof does not reach the root hash)`
      )
    }
    if (!latest || head.tree.size > latest.tree.size) {
      if (store) await store.write(head)
      else this.memoryHeads.set(db.name, head)
    }
  }

  private serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = this.headQueue.then(task)
    this.headQueue = run.catch(() => undefined)
    return run
  }

  private tileReader(base: string, lookupUrl: string): TileReader {
    return (level, index, width) => {
      const fullUrl = `${base}/${tilePath(level, index, TILE_WIDTH)}`
      const full = this.tiles.get(fullUrl)
      if (full) return full.then((tile) => tile.subarray(0, width * HASH_SIZE))
      const url = `${base}/${tilePath(level, index, width)}`
      let tile = this.tiles.get(url)
      if (!tile) {
        tile = this.fetchTile(url, fullUrl, width, lookupUrl)
        this.tiles.set(url, tile)
        tile.catch(() => this.tiles.delete(url))
      }
      return tile
    }
  }

  private async fetchTile(url: string, fullUrl: string, width: number, lookupUrl: string): Promise<Buffer> {
    const get = async (tileUrl: string, want: number): Promise<Buffer> => {
      const tile = await this.http.getBytes(tileUrl)
      if (tile.length !== want * HASH_SIZE) {
        throw new ChecksumDbForgeryError(
          'bad-tiles',
          lookupUrl,
          `tile ${tileUrl} has ${tile.length} bytes, not ${want * HASH_SIZE}`
        )
      }
      return tile
    }
    try {
      try {
        return await get(url, width)
      } catch (err) {
        // A proxy need not keep a partial tile once it is full; cmd/go falls back the same way.
        const gone = err instanceof HttpStatusError && (err.status === 404 || err.status === 410)
        if (!gone || url === fullUrl) throw err
        const tile = await get(fullUrl, TILE_WIDTH)
        this.tiles.set(fullUrl, Promise.resolve(tile))
        return tile.subarray(0, width * HASH_SIZE)
      }
    } catch (err) {
      if (err instanceof ChecksumDbForgeryError) throw err
      throw new ChecksumDbUnavailableError(`${(err as Error).message} (a tile needed to verify ${lookupUrl})`)
    }
  }
}
