/**
 * Signed notes (golang.org/x/mod/sumdb/note), written by hand with node:crypto's Ed25519: there
 * is no well-kept JS library for them. A note is text, a blank line, then signature lines
 * "— <name> <base64(key hash (4 bytes, big-endian) || signature)>". A verifier key is
 * "<name>+<key hash, 8 hex>+<base64(algorithm byte || public key)>", the key hash being the first
 * 4 bytes of SHA-256(name || "\n" || algorithm byte || public key); algorithm 1 is Ed25519.
 */
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto'

const ALG_ED25519 = 1
/** The DER prefix that makes a raw 32-byte Ed25519 key an SPKI structure node:crypto can load. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')
const SIGNATURE_PREFIX = '\u2014 ' // "— "

export interface NoteVerifier {
  name: string
  keyHash: number
  /** "<name>+<hash>", how messages name the key */
  id: string
  verify(message: Buffer, signature: Buffer): boolean
}

export type NoteFailure = 'malformed' | 'bad-signature' | 'unknown-key'

export class NoteError extends Error {
  constructor(
    readonly failure: NoteFailure,
    message: string
  ) {
    super(message)
  }
}

/** note.isValidName: non-empty, no white space, no "+". */
function isValidName(name: string): boolean {
  return name !== '' && !/[\s+]/u.test(name)
}

export function keyHash(name: string, key: Buffer): number {
  return createHash('sha256').update(`${name}\n`).update(key).digest().readUInt32BE(0)
}

export function formatKeyId(name: string, hash: number): string {
  return `${name}+${hash.toString(16).padStart(8, '0')}`
}

/** note.NewVerifier; throws an Error saying what is wrong with the key. */
export function parseVerifierKey(vkey: string): NoteVerifier {
  // Cut at the first two "+" only: base64 has "+" of its own.
  const [name, hex] = vkey.split('+', 2)
  const key64 = vkey.slice(`${name}+${hex}+`.length)
  const key = Buffer.from(key64, 'base64')
  if (
    !isValidName(name) ||
    !/^[0-9a-f]{8}$/i.test(hex ?? '') ||
    key.length === 0 ||
    key.toString('base64') !== key64
  ) {
    throw new Error(`malformed verifier key ${JSON.stringify(vkey)}`)
  }
  const hash = Number.parseInt(hex, 16)
  if (hash !== keyHash(name, key)) throw new Error(`verifier key ${vkey}: its hash does not match its key`)
  if (key[0] !== ALG_ED25519 || key.length !== 33) {
    throw new Error(`verifier key ${vkey}: not an Ed25519 key (algorithm ${key[0]}, ${key.length} bytes)`)
  }
  const publicKey: KeyObject = createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, key.subarray(1)]),
    format: 'der',
    type: 'spki'
  })
  return {
    name,
    keyHash: hash,
    id: formatKeyId(name, hash),
    verify: (message, signature) => signature.length === 64 && verify(null, message, publicKey, signature)
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * note.Open with one known key: returns the note's text (ending in "\n") once a signature by
 * that key verifies. Signatures by other keys are ignored, as note.Open does; none by ours is
 * `unknown-key`, a wrong one `bad-signature`.
 */
export function openNote(message: Buffer, verifier: NoteVerifier): string {
  let decoded: string
  try {
    decoded = strictUtf8.decode(message)
  } catch {
    throw new NoteError('malformed', 'the tree note is not UTF-8')
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f]/.test(decoded)) {
    throw new NoteError('malformed', 'the tree note holds control characters')
  }
  const split = decoded.lastIndexOf('\n\n')
  const signatures = decoded.slice(split + 2)
  if (split < 0 || !signatures.endsWith('\n')) {
    throw new NoteError('malformed', 'the tree note has no signature block')
  }
  const text = decoded.slice(0, split + 1)
  const others: string[] = []
  let verified = false
  for (const line of signatures.slice(0, -1).split('\n')) {
    const [name, b64, extra] = line.startsWith(SIGNATURE_PREFIX)
      ? line.slice(SIGNATURE_PREFIX.length).split(' ')
      : []
    const signature = Buffer.from(b64 ?? '', 'base64')
    if (
      extra !== undefined ||
      !isValidName(name ?? '') ||
      signature.length < 5 ||
      signature.toString('base64') !== b64
    ) {
      throw new NoteError('malformed', `the tree note has a malformed signature line ${JSON.stringify(line)}`)
    }
    const hash = signature.readUInt32BE(0)
    if (name !== verifier.name || hash !== verifier.keyHash) {
      others.push(formatKeyId(name, hash))
      continue
    }
    if (!verifier.verify(Buffer.from(text), signature.subarray(4))) {
      throw new NoteError('bad-signature', `bad signature on the tree note for key ${verifier.id}`)
    }
    verified = true
  }
  if (!verified) {
    const by = others.length ? `signed only by unknown key ${others.join(', ')}` : 'unsigned'
    throw new NoteError('unknown-key', `the tree note is not signed by key ${verifier.id} (${by})`)
  }
  return text
}
