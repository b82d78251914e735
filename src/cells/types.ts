/** What a cell is (CellPlan) and what it found (CellResult, one entry of results.json `cells`). */
import { cellIdSuffix, type Target } from '../platform/platforms.js'
import type { CompileError } from './compile-errors.js'
import type { Shard } from '../plan/types.js'
import type { Execution, TargetEmulation } from '../emulation/setup.js'
import type { InstalledToolchain } from '../toolchain/install.js'
import { moduleRef, type GoModule, type ModuleRef } from '../module/modules.js'
import type { BinaryVulncheck, CellVulncheck } from '../vulncheck/types.js'

/**
 * passed: every requested package built and its tests ran and passed. built: tests compiled,
 * not run (no way to run the target here). no-tests: go test succeeded but no test ran in any
 * package. Neither of the last two fails a run, and neither is ever called passed.
 */
export type CellStatus =
  'passed' | 'built' | 'no-tests' | 'failed' | 'build-failed' | 'timeout' | 'skipped' | 'error'

/** One package of a cell, as `go test -json` ended it. */
export interface PackageResult {
  /** import path */
  package: string
  /**
   * passed: tests ran and none failed; failed: a test failed or the test binary did (panic,
   * timeout, TestMain exit); build-failed: the test binary did not build; no-test-files: no
   * _test.go files; no-tests: test files, but no test ran ("[no tests to run]"); running: the
   * stream ended before the package did
   */
  status: 'passed' | 'failed' | 'build-failed' | 'no-test-files' | 'no-tests' | 'running'
  passed: number
  failed: number
  skipped: number
  /** go test answered from its cache ("(cached)") instead of running the tests */
  cached: boolean
  elapsedMs: number
  /** the ImportPath go names as the build that failed (Go 1.24+) */
  failedBuild?: string
}

export interface CellPlan {
  id: string
  /** the cell's module when the run has several (its key starts the id); none: the one module */
  module?: GoModule
  toolchain: InstalledToolchain
  target: Target
  cgo: boolean
  /** the extra `go test -race` cell of a Go version: native, cgo on, no binaries or coverage */
  race: boolean
  emulation: TargetEmulation
}

export interface TestCounts {
  passed: number
  failed: number
  skipped: number
  failedTests: string[]
}

/** One place a test failed, as `go test` printed it ("    x_test.go:24: message"). */
export interface TestFailure {
  package: string
  test: string
  /** the file name as printed (a base name), "" when the test printed no location */
  file: string
  line: number
  message: string
}

/** What a failure printed, for the terminal and the summary (the rest is in the cell's log). */
export interface FailureOutput {
  /** test: a failing test; package: a test binary that failed with no failing test (panic, exit, timeout); build: go's or the compiler's words */
  kind: 'test' | 'package' | 'build'
  /** `pkg.TestX`, the package, or what did not build */
  name: string
  /** the last lines (at most FAILURE_OUTPUT_LINES) */
  lines: string[]
}

export const FAILURE_OUTPUT_LINES = 40
export const MAX_FAILURE_OUTPUTS = 20

export interface BinaryRecord {
  /** relative to out-dir */
  path: string
  name: string
  sha256: string
  size: number
  checks: Record<string, unknown>
  /** SBOM files of this binary, relative to out-dir */
  sboms?: string[]
  /** govulncheck's findings for this binary (vulncheck: binary) */
  vulncheck?: BinaryVulncheck
}

/** What the cell's own toolchain said about itself, run with the cell's environment. */
export interface CellProof {
  /** `go env GOVERSION` */
  goVersion: string
  goos: string
  goarch: string
  /** what a program built for the target printed when run the way the tests run */
  runtime?: string
}

export interface CellResult {
  id: string
  /** the cell's module when the run has several modules (absent with one, as before) */
  module?: ModuleRef
  go: string
  goos: string
  goarch: string
  variant: string
  cgo: boolean
  race: boolean
  status: CellStatus
  reason: string
  execution: Execution
  tests: TestCounts
  /** per package, in the order go test ended them (empty when go test did not run) */
  packages: PackageResult[]
  /** tests that failed, then passed on a rerun (rerun-fails), with every attempt's result */
  flaky: Array<{ test: string; attempts: string[] }>
  /** where the failing tests failed (capped) */
  failures: TestFailure[]
  /** the output of each failure (capped: MAX_FAILURE_OUTPUTS, FAILURE_OUTPUT_LINES lines each) */
  failureOutput: FailureOutput[]
  /** compiler errors of a build-failed cell (capped) */
  compileErrors: CompileError[]
  coverage: number | null
  /** packages go test answered from its cache (test-cache: true) instead of running them */
  cachedPackages: number
  /** the shard of the cell's packages this job ran (shards); merged cells list every shard's part */
  shard?: Shard
  /** a cell mode: merge put together from its shards: each shard's part */
  shards?: ShardPart[]
  durationMs: number
  binaries: BinaryRecord[]
  sboms: string[]
  /** relative to out-dir */
  log: string | null
  coverageProfile: string | null
  /** JUnit XML of the cell, relative to out-dir */
  junit: string | null
  proof: CellProof | null
  /** ms this cell spent checking its binaries and writing SBOMs */
  evidenceMs: number
  /** the cell's known vulnerabilities and their verdict (vulncheck: binary or source; not in -race cells) */
  vulncheck?: CellVulncheck
}

/**
 * `go1.22.8-linux-amd64[-cgo|-race]`, led by the module's key when the run has several modules
 * (`api-go1.22.8-linux-amd64`); the key is filename-safe (see moduleKeys).
 */
/** The packages whose tests go test could run: built, with test files. */
export function testedPackages(packages: PackageResult[]): PackageResult[] {
  return packages.filter((p) => p.status !== 'no-test-files' && p.status !== 'build-failed')
}

export function cellId(version: string, target: Target, cgo: boolean, race = false, moduleKey = ''): string {
  const parts = [`go${version}`, cellIdSuffix(target)]
  if (moduleKey) parts.unshift(moduleKey)
  if (cgo && !race) parts.push('cgo')
  if (race) parts.push('race')
  return parts.join('-')
}

export function emptyCounts(): TestCounts {
  return { passed: 0, failed: 0, skipped: 0, failedTests: [] }
}

export function resultOf(
  plan: CellPlan,
  status: CellStatus,
  reason: string,
  extra: Partial<CellResult> = {}
): CellResult {
  return {
    id: plan.id,
    ...(plan.module ? { module: moduleRef(plan.module) } : {}),
    go: plan.toolchain.version,
    goos: plan.target.goos,
    goarch: plan.target.goarch,
    variant: plan.target.variant,
    cgo: plan.cgo,
    race: plan.race,
    status,
    reason,
    execution: plan.race ? 'native' : plan.emulation.execution,
    tests: emptyCounts(),
    packages: [],
    flaky: [],
    failures: [],
    failureOutput: [],
    compileErrors: [],
    coverage: null,
    cachedPackages: 0,
    durationMs: 0,
    binaries: [],
    sboms: [],
    log: null,
    coverageProfile: null,
    junit: null,
    proof: null,
    evidenceMs: 0,
    ...extra
  }
}

/** One shard's part of a merged cell: what it ran, and its own files. */
export interface ShardPart {
  shard: string
  status: CellStatus
  reason: string
  packages: number
  durationMs: number
  log: string | null
  junit: string | null
  coverageProfile: string | null
}
