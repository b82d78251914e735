/** Failing tests across the matrix, and the words that say where this run saw them fail. */
import { describe, expect, it } from '@jest/globals'
import { resultOf, type CellPlan, type CellResult, type CellStatus } from '../../src/cells/types.js'
import type { Execution } from '../../src/emulation/setup.js'
import { describePattern, failingTests, flakyTests, splitTestName } from '../../src/report/failures.js'

interface CellSpec {
  go?: string
  target?: string
  cgo?: boolean
  race?: boolean
  status?: CellStatus
  execution?: Execution
  failed?: string[]
  extra?: Partial<CellResult>
}

function cell(spec: CellSpec = {}): CellResult {
  const go = spec.go ?? '1.22.8'
  const [goos, goarch, variant = ''] = (spec.target ?? 'linux/amd64').split('/')
  const cgo = spec.cgo ?? false
  const race = spec.race ?? false
  const id = [`go${go}`, goos, goarch, variant, cgo && !race ? 'cgo' : '', race ? 'race' : '']
    .filter(Boolean)
    .join('-')
  const plan = {
    id,
    toolchain: { version: go },
    target: { goos, goarch, variant },
    cgo,
    race,
    emulation: { target: spec.target, execution: spec.execution ?? 'native', reason: '' }
  } as unknown as CellPlan
  const failed = spec.failed ?? []
  const status = spec.status ?? (failed.length ? 'failed' : 'passed')
  return resultOf(plan, status, '', {
    tests: { passed: 3, failed: failed.length, skipped: 0, failedTests: failed },
    ...spec.extra
  })
}

const TEST = 'example.com/m/pkg.TestA'

