/**
 * Installs resolved Go versions in parallel: a tool-cache hit costs a stat; a miss downloads,
 * verifies (sha256 from the dl index, or h1 from the checksum database for the proxy), unpacks
 * into staging and commits under a per-version lock. Nothing unverified reaches the cache.
 */
import { rm } from 'node:fs/promises'
import path from 'node:path'
import semver from 'semver'
import { EnvironmentError, errorLine } from '../errors.js'
import type { Log } from '../log.js'
import { mapLimit } from '../util/pool.js'
import type { Http } from '../util/http.js'
import { extractGoTarGz, extractZip, UnsafeArchiveError } from './archive.js'
import type { ResolvedVersion } from './resolve.js'
import type { ToolchainArchive, ToolchainSource } from './sources.js'
import { ChecksumDbConfigError, ChecksumDbForgeryError, type ChecksumDb } from './sumdb.js'
import type { GoToolCache, ToolchainProvenance } from './tool-cache.js'

export interface InstalledToolchain {
  version: string
  semver: string
  specs: string[]
  /** GOROOT */
  path: string
  source: 'cache' | 'dl' | 'proxy'
  sha256?: string
  h1?: string
  /** checked against the dl index or the checksum database (now, or when first cached) */
  verified: boolean
  url?: string
  durationMs: number
}

/** The newest of the installed toolchains (by semver), e.g. to run tools that any version can. */
export function newestToolchain<T extends { semver: string }>(toolchains: readonly T[]): T | undefined {
  return [...toolchains].sort((a, b) => semver.rcompare(a.semver, b.semver))[0]
}

/** A toolchain that does not hash to what the index or checksum database says, or cannot be checked: never retried, never cached. */
export class VerificationError extends EnvironmentError {}

export interface InstallDeps {
  cache: GoToolCache
  /** in order of preference; `auto` passes dl then proxy */
  sources: ToolchainSource[]
  http: Http
  sumdb?: ChecksumDb
  tempDir: string
  verify: boolean
  concurrency: number
  log: Log
}

/** "go1.22.8 41% 28.1/68.4 MB 9.3 MB/s" for the log's live line. */
function progressOf(label: string, deps: InstallDeps): ((bytes: number, total: number) => void) | undefined {
  const { log } = deps
  if (!log.progress) return undefined
  const started = Date.now()
  const mb = (n: number) => (n / 1e6).toFixed(1)
  return (bytes, total) => {
    const rate = bytes / Math.max(0.001, (Date.now() - started) / 1000)
    const share = Number.isFinite(total) && total > 0 ? `${Math.floor((bytes / total) * 100)}% ` : ''
    const of = Number.isFinite(total) ? `/${mb(total)}` : ''
    log.progress!(label, `${label} ${share}${mb(bytes)}${of} MB ${mb(rate)} MB/s`)
  }
}

export async function installToolchains(
  versions: ResolvedVersion[],
  deps: InstallDeps
): Promise<InstalledToolchain[]> {
  await deps.cache.sweepStaleStaging()
  const settled = await mapLimit(versions, deps.concurrency, (v) =>
    installOne(v, deps).then(
      (ok) => ({ ok }),
      (error: unknown) => ({ error })
    )
  )
  const failed = settled.filter((s): s is { error: unknown } => 'error' in s)
  for (const f of failed.slice(1)) deps.log.error(errorLine(f.error))
  if (failed.length) throw failed[0].error
  return settled.map((s) => (s as { ok: InstalledToolchain }).ok)
}

function fromCache(
  v: ResolvedVersion,
  goroot: string,
  deps: InstallDeps,
  started: number
): InstalledToolchain {
  const p = deps.cache.provenance(v.semver)
  return {
    version: v.version,
    semver: v.semver,
    specs: v.specs,
    path: goroot,
    source: 'cache',
    sha256: p?.sha256,
    h1: p?.h1,
    verified: p?.verified ?? false,
    url: p?.url,
    durationMs: Date.now() - started
  }
}

