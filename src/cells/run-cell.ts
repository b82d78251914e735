/**
 * One cell, start to end: check the go.mod allows this Go, prove the toolchain is the version
 * it claims, build the binaries, run the tests (natively, under QEMU, or compile-only), and
 * record counts and coverage. Every outcome, including a hang, ends as a CellResult.
 */
import { createWriteStream } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import semver from 'semver'
import type { Config } from '../config/config.js'
import { parseProfile } from '../coverage/profile.js'
import { coverageByGoTool } from '../coverage/go-cover.js'
import { formatDuration } from '../config/values.js'
import { goToSemver } from '../toolchain/go-version.js'
import { firstLines, which, type ProcessResult } from '../util/process.js'
import type { CCompilers } from './c-compiler.js'
import { cellEnvValues, type CellPaths } from './env.js'
import { Go, type ListedPackage } from '../go/go.js'
import { parseCompileErrors } from './compile-errors.js'
import { cellFileStem } from '../plan/shards.js'
import { TestEventCounter } from './test-events.js'
import { buildAndVerify, buildListFlags } from './binaries.js'
import { probeEnvValues, runProbe } from '../emulation/probe.js'
import { cellSuites, renderJUnit } from '../report/junit.js'
import { rerunFailedTests } from './rerun.js'
import { judgeBinaries, scanBuiltBinary, scanCellSource, type CellVerdict } from '../vulncheck/cell.js'
import { ScanTimeout, type Govulncheck } from '../vulncheck/govulncheck.js'
import {
  resultOf,
  testedPackages,
  type BinaryRecord,
  type CellPlan,
  type CellProof,
  type CellResult,
  type CellStatus,
  type PackageResult
} from './types.js'

export interface CellDeps {
  config: Config
  baseEnv: NodeJS.ProcessEnv
  compilers: CCompilers
  paths: (plan: CellPlan) => CellPaths
  /** for reproducibility builds (a fresh GOCACHE each) */
  tempDir: string
  tool: { name: string; version: string }
  /** the scanner, when vulncheck is binary or source */
  vulncheck?: Govulncheck
}

class CellTimeout extends Error {}

export async function runCell(plan: CellPlan, deps: CellDeps): Promise<CellResult> {
  const started = Date.now()
  const finish = (status: CellStatus, reason: string, extra: Partial<CellResult> = {}): CellResult =>
    resultOf(plan, status, reason, {
      ...extra,
      durationMs: Date.now() - started,
      ...(deps.config.shard ? { shard: deps.config.shard } : {})
    })
  try {
    return await runCellSteps(plan, deps, started, finish)
  } catch (err) {
    if (err instanceof CellTimeout) return finish('timeout', err.message)
    return finish('error', (err as Error).message)
  }
}

