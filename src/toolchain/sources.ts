/**
 * Where toolchains come from. A source lists the releases built for the host and says how to
 * fetch and verify one: go.dev/dl (or a mirror) with the index's sha256, or the Go module
 * proxy's golang.org/toolchain module with the checksum database's h1.
 */
import { Http } from '../util/http.js'
import { goToSemver, parseGoVersion } from './go-version.js'
import type { HostPlatform } from './host.js'
import type { GoRelease } from './resolve.js'
import type { ChecksumDb } from './sumdb.js'

export type SourceName = 'dl' | 'proxy'

/** How to fetch one toolchain and what it must hash to. */
export type ToolchainArchive =
  | { kind: 'tar.gz' | 'zip'; source: 'dl'; url: string; sha256?: string; size?: number; zipPrefix: string }
  | {
      kind: 'module-zip'
      source: 'proxy'
      url: string
      module: string
      moduleVersion: string
      zipPrefix: string
    }

export interface ToolchainSource {
  readonly name: SourceName
  /** where the release list came from, for messages */
  readonly listUrl: string
  listReleases(): Promise<GoRelease[]>
  /** undefined when this source has no build of the release for the host */
  archive(release: GoRelease): ToolchainArchive | undefined
}

interface DlFile {
  filename: string
  os: string
  arch: string
  sha256: string
  size: number
  kind: string
}
interface DlRelease {
  version: string
  stable: boolean
  files: DlFile[]
}

export class DlSource implements ToolchainSource {
  readonly name = 'dl'
  private files = new Map<string, DlFile>()

  constructor(
    private readonly baseUrl: string,
    private readonly host: HostPlatform,
    private readonly http: Http
  ) {}

  get listUrl(): string {
    return `${this.baseUrl}/?mode=json&include=all`
  }

  async listReleases(): Promise<GoRelease[]> {
    const index = await this.http.getJson<DlRelease[]>(this.listUrl)
    if (!Array.isArray(index))
      throw new Error(`${this.listUrl} is not a Go release index (expected a JSON array)`)
    const releases: GoRelease[] = []
    for (const entry of index) {
      const version = String(entry.version ?? '').replace(/^go/, '')
      const archive = (entry.files ?? []).find(
        (f) => f.kind === 'archive' && f.os === this.host.goos && f.arch === this.host.goarch
      )
      if (!archive || !parseGoVersion(version)) continue
      this.files.set(version, archive)
      releases.push({ version, semver: goToSemver(version), stable: Boolean(entry.stable) })
    }
    return releases
  }

  archive(release: GoRelease): ToolchainArchive | undefined {
    const file = this.files.get(release.version)
    if (!file) return undefined
    return {
      kind: file.filename.endsWith('.zip') ? 'zip' : 'tar.gz',
      source: 'dl',
      url: `${this.baseUrl}/${file.filename}`,
      sha256: file.sha256 || undefined,
      size: file.size || undefined,
      zipPrefix: 'go/'
    }
  }
}

export const TOOLCHAIN_MODULE = 'golang.org/toolchain'

/** The http(s) entries of GOPROXY, in order ("direct" and "off" have no toolchain list). */
export function proxiesFromEnv(env: NodeJS.ProcessEnv): string[] {
  const value = (env.GOPROXY ?? '').trim() || 'https://proxy.golang.org,direct'
  return value
    .split(/[,|]/)
    .map((p) => p.trim().replace(/\/+$/, ''))
    .filter((p) => /^https?:\/\//.test(p))
}

export class ProxySource implements ToolchainSource {
  readonly name = 'proxy'
  private proxy = ''

  constructor(
    private readonly proxies: string[],
    private readonly host: HostPlatform,
    private readonly http: Http,
    readonly sumdb: ChecksumDb
  ) {}

  get listUrl(): string {
    return `${this.proxy || this.proxies[0] || 'GOPROXY'}/${TOOLCHAIN_MODULE}/@v/list`
  }

  async listReleases(): Promise<GoRelease[]> {
    if (this.proxies.length === 0) throw new Error('GOPROXY names no http(s) proxy to fetch toolchains from')
    const failures: string[] = []
    for (const proxy of this.proxies) {
      try {
        const list = await this.http.getText(`${proxy}/${TOOLCHAIN_MODULE}/@v/list`)
        this.proxy = proxy
        return this.parseList(list)
      } catch (err) {
        failures.push((err as Error).message)
      }
    }
    throw new Error(failures.join('; '))
  }

  private parseList(list: string): GoRelease[] {
    const suffix = `.${this.host.goos}-${this.host.goarch}`
    const releases: GoRelease[] = []
    for (const line of list.split('\n')) {
      const m = /^v0\.0\.1-go(.+)$/.exec(line.trim())
      if (!m || !m[1].endsWith(suffix)) continue
      const version = m[1].slice(0, -suffix.length)
      const parsed = parseGoVersion(version)
      if (!parsed) continue
      releases.push({ version, semver: goToSemver(version), stable: !parsed.pre })
    }
    return releases
  }

  /** Asks the proxy for one version directly (its list is incomplete); undefined when absent. */
  async probe(version: string): Promise<GoRelease | undefined> {
    const parsed = parseGoVersion(version)
    if (!parsed || !this.proxy) return undefined
    try {
      await this.http.getText(`${this.proxy}/${TOOLCHAIN_MODULE}/@v/${this.moduleVersion(version)}.info`)
      return { version, semver: goToSemver(version), stable: !parsed.pre }
    } catch {
      return undefined
    }
  }

  private moduleVersion(version: string): string {
    return `v0.0.1-go${version}.${this.host.goos}-${this.host.goarch}`
  }

  archive(release: GoRelease): ToolchainArchive {
    const moduleVersion = this.moduleVersion(release.version)
    return {
      kind: 'module-zip',
      source: 'proxy',
      url: `${this.proxy || this.proxies[0]}/${TOOLCHAIN_MODULE}/@v/${moduleVersion}.zip`,
      module: TOOLCHAIN_MODULE,
      moduleVersion,
      zipPrefix: `${TOOLCHAIN_MODULE}@${moduleVersion}/`
    }
  }
}
