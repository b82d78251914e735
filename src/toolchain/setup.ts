/**
 * The toolchain stage: resolve every go-versions spec against a release list, then install
 * them all (in parallel, verified, cached). Exact versions already in the tool cache resolve
 * with no network at all, which keeps a warm run fast and lets it work offline.
 */
import { EnvironmentError, InputError, errorLine } from '../errors.js'
import type { Config } from '../config/config.js'
import type { Log } from '../log.js'
import { Http } from '../util/http.js'
import { formatGoVersion, toSemver } from './go-version.js'
import type { HostPlatform } from './host.js'
import { installToolchains, type InstalledToolchain } from './install.js'
import { resolveVersionSpecs, type GoRelease, type ResolvedVersion } from './resolve.js'
import { DlSource, ProxySource, proxiesFromEnv, type ToolchainSource } from './sources.js'
import { parseVersionSpec } from './spec.js'
import { ChecksumDb, sumDbFromEnv } from './sumdb.js'
import { GoToolCache } from './tool-cache.js'

export interface ToolchainSetupOptions {
  config: Config
  host: HostPlatform
  env: NodeJS.ProcessEnv
  toolCacheDir: string
  tempDir: string
  log: Log
}

export async function setupToolchains(opts: ToolchainSetupOptions): Promise<InstalledToolchain[]> {
  return withSources(opts, async ({ cache, sources, http }) => {
    const resolved =
      resolveFromCache(opts.config.goVersions, cache) ?? (await resolveFromSources(opts, sources, cache))
    for (const v of resolved) opts.log.debug(`${v.specs.join(', ')} -> ${v.version}`)
    const proxy = sources.find((s): s is ProxySource => s instanceof ProxySource)
    return installToolchains(resolved, {
      cache,
      sources,
      http,
      sumdb: proxy?.sumdb,
      tempDir: opts.tempDir,
      verify: opts.config.verifyChecksums,
      concurrency: 4,
      log: opts.log
    })
  })
}

/** Resolves the specs to versions without installing anything (mode: plan). */
export async function resolveToolchainVersions(opts: ToolchainSetupOptions): Promise<ResolvedVersion[]> {
  return withSources(opts, async ({ cache, sources }) => resolveFromSources(opts, sources, cache))
}

interface Sources {
  cache: GoToolCache
  sources: ToolchainSource[]
  http: Http
}

async function withSources<T>(opts: ToolchainSetupOptions, fn: (s: Sources) => Promise<T>): Promise<T> {
  const cache = new GoToolCache(opts.toolCacheDir, opts.host.toolCacheArch)
  const http = new Http(undefined, (m) => opts.log.warning(m))
  const sumdbHttp = new Http({ attempts: 2, baseDelayMs: 300 })
  try {
    return await fn({ cache, sources: makeSources(opts, http, sumdbHttp), http })
  } finally {
    http.dispose()
    sumdbHttp.dispose()
  }
}

function makeSources(opts: ToolchainSetupOptions, http: Http, sumdbHttp: Http): ToolchainSource[] {
  const { config, host, env } = opts
  const proxies = proxiesFromEnv(env)
  const dl = new DlSource(config.goDownloadBaseUrl, host, http)
  const proxy = new ProxySource(
    proxies,
    host,
    http,
    new ChecksumDb(sumDbFromEnv(env, proxies, opts.toolCacheDir), sumdbHttp)
  )
  if (config.toolchainSource === 'dl') return [dl]
  if (config.toolchainSource === 'proxy') return [proxy]
  return [dl, proxy]
}

/** Every spec an exact version that the tool cache holds: no release list needed. */
function resolveFromCache(specs: string[], cache: GoToolCache): ResolvedVersion[] | undefined {
  const byVersion = new Map<string, ResolvedVersion>()
  for (const text of specs) {
    const spec = parseVersionSpec(text)
    if (spec?.kind !== 'exact') return undefined
    const semver = toSemver(spec.version)
    if (!cache.find(semver)) return undefined
    const seen = byVersion.get(semver)
    if (seen) seen.specs.push(text)
    else {
      const version = cache.provenance(semver)?.version ?? formatGoVersion(spec.version)
      byVersion.set(semver, { version, semver, stable: !spec.version.pre, specs: [text] })
    }
  }
  return [...byVersion.values()]
}

async function resolveFromSources(
  opts: ToolchainSetupOptions,
  sources: ToolchainSource[],
  cache: GoToolCache
): Promise<ResolvedVersion[]> {
  const { config, log } = opts
  const failures: string[] = []
  for (const source of sources) {
    let releases: GoRelease[]
    try {
      releases = await source.listReleases()
    } catch (err) {
      failures.push(`${source.listUrl}: ${errorLine(err)}`)
      if (source !== sources[sources.length - 1])
        log.warning(
          `release list ${source.listUrl} failed (${errorLine(err)}); trying ${sources[sources.indexOf(source) + 1].name}`
        )
      continue
    }
    if (source instanceof ProxySource)
      releases = await addProbedExactVersions(config.goVersions, releases, source)
    return resolveVersionSpecs(config.goVersions, releases, config.goMod)
  }
  // Offline: the cache's versions still answer specs they can satisfy (marked in the log).
  const cached = cachedReleases(cache)
  try {
    const resolved = resolveVersionSpecs(config.goVersions, cached, config.goMod)
    log.warning(`no release list reachable (${failures.join('; ')}); resolved against the tool cache only`)
    return resolved
  } catch (err) {
    if (err instanceof InputError && cached.length === 0) {
      throw new EnvironmentError(`go-versions: cannot fetch a release list: ${failures.join('; ')}`)
    }
    throw err
  }
}

/** The proxy's @v/list is known to be incomplete; an exact version it omits may still exist. */
async function addProbedExactVersions(
  specs: string[],
  releases: GoRelease[],
  proxy: ProxySource
): Promise<GoRelease[]> {
  const known = new Set(releases.map((r) => r.semver))
  const extra: GoRelease[] = []
  for (const text of specs) {
    const spec = parseVersionSpec(text)
    if (spec?.kind !== 'exact' || known.has(toSemver(spec.version))) continue
    const release = await proxy.probe(formatGoVersion(spec.version))
    if (release) extra.push(release)
  }
  return [...releases, ...extra]
}

function cachedReleases(cache: GoToolCache): GoRelease[] {
  return cache.versions().map((semver) => {
    const version = cache.provenance(semver)?.version ?? semver
    return { version, semver, stable: !semver.includes('-') }
  })
}
