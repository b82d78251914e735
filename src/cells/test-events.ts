/**
 * Counts `go test -json` events as they stream: passed, failed and skipped tests (subtests
 * included), the failed ones named `pkg.TestX`, and packages that failed to build.
 */
import type { TestCounts, TestFailure } from './types.js'

const LOCATION = /^\s+([\w.\-/]+\.go):(\d+): (.*)$/
/** a cap, so a test that prints a million lines cannot grow the results without bound */
const MAX_FAILURES = 200

interface TestEvent {
  Action?: string
  Package?: string
  Test?: string
  Output?: string
}

export class TestEventCounter {
  readonly counts: TestCounts = { passed: 0, failed: 0, skipped: 0, failedTests: [] }
  /** packages whose test binary did not build (their failure is not a test's) */
  readonly buildFailedPackages: string[] = []
  /** packages that failed with no failing test (a crash, a timeout panic, TestMain exit) */
  readonly failedPackages: string[] = []
  private readonly packageOutput = new Map<string, string>()
  private readonly packagesWithFailedTests = new Set<string>()
  private readonly testOutput = new Map<string, string[]>()
  /** where failing tests failed: the `file.go:line: message` lines they printed */
  readonly failures: TestFailure[] = []

  add(line: string): void {
    if (!line.startsWith('{')) return
    let event: TestEvent
    try {
      event = JSON.parse(line) as TestEvent
    } catch {
      return
    }
    const pkg = event.Package ?? ''
    if (event.Action === 'output' && !event.Test) {
      this.packageOutput.set(pkg, (this.packageOutput.get(pkg) ?? '') + (event.Output ?? ''))
    }
    if (event.Action === 'output' && event.Test) {
      const key = `${pkg}\0${event.Test}`
      const lines = this.testOutput.get(key) ?? []
      if (lines.length < 50) lines.push(event.Output ?? '')
      this.testOutput.set(key, lines)
    }
    if (event.Action === 'build-fail') this.buildFailedPackages.push(event.Package ?? '')
    if (!event.Test) {
      if (event.Action === 'fail' && !this.packagesWithFailedTests.has(pkg)) {
        const output = this.packageOutput.get(pkg) ?? ''
        if (/\[build failed\]|\[setup failed\]/.test(output)) {
          if (!this.buildFailedPackages.includes(pkg)) this.buildFailedPackages.push(pkg)
        } else this.failedPackages.push(pkg)
      }
      return
    }
    if (event.Action === 'pass') this.counts.passed++
    else if (event.Action === 'skip') this.counts.skipped++
    else if (event.Action === 'fail') {
      this.counts.failed++
      this.counts.failedTests.push(`${pkg}.${event.Test}`)
      this.packagesWithFailedTests.add(pkg)
      this.recordFailure(pkg, event.Test)
    }
  }

  private recordFailure(pkg: string, test: string): void {
    const lines = this.testOutput.get(`${pkg}\0${test}`) ?? []
    this.testOutput.delete(`${pkg}\0${test}`)
    for (const line of lines) {
      const m = LOCATION.exec(line.replace(/\n$/, ''))
      if (m && this.failures.length < MAX_FAILURES) {
        this.failures.push({ package: pkg, test, file: m[1], line: Number(m[2]), message: m[3] })
      }
    }
    // A failing parent test whose subtests carry the locations adds none of its own.
    if (
      !lines.some((l) => LOCATION.test(l)) &&
      !this.failures.some((f) => f.package === pkg && f.test.startsWith(`${test}/`))
    ) {
      if (this.failures.length < MAX_FAILURES)
        this.failures.push({ package: pkg, test, file: '', line: 0, message: 'failed' })
    }
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
