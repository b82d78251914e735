// The archive unpackers refuse entries that would land outside the destination, and leave nothing
// outside it when they do. Hostile archives are written byte by byte here (a ustar header builder and
// a stored/deflate zip writer), because real tar/zip tools sanitize exactly what we need to send.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { deflateRawSync, gzipSync } from 'node:zlib'
import {
  escapeReason,
  extractGoTarGz,
  extractZip,
  isToolchainExecutable,
  UnsafeArchiveError
} from '../../src/toolchain/archive.js'

const execFileAsync = promisify(execFile)

interface Entry {
  path: string
  type?: 'file' | 'dir' | 'symlink' | 'link'
  body?: string
  linkpath?: string
  mode?: number
}

// ---- tar ----------------------------------------------------------------------------------------

const TYPEFLAG = { file: '0', link: '1', symlink: '2', dir: '5' } as const

/** One ustar header block, with the path and linkpath exactly as given (no sanitizing). */
function ustarHeader(e: Entry, size: number): Buffer {
  const type = e.type ?? 'file'
  const header = Buffer.alloc(512)
  const put = (offset: number, length: number, text: string): void => {
    if (Buffer.byteLength(text) > length) throw new Error(`tar field too long: ${text}`)
    header.write(text, offset, length, 'utf8')
  }
  const octal = (offset: number, length: number, n: number): void =>
    put(offset, length, `${n.toString(8).padStart(length - 1, '0')}\0`)
  put(0, 100, e.path)
  octal(100, 8, e.mode ?? (type === 'dir' ? 0o755 : 0o644))
  octal(108, 8, 0) // uid
  octal(116, 8, 0) // gid
  octal(124, 12, size)
  octal(136, 12, 1_700_000_000) // mtime
  header.fill(' ', 148, 156) // checksum is computed with its own field as spaces
  put(156, 1, TYPEFLAG[type])
  put(157, 100, e.linkpath ?? '')
  put(257, 6, 'ustar\0')
  put(263, 2, '00')
  const sum = header.reduce((total, byte) => total + byte, 0)
  put(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `)
  return header
}

function tarGz(entries: Entry[]): Buffer {
  const blocks: Buffer[] = []
  for (const e of entries) {
    const body = Buffer.from(e.body ?? '')
    blocks.push(ustarHeader(e, body.length), body, Buffer.alloc((512 - (body.length % 512)) % 512))
  }
  blocks.push(Buffer.alloc(1024))
  return gzipSync(Buffer.concat(blocks))
}

// ---- zip ----------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** A zip "made by" Unix, so the high 16 bits of the external attributes carry the file mode. */
function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.path)
    const isDir = e.type === 'dir'
    const raw = Buffer.from(e.type === 'symlink' ? (e.linkpath ?? '') : (e.body ?? ''))
    const data = isDir ? raw : deflateRawSync(raw)
    const mode = e.mode ?? (isDir ? 0o40755 : e.type === 'symlink' ? 0o120777 : 0o100644)
    const fields = {
      method: isDir ? 0 : 8,
      crc: crc32(raw),
      compressed: data.length,
      size: raw.length
    }
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(fields.method, 8)
    local.writeUInt16LE(0, 10) // time
    local.writeUInt16LE(0x21, 12) // date: 1980-01-01
    local.writeUInt32LE(fields.crc, 14)
    local.writeUInt32LE(fields.compressed, 18)
    local.writeUInt32LE(fields.size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by Unix
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(fields.method, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(fields.crc, 16)
    central.writeUInt32LE(fields.compressed, 20)
    central.writeUInt32LE(fields.size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(((mode << 16) | (isDir ? 0x10 : 0)) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    centrals.push(central, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

// ---- fixtures -----------------------------------------------------------------------------------

/** root/{dest,canary}, plus a victim file beside them; archives live in their own folder. */
let root: string
let dest: string
let canary: string
let victim: string
let archives: string

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'gcm-archive-'))
  dest = path.join(root, 'dest')
  canary = path.join(root, 'canary')
  victim = path.join(root, 'victim.txt')
  archives = await mkdtemp(path.join(tmpdir(), 'gcm-archive-src-'))
  await mkdir(canary)
  await writeFile(victim, 'original\n')
})

afterEach(async () => {
  await rm(root, { recursive: true, force: true })
  await rm(archives, { recursive: true, force: true })
})

async function writeArchive(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(archives, name)
  await writeFile(file, bytes)
  return file
}

/** Nothing beside dest changed: the canary is empty, the victim intact, no new siblings. */
async function expectNothingOutside(): Promise<void> {
  expect((await readdir(root)).sort()).toEqual(expect.arrayContaining(['canary', 'victim.txt']))
  expect((await readdir(root)).filter((n) => !['canary', 'dest', 'victim.txt'].includes(n))).toEqual([])
  expect(await readdir(canary)).toEqual([])
  expect(await readFile(victim, 'utf8')).toBe('original\n')
  expect((await stat(victim)).nlink).toBe(1)
}

// ---- tests --------------------------------------------------------------------------------------

describe('escapeReason', () => {
  it.each<[string, string, string, RegExp | undefined]>([
    ['bin/go', 'File', '', undefined],
    ['.', 'Directory', '', undefined],
    ['src/a/../b.go', 'File', '', undefined],
    ['lib/x', 'SymbolicLink', '../src/y', undefined],
    ['a', 'SymbolicLink', '.', undefined],
    ['bin/gofmt', 'Link', 'bin/go', undefined],
    ['/etc/passwd', 'File', '', /absolute or Windows-style/],
    ['C:/x', 'File', '', /absolute or Windows-style/],
    ['a\\b', 'File', '', /absolute or Windows-style/],
    ['..', 'Directory', '', /climbs out/],
    ['../x', 'File', '', /climbs out/],
    ['a/../../x', 'File', '', /climbs out/],
    ['dev/null', 'CharacterDevice', '', /is a CharacterDevice entry/],
    ['fifo', 'FIFO', '', /is a FIFO entry/],
    ['link', 'SymbolicLink', '/etc/passwd', /links to the absolute path \/etc\/passwd/],
    ['link', 'SymbolicLink', '../etc', /links outside the archive \(\.\.\/etc\)/],
    ['a/b/link', 'SymbolicLink', '../../..', /links outside/],
    ['hard', 'Link', '../x', /links outside/],
    ['hard', 'Link', '/etc/passwd', /links to the absolute path/]
  ])('%j: %s %s', (entry, type, linkPath, reason) => {
    const got = escapeReason(entry, type, linkPath || undefined)
    if (reason) expect(got).toMatch(reason)
    else expect(got).toBeUndefined()
  })
})

describe('extractGoTarGz', () => {
  const base: Entry[] = [
    { path: 'go/', type: 'dir' },
    { path: 'go/bin/', type: 'dir' },
    { path: 'go/bin/go', body: '#!/bin/sh\necho go\n', mode: 0o755 },
    { path: 'go/VERSION', body: 'go1.99.0\n' }
  ]

  it('extracts a good archive with go/ stripped and modes kept', async () => {
    const file = await writeArchive('good.tar.gz', tarGz(base))
    await extractGoTarGz(file, dest, 'go1.99.0')
    expect(await readFile(path.join(dest, 'VERSION'), 'utf8')).toBe('go1.99.0\n')
    expect((await stat(path.join(dest, 'bin', 'go'))).mode & 0o777).toBe(0o755)
    expect((await stat(path.join(dest, 'VERSION'))).mode & 0o777).toBe(0o644)
    await expectNothingOutside()
  })

  // [case, hostile entries, text the error must contain (the entry's name)]
  const hostile = (): Array<[string, Entry[], string]> => [
    ['a "go/../" entry', [{ path: 'go/../evil', body: 'x' }], 'go/../evil'],
    ['a "go/../canary/" entry', [{ path: 'go/../canary/evil', body: 'x' }], 'go/../canary/evil'],
    ['an absolute entry', [{ path: `${canary}/evil`, body: 'x' }], `${canary}/evil`],
    ['an absolute entry under go/', [{ path: `go/${canary}/evil`, body: 'x' }], `go/${canary}/evil`],
    ['an entry outside go/', [{ path: 'other/file', body: 'x' }], 'other/file'],
    [
      'a relative symlink out, then a file through it',
      [
        { path: 'go/link', type: 'symlink', linkpath: '../canary' },
        { path: 'go/link/x', body: 'x' }
      ],
      'go/link'
    ],
    [
      'a symlink to ../../etc',
      [
        { path: 'go/link', type: 'symlink', linkpath: '../../etc' },
        { path: 'go/link/x', body: 'x' }
      ],
      'go/link'
    ],
    [
      'an absolute symlink, then a file through it',
      [
        { path: 'go/link', type: 'symlink', linkpath: canary },
        { path: 'go/link/x', body: 'x' }
      ],
      'go/link'
    ],
    [
      'a symlink to /etc/passwd, then a write to it',
      [
        { path: 'go/passwd', type: 'symlink', linkpath: victim },
        { path: 'go/passwd', body: 'owned\n' }
      ],
      'go/passwd'
    ],
    [
      'a hard link out, then a write to it',
      [
        { path: 'go/hard', type: 'link', linkpath: '../victim.txt' },
        { path: 'go/hard', body: 'owned\n' }
      ],
      'go/hard'
    ],
    [
      'a hard link to an absolute path',
      [
        { path: 'go/hard', type: 'link', linkpath: victim },
        { path: 'go/hard', body: 'owned\n' }
      ],
      'go/hard'
    ],
    [
      'a hard link climbing out of go/',
      [
        { path: 'go/hard', type: 'link', linkpath: 'go/../../victim.txt' },
        { path: 'go/hard', body: 'owned\n' }
      ],
      'go/hard'
    ]
  ]

  it.each(hostile().map(([name], i) => [name, i] as const))(
    'refuses %s, naming it, and writes nothing outside',
    async (_name, i) => {
      const [, entries, named] = hostile()[i]
      const file = await writeArchive('hostile.tar.gz', tarGz([...base, ...entries]))
      const error = await extractGoTarGz(file, dest, 'go1.99.0').then(
        () => undefined,
        (err: unknown) => err
      )
      expect(error).toBeInstanceOf(UnsafeArchiveError)
      expect((error as Error).message).toContain('go1.99.0: archive refused: entry')
      expect((error as Error).message).toContain(named)
      await expectNothingOutside()
    }
  )

  // A hard link's linkpath is relative to the archive root ("go/..."), not to go/: it must be
  // judged from there, and refused as unsafe (not as a retryable source failure).
  it('refuses a hard link whose go/-prefixed linkpath climbs out with UnsafeArchiveError', async () => {
    const entries: Entry[] = [
      { path: 'go/hard', type: 'link', linkpath: 'go/../victim.txt' },
      { path: 'go/hard', body: 'owned\n' }
    ]
    const file = await writeArchive('hostile.tar.gz', tarGz([...base, ...entries]))
    await expect(extractGoTarGz(file, dest, 'go1.99.0')).rejects.toThrow(UnsafeArchiveError)
  })

  it('stops a go/-prefixed hard link that climbs out, writing nothing outside', async () => {
    const entries: Entry[] = [
      { path: 'go/hard', type: 'link', linkpath: 'go/../victim.txt' },
      { path: 'go/hard', body: 'owned\n' }
    ]
    const file = await writeArchive('hostile.tar.gz', tarGz([...base, ...entries]))
    await expect(extractGoTarGz(file, dest, 'go1.99.0')).rejects.toThrow()
    await expectNothingOutside()
  })

  it('refuses a symlink chain that only escapes on disk, writing nothing outside', async () => {
    // Textually every link stays inside; on disk go/a/b/up -> ../.. is dest, so up/esc -> .. is root.
    const entries: Entry[] = [
      { path: 'go/a/', type: 'dir' },
      { path: 'go/a/b/', type: 'dir' },
      { path: 'go/a/b/up', type: 'symlink', linkpath: '../..' },
      { path: 'go/a/b/up/esc', type: 'symlink', linkpath: '..' },
      { path: 'go/a/b/up/esc/canary/evil', body: 'x' }
    ]
    const file = await writeArchive('chain.tar.gz', tarGz([...base, ...entries]))
    await expect(extractGoTarGz(file, dest, 'go1.99.0')).rejects.toThrow()
    await expectNothingOutside()
  })
})

describe('extractZip', () => {
  const prefix = 'golang.org/toolchain@v0.0.1-go1.99.0.linux-amd64/'
  const good: Entry[] = [
    { path: `${prefix}bin/go`, body: 'go' },
    { path: `${prefix}pkg/tool/linux_amd64/compile`, body: 'compile' },
    { path: `${prefix}lib/wasm/go_js_wasm_exec`, body: '#!/bin/sh\n' },
    { path: `${prefix}src/fmt/print.go`, body: 'package fmt\n' },
    { path: `${prefix}lib/wasm/wasm_exec.js`, body: '//\n' }
  ]

  it('marks bin/, pkg/tool/ and go_*_exec executable, the rest not', async () => {
    const file = await writeArchive('good.zip', zip(good))
    await extractZip(file, dest, prefix, 'go1.99.0')
    for (const e of good) {
      const rel = e.path.slice(prefix.length)
      const info = await lstat(path.join(dest, rel))
      expect(info.isFile()).toBe(true)
      expect([rel, info.mode & 0o777]).toEqual([rel, isToolchainExecutable(rel) ? 0o755 : 0o644])
      expect(await readFile(path.join(dest, rel), 'utf8')).toBe(e.body)
    }
    expect(isToolchainExecutable('bin/go')).toBe(true)
    expect(isToolchainExecutable('pkg/tool/linux_amd64/vet')).toBe(true)
    expect(isToolchainExecutable('lib/wasm/go_js_wasm_exec')).toBe(true)
    expect(isToolchainExecutable('src/cmd/go/main.go')).toBe(false)
    expect(isToolchainExecutable('misc/bin/x')).toBe(false)
  })

  it.each<[string, Entry, string]>([
    ['"../x"', { path: '../x', body: 'x' }, '../x'],
    ['"<prefix>../x"', { path: `${prefix}../x`, body: 'x' }, `${prefix}../x`],
    ['an absolute name', { path: '/tmp/evil', body: 'x' }, '/tmp/evil'],
    ['an entry outside the prefix', { path: 'other/file', body: 'x' }, 'other/file'],
    ['a symlink entry', { path: `${prefix}link`, type: 'symlink', linkpath: '../../canary' }, `${prefix}link`]
  ])('refuses %s, naming it, and writes nothing outside', async (_name, entry, named) => {
    const file = await writeArchive('hostile.zip', zip([...good, entry]))
    await expect(extractZip(file, dest, prefix, 'go1.99.0')).rejects.toThrow(named)
    await expectNothingOutside()
  })

  it('throws UnsafeArchiveError for entries outside the prefix and symlinks', async () => {
    for (const entry of [
      { path: 'other/file', body: 'x' },
      { path: `${prefix}link`, type: 'symlink' as const, linkpath: 'bin/go' }
    ]) {
      const file = await writeArchive('hostile.zip', zip([entry]))
      await expect(extractZip(file, dest, prefix, 'go1.99.0')).rejects.toThrow(UnsafeArchiveError)
    }
  })

  // yauzl itself rejects ".." and absolute names before our check runs; that must still come out
  // as a labelled refusal, not a plain error that install.ts would treat as a retryable failure.
  it('throws UnsafeArchiveError for ".." and absolute names too', async () => {
    for (const entry of [
      { path: `${prefix}../x`, body: 'x' },
      { path: '/tmp/evil', body: 'x' }
    ]) {
      const file = await writeArchive('hostile.zip', zip([entry]))
      await expect(extractZip(file, dest, prefix, 'go1.99.0')).rejects.toThrow(UnsafeArchiveError)
    }
  })

  it("computes the same h1 as Go's checksum for a real module zip", async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'gcm-archive-go-'))
    try {
      const { stdout } = await execFileAsync('go', ['mod', 'download', '-json', 'rsc.io/quote@v1.5.2'], {
        cwd,
        env: { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local', GO111MODULE: 'on' },
        timeout: 120_000
      })
      const info = JSON.parse(stdout) as { Zip: string; Sum: string }
      expect(info.Sum).toMatch(/^h1:/)
      const h1 = await extractZip(info.Zip, dest, 'rsc.io/quote@v1.5.2/', 'rsc.io/quote')
      expect(h1).toBe(info.Sum)
      expect(await readFile(path.join(dest, 'quote.go'), 'utf8')).toContain('package quote')
    } finally {
      await rm(cwd, { recursive: true, force: true })
    }
  })
})
