// Prepares REAL Go toolchains for the test mirror: fetches golang.org/toolchain module zips through the
// machine's Go module proxy (`go mod download`) and repacks each into a go.dev/dl-style tarball.
// Everything is cached under $GOMODCACHE so later runs (and other test files) never hit the network.
import { createHash, randomBytes } from 'node:crypto'
import { execFile } from 'node:child_process'
import { createReadStream, createWriteStream } from 'node:fs'
import { access, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import { createGzip } from 'node:zlib'
import { Header, Pax } from 'tar'
import yauzl from 'yauzl'

const execFileAsync = promisify(execFile)

export interface PreparedToolchain {
  /** Go spelling without the `go` prefix, e.g. `1.21.13`, `1.26rc1`. */
  version: string
  /** Module platform, `<GOOS>-<GOARCH>`, e.g. `linux-amd64`. */
  platform: string
  /** The golang.org/toolchain module zip inside the module cache (served by the proxy endpoint). */
  zipPath: string
  /** Module hash (`h1:...`), as the checksum database knows it. */
  h1: string
  /** e.g. `v0.0.1-go1.21.13.linux-amd64`. */
  moduleVersion: string
  /** go.dev/dl-style `go<ver>.<os>-<arch>.tar.gz` built from the zip. */
  archivePath: string
  sha256: string
  size: number
}

export const TOOLCHAIN_MODULE = 'golang.org/toolchain'
const PARALLEL_PREPARES = 3
const GO_VERSION_RE = /^\d+\.\d+(\.\d+)?((rc|beta)\d+)?$/

/** Accepts `1.21.13`, `go1.21.13`, `v1.21.13` and semver pre-releases (`1.26.0-rc.1`); returns Go spelling. */
export function toGoVersion(input: string): string {
  const bare = input.trim().replace(/^(go|v)/, '')
  const semverPre = /^(\d+\.\d+)\.\d+-(rc|beta)\.?(\d+)$/.exec(bare)
  const version = semverPre ? `${semverPre[1]}${semverPre[2]}${semverPre[3]}` : bare
  if (!GO_VERSION_RE.test(version)) throw new Error(`not a Go version: ${JSON.stringify(input)}`)
  return version
}

export function toolchainModuleVersion(version: string, platform: string): string {
  return `v0.0.1-go${version}.${platform}`
}

/** go.dev names 32-bit ARM archives `linux-armv6l`, while the toolchain module says `linux-arm`. */
export function archivePlatform(platform: string): string {
  return platform.replace(/-arm$/, '-armv6l')
}

let modCachePromise: Promise<string> | undefined
/** The module cache the machine's `go` uses (respects GOMODCACHE/GOPATH). */
export function goModCache(): Promise<string> {
  modCachePromise ??= execFileAsync('go', ['env', 'GOMODCACHE']).then(({ stdout }) => {
    const dir = stdout.trim()
    if (!dir) throw new Error('`go env GOMODCACHE` printed nothing')
    return dir
  })
  return modCachePromise
}

/** Where repacked tarballs (and sumdb answers the mirror had to fetch) are cached; never inside the repo. */
export async function mirrorCacheDir(): Promise<string> {
  return join(await goModCache(), 'cache', 'go-cross-matrix-mirror')
}

export async function prepareToolchains(
  versions: string[],
  platform = 'linux-amd64'
): Promise<PreparedToolchain[]> {
  if (platform.startsWith('windows-'))
    throw new Error('go.dev ships Windows toolchains as .zip: not built here')
  const goVersions = [...new Set(versions.map(toGoVersion))]
  return mapLimit(goVersions, PARALLEL_PREPARES, (v) => prepareToolchain(v, platform))
}

async function prepareToolchain(version: string, platform: string): Promise<PreparedToolchain> {
  const moduleVersion = toolchainModuleVersion(version, platform)
  const { zipPath, h1 } = await downloadToolchainModule(moduleVersion)
  const archiveName = `go${version}.${archivePlatform(platform)}.tar.gz`
  const archivePath = join(await mirrorCacheDir(), archiveName)
  const { sha256, size } = await ensureArchive(zipPath, archivePath, moduleVersion)
  return { version, platform, zipPath, h1, moduleVersion, archivePath, sha256, size }
}

async function downloadToolchainModule(moduleVersion: string): Promise<{ zipPath: string; h1: string }> {
  const cached = await cachedModuleZip(moduleVersion)
  return cached ?? goModDownload(moduleVersion)
}

/** `go mod download` leaves `<v>.zip` + `<v>.ziphash` (the h1) in the cache; both present means done. */
async function cachedModuleZip(moduleVersion: string): Promise<{ zipPath: string; h1: string } | undefined> {
  const dir = join(await goModCache(), 'cache', 'download', TOOLCHAIN_MODULE, '@v')
  const zipPath = join(dir, `${moduleVersion}.zip`)
  try {
    const h1 = (await readFile(join(dir, `${moduleVersion}.ziphash`), 'utf8')).trim()
    await access(zipPath)
    return h1.startsWith('h1:') ? { zipPath, h1 } : undefined
  } catch {
    return undefined
  }
}

interface GoModDownloadJson {
  Zip?: string
  Sum?: string
  Error?: string
}

async function goModDownload(moduleVersion: string): Promise<{ zipPath: string; h1: string }> {
  const modulePath = `${TOOLCHAIN_MODULE}@${moduleVersion}`
  // An empty cwd keeps any go.mod around us (or the repo's) out of the way.
  const cwd = await mkdtemp(join(tmpdir(), 'gcm-moddownload-'))
  const env = { ...process.env, GOFLAGS: '-mod=mod', GO111MODULE: 'on', GOTOOLCHAIN: 'local' }
  let stdout: string
  try {
    ;({ stdout } = await execFileAsync('go', ['mod', 'download', '-json', modulePath], {
      cwd,
      env,
      maxBuffer: 16 * 1024 * 1024,
      timeout: 15 * 60 * 1000
    }))
  } catch (err) {
    // On failure `go mod download -json` still prints the JSON, with an Error field.
    const e = err as { stdout?: string; stderr?: string; message: string }
    const reason = parseDownloadJson(e.stdout ?? '')?.Error ?? (e.stderr || e.message).trim()
    throw new Error(`cannot fetch ${modulePath} through the Go module proxy: ${reason}`, { cause: err })
  } finally {
    await rm(cwd, { recursive: true, force: true })
  }
  const info = parseDownloadJson(stdout)
  if (!info?.Zip || !info.Sum || info.Error) {
    throw new Error(
      `go mod download ${modulePath}: unexpected output: ${info?.Error ?? stdout.slice(0, 500)}`
    )
  }
  return { zipPath: info.Zip, h1: info.Sum }
}

function parseDownloadJson(stdout: string): GoModDownloadJson | undefined {
  try {
    return JSON.parse(stdout) as GoModDownloadJson
  } catch {
    return undefined
  }
}

/** Reuses `<archive>` + `<archive>.sha256` (sha256sum format) when present; otherwise builds both. */
async function ensureArchive(
  zipPath: string,
  archivePath: string,
  moduleVersion: string
): Promise<{ sha256: string; size: number }> {
  const existingSize = await fileSize(archivePath)
  if (existingSize !== undefined) return { sha256: await cachedSha256(archivePath), size: existingSize }
  await mkdir(dirname(archivePath), { recursive: true })
  const tmp = `${archivePath}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    const digest = await writeTarballFromZip(zipPath, tmp, `${TOOLCHAIN_MODULE}@${moduleVersion}/`)
    await rename(tmp, archivePath) // atomic: a crash never leaves a half tarball under the real name
    await writeSidecar(archivePath, digest.sha256)
    return digest
  } finally {
    await rm(tmp, { force: true })
  }
}

async function fileSize(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size
  } catch {
    return undefined
  }
}

/** The sidecar can be missing if a run died between the two renames; then hash again and rewrite it. */
async function cachedSha256(archivePath: string): Promise<string> {
  const sidecar = await readFile(`${archivePath}.sha256`, 'utf8').catch(() => '')
  const hex = sidecar.split(/\s+/)[0]
  if (/^[0-9a-f]{64}$/.test(hex)) return hex
  const sha256 = await hashFile(archivePath)
  await writeSidecar(archivePath, sha256)
  return sha256
}

async function writeSidecar(archivePath: string, sha256: string): Promise<void> {
  const tmp = `${archivePath}.sha256.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
  await writeFile(tmp, `${sha256}  ${basename(archivePath)}\n`)
  await rename(tmp, `${archivePath}.sha256`)
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Streams zip entries into a gzip'd tar (level 1: tests want speed, not size) and hashes the output. */
async function writeTarballFromZip(
  zipPath: string,
  outPath: string,
  zipPrefix: string
): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  const counter = { bytes: 0 }
  await pipeline(
    Readable.from(tarStreamFromZip(zipPath, zipPrefix)),
    createGzip({ level: 1 }),
    hashingTap(hash, counter),
    createWriteStream(outPath)
  )
  return { sha256: hash.digest('hex'), size: counter.bytes }
}

async function* tarStreamFromZip(zipPath: string, zipPrefix: string): AsyncGenerator<Buffer> {
  const zip = await yauzl.openPromise(zipPath)
  const dirsWritten = new Set<string>()
  try {
    for await (const entry of zip.eachEntry()) {
      if (!entry.fileName.startsWith(zipPrefix)) {
        throw new Error(`${zipPath}: entry ${entry.fileName} is outside ${zipPrefix}`)
      }
      const relative = archiveRelativePath(entry.fileName.slice(zipPrefix.length))
      if (relative.endsWith('/')) continue // module zips carry no dirs; parents are synthesized below
      const mtime = entry.getLastModDate({ timezone: 'UTC' })
      for (const dir of parentDirs(`go/${relative}`)) {
        if (dirsWritten.has(dir)) continue
        dirsWritten.add(dir)
        yield tarHeader({ path: `${dir}/`, type: 'Directory', mode: 0o755, size: 0, mtime })
      }
      const zipMode = (entry.externalFileAttributes >>> 16) & 0o777
      const mode = isExecutable(relative, zipMode) ? 0o755 : 0o644
      yield tarHeader({ path: `go/${relative}`, type: 'File', mode, size: entry.uncompressedSize, mtime })
      for await (const chunk of await zip.openReadStreamPromise(entry, {})) yield chunk as Buffer
      yield Buffer.alloc(padding(entry.uncompressedSize))
    }
  } finally {
    zip.close()
  }
  yield Buffer.alloc(1024) // end-of-archive: two zero blocks
}

/**
 * Module zips cannot hold nested modules, so the toolchain zip stores every go.mod as _go.mod; cmd/go
 * copies them back on first use (toolchain/select.go). go.dev archives have plain go.mod files.
 */
function archiveRelativePath(moduleRelative: string): string {
  return moduleRelative.replace(/(^|\/)_go\.mod$/, '$1go.mod')
}

/** go.dev archives have executable bin/ and pkg/tool/; other exec bits (*.bash, ...) are kept from the zip. */
function isExecutable(relative: string, zipMode: number): boolean {
  return relative.startsWith('bin/') || relative.startsWith('pkg/tool/') || (zipMode & 0o111) !== 0
}

function parentDirs(path: string): string[] {
  const parts = path.split('/').slice(0, -1)
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'))
}

interface TarEntry {
  path: string
  type: 'File' | 'Directory'
  mode: number
  size: number
  mtime: Date
}

/** A ustar header, preceded by a PAX header when the path does not fit ustar's name/prefix fields. */
function tarHeader(entry: TarEntry): Buffer {
  const fields = { ...entry, uid: 0, gid: 0, uname: 'root', gname: 'root' }
  const header = new Header(fields)
  const needsPax = header.encode()
  if (!header.block) throw new Error(`tar header encoding failed for ${entry.path}`)
  if (!needsPax) return header.block
  const pax = new Pax({ path: entry.path, size: entry.size, mtime: entry.mtime }).encode()
  return Buffer.concat([pax, header.block])
}

function padding(size: number): number {
  return (512 - (size % 512)) % 512
}

function hashingTap(hash: ReturnType<typeof createHash>, counter: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      counter.bytes += chunk.length
      callback(null, chunk)
    }
  })
}

/** Like Promise.all(items.map(fn)) but with at most `limit` calls in flight; keeps input order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
