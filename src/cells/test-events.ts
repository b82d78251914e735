/**
 * Reads a `go test -json` stream as it comes: per package, whether it built, how many tests
 * passed, failed and skipped (subtests included), whether `go test` answered from its cache;
 * the failed tests named `pkg.TestX` with the places they failed and their last output lines;
 * and the compiler's or go's own words for packages that did not build.
 *
 * Two stream shapes exist for build failures: up to Go 1.23 the compiler's output goes to
 * stderr and the package only says "FAIL pkg [build failed]"; from Go 1.24 it comes in the
 * stream as `build-output` events keyed by `ImportPath` ("pkg [pkg.test]"), followed by a
 * `build-fail` event and a package `fail` whose `FailedBuild` names that ImportPath.
 */
import {
  FAILURE_OUTPUT_LINES,
  MAX_FAILURE_OUTPUTS,
  type FailureOutput,
  type PackageResult,
  type TestCounts,
  type TestFailure
} from './types.js'

const LOCATION = /^\s+([\w.\-/]+\.go):(\d+): (.*)$/
/** go test's own frame lines around a test's output */
const FRAME = /^(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP):)/
/** a cap, so a test that prints a million lines cannot grow the results without bound */
const MAX_FAILURES = 200
/** lines kept per running test: the tail is what tells why it failed */
const TEST_TAIL_LINES = 40
/** bytes of build output kept per import path */
const MAX_BUILD_OUTPUT = 16 * 1024

interface TestEvent {
  Action?: string
  /** Go 1.24+: "error" marks the lines t.Error/t.Fatal printed, "frame" the === RUN / --- FAIL lines */
  OutputType?: string
  Package?: string
  ImportPath?: string
  Test?: string
  Output?: string
  Elapsed?: number
  FailedBuild?: string
}

/** "example.com/m/pkg [example.com/m/pkg.test]" -> "example.com/m/pkg" */
export function packageOfImportPath(importPath: string): string {
  return importPath.replace(/ \[.*\]$/, '')
}

/** One test as it ended (subtests are their own cases, as go test reports them). */
export interface TestCase {
  test: string
  action: 'pass' | 'fail' | 'skip'
  elapsedMs: number
  /** for a failed or skipped test: its last output lines */
  output: string[]
}

export class TestEventCounter {
  readonly counts: TestCounts = { passed: 0, failed: 0, skipped: 0, failedTests: [] }
  /** packages whose test binary did not build (their failure is not a test's) */
  readonly buildFailedPackages: string[] = []
  /** packages that failed with no failing test (a crash, a timeout panic, TestMain exit) */
  readonly failedPackages: string[] = []
  /** where failing tests failed: the `file.go:line: message` lines they printed */
  readonly failures: TestFailure[] = []
  /** packages whose test binary go test's own -timeout ended ("panic: test timed out after 2s") */
  readonly timedOutPackages: string[] = []
  /** the last output lines of each failed test, by `pkg.TestX` */
  readonly failedTestOutput = new Map<string, string[]>()
  private readonly packageOutput = new Map<string, string>()
  private readonly packagesWithFailedTests = new Set<string>()
  private readonly testOutput = new Map<string, string[]>()
  /** the lines Go 1.24+ marked as the test's error report (OutputType "error"), per running test */
  private readonly testErrors = new Map<string, string[]>()
  private readonly buildOutputs = new Map<string, string>()
  private readonly byPackage = new Map<string, PackageResult>()
  /** every test that ended, per package, in the order they ended (for JUnit) */
  readonly testCases = new Map<string, TestCase[]>()