async function runCellSteps(
  plan: CellPlan,
  deps: CellDeps,
  started: number,
  finish: (status: CellStatus, reason: string, extra?: Partial<CellResult>) => CellResult
): Promise<CellResult> {
  const { config } = deps
  // The cell's own module: its go line, and the folder go runs in.
  const required = plan.module ? plan.module.goMod.go : config.goMod?.go
  const moduleRoot = plan.module?.root ?? config.workingDirectory
  if (required && semver.lt(plan.toolchain.semver, goToSemver(required))) {
    const goModFile = plan.module ? `${plan.module.dir}/go.mod` : 'go.mod'
    return finish(
      'skipped',
      `${goModFile} requires go >= ${required}; this cell runs go${plan.toolchain.version} (GOTOOLCHAIN=local)`
    )
  }
  if (plan.emulation.error) return finish('error', plan.emulation.error)

  const native = plan.race || plan.emulation.execution === 'native'
  let cc
  if (plan.cgo) {
    cc = await deps.compilers.forTarget(plan.target, native)
    if (typeof cc === 'string') return finish('error', `cgo: ${cc}`)
  }
  const values = cellEnvValues(plan, deps.paths(plan), cc)
  const deadline = started + config.cellTimeoutMs
  const remaining = () => deadline - Date.now()
  const go = new Go(deps.baseEnv, values, moduleRoot, remaining)
  const env = go.env
  const check = <R extends ProcessResult>(result: R, during: string): R => {
    if (result.timedOut)
      throw new CellTimeout(`cell-timeout ${formatDuration(config.cellTimeoutMs)} reached during ${during}`)
    if (result.spawnError) throw new Error(`${during}: ${result.spawnError}`)
    return result
  }

  const reported = await go.goEnv(['GOVERSION', 'GOOS', 'GOARCH'])
  const proof: CellProof = { goVersion: reported.GOVERSION, goos: reported.GOOS, goarch: reported.GOARCH }
  if (proof.goVersion !== `go${plan.toolchain.version}`) {
    return finish('error', `toolchain says ${proof.goVersion}, the cell claims go${plan.toolchain.version}`, {
      proof
    })
  }
  // The runtime proof comes from this cell's own toolchain, run the way its tests run. The
  // emulation stage already ran the probe with the newest toolchain: its cells reuse that answer.
  const proveRuntime = async (): Promise<string | undefined> => {
    if (!values.emulated) return undefined
    const already = plan.emulation.probe
    if (already?.endsWith(` go${plan.toolchain.version}`)) {
      proof.runtime = already
      return undefined
    }
    const probeDir = path.join(deps.tempDir, 'probes', plan.id)
    const probeGo = new Go(deps.baseEnv, probeEnvValues(values), probeDir, remaining)
    const probe = await runProbe(plan.target, plan.emulation, probeGo, probeDir, env)
    await rm(probeDir, { recursive: true, force: true })
    if (probe.error) return probe.error
    proof.runtime = probe.printed
    return undefined
  }
  // The probe and go list are independent: run them at once.
  const [probeError, listed] = await Promise.all([
    proveRuntime(),
    go.listPackages(config.packages, buildListFlags(config))
  ])
  if (probeError) return finish('error', probeError, { proof })
  check(listed, 'go list')
  if (listed.code !== 0)
    return finish('build-failed', `go list ${config.packages.join(' ')}: ${firstLines(listed.stderr)}`, {
      proof
    })

  // vulncheck: binary scans each binary as it is checked; source scans the packages after the
  // tests. A -race cell builds no binaries and has the same packages as its plain cell, and a
  // cell split over shards is scanned once, by its first shard (the one with its binaries).
  const firstShard = (config.shard?.index ?? 1) === 1
  const scanThisCell = !plan.race && config.vulncheck !== 'off' && firstShard
  const scanner = scanThisCell ? deps.vulncheck : undefined
  const duringScan = <T>(scan: Promise<T>): Promise<T> =>
    scan.catch((err: unknown) => {
      if (err instanceof ScanTimeout)
        throw new CellTimeout(
          `cell-timeout ${formatDuration(config.cellTimeoutMs)} reached during govulncheck`
        )
      throw err
    })
  let binaryScanMs = 0
  const scanBinary =
    scanner && config.vulncheck === 'binary'
      ? async (file: string, bytes: Buffer) => {
          const scanStarted = Date.now()
          const scanned = await duringScan(scanBuiltBinary(scanner, file, bytes, env, remaining()))
          binaryScanMs += Date.now() - scanStarted
          return scanned
        }
      : undefined

  const binaries: BinaryRecord[] = []
  let evidenceMs = 0
  // A cell split over shards gets its binaries from its first shard only.
  if (!plan.race && config.build.length > 0 && firstShard) {
    const built = await buildAndVerify(plan, {
      config,
      go,
      check,
      tempDir: deps.tempDir,
      tool: deps.tool,
      scanBinary
    })
    evidenceMs = built.evidenceMs
    if (built.failure) {
      const sboms = built.binaries.flatMap((b) => b.sboms ?? [])
      const compileErrors = built.compileErrors ?? []
      const binariesScanned = scanner && built.binaries.some((b) => b.vulncheck)
      return finish(built.failure.status, built.failure.reason, {
        proof,
        binaries: built.binaries,
        sboms,
        evidenceMs,
        compileErrors,
        failureOutput: built.output ? [{ kind: 'build', name: 'go build', lines: built.output }] : [],
        ...(binariesScanned
          ? { vulncheck: judgeBinaries(built.binaries, scanner, config.vulncheckFailOn, binaryScanMs).record }
          : {})
      })
    }
    binaries.push(...built.binaries)
  }

  const stem = cellFileStem(plan.id, config.shard)
  const logRel = path.join('logs', `${stem}.jsonl`)
  const coverRel = path.join('coverage', `${stem}.out`)
  const wantCoverage = config.coverage && !plan.race && plan.emulation.execution !== 'build-only'
  await mkdir(path.join(config.outDir, 'logs'), { recursive: true })
  if (wantCoverage) await mkdir(path.join(config.outDir, 'coverage'), { recursive: true })
  const args = testArgs(config, plan, {
    coverProfile: wantCoverage ? path.join(config.outDir, coverRel) : undefined,
    trueBinary: which('true', env.PATH) ?? '/bin/true',
    remainingMs: deadline - Date.now()
  })

  const counter = new TestEventCounter()
  const log = createWriteStream(path.join(config.outDir, logRel))
  const test = await go.run(args, { stdout: log, captureStdout: false, onStdoutLine: (l) => counter.add(l) })
  await new Promise((resolve) => log.end(resolve))
  if (test.stderr.trim()) await writeFile(path.join(config.outDir, 'logs', `${stem}.stderr.log`), test.stderr)
  check(test, 'go test')
  counter.markWithoutTestFiles(
    listed.packages.filter((p) => !p.testGoFiles.length && !p.xTestGoFiles.length).map((p) => p.importPath)
  )

  const coverage = wantCoverage ? await coverageOf(go, path.join(config.outDir, coverRel)) : null
  const extra: Partial<CellResult> = {
    tests: counter.counts,
    packages: counter.packages(),
    failures: counter.failures,
    binaries,
    sboms: binaries.flatMap((b) => b.sboms ?? []),
    evidenceMs,
    proof,
    log: logRel,
    coverage,
    coverageProfile: coverage === null ? null : coverRel
  }
  let verdict = await judgeTestRun({
    code: test.code,
    stderr: test.stderr,
    counter,
    listed: listed.packages,
    patterns: config.packages,
    testFlags: config.testFlags,
    buildOnly: plan.emulation.execution === 'build-only',
    buildOnlyReason: plan.emulation.reason
  })
  let flaky = new Map<string, string[]>()
  if (
    config.rerunFails > 0 &&
    verdict.status === 'failed' &&
    counter.buildFailedPackages.length === 0 &&
    counter.failedPackages.length === 0
  ) {
    const rerun = await rerunFailedTests(
      counter.counts.failedTests,
      config.rerunFails,
      (pkg, run) =>
        testArgs(config, plan, {
          trueBinary: '/bin/true',
          remainingMs: deadline - Date.now(),
          packages: [pkg],
          last: [`-run=${run}`]
        }),
      go,
      check
    )
    flaky = new Map(rerun.flaky.map((t) => [t, rerun.attempts.get(t)!]))
    extra.flaky = rerun.flaky.map((test) => ({ test, attempts: rerun.attempts.get(test)! }))
    extra.tests = counter.forgiveFlaky(rerun.flaky)
    extra.packages = counter.packages()
    extra.failures = counter.failures
    if (rerun.stillFailing.length === 0) {
      const tops = rerun.flaky.filter((t) => !rerun.flaky.some((o) => t.startsWith(`${o}/`)))
      verdict = {
        status: 'passed',
        reason: `flaky: ${tops.length} failed, then passed on a rerun: ${tops.slice(0, 5).join(', ')}${tops.length > 5 ? ', ...' : ''}`
      }
    }
  }
  extra.cachedPackages = counter.packages().filter((p) => p.cached).length
  const fromCache = testCacheText(counter.packages())
  if (verdict.status === 'passed' && fromCache) verdict = { ...verdict, reason: verdict.reason || fromCache }
  if (scanner) {
    const judged: CellVerdict =
      config.vulncheck === 'binary'
        ? judgeBinaries(binaries, scanner, config.vulncheckFailOn, binaryScanMs)
        : await duringScan(
            scanCellSource({
              tool: scanner,
              go,
              cwd: moduleRoot,
              packages: config.packages,
              tags: config.tags,
              failOn: config.vulncheckFailOn,
              timeoutMs: remaining()
            })
          )
    extra.vulncheck = judged.record
    // Findings fail a cell that otherwise passed; a cell failing already keeps its status and
    // adds them to its reason.
    if (judged.failure)
      verdict = ['passed', 'built', 'no-tests'].includes(verdict.status)
        ? judged.failure
        : { ...verdict, reason: `${verdict.reason}; ${judged.failure.reason}` }
  }
  if (verdict.status !== 'passed' && verdict.status !== 'built' && verdict.status !== 'no-tests')
    extra.failureOutput = counter.failureOutputs(test.stderr)
  const junitRel = path.join('junit', `${stem}.xml`)
  await mkdir(path.join(config.outDir, 'junit'), { recursive: true })
  const cellFacts = resultOf(plan, verdict.status, verdict.reason)
  await writeFile(
    path.join(config.outDir, junitRel),
    renderJUnit(cellSuites(cellFacts, counter.packages(), counter, new Date(started), flaky), plan.id)
  )
  extra.junit = junitRel
  if (verdict.status === 'build-failed')
    extra.compileErrors = parseCompileErrors(`${test.stderr}\n${counter.allBuildOutput()}`, moduleRoot)
  return finish(verdict.status, verdict.reason, extra)
}