describe('describePattern', () => {
  it('says "every cell" when the test failed in every cell that ran tests', () => {
    const all = [cell({ failed: [TEST] }), cell({ target: 'linux/arm64', failed: [TEST] })]
    expect(describePattern(all, all)).toBe('failed in every cell of this run (2)')
  })

  it('does not count build-only cells, or cells that did not run tests, as cells that ran it', () => {
    const failing = [cell({ failed: [TEST] }), cell({ target: 'linux/arm64', failed: [TEST] })]
    const all = [
      ...failing,
      cell({ target: 'linux/riscv64', status: 'built', execution: 'build-only' }),
      // a build-only cell is never a pass, whatever its status says
      cell({ target: 'linux/s390x', status: 'passed', execution: 'build-only' }),
      cell({ target: 'linux/386', status: 'build-failed' }),
      cell({ target: 'linux/ppc64le', status: 'skipped' }),
      cell({ target: 'linux/arm/v7', status: 'error' }),
      cell({ target: 'linux/loong64', status: 'no-tests' })
    ]
    expect(describePattern(failing, all)).toBe('failed in every cell of this run (2)')
  })

  it('names the one target when cells of the other targets ran it and passed', () => {
    const arm = cell({ target: 'linux/arm64', failed: [TEST], execution: 'qemu-binfmt' })
    const all = [
      cell(),
      arm,
      cell({ target: 'linux/386' }),
      cell({ target: 'linux/riscv64', execution: 'qemu-exec' })
    ]
    expect(describePattern([arm], all)).toBe('failed in this run only on linux/arm64 (1 of 4 cells)')
  })

  it('names a target with its variant', () => {
    const v7 = cell({ target: 'linux/arm/v7', failed: [TEST] })
    const all = [v7, cell({ target: 'linux/arm/v6' })]
    expect(describePattern([v7], all)).toBe('failed in this run only on linux/arm/v7 (1 of 2 cells)')
  })

  it('names the one Go version when the other versions ran it and passed', () => {
    const old = [
      cell({ go: '1.21.13', failed: [TEST] }),
      cell({ go: '1.21.13', target: 'linux/arm64', failed: [TEST] })
    ]
    const all = [...old, cell({ go: '1.22.8' }), cell({ go: '1.22.8', target: 'linux/arm64' })]
    expect(describePattern(old, all)).toBe('failed in this run only on go1.21.13 (2 of 4 cells)')
  })

  it('says "with cgo" when only the cgo cells failed it', () => {
    const withCgo = [cell({ cgo: true, failed: [TEST] }), cell({ go: '1.21.13', cgo: true, failed: [TEST] })]
    const all = [...withCgo, cell(), cell({ go: '1.21.13' })]
    expect(describePattern(withCgo, all)).toBe('failed in this run only with cgo (2 of 4 cells)')
  })

  it('says "without cgo" when only the cgo-off cells failed it', () => {
    const noCgo = [cell({ failed: [TEST] }), cell({ target: 'linux/arm64', failed: [TEST] })]
    const all = [...noCgo, cell({ cgo: true }), cell({ target: 'linux/arm64', cgo: true })]
    expect(describePattern(noCgo, all)).toBe('failed in this run only without cgo (2 of 4 cells)')
  })

  it('says "with -race" when only the race cell failed it', () => {
    const race = cell({ cgo: true, race: true, failed: [TEST] })
    const all = [cell(), cell({ cgo: true }), race]
    // the race cell shares its target and Go version with cells that passed; a race cell is a cgo
    // cell, so it is told apart by cgo (from the cgo-off cell) and by -race (from both)
    expect(describePattern([race], all)).toBe('failed in this run only with cgo, with -race (1 of 3 cells)')
  })

  it('names every dimension the failing cells share and the passing ones do not', () => {
    const failing = cell({ go: '1.21.13', target: 'linux/arm64', cgo: true, failed: [TEST] })
    const all = [failing, cell({ go: '1.22.8', target: 'linux/amd64' })]
    expect(describePattern([failing], all)).toBe(
      'failed in this run only on linux/arm64, on go1.21.13, with cgo (1 of 2 cells)'
    )
  })

  it('does not say "only on" a value when no cell without it ran the test', () => {
    // arm64 is the only target, so "only on linux/arm64" would say nothing; go1.21.13 does.
    const failing = cell({ go: '1.21.13', target: 'linux/arm64', failed: [TEST] })
    const all = [failing, cell({ go: '1.22.8', target: 'linux/arm64' })]
    expect(describePattern([failing], all)).toBe('failed in this run only on go1.21.13 (1 of 2 cells)')
  })

  it('does not call a build-only cell of another target a pass (no "only on" from it)', () => {
    const failing = cell({ target: 'linux/arm64', failed: [TEST] })
    const all = [failing, cell({ target: 'linux/riscv64', status: 'built', execution: 'build-only' })]
    // the only other cell never ran the test: nothing sets arm64 apart, and one cell is not "every cell"
    expect(describePattern([failing], all)).toBe('failed in 1 of 1 cells of this run')
  })

  it('falls back to "N of M cells" when no single value sets the failing cells apart', () => {
    const a = cell({ go: '1.21.13', target: 'linux/amd64', failed: [TEST] })
    const b = cell({ go: '1.22.8', target: 'linux/arm64', failed: [TEST] })
    const all = [
      a,
      b,
      cell({ go: '1.21.13', target: 'linux/arm64' }),
      cell({ go: '1.22.8', target: 'linux/amd64' })
    ]
    expect(describePattern([a, b], all)).toBe('failed in 2 of 4 cells of this run')
  })

  // BUG (src/report/failures.ts, describePattern): failing cells are compared with the cells that
  // ran tests by count only. A `timeout` cell is not counted as having run tests, yet its
  // failedTests holds the tests that failed before go test's -timeout ended another package
  // (status timeout wins over failed in judgeTestRun). With one such cell, the failing count can
  // equal the ran count while a cell that ran the test passed it, and the run is reported as
  // "failed in every cell of this run (2)" although linux/386 passed TestA.
  it('does not say "every cell" when a cell that ran the test passed it (a timeout cell among the failing)', () => {
    const native = cell({ target: 'linux/amd64', failed: [TEST] })
    const slow = cell({
      target: 'linux/arm64',
      status: 'timeout',
      execution: 'qemu-binfmt',
      failed: [TEST]
    })
    const all = [native, slow, cell({ target: 'linux/386' })]
    expect(describePattern([native, slow], all)).not.toContain('every cell')
  })
})

describe('splitTestName', () => {
  it.each([
    ['example.com/m/pkg.TestA', 'example.com/m/pkg', 'TestA'],
    ['example.com/m/pkg.TestA/sub.case', 'example.com/m/pkg', 'TestA/sub.case'],
    ['example.com/m/pkg.TestA/a/b', 'example.com/m/pkg', 'TestA/a/b'],
    ['gopkg.in/yaml.v3.TestDecode', 'gopkg.in/yaml.v3', 'TestDecode'],
    ['example.com/m.ExampleHello', 'example.com/m', 'ExampleHello'],
    ['example.com/m.FuzzParse', 'example.com/m', 'FuzzParse'],
    ['example.com/m.BenchmarkX', 'example.com/m', 'BenchmarkX'],
    ['example.com/m.Test', 'example.com/m', 'Test'],
    ['example.com/m.Test_underscore', 'example.com/m', 'Test_underscore']
  ])('%s -> %s + %s', (name, pkg, test) => {
    expect(splitTestName(name)).toEqual({ pkg, test })
  })

  it('keeps an unrecognised name whole, without a package', () => {
    expect(splitTestName('TestA')).toEqual({ pkg: '', test: 'TestA' })
    expect(splitTestName('example.com/m.helper')).toEqual({ pkg: '', test: 'example.com/m.helper' })
  })
})