  add(line: string): void {
    if (!line.startsWith('{')) {
      // Up to Go 1.23, a test binary that did not build is only this plain line on stdout.
      const plain = /^FAIL\s+(\S+) \[(build|setup) failed\]/.exec(line)
      if (plain && !this.byPackage.has(plain[1])) {
        const result = this.packageResult(plain[1])
        result.status = 'build-failed'
        this.buildFailedPackages.push(plain[1])
      }
      return
    }
    let event: TestEvent
    try {
      event = JSON.parse(line) as TestEvent
    } catch {
      return
    }
    if (event.Action === 'build-output' || event.Action === 'build-fail') {
      const importPath = event.ImportPath ?? ''
      if (event.Action === 'build-output') {
        const text = (this.buildOutputs.get(importPath) ?? '') + (event.Output ?? '')
        this.buildOutputs.set(importPath, text.slice(0, MAX_BUILD_OUTPUT))
      }
      return
    }
    const pkg = event.Package ?? ''
    if (!pkg) return
    const result = this.packageResult(pkg)
    if (event.Action === 'output' && /^panic: test timed out after /.test(event.Output ?? '')) {
      if (!this.timedOutPackages.includes(pkg)) this.timedOutPackages.push(pkg)
    }
    if (event.Action === 'output' && !event.Test) {
      this.packageOutput.set(pkg, (this.packageOutput.get(pkg) ?? '') + (event.Output ?? ''))
    }
    if (event.Action === 'output' && event.Test) {
      const key = `${pkg}\0${event.Test}`
      if (event.OutputType === 'error') {
        const errors = this.testErrors.get(key) ?? []
        if (errors.length < TEST_TAIL_LINES) errors.push(event.Output ?? '')
        this.testErrors.set(key, errors)
      }
      const lines = this.testOutput.get(key) ?? []
      lines.push(event.Output ?? '')
      if (lines.length > TEST_TAIL_LINES * 2) lines.splice(0, lines.length - TEST_TAIL_LINES)
      this.testOutput.set(key, lines)
    }
    if (!event.Test) {
      if (event.Action === 'pass' || event.Action === 'fail' || event.Action === 'skip')
        this.endPackage(result, event)
      return
    }
    if (event.Action === 'pass' || event.Action === 'fail' || event.Action === 'skip') {
      const key = `${pkg}\0${event.Test}`
      const output =
        event.Action === 'pass'
          ? []
          : (this.testOutput.get(key) ?? [])
              .map((l) => l.replace(/\n$/, ''))
              .filter((l) => !FRAME.test(l.trim()))
              .slice(-TEST_TAIL_LINES)
      const cases = this.testCases.get(pkg) ?? []
      cases.push({
        test: event.Test,
        action: event.Action,
        elapsedMs: Math.round((event.Elapsed ?? 0) * 1000),
        output
      })
      this.testCases.set(pkg, cases)
    }
    if (event.Action === 'pass') {
      this.counts.passed++
      result.passed++
      this.forget(`${pkg}\0${event.Test}`)
    } else if (event.Action === 'skip') {
      this.counts.skipped++
      result.skipped++
      this.forget(`${pkg}\0${event.Test}`)
    } else if (event.Action === 'fail') {
      this.counts.failed++
      result.failed++
      this.counts.failedTests.push(`${pkg}.${event.Test}`)
      this.packagesWithFailedTests.add(pkg)
      this.recordFailure(pkg, event.Test)
    }
  }

  private packageResult(pkg: string): PackageResult {
    let result = this.byPackage.get(pkg)
    if (!result) {
      result = {
        package: pkg,
        status: 'running',
        passed: 0,
        failed: 0,
        skipped: 0,
        cached: false,
        elapsedMs: 0
      }
      this.byPackage.set(pkg, result)
    }
    return result
  }