/**
 * `go test` as `go help test` reads it: `go test [build/test flags] [packages] [build/test flags
 * & test binary flags]`. Our flags and the build flags come first, then the packages, then the
 * user's test-flags (where `go test ./... -run X` would put them).
 */
export function testArgs(
  config: Config,
  plan: CellPlan,
  opts: {
    coverProfile?: string
    trueBinary: string
    remainingMs: number
    /** instead of the packages input (a rerun's one package) */
    packages?: string[]
    /** after the test flags, so they win (a rerun's -run) */
    last?: string[]
  }
): string[] {
  // The build flags apply to the tests too: with the same flags (-trimpath above all), go build
  // and go test share one build cache instead of compiling the standard library twice.
  const args = ['test', '-json', ...config.buildFlags]
  if (plan.race) args.push('-race')
  if (plan.emulation.execution === 'qemu-exec' && !plan.race) args.push(`-exec=${plan.emulation.qemu}`)
  // Build-only: compile every test binary, then "run" it with true(1), so the tests prove they build.
  if (plan.emulation.execution === 'build-only') args.push('-run=^$', `-exec=${opts.trueBinary}`)
  if (opts.coverProfile) args.push(`-coverprofile=${opts.coverProfile}`)
  if (config.tags.length) args.push(`-tags=${config.tags.join(',')}`)
  // Run the tests for real every time (no cached "ok"), unless the user chose a -count or
  // asked for go's test cache.
  if (!hasFlag(config.testFlags, 'count') && !config.testCache) args.push('-count=1')
  // go test's own -timeout (10m by default) must not end a package the cell still has time for;
  // it stays a little under the cell's budget so go's timeout panic, with its goroutine dump,
  // comes before the cell is killed. Its value is part of go's test cache key, so with the
  // cache on it comes from the cell timeout, which is the same in every run, not the time left.
  const budgetMs = config.testCache ? config.cellTimeoutMs : opts.remainingMs
  if (!hasFlag(config.testFlags, 'timeout')) args.push(`-timeout=${testTimeoutSeconds(budgetMs)}s`)
  args.push(...(opts.packages ?? config.packages), ...config.testFlags, ...(opts.last ?? []))
  return args
}

