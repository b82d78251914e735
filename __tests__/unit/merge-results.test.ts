/** mode: merge: several jobs' results.json as one. */
import { describe, expect, it } from '@jest/globals'
import { resultOf, type CellPlan, type CellResult, type CellStatus } from '../../src/cells/types.js'
import type { TargetEmulation } from '../../src/emulation/setup.js'
import { mergeResults } from '../../src/merge/merge-results.js'
import type { Results, ToolchainRecord } from '../../src/report/results.js'

function cell(id: string, status: CellStatus, reason = ''): CellResult {
  const [go, goos, goarch] = id.replace(/^go/, '').split('-')
  const plan = {
    id,
    toolchain: { version: go, path: `/go/${go}` },
    target: { goos, goarch, variant: '' },
    cgo: id.endsWith('-cgo'),
    race: id.endsWith('-race'),
    emulation: { target: `${goos}/${goarch}`, execution: 'native', reason: '' }
  } as unknown as CellPlan
  return resultOf(plan, status, reason)
}

function toolchain(version: string, path = `/go/${version}`): ToolchainRecord {
  return {
    version,
    spec: version,
    path,
    source: 'dl',
    sha256: null,
    h1: null,
    verified: true,
    durationMs: 1
  }
}

const emu = (target: string, execution: TargetEmulation['execution'], reason = ''): TargetEmulation => ({
  target,
  execution,
  reason
})

function results(
  cells: CellResult[],
  toolchains: ToolchainRecord[] = [],
  emulation?: TargetEmulation[],
  passed = true
): Results {
  // Only what merge reads (and a `passed` it must not trust); the rest of results.json is cast away.
  return {
    schemaVersion: 1,
    passed,
    mode: 'run',
    toolchains,
    emulation,
    cells
  } as unknown as Results
}

describe('mergeResults', () => {
  it('sorts the cells of every part by id', () => {
    const merged = mergeResults([
      results([cell('go1.22.8-linux-arm64', 'passed'), cell('go1.21.13-linux-arm64', 'passed')]),
      results([cell('go1.22.8-linux-amd64', 'passed'), cell('go1.21.13-linux-amd64-cgo', 'passed')])
    ])
    expect(merged.cells.map((c) => c.id)).toEqual([
      'go1.21.13-linux-amd64-cgo',
      'go1.21.13-linux-arm64',
      'go1.22.8-linux-amd64',
      'go1.22.8-linux-arm64'
    ])
  })

  it('keeps the later record of a cell id seen twice (a re-run job), once', () => {
    const merged = mergeResults([
      results([
        cell('go1.22.8-linux-arm64', 'failed', 'first attempt'),
        cell('go1.22.8-linux-amd64', 'passed', 'a')
      ]),
      results([cell('go1.22.8-linux-arm64', 'passed', 'second attempt')])
    ])
    expect(merged.cells.map((c) => `${c.id}:${c.status}:${c.reason}`)).toEqual([
      'go1.22.8-linux-amd64:passed:a',
      'go1.22.8-linux-arm64:passed:second attempt'
    ])
    expect(merged.passed).toBe(true)
  })

  it('a later failing record replaces an earlier passing one, and fails the merge', () => {
    const merged = mergeResults([
      results([cell('go1.22.8-linux-arm64', 'passed', 'first')]),
      results([cell('go1.22.8-linux-arm64', 'timeout', 'second')])
    ])
    expect(merged.cells).toHaveLength(1)
    expect(merged.cells[0].reason).toBe('second')
    expect(merged.passed).toBe(false)
  })

  it('unions toolchains by version, the first record winning', () => {
    const merged = mergeResults([
      results([], [toolchain('1.22.8', '/first/1.22.8')]),
      results([], [toolchain('1.21.13'), toolchain('1.22.8', '/second/1.22.8')])
    ])
    expect(merged.toolchains.map((t) => `${t.version} ${t.path}`)).toEqual([
      '1.22.8 /first/1.22.8',
      '1.21.13 /go/1.21.13'
    ])
  })

  it('unions emulation by target, the first record winning, and accepts parts without emulation', () => {
    const merged = mergeResults([
      results([], [], [emu('linux/arm64', 'native')]),
      results([], [], undefined),
      results(
        [],
        [],
        [emu('linux/arm64', 'qemu-binfmt', 'binfmt_misc'), emu('linux/riscv64', 'qemu-exec', 'exec')]
      )
    ])
    expect(merged.emulation).toEqual([
      emu('linux/arm64', 'native'),
      emu('linux/riscv64', 'qemu-exec', 'exec')
    ])
  })

  it.each([
    ['passed', true],
    ['built', true],
    ['no-tests', true],
    ['skipped', true],
    ['failed', false],
    ['build-failed', false],
    ['timeout', false],
    ['error', false]
  ] as Array<[CellStatus, boolean]>)(
    'recomputes passed from the cells: one %s cell -> %s',
    (status, passed) => {
      // The parts' own `passed` says the opposite: merge must not copy it.
      const merged = mergeResults([
        results([cell('go1.22.8-linux-amd64', 'passed')], [], [], !passed),
        results([cell('go1.22.8-linux-arm64', status)], [], [], !passed)
      ])
      expect(merged.passed).toBe(passed)
    }
  )

  it('merges nothing into an empty, passing result', () => {
    expect(mergeResults([])).toEqual({ cells: [], toolchains: [], emulation: [], passed: true })
  })
})
