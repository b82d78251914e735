/**
 * The latest verified tree head of a checksum database, kept per runner cache (as cmd/go keeps
 * $GOPATH/pkg/sumdb/<name>/latest): the signed note, re-verified when read, replaced atomically.
 * Every later answer must be consistent with it, so a database (or proxy) cannot show one runner
 * two different histories.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { openNote, type NoteVerifier } from './sumdb-note.js'
import { parseTree, type Tree } from './tlog.js'

export interface SignedTree {
  tree: Tree
  /** the signed note as served */
  note: Buffer
}

export class LatestTreeStore {
  readonly file: string

  constructor(toolCacheDir: string, databaseName: string) {
    // The name is a host name in practice; encoded so that no name can leave the folder.
    this.file = path.join(
      toolCacheDir,
      '.sumdb',
      encodeURIComponent(databaseName).replace(/^\.+/, '_'),
      'latest'
    )
  }

  /**
   * The stored head, or undefined when there is none or it does not verify under this key (a
   * GOSUMDB key change): it is then replaced by the next verified head.
   */
  async read(verifier: NoteVerifier): Promise<SignedTree | undefined> {
    let note: Buffer
    try {
      note = await readFile(this.file)
    } catch {
      return undefined
    }
    try {
      const tree = parseTree(openNote(note, verifier))
      return tree && { tree, note }
    } catch {
      return undefined
    }
  }

  async write(head: SignedTree): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true })
    const tmp = `${this.file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
    try {
      await writeFile(tmp, head.note)
      await rename(tmp, this.file)
    } finally {
      await rm(tmp, { force: true })
    }
  }
}