/**
 * What go test's cache answered, for a passed cell's reason: said outright, because a cached
 * "ok" proves the tests passed once with these inputs, not that they ran in this run.
 */
export function testCacheText(packages: PackageResult[]): string {
  const tested = testedPackages(packages)
  const cached = tested.filter((p) => p.cached).length
  if (cached === 0) return ''
  if (cached === tested.length)
    return `every package (${cached}) answered from go test's cache: no test ran in this run (test-cache: true)`
  return `${cached} of ${tested.length} packages answered from go test's cache (test-cache: true)`
}

export function testTimeoutSeconds(remainingMs: number): number {
  const margin = Math.min(30_000, remainingMs * 0.1)
  return Math.max(1, Math.floor((remainingMs - margin) / 1000))
}

/** Whether flags hold -name / --name / -test.name, with or without =value. */
export function hasFlag(flags: string[], name: string): boolean {
  const re = new RegExp(`^--?(test\\.)?${name}(=|$)`)
  return flags.some((f) => re.test(f))
}

export interface TestRunFacts {
  code: number | null
  stderr: string
  counter: TestEventCounter
  /** `go list -e <patterns>` for the cell: the packages go test must report */
  listed: ListedPackage[]
  patterns: string[]
  testFlags: string[]
  buildOnly: boolean
  buildOnlyReason: string
}

/**
 * The cell's verdict from what go test reported, held against what go list says it had to
 * report: a package missing from the stream, or one with tests in which no test ran when
 * nothing filtered them, is an error of ours, never a pass.
 */
