/** Running cells: how many at once, in which order, and what fail-fast leaves unstarted. */
import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from '@jest/globals'
import { isFailing, scheduleCells } from '../../src/cells/schedule.js'
import { resultOf, type CellPlan, type CellResult, type CellStatus } from '../../src/cells/types.js'
import type { Execution } from '../../src/emulation/setup.js'

function plan(id: string, execution: Execution, race = false): CellPlan {
  return {
    id,
    toolchain: {
      version: '1.22.8',
      semver: '1.22.8',
      specs: ['1.22.8'],
      path: '/opt/go',
      source: 'dl',
      verified: true,
      durationMs: 0
    },
    target: { goos: 'linux', goarch: 'amd64', variant: '' },
    cgo: false,
    race,
    emulation: { target: 'linux/amd64', execution, reason: '' }
  }
}

/** A fake cell runner: records start order and concurrency, ends each cell after its delay with its status. */
function fakeRunner(
  statusOf: (id: string) => CellStatus = () => 'passed',
  delayOf: (id: string) => number = () => 5
) {
  const started: string[] = []
  const ended: string[] = []
  let running = 0
  let maxRunning = 0
  const run = async (p: CellPlan): Promise<CellResult> => {
    started.push(p.id)
    running++
    maxRunning = Math.max(maxRunning, running)
    await sleep(delayOf(p.id))
    running--
    ended.push(p.id)
    return resultOf(p, statusOf(p.id), `ran ${p.id}`)
  }
  return { run, started, ended, max: () => maxRunning }
}

describe('isFailing', () => {
  const p = plan('c', 'native')
  it.each([
    ['passed', false],
    ['built', false],
    ['no-tests', false],
    ['skipped', false],
    ['failed', true],
    ['build-failed', true],
    ['timeout', true],
    ['error', true]
  ] as Array<[CellStatus, boolean]>)('%s -> %s', (status, failing) => {
    expect(isFailing(resultOf(p, status, ''))).toBe(failing)
  })
})

