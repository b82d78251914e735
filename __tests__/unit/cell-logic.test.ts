/** The branchy parts of a cell: how go test and go list are called, and how a run is judged. */
import { describe, expect, it } from '@jest/globals'
import type { Config } from '../../src/config/config.js'
import { buildableMains, parsePackageList, type ListedPackage } from '../../src/go/go.js'
import {
  hasFlag,
  judgeTestRun,
  testArgs,
  testCacheText,
  testTimeoutSeconds
} from '../../src/cells/run-cell.js'
import { TestEventCounter } from '../../src/cells/test-events.js'
import type { CellPlan, PackageResult } from '../../src/cells/types.js'
import { missingPlannedCells, type PlanFile } from '../../src/plan/matrix.js'

const config = {
  buildFlags: ['-trimpath'],
  tags: ['integration'],
  testFlags: ['-run', 'TestX', '-v'],
  packages: ['./...', './cmd/tool']
} as unknown as Config
const plan = (execution: string, race = false) =>
  ({
    race,
    emulation: { execution, qemu: '/usr/bin/qemu-aarch64-static', reason: 'no QEMU' }
  }) as unknown as CellPlan

describe('go test arguments', () => {
  it('puts the packages where go test reads them: after its flags, before the test flags, never after --', () => {
    const args = testArgs(config, plan('native'), {
      coverProfile: '/o/c.out',
      trueBinary: '/bin/true',
      remainingMs: 600_000
    })
    expect(args).not.toContain('--')
    expect(args.slice(0, 2)).toEqual(['test', '-json'])
    const first = args.indexOf('./...')
    expect(args.slice(first)).toEqual(['./...', './cmd/tool', '-run', 'TestX', '-v'])
    expect(args.slice(0, first)).toEqual([
      'test',
      '-json',
      '-trimpath',
      '-coverprofile=/o/c.out',
      '-tags=integration',
      '-count=1',
      '-timeout=570s'
    ])
  })

  it('runs foreign tests through -exec, compiles only in build-only cells, keeps the user -count and -timeout', () => {
    expect(testArgs(config, plan('qemu-exec'), { trueBinary: '/bin/true', remainingMs: 60_000 })).toContain(
      '-exec=/usr/bin/qemu-aarch64-static'
    )
    const buildOnly = testArgs(config, plan('build-only'), {
      trueBinary: '/usr/bin/true',
      remainingMs: 60_000
    })
    expect(buildOnly).toEqual(expect.arrayContaining(['-run=^$', '-exec=/usr/bin/true']))
    const own = { ...config, testFlags: ['-count=3', '--timeout', '2m'] } as Config
    const args = testArgs(own, plan('native', true), { trueBinary: '/bin/true', remainingMs: 60_000 })
    expect(args).toContain('-race')
    expect(args.filter((a) => a.startsWith('-count') || a.startsWith('-timeout'))).toEqual(['-count=3'])
  })

  // go's test cache keys on the -timeout value: a timeout from the time left would miss every run.
  it('with test-cache, drops -count=1 and takes -timeout from the cell timeout, the same in every run', () => {
    const cached = { ...config, testCache: true, cellTimeoutMs: 10 * 60_000 } as Config
    const first = testArgs(cached, plan('native'), { trueBinary: '/bin/true', remainingMs: 599_000 })
    const later = testArgs(cached, plan('native'), { trueBinary: '/bin/true', remainingMs: 431_000 })
    expect(first).toEqual(later)
    expect(first).not.toContain('-count=1')
    expect(first).toContain('-timeout=570s')
    const uncached = { ...cached, testCache: false } as Config
    expect(testArgs(uncached, plan('native'), { trueBinary: '/bin/true', remainingMs: 431_000 })).toEqual(
      expect.arrayContaining(['-count=1', '-timeout=401s'])
    )
  })

  it("says how much go test's cache answered, counting only packages that have tests and built", () => {
    const pkg = (status: PackageResult['status'], cached: boolean) =>
      ({ package: 'p', status, cached, passed: 1, failed: 0, skipped: 0, elapsedMs: 0 }) as PackageResult
    expect(testCacheText([pkg('passed', false), pkg('no-test-files', false)])).toBe('')
    expect(testCacheText([pkg('passed', true), pkg('no-tests', true), pkg('no-test-files', false)])).toBe(
      "every package (2) answered from go test's cache: no test ran in this run (test-cache: true)"
    )
    expect(testCacheText([pkg('passed', true), pkg('passed', false)])).toBe(
      "1 of 2 packages answered from go test's cache (test-cache: true)"
    )
  })

  it('gives go test a -timeout under the cell budget', () => {
    expect(testTimeoutSeconds(30 * 60_000)).toBe(1770)
    expect(testTimeoutSeconds(60_000)).toBe(54)
    expect(testTimeoutSeconds(100)).toBe(1)
    expect(hasFlag(['-test.run=x'], 'run')).toBe(true)
    expect(hasFlag(['-runner'], 'run')).toBe(false)
  })
})