export async function judgeTestRun(facts: TestRunFacts): Promise<{ status: CellStatus; reason: string }> {
  const { counter } = facts
  const packages = counter.packages()
  const seen = new Set(packages.map((p) => p.package))
  const missing = facts.listed.map((p) => p.importPath).filter((p) => !seen.has(p))
  const unfinished = counter.unfinishedPackages()
  const counts = counter.counts

  if (facts.code === 0) {
    if (missing.length)
      return {
        status: 'error',
        reason: `go test did not report ${missing.length} of ${facts.listed.length} requested packages (${listText(missing)}): the package list did not reach go test`
      }
    if (facts.buildOnly)
      return { status: 'built', reason: `build only: tests compiled, not run (${facts.buildOnlyReason})` }
    const ran = counts.passed + counts.failed + counts.skipped
    const filtered = ['run', 'skip', 'list'].some((f) => hasFlag(facts.testFlags, f))
    if (!filtered) {
      const silent = await packagesWithUnrunTests(facts.listed, packages)
      if (silent.length)
        return {
          status: 'error',
          reason: `go test ran no test in ${listText(silent)}, which has Test functions and no -run filter: a bug to report`
        }
    }
    if (ran === 0) {
      if (facts.listed.length === 0)
        return {
          status: 'no-tests',
          reason: `nothing tested: ${facts.patterns.join(' ')} matched no packages`
        }
      const noFiles = packages.filter((p) => p.status === 'no-test-files').length
      return {
        status: 'no-tests',
        reason: `nothing tested: no test ran in any of ${packages.length} packages (${noFiles} without test files)`
      }
    }
    return { status: 'passed', reason: '' }
  }

  const buildFailed = counter.buildFailedPackages
  const timedOut = counter.timedOutPackages
  if (timedOut.length)
    return {
      status: 'timeout',
      reason: `go test -timeout ended ${listText(timedOut)}: ${counter.timeoutText(timedOut[0])}`
    }
  if (counts.failed === 0 && counter.failedPackages.length === 0) {
    // No test and no test binary failed: go did not build something, or did not start at all.
    const words = buildFailed.map((p) => counter.buildOutput(p)).find((t) => t.trim()) ?? ''
    const why =
      firstLines(
        withoutHeaders(`${facts.stderr}
${words}`)
      ) || `exit ${facts.code}`
    const pkgs = buildFailed.length ? ` ${listText(buildFailed)}` : ''
    return { status: 'build-failed', reason: `go test did not build${pkgs}: ${why}` }
  }
  const failed = counts.failedTests
  const parts: string[] = []
  if (failed.length)
    parts.push(`${failed.length} failed: ${failed.slice(0, 5).join(', ')}${failed.length > 5 ? ', ...' : ''}`)
  const crashed = counter.failedPackages
  if (crashed.length)
    parts.push(
      `${listText(crashed)} failed: ${counter.packageTail(crashed[0], 3) || firstLines(facts.stderr) || 'no test failed'}`
    )
  if (buildFailed.length) parts.push(`${listText(buildFailed)} did not build`)
  if (unfinished.length) parts.push(`${listText(unfinished)} never finished`)
  const output = [...counter.failedTestOutput.values()].flat().join('\n')
  if (/address already in use/.test(output))
    parts.push(
      'a test found its address in use: cells run at once on one host, so tests that listen on a fixed port need parallel: 1'
    )
  return { status: 'failed', reason: parts.join('; ') }
}

const TEST_FUNC = /^func\s+(Test|Fuzz)([A-Z0-9_]\w*)?\s*\(\s*\w+\s+\*testing\.[TF]\s*\)/m

/** Packages go test passed with "[no tests to run]" whose test files declare tests. */
async function packagesWithUnrunTests(listed: ListedPackage[], packages: PackageResult[]): Promise<string[]> {
  const silent: string[] = []
  for (const p of packages.filter((x) => x.status === 'no-tests')) {
    const pkg = listed.find((l) => l.importPath === p.package)
    if (!pkg) continue
    for (const file of [...pkg.testGoFiles, ...pkg.xTestGoFiles]) {
      const text = await readFile(path.join(pkg.dir, file), 'utf8').catch(() => '')
      if (TEST_FUNC.test(text)) {
        silent.push(p.package)
        break
      }
    }
  }
  return silent
}

function listText(items: string[], max = 3): string {
  return `${items.slice(0, max).join(', ')}${items.length > max ? `, and ${items.length - max} more` : ''}`
}

/** Drops go's "# pkg" headers so a reason starts with the compiler's own words. */
function withoutHeaders(text: string): string {
  return text
    .split('\n')
    .filter((l) => !/^#\s/.test(l.trim()))
    .join('\n')
}

/** The cell's coverage as `go tool cover -func` prints it for the profile, with the cell's own toolchain. */
async function coverageOf(go: Go, file: string): Promise<number | null> {
  let profile
  try {
    profile = parseProfile(await readFile(file, 'utf8'))
  } catch {
    return null
  }
  if (profile.blocks.size === 0) return null
  return coverageByGoTool(go, file, profile)
}