describe('scheduleCells', () => {
  const plans = Array.from({ length: 9 }, (_, i) => plan(`c${i}`, 'native'))

  it.each([1, 2, 3, 4])('runs at most parallel=%i cells at once, and uses that many', async (parallel) => {
    const runner = fakeRunner()
    const results = await scheduleCells(plans, parallel, false, runner.run)
    expect(runner.max()).toBe(parallel)
    expect(results).toHaveLength(plans.length)
    expect(runner.started).toHaveLength(plans.length)
  })

  it('runs every cell once even when parallel exceeds the cell count', async () => {
    const runner = fakeRunner()
    const results = await scheduleCells(plans.slice(0, 3), 10, false, runner.run)
    expect(runner.max()).toBe(3)
    expect([...runner.started].sort()).toEqual(['c0', 'c1', 'c2'])
    expect(results.map((r) => r.id)).toEqual(['c0', 'c1', 'c2'])
  })

  it('starts emulated cells first, then native and race cells, then build-only ones (stable within each)', async () => {
    const mixed = [
      plan('build-1', 'build-only'),
      plan('native-1', 'native'),
      plan('exec-1', 'qemu-exec'),
      plan('race-1', 'native', true),
      plan('binfmt-1', 'qemu-binfmt'),
      plan('build-2', 'build-only'),
      plan('native-2', 'native'),
      plan('binfmt-2', 'qemu-binfmt')
    ]
    const runner = fakeRunner()
    await scheduleCells(mixed, 1, false, runner.run)
    expect(runner.started).toEqual([
      'exec-1',
      'binfmt-1',
      'binfmt-2',
      'native-1',
      'race-1',
      'native-2',
      'build-1',
      'build-2'
    ])
  })

  it('gives the results back in plan order, whatever order the cells ended in', async () => {
    const mixed = [
      plan('a-build', 'build-only'),
      plan('b-native', 'native'),
      plan('c-qemu', 'qemu-binfmt'),
      plan('d-native', 'native')
    ]
    // The first started cell takes longest, so cells end out of plan order.
    const delays: Record<string, number> = { 'c-qemu': 40, 'b-native': 5, 'd-native': 20, 'a-build': 1 }
    const runner = fakeRunner(undefined, (id) => delays[id])
    const results = await scheduleCells(mixed, 4, false, runner.run)
    expect(runner.ended).not.toEqual(mixed.map((p) => p.id))
    expect(results.map((r) => r.id)).toEqual(['a-build', 'b-native', 'c-qemu', 'd-native'])
    expect(results.map((r) => r.reason)).toEqual(mixed.map((p) => `ran ${p.id}`))
  })

  it('calls onStart and onEnd for each cell, onEnd with its result (skipped cells get onEnd only)', async () => {
    const runner = fakeRunner((id) => (id === 'c0' ? 'failed' : 'passed'))
    const starts: string[] = []
    const ends: Array<[string, CellStatus]> = []
    await scheduleCells(plans.slice(0, 3), 1, true, runner.run, {
      onStart: (p) => starts.push(p.id),
      onEnd: (r) => ends.push([r.id, r.status])
    })
    expect(starts).toEqual(['c0'])
    expect(ends).toEqual([
      ['c0', 'failed'],
      ['c1', 'skipped'],
      ['c2', 'skipped']
    ])
  })

  describe('fail-fast', () => {
    it('ends cells not yet started as skipped, naming the failed cell; started ones finish', async () => {
      // parallel 2: c0 fails fast while c1 is still running; c2..c5 have not started.
      const six = plans.slice(0, 6)
      const runner = fakeRunner(
        (id) => (id === 'c0' ? 'failed' : 'passed'),
        (id) => (id === 'c0' ? 5 : 30)
      )
      const results = await scheduleCells(six, 2, true, runner.run)
      expect(runner.started).toEqual(['c0', 'c1'])
      expect(results.map((r) => r.status)).toEqual([
        'failed',
        'passed',
        'skipped',
        'skipped',
        'skipped',
        'skipped'
      ])
      expect(results[1].reason).toBe('ran c1')
      for (const r of results.slice(2)) {
        expect(r.reason).toBe('fail-fast: not started after c0 failed')
        expect(r.execution).toBe('native')
      }
    })

    it.each(['build-failed', 'timeout', 'error'] as CellStatus[])(
      'a %s cell also stops the rest',
      async (status) => {
        const runner = fakeRunner((id) => (id === 'c0' ? status : 'passed'))
        const results = await scheduleCells(plans.slice(0, 3), 1, true, runner.run)
        expect(runner.started).toEqual(['c0'])
        expect(results.slice(1).map((r) => r.status)).toEqual(['skipped', 'skipped'])
      }
    )

    it.each(['built', 'no-tests', 'skipped'] as CellStatus[])(
      'a %s cell does not stop the rest',
      async (status) => {
        const runner = fakeRunner((id) => (id === 'c0' ? status : 'passed'))
        const results = await scheduleCells(plans.slice(0, 3), 1, true, runner.run)
        expect(runner.started).toEqual(['c0', 'c1', 'c2'])
        expect(results.map((r) => r.status)).toEqual([status, 'passed', 'passed'])
      }
    )

    it('names the first cell that failed, not a later one', async () => {
      const runner = fakeRunner(
        (id) => (id === 'c0' || id === 'c1' ? 'failed' : 'passed'),
        (id) => (id === 'c0' ? 5 : 20)
      )
      const results = await scheduleCells(plans.slice(0, 4), 2, true, runner.run)
      expect(results.map((r) => r.status)).toEqual(['failed', 'failed', 'skipped', 'skipped'])
      expect(results[3].reason).toBe('fail-fast: not started after c0 failed')
    })

    it('keeps naming the first failure when a second running cell fails before anything is skipped', async () => {
      // Both cells end at once (no timer), so both failures are recorded before c2 is looked at.
      const started: string[] = []
      const run = async (p: CellPlan): Promise<CellResult> => {
        started.push(p.id)
        return resultOf(p, p.id === 'c2' ? 'passed' : 'failed', '')
      }
      const results = await scheduleCells(plans.slice(0, 3), 2, true, run)
      expect(started).toEqual(['c0', 'c1'])
      expect(results.map((r) => r.status)).toEqual(['failed', 'failed', 'skipped'])
      expect(results[2].reason).toBe('fail-fast: not started after c0 failed')
    })

    it('names the failed cell by id when cells run in schedule order, not plan order', async () => {
      const mixed = [plan('n', 'native'), plan('q', 'qemu-exec'), plan('b', 'build-only')]
      const runner = fakeRunner((id) => (id === 'q' ? 'failed' : 'passed'))
      const results = await scheduleCells(mixed, 1, true, runner.run)
      expect(runner.started).toEqual(['q'])
      expect(results.map((r) => `${r.id}:${r.status}`)).toEqual(['n:skipped', 'q:failed', 'b:skipped'])
      expect(results[0].reason).toContain('after q failed')
    })

    it('without fail-fast, every cell runs after a failure', async () => {
      const runner = fakeRunner((id) => (id === 'c0' ? 'failed' : 'passed'))
      const results = await scheduleCells(plans.slice(0, 4), 1, false, runner.run)
      expect(runner.started).toEqual(['c0', 'c1', 'c2', 'c3'])
      expect(results.map((r) => r.status)).toEqual(['failed', 'passed', 'passed', 'passed'])
    })
  })
})
