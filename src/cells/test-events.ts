/**
 * Counts `go test -json` events as they stream: passed, failed and skipped tests (subtests
 * included), the failed ones named `pkg.TestX`, and packages that failed to build.
 */
import type { TestCounts } from './types.js'

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