describe('failingTests', () => {
  const failure = (test: string, file: string, line: number, message: string) => ({
    package: 'example.com/m/pkg',
    test,
    file,
    line,
    message
  })

  it('groups by test name across cells, with the cells, distinct locations and a pattern', () => {
    const amd = cell({
      failed: [TEST, 'example.com/m/pkg.TestB'],
      extra: {
        failures: [
          failure('TestA', 'a_test.go', 10, 'want 1'),
          failure('TestB', 'b_test.go', 5, 'boom'),
          failure('TestA', '', 0, 'no location')
        ]
      }
    })
    const arm = cell({
      target: 'linux/arm64',
      failed: [TEST],
      extra: {
        failures: [
          failure('TestA', 'a_test.go', 10, 'want 1 (again)'),
          failure('TestA', 'a_test.go', 12, 'other')
        ]
      }
    })
    const ok = cell({ target: 'linux/386' })
    const tests = failingTests([amd, ok, arm])
    expect(tests.map((x) => x.name)).toEqual([TEST, 'example.com/m/pkg.TestB'])
    const a = tests[0]
    expect(a.package).toBe('example.com/m/pkg')
    expect(a.test).toBe('TestA')
    expect(a.cells.map((c) => c.id)).toEqual([amd.id, arm.id])
    expect(a.locations.map((l) => `${l.file}:${l.line} ${l.message}`)).toEqual([
      'a_test.go:10 want 1',
      'a_test.go:12 other'
    ])
    expect(a.pattern).toBe('failed in 2 of 3 cells of this run')
    const b = tests[1]
    expect(b.cells.map((c) => c.id)).toEqual([amd.id])
    expect(b.locations.map((l) => l.file)).toEqual(['b_test.go'])
    expect(b.pattern).toBe('failed in this run only on linux/amd64 (1 of 3 cells)')
  })

  it('returns nothing when no test failed', () => {
    expect(failingTests([cell(), cell({ target: 'linux/arm64', status: 'build-failed' })])).toEqual([])
  })
})

describe('flakyTests', () => {
  it('gathers each flaky test across cells with its attempts', () => {
    const a = cell({ extra: { flaky: [{ test: `${TEST}`, attempts: ['fail', 'pass'] }] } })
    const b = cell({
      target: 'linux/arm64',
      extra: { flaky: [{ test: `${TEST}`, attempts: ['fail', 'fail', 'pass'] }] }
    })
    expect(flakyTests([a, cell({ target: 'linux/386' }), b])).toEqual([
      { test: TEST, cells: [a.id, b.id], attempts: 'fail → pass' }
    ])
  })

  it('drops a parent that failed only through its flaky subtest in the same cell', () => {
    const a = cell({
      extra: {
        flaky: [
          { test: `${TEST}/sub`, attempts: ['fail', 'pass'] },
          { test: TEST, attempts: ['fail', 'pass'] },
          { test: 'example.com/m/pkg.TestAB', attempts: ['fail', 'pass'] }
        ]
      }
    })
    // TestAB is not a subtest of TestA: the prefix is TestA/ with the slash
    expect(flakyTests([a]).map((f) => f.test)).toEqual([`${TEST}/sub`, 'example.com/m/pkg.TestAB'])
  })

  it('keeps the parent in a cell where it was flaky on its own', () => {
    const withSub = cell({
      extra: {
        flaky: [
          { test: `${TEST}/sub`, attempts: ['fail', 'pass'] },
          { test: TEST, attempts: ['fail', 'pass'] }
        ]
      }
    })
    const alone = cell({
      target: 'linux/arm64',
      extra: { flaky: [{ test: TEST, attempts: ['fail', 'pass'] }] }
    })
    const flaky = flakyTests([withSub, alone])
    expect(flaky.find((f) => f.test === TEST)?.cells).toEqual([alone.id])
  })

  it('tolerates cells without a flaky list (older results.json)', () => {
    const old = cell({ extra: { flaky: undefined as unknown as CellResult['flaky'] } })
    expect(flakyTests([old])).toEqual([])
  })
})