describe('go list', () => {
  const out = [
    'example.com/m/cmd/tool\tmain\t/m/cmd/tool\t1\t0\t\t\t',
    'example.com/m/dynamic\tmain\t/m/dynamic\t0\t0\tdynamic_test.go\t\t"build constraints exclude all Go files in /m/dynamic"',
    'example.com/m/lib\tlib\t/m/lib\t2\t1\tlib_test.go,more_test.go\tx_test.go\t'
  ].join('\n')

  it('parses packages with their test files and go error, and picks what go build would link', () => {
    const listed = parsePackageList(out)
    expect(listed[1]).toEqual({
      importPath: 'example.com/m/dynamic',
      name: 'main',
      dir: '/m/dynamic',
      goFiles: 0,
      testGoFiles: ['dynamic_test.go'],
      xTestGoFiles: [],
      error: 'build constraints exclude all Go files in /m/dynamic'
    })
    expect(listed[2]).toMatchObject({
      goFiles: 3,
      testGoFiles: ['lib_test.go', 'more_test.go'],
      xTestGoFiles: ['x_test.go']
    })
    // a package main with only _test.go files is no binary
    expect(buildableMains(listed).map((p) => p.importPath)).toEqual(['example.com/m/cmd/tool'])
  })
})

const ev = (o: Record<string, unknown>) => JSON.stringify(o)
const listed = (...paths: string[]): ListedPackage[] =>
  paths.map((importPath) => ({
    importPath,
    name: 'x',
    dir: '/nonexistent',
    goFiles: 1,
    testGoFiles: [],
    xTestGoFiles: [],
    error: ''
  }))
const facts = (lines: string[], code: number, pkgs: ListedPackage[], extra = {}) => {
  const counter = new TestEventCounter()
  for (const l of lines) counter.add(l)
  return {
    code,
    stderr: '',
    counter,
    listed: pkgs,
    patterns: ['./...'],
    testFlags: [],
    buildOnly: false,
    buildOnlyReason: '',
    ...extra
  }
}
const passedPkg = (pkg: string) => [
  ev({ Action: 'run', Package: pkg, Test: 'TestA' }),
  ev({ Action: 'pass', Package: pkg, Test: 'TestA' }),
  ev({ Action: 'output', Package: pkg, Output: `ok  \t${pkg}\t0.01s\n` }),
  ev({ Action: 'pass', Package: pkg, Elapsed: 0.01 })
]

describe('judging a cell', () => {
  it('passes only when every listed package was reported', async () => {
    expect(await judgeTestRun(facts(passedPkg('m/a'), 0, listed('m/a')))).toEqual({
      status: 'passed',
      reason: ''
    })
    // the `--` bug: go test tested the root package alone while go list had three
    const verdict = await judgeTestRun(facts(passedPkg('m'), 0, listed('m', 'm/a', 'm/b')))
    expect(verdict.status).toBe('error')
    expect(verdict.reason).toContain('did not report 2 of 3 requested packages (m/a, m/b)')
  })

  it('says built, not passed, for a build-only cell, and says plainly when nothing was tested', async () => {
    expect(
      (
        await judgeTestRun(
          facts(passedPkg('m/a'), 0, listed('m/a'), { buildOnly: true, buildOnlyReason: 'no QEMU' })
        )
      ).status
    ).toBe('built')
    const none = [
      ev({ Action: 'output', Package: 'm/a', Output: '?   \tm/a\t[no test files]\n' }),
      ev({ Action: 'skip', Package: 'm/a' })
    ]
    expect(await judgeTestRun(facts(none, 0, listed('m/a')))).toEqual({
      status: 'no-tests',
      reason: 'nothing tested: no test ran in any of 1 packages (1 without test files)'
    })
    expect((await judgeTestRun(facts([], 0, []))).reason).toBe('nothing tested: ./... matched no packages')
  })

  it('names the failing tests, crashed packages and the compiler words of a build failure', async () => {
    const failing = [
      ev({ Action: 'run', Package: 'm/a', Test: 'TestB' }),
      ev({ Action: 'output', Package: 'm/a', Test: 'TestB', Output: '    a_test.go:9: want 2\n' }),
      ev({ Action: 'fail', Package: 'm/a', Test: 'TestB' }),
      ev({ Action: 'fail', Package: 'm/a' })
    ]
    expect(await judgeTestRun(facts(failing, 1, listed('m/a')))).toEqual({
      status: 'failed',
      reason: '1 failed: m/a.TestB'
    })
    const build = [
      ev({ ImportPath: 'm/a [m/a.test]', Action: 'build-output', Output: '# m/a [m/a.test]\n' }),
      ev({
        ImportPath: 'm/a [m/a.test]',
        Action: 'build-output',
        Output: './a_test.go:5:2: undefined: nope\n'
      }),
      ev({ ImportPath: 'm/a [m/a.test]', Action: 'build-fail' }),
      ev({ Action: 'start', Package: 'm/a' }),
      ev({ Action: 'output', Package: 'm/a', Output: 'FAIL\tm/a [build failed]\n' }),
      ev({ Action: 'fail', Package: 'm/a', FailedBuild: 'm/a [m/a.test]' })
    ]
    expect(await judgeTestRun(facts(build, 1, listed('m/a')))).toEqual({
      status: 'build-failed',
      reason: 'go test did not build m/a: ./a_test.go:5:2: undefined: nope'
    })
  })
})

describe('merge against the plan', () => {
  it('names every planned cell without results, with its job', () => {
    const target = { goos: 'linux', goarch: 'arm64', variant: '' }
    const plan: PlanFile = {
      include: [],
      cells: [
        { id: 'go1.22.8-linux-arm64', go: '1.22.8', target, cgo: false, job: 'linux/arm64' },
        {
          id: 'go1.22.8-linux-amd64',
          go: '1.22.8',
          target: { ...target, goarch: 'amd64' },
          cgo: false,
          job: 'linux/amd64'
        }
      ]
    }
    expect(missingPlannedCells(plan, new Set(['go1.22.8-linux-amd64'])).map((c) => [c.id, c.job])).toEqual([
      ['go1.22.8-linux-arm64', 'linux/arm64']
    ])
  })
})
