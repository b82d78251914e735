/**
 * Flaky reruns (`rerun-fails: N`, like gotestsum's --rerun-fails): after a cell's go test, only
 * its failed tests run again, package by package, with `-run '^(TestA|TestB)$'` (a failed
 * subtest reruns its top-level test, subtests and all), up to N times while any still fails.
 * A test that passes on a rerun is flaky, with every attempt's result kept. Build failures and
 * packages that failed with no failing test (a crash, a timeout) are never rerun: they are not a
 * test's verdict.
 */
import type { Go } from '../go/go.js'
import { TestEventCounter } from './test-events.js'
import type { ProcessResult } from '../util/process.js'

export interface RerunOutcome {
  /** `pkg.TestX` (subtests included) -> result of each attempt, first run included: ['fail', 'pass'] */
  attempts: Map<string, string[]>
  /** the tests that passed on a rerun */
  flaky: string[]
  /** the tests that failed on every attempt */
  stillFailing: string[]
}

/** "pkg.TestA/sub" -> { pkg, top: "TestA" } (test names hold no dots; import paths may). */
function split(name: string): { pkg: string; top: string } {
  const m = /^(.+)\.((?:Test|Example|Fuzz)[^/]*)(\/.*)?$/.exec(name)
  return m ? { pkg: m[1], top: m[2] } : { pkg: '', top: name }
}

export async function rerunFailedTests(
  failedTests: string[],
  times: number,
  /** go test's arguments for one package and a -run pattern (flags, the package, test-flags, -run last) */
  argsFor: (pkg: string, run: string) => string[],
  go: Go,
  check: (r: ProcessResult, during: string) => ProcessResult
): Promise<RerunOutcome> {
  const attempts = new Map(failedTests.map((t) => [t, ['fail']]))
  let failing = [...failedTests]
  for (let attempt = 1; attempt <= times && failing.length; attempt++) {
    const byPackage = new Map<string, Set<string>>()
    for (const name of failing) {
      const { pkg, top } = split(name)
      if (!pkg) continue
      byPackage.set(pkg, (byPackage.get(pkg) ?? new Set()).add(top))
    }
    const stillFailing: string[] = []
    for (const [pkg, tops] of byPackage) {
      const counter = new TestEventCounter()
      const run = `^(${[...tops].sort().join('|')})$`
      check(
        await go.run(argsFor(pkg, run), { onStdoutLine: (l) => counter.add(l), captureStdout: false }),
        'rerun'
      )
      const failedNow = new Set(counter.counts.failedTests)
      const ran = new Set((counter.testCases.get(pkg) ?? []).map((c) => `${pkg}.${c.test}`))
      for (const name of failing.filter((n) => split(n).pkg === pkg)) {
        // A test that did not run again (its parent failed before reaching it) still fails.
        const result = failedNow.has(name) || !ran.has(name) ? 'fail' : 'pass'
        attempts.get(name)!.push(result)
        if (result === 'fail') stillFailing.push(name)
      }
    }
    failing = stillFailing
  }
  const flaky = failedTests.filter((t) => attempts.get(t)!.includes('pass'))
  return { attempts, flaky, stillFailing: failing }
}