async function installOne(v: ResolvedVersion, deps: InstallDeps): Promise<InstalledToolchain> {
  const started = Date.now()
  const hit = deps.cache.find(v.semver)
  if (hit) return fromCache(v, hit, deps, started)
  return deps.cache.withInstallLock(v.semver, async () => {
    const raced = deps.cache.find(v.semver) // another process may have installed it while we waited
    if (raced) return fromCache(v, raced, deps, started)
    const failures: string[] = []
    for (const source of deps.sources) {
      const archive = source.archive(v)
      if (!archive) continue
      try {
        const provenance = await fetchVerified(v, archive, deps)
        const goroot = await deps.cache.commit(provenance.staging, v.semver, provenance.record)
        deps.log.info(`go${v.version}: installed from ${archive.url} in ${Date.now() - started} ms`)
        return {
          version: v.version,
          semver: v.semver,
          specs: v.specs,
          path: goroot,
          source: archive.source,
          sha256: provenance.record.sha256,
          h1: provenance.record.h1,
          verified: provenance.record.verified,
          url: archive.url,
          durationMs: Date.now() - started
        }
      } catch (err) {
        if (err instanceof VerificationError || err instanceof UnsafeArchiveError) throw err
        failures.push(`${source.name}: ${errorLine(err)}`)
        deps.log.warning(`go${v.version}: ${source.name} failed: ${errorLine(err)}`)
      }
    }
    throw new EnvironmentError(
      `go${v.version}: could not install (${failures.join('; ') || 'no source has a build for this host'})`
    )
  })
}

interface Staged {
  staging: string
  record: ToolchainProvenance
}

async function fetchVerified(
  v: ResolvedVersion,
  archive: ToolchainArchive,
  deps: InstallDeps
): Promise<Staged> {
  const label = `go${v.version}`
  const staging = await deps.cache.stagingDir(v.semver)
  const file = path.join(
    deps.tempDir,
    path.basename(staging) + (archive.kind === 'tar.gz' ? '.tar.gz' : '.zip')
  )
  try {
    const record: ToolchainProvenance = {
      version: v.version,
      source: archive.source,
      url: archive.url,
      verified: false,
      installedAt: new Date().toISOString()
    }
    if (archive.source === 'dl') {
      const got = await deps.http.download(archive.url, file, progressOf(label, deps))
      deps.log.progress?.(label, '')
      record.sha256 = got.sha256
      if (deps.verify) {
        if (!archive.sha256)
          throw new VerificationError(
            `${label}: the index at ${archive.url} lists no sha256 to verify against`
          )
        if (got.sha256 !== archive.sha256) {
          throw new VerificationError(
            `${label}: checksum mismatch for ${path.basename(archive.url)}: expected sha256 ${archive.sha256}, got ${got.sha256}`
          )
        }
        record.verified = true
      }
      if (archive.kind === 'zip') await extractZip(file, staging, archive.zipPrefix, label)
      else await extractGoTarGz(file, staging, label)
    } else {
      const expected = deps.verify ? lookupExpectedH1(label, archive, deps) : undefined
      expected?.catch(() => {}) // awaited below; keep an early failure from going unhandled
      const got = await deps.http.download(archive.url, file, progressOf(label, deps))
      deps.log.progress?.(label, '')
      record.sha256 = got.sha256
      record.h1 = await extractZip(file, staging, archive.zipPrefix, label)
      if (expected) {
        const want = await expected
        if (record.h1 !== want) {
          throw new VerificationError(
            `${label}: checksum mismatch for ${archive.module}@${archive.moduleVersion}: expected ${want} (checksum database), got ${record.h1}`
          )
        }
        record.verified = true
      }
    }
    return { staging, record }
  } catch (err) {
    await rm(staging, { recursive: true, force: true })
    throw err
  } finally {
    await rm(file, { force: true })
  }
}

async function lookupExpectedH1(
  label: string,
  archive: Extract<ToolchainArchive, { source: 'proxy' }>,
  deps: InstallDeps
): Promise<string> {
  if (!deps.sumdb?.enabled) {
    throw new VerificationError(
      `${label}: cannot verify the proxy's toolchain: GOSUMDB=off; enable the checksum database or set verify-checksums: false`
    )
  }
  try {
    return await deps.sumdb.lookupH1(archive.module, archive.moduleVersion)
  } catch (err) {
    const what = `${archive.module}@${archive.moduleVersion}`
    if (err instanceof ChecksumDbForgeryError)
      throw new VerificationError(
        `${label}: cannot trust the checksum database for ${what}: ${err.message}; nothing installed`
      )
    if (err instanceof ChecksumDbConfigError)
      throw new VerificationError(`${label}: cannot verify ${what}: ${err.message}`)
    throw new VerificationError(
      `${label}: cannot verify ${what}: ${errorLine(err)}; make the checksum database reachable (GOSUMDB, GOPROXY) or set verify-checksums: false`
    )
  }
}
