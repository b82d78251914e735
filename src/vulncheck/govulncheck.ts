/**
 * `govulncheck`: every invocation of it goes through this class, as every go goes through Go.
 * It is installed at one pinned version with `go install` (through the Go module proxy, with the
 * newest toolchain of the run, under the one environment policy of src/go/env.ts) into the tool
 * cache beside the toolchains, <toolCache>/govulncheck/<version>/<arch>/ with <arch>.complete
 * written last, and reused while that marker is there. Two runs installing at once take turns
 * under the install lock; a crashed install leaves only a staging folder, never a half tool.
 *
 * Scans run with -json (its exit status is 0 with or without findings; anything else is a
 * failure of the scan, not a verdict) against the database given as -db.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import semver from 'semver'
import { EnvironmentError, InputError } from '../errors.js'
import { Go } from '../go/go.js'
import { newestToolchain, type InstalledToolchain } from '../toolchain/install.js'
import { withLock } from '../util/lock.js'
import { firstLines, runProcess, type ProcessResult } from '../util/process.js'
import { parseGovulncheckJson, StreamError, type ParsedScan } from './findings.js'

/** The pinned release: golang.org/x/vuln tags, as `go list -m -versions golang.org/x/vuln` lists them. */
export const GOVULNCHECK_VERSION = 'v1.9.0'
export const GOVULNCHECK_PACKAGE = 'golang.org/x/vuln/cmd/govulncheck'
/** The go line of golang.org/x/vuln's go.mod at that version: an older toolchain cannot build it. */
export const GOVULNCHECK_MIN_GO = '1.26.0'

const INSTALL_TIMEOUT_MS = 10 * 60_000
const STAGING_PREFIX = '.staging-'

export interface GovulncheckInstall {
  toolCacheDir: string
  /** the tool-cache arch folder (node's arch name, as for toolchains) */
  arch: string
  /** the run's toolchains: the newest builds govulncheck */
  toolchains: readonly InstalledToolchain[]
  env: NodeJS.ProcessEnv
  goModCache: string
  goCache: (version: string) => string
  db: string
}

/** A failed scan: govulncheck did not answer (no database, a package that does not load). */
export class ScanError extends Error {}

/** The scan ran out of the cell's time. */
export class ScanTimeout extends ScanError {}

export class Govulncheck {
  private constructor(
    readonly binary: string,
    readonly version: string,
    /** the database URL given as -db */
    readonly db: string,
    /** true when this run built it */
    readonly installed: boolean
  ) {}

  /** The cached govulncheck, or installs it; throws an InputError when no toolchain can build it. */
  static async install(opts: GovulncheckInstall): Promise<Govulncheck> {
    const root = path.join(opts.toolCacheDir, 'govulncheck')
    const dir = path.join(root, GOVULNCHECK_VERSION, opts.arch)
    const binary = path.join(dir, process.platform === 'win32' ? 'govulncheck.exe' : 'govulncheck')
    const complete = () => existsSync(`${dir}.complete`) && existsSync(binary)
    if (complete()) return new Govulncheck(binary, GOVULNCHECK_VERSION, opts.db, false)

    const builder = newestToolchain(opts.toolchains)
    if (!builder || semver.lt(builder.semver, GOVULNCHECK_MIN_GO)) {
      throw new InputError(
        'vulncheck',
        `govulncheck ${GOVULNCHECK_VERSION} needs go >= ${GOVULNCHECK_MIN_GO} to build, but the newest of go-versions is ${builder ? `go${builder.version}` : 'none'}; add a newer Go to go-versions (e.g. stable) or set vulncheck: off`
      )
    }
    await mkdir(root, { recursive: true })
    return withLock(path.join(root, `.lock-${GOVULNCHECK_VERSION}-${opts.arch}`), async () => {
      if (complete()) return new Govulncheck(binary, GOVULNCHECK_VERSION, opts.db, false)
      const staging = path.join(
        root,
        `${STAGING_PREFIX}${GOVULNCHECK_VERSION}-${opts.arch}-${process.pid}-${randomBytes(4).toString('hex')}`
      )
      await mkdir(staging, { recursive: true })
      try {
        // A pure-Go build for this machine, from an empty folder: no go.mod of the user's applies.
        const go = new Go(
          opts.env,
          {
            goroot: builder.path,
            goModCache: opts.goModCache,
            goCache: opts.goCache(builder.version),
            cgo: false,
            extra: { GOBIN: staging }
          },
          staging,
          () => INSTALL_TIMEOUT_MS
        )
        const result = await go.install(`${GOVULNCHECK_PACKAGE}@${GOVULNCHECK_VERSION}`)
        if (result.code !== 0 || !existsSync(path.join(staging, path.basename(binary)))) {
          throw new EnvironmentError(
            `vulncheck: go install ${GOVULNCHECK_PACKAGE}@${GOVULNCHECK_VERSION} with go${builder.version} failed: ${failureText(result)}`
          )
        }
        await writeFile(
          path.join(staging, 'go-cross-matrix.json'),
          JSON.stringify(
            {
              package: GOVULNCHECK_PACKAGE,
              version: GOVULNCHECK_VERSION,
              builtWith: `go${builder.version}`,
              installedAt: new Date().toISOString()
            },
            null,
            2
          )
        )
        await rm(`${dir}.complete`, { force: true })
        await rm(dir, { recursive: true, force: true })
        await mkdir(path.dirname(dir), { recursive: true })
        await rename(staging, dir)
        await writeFile(`${dir}.complete`, '')
      } finally {
        await rm(staging, { recursive: true, force: true })
      }
      return new Govulncheck(binary, GOVULNCHECK_VERSION, opts.db, true)
    })
  }

  /** `govulncheck -mode=binary -json -db <db> <file>`: reads the binary's build info and symbols; runs no go. */
  scanBinary(file: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ParsedScan> {
    return this.scan(['-mode=binary', file], { env, cwd: path.dirname(file), timeoutMs })
  }

  /**
   * `govulncheck -mode=source -json -db <db> [-tags t] <packages>` in the module's folder, with
   * the cell's environment (its toolchain first on PATH, its GOOS/GOARCH, cgo and CC): govulncheck
   * loads the packages through that go, as the cell builds them.
   */
  scanSource(
    go: Go,
    cwd: string,
    packages: string[],
    tags: string[],
    timeoutMs: number
  ): Promise<ParsedScan> {
    const args = ['-mode=source', ...(tags.length ? [`-tags=${tags.join(',')}`] : []), ...packages]
    return this.scan(args, { env: go.env, cwd, timeoutMs })
  }

  private async scan(
    args: string[],
    opts: { env: NodeJS.ProcessEnv; cwd: string; timeoutMs: number }
  ): Promise<ParsedScan> {
    // -json and -db before the mode's own flags and the patterns or file, which end the flags.
    const result = await runProcess(this.binary, ['-json', `-db=${this.db}`, ...args], {
      ...opts,
      timeoutMs: Math.max(1, opts.timeoutMs)
    })
    if (result.timedOut) throw new ScanTimeout('govulncheck')
    if (result.code !== 0) throw new ScanError(`govulncheck failed: ${failureText(result)}`)
    try {
      return parseGovulncheckJson(result.stdout)
    } catch (err) {
      if (err instanceof StreamError) throw new ScanError(`govulncheck -json: ${err.message}`)
      throw err
    }
  }
}

function failureText(result: ProcessResult): string {
  return result.spawnError ?? (firstLines(result.stderr) || `exit ${result.code}`)
}
