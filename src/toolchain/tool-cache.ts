/**
 * Go in the runner's tool cache, in the layout @actions/tool-cache and actions/setup-go use
 * ($RUNNER_TOOL_CACHE/go/<semver>/<arch> plus <arch>.complete), so a runner's preinstalled Go
 * is a hit and tool-cache's find() sees what we install (a test holds us to that).
 *
 * We read the layout ourselves rather than through tc.find(), whose `::debug::` lines would
 * litter the CLI's output; the layout is two paths, and the test above keeps them honest.
 * We place toolchains ourselves instead of tc.cacheDir(): cacheDir copies the whole tree (a
 * second 250 MB write) and deletes the destination first, which breaks a second process using
 * it. We unpack into a hidden staging folder beside the destination, then rename it into place
 * under a lock and write the marker last, so a reader sees either nothing or a whole toolchain.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import semver from 'semver'
import { withLock } from '../util/lock.js'

/** What we record next to a toolchain we installed, so a later hit can say where it came from. */
export interface ToolchainProvenance {
  version: string
  source: 'dl' | 'proxy'
  url: string
  sha256?: string
  h1?: string
  verified: boolean
  installedAt: string
}

const STAGING_PREFIX = '.staging-'
const STALE_STAGING_MS = 3_600_000

export class GoToolCache {
  readonly root: string

  constructor(
    toolCacheRoot: string,
    readonly arch: string
  ) {
    this.root = path.join(toolCacheRoot, 'go')
  }

  private dir(version: string): string {
    return path.join(this.root, version, this.arch)
  }

  /** GOROOT of a complete cached toolchain, or undefined. */
  find(version: string): string | undefined {
    const dir = this.dir(version)
    const goBinary = path.join(dir, 'bin', process.platform === 'win32' ? 'go.exe' : 'go')
    return existsSync(`${dir}.complete`) && existsSync(goBinary) ? dir : undefined
  }

  /** Semver versions with a complete toolchain for this arch. */
  versions(): string[] {
    const names = existsSync(this.root) ? readdirSync(this.root) : []
    return names.filter((v) => semver.valid(v) === v && this.find(v))
  }

  provenance(version: string): ToolchainProvenance | undefined {
    try {
      return JSON.parse(
        readFileSync(`${this.dir(version)}.go-cross-matrix.json`, 'utf8')
      ) as ToolchainProvenance
    } catch {
      return undefined // installed by someone else (e.g. the runner image)
    }
  }

  /** A fresh staging folder on the cache's filesystem (so committing it is a rename). */
  async stagingDir(version: string): Promise<string> {
    await mkdir(this.root, { recursive: true })
    return path.join(
      this.root,
      `${STAGING_PREFIX}${version}-${this.arch}-${process.pid}-${randomBytes(4).toString('hex')}`
    )
  }

  /** Runs fn while holding this version's install lock (other processes wait). */
  async withInstallLock<T>(version: string, fn: () => Promise<T>): Promise<T> {
    await mkdir(this.root, { recursive: true })
    return withLock(path.join(this.root, `.lock-${version}-${this.arch}`), fn)
  }

  /** Moves a verified staging folder into place; call under the install lock. */
  async commit(staging: string, version: string, provenance: ToolchainProvenance): Promise<string> {
    const dest = this.dir(version)
    await rm(`${dest}.complete`, { force: true })
    await rm(dest, { recursive: true, force: true })
    await mkdir(path.dirname(dest), { recursive: true })
    await rename(staging, dest)
    await writeFile(`${dest}.go-cross-matrix.json`, JSON.stringify(provenance, null, 2))
    await writeFile(`${dest}.complete`, '')
    return dest
  }

  /** Removes staging folders left by processes that died mid-install. */
  async sweepStaleStaging(): Promise<void> {
    const names = await readdir(this.root).catch(() => [] as string[])
    const now = Date.now()
    for (const name of names.filter((n) => n.startsWith(STAGING_PREFIX))) {
      const full = path.join(this.root, name)
      const info = await stat(full).catch(() => undefined)
      if (info && now - info.mtimeMs > STALE_STAGING_MS) await rm(full, { recursive: true, force: true })
    }
  }
}