  private endPackage(result: PackageResult, event: TestEvent): void {
    const pkg = result.package
    const output = this.packageOutput.get(pkg) ?? ''
    result.elapsedMs = Math.round((event.Elapsed ?? 0) * 1000)
    result.cached = /^ok\s+\S+\s+\(cached\)/m.test(output)
    if (event.Action === 'skip') {
      result.status = 'no-test-files'
      return
    }
    if (event.Action === 'pass') {
      result.status = result.passed + result.failed + result.skipped === 0 ? 'no-tests' : 'passed'
      return
    }
    const buildFailed = event.FailedBuild !== undefined || /\[build failed\]|\[setup failed\]/.test(output)
    if (buildFailed && !this.packagesWithFailedTests.has(pkg)) {
      result.status = 'build-failed'
      if (event.FailedBuild) result.failedBuild = event.FailedBuild
      if (!this.buildFailedPackages.includes(pkg)) this.buildFailedPackages.push(pkg)
      return
    }
    result.status = 'failed'
    if (!this.packagesWithFailedTests.has(pkg)) this.failedPackages.push(pkg)
  }

  private forget(key: string): void {
    this.testOutput.delete(key)
    this.testErrors.delete(key)
  }

  private recordFailure(pkg: string, test: string): void {
    const key = `${pkg}\0${test}`
    const lines = (this.testOutput.get(key) ?? []).map((l) => l.replace(/\n$/, ''))
    // Go 1.24+ marks what t.Error/t.Fatal printed; before that, every `file.go:N:` line a failed
    // test printed (t.Log included) is taken as a place it failed.
    const marked = (this.testErrors.get(key) ?? []).map((l) => l.replace(/\n$/, ''))
    this.forget(key)
    this.failedTestOutput.set(`${pkg}.${test}`, lines.slice(-TEST_TAIL_LINES))
    let located = false
    for (const line of marked.length ? marked : lines) {
      const m = LOCATION.exec(line)
      if (!m) continue
      located = true
      if (this.failures.length < MAX_FAILURES)
        this.failures.push({ package: pkg, test, file: m[1], line: Number(m[2]), message: m[3] })
    }
    // A failing parent test whose subtests carry the locations adds none of its own.
    if (!located && !this.failures.some((f) => f.package === pkg && f.test.startsWith(`${test}/`))) {
      if (this.failures.length < MAX_FAILURES)
        this.failures.push({ package: pkg, test, file: '', line: 0, message: 'failed' })
    }
  }

  /**
   * With -coverprofile, go 1.22+ runs packages that have no _test.go files (to report their 0%)
   * and ends them with `pass` instead of `skip` "[no test files]": mark them as go list knows them.
   */
  markWithoutTestFiles(packages: Iterable<string>): void {
    for (const pkg of packages) {
      const result = this.byPackage.get(pkg)
      if (result && result.status === 'no-tests') result.status = 'no-test-files'
    }
  }

  /**
   * What each failure printed, for people: the failing tests (leaves only: a parent that failed
   * because a subtest did adds nothing), packages that failed with no failing test (a panic in
   * init, os.Exit in TestMain, go's -timeout: their own output), and what did not build (the
   * stream's build output, else go's stderr).
   */
  failureOutputs(stderr: string): FailureOutput[] {
    const tail = (lines: string[]) => lines.filter((l) => l.trim()).slice(-FAILURE_OUTPUT_LINES)
    const outputs: FailureOutput[] = []
    const failed = this.counts.failedTests
    for (const name of failed) {
      if (failed.some((other) => other.startsWith(`${name}/`))) continue
      // Without go's frame lines (=== RUN, --- FAIL (0.01s)), so the same failure in two cells reads the same.
      const own = (this.failedTestOutput.get(name) ?? []).filter((l) => !FRAME.test(l.trim()))
      outputs.push({ kind: 'test', name, lines: tail(own) })
    }
    for (const pkg of this.failedPackages) {
      const running = [...this.testOutput.entries()]
        .filter(([key]) => key.startsWith(`${pkg}\0`))
        .flatMap(([, lines]) => lines)
      const own = (this.packageOutput.get(pkg) ?? '').split('\n')
      outputs.push({
        kind: 'package',
        name: pkg,
        lines: tail(
          [...running, ...own].map((l) => l.replace(/\n$/, '')).filter((l) => !/^(FAIL|ok)\s/.test(l))
        )
      })
    }
    for (const pkg of this.buildFailedPackages) {
      const words = this.buildOutput(pkg) || stderr
      outputs.push({ kind: 'build', name: pkg, lines: tail(words.split('\n')) })
    }
    if (outputs.length === 0 && stderr.trim())
      outputs.push({ kind: 'build', name: 'go test', lines: tail(stderr.split('\n')) })
    return outputs.slice(0, MAX_FAILURE_OUTPUTS)
  }

  /**
   * Counts tests that passed on a rerun as passed, not failed: out of failedTests, the failure
   * places and the package counts (a package with no failure left passes). Returns the counts.
   */
  forgiveFlaky(flaky: string[]): TestCounts {
    const set = new Set(flaky)
    this.counts.failedTests = this.counts.failedTests.filter((t) => !set.has(t))
    this.counts.failed -= flaky.length
    this.counts.passed += flaky.length
    for (const name of flaky) {
      this.failedTestOutput.delete(name)
      const pkg = [...this.byPackage.keys()]
        .filter((p) => name.startsWith(`${p}.`))
        .sort((a, b) => b.length - a.length)[0]
      const result = pkg ? this.byPackage.get(pkg) : undefined
      if (!result) continue
      result.failed--
      result.passed++
      if (result.failed === 0 && result.status === 'failed') result.status = 'passed'
    }
    const failures = this.failures.filter((f) => !set.has(`${f.package}.${f.test}`))
    this.failures.splice(0, this.failures.length, ...failures)
    return this.counts
  }

  /** Every package the stream ended, in the order they ended. */
  packages(): PackageResult[] {
    return [...this.byPackage.values()].filter((p) => p.status !== 'running')
  }

  /** Packages that started but never ended (the stream was cut: a kill, a crash of go itself). */
  unfinishedPackages(): string[] {
    return [...this.byPackage.values()].filter((p) => p.status === 'running').map((p) => p.package)
  }

  /**
   * What the compiler or go said about a package that did not build: the Go 1.24+ build
   * output in the stream (its own or, for a dependency, the one FailedBuild names), or ''.
   */
  buildOutput(pkg: string): string {
    const failedBuild = this.byPackage.get(pkg)?.failedBuild
    if (failedBuild && this.buildOutputs.has(failedBuild)) return this.buildOutputs.get(failedBuild)!
    for (const [importPath, text] of this.buildOutputs) {
      if (packageOfImportPath(importPath) === pkg) return text
    }
    return ''
  }

  /** All build output the stream carried (Go 1.24+), for compile-error locations. */
  allBuildOutput(): string {
    return [...this.buildOutputs.values()].join('')
  }

  /** "test timed out after 2s, running TestHangs": go's own words for a -timeout. */
  timeoutText(pkg: string): string {
    // The panic may be printed as the package's output or as the running test's.
    const ofTests = [...this.testOutput.entries(), ...this.failedTestOutput.entries()]
      .filter(([key]) => key.startsWith(`${pkg}\0`) || key.startsWith(`${pkg}.`))
      .flatMap(([, lines]) => lines.map((l) => (l.endsWith('\n') ? l : `${l}\n`)))
    const output = (this.packageOutput.get(pkg) ?? '') + ofTests.join('')
    const after = /panic: (test timed out after \S+)/.exec(output)?.[1] ?? 'test timed out'
    const running = /running tests:\n((?:\t+\S.*\n)+)/.exec(output)?.[1]
    const tests = running
      ?.split('\n')
      .map((l) => l.trim().split(' ')[0])
      .filter(Boolean)
    return tests?.length ? `${after}, running ${tests.join(', ')}` : after
  }

  /** The last lines a package printed (e.g. "panic: test timed out"), for a cell's reason. */
  packageTail(pkg: string, lines = 2): string {
    return (this.packageOutput.get(pkg) ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^(FAIL|ok)\b/.test(l))
      .slice(0, lines)
      .join(' | ')
  }
}
