/** mode: plan: the matrix entries, the cells each one runs, and who owns the race cells. */
import { describe, expect, it } from '@jest/globals'
import type { Config } from '../../src/config/config.js'
import type { CellPlan } from '../../src/cells/types.js'
import { missingPlannedCells, planMatrix, type PlanFile } from '../../src/plan/matrix.js'

type Target = CellPlan['target']

const t = (goos: string, goarch: string, variant = ''): Target => ({ goos, goarch, variant })

function configOf(
  opts: {
    targets: Target[]
    cgo?: boolean[]
    race?: 'auto' | 'true' | 'false'
    granularity?: 'target' | 'cell'
    runnerMap?: Record<string, string>
  } = { targets: [] }
): Config {
  return {
    targets: opts.targets,
    cgo: opts.cgo ?? [false],
    race: opts.race ?? 'auto',
    planGranularity: opts.granularity ?? 'target',
    packages: ['./...'],
    runnerMap: new Map(Object.entries(opts.runnerMap ?? {}))
  } as unknown as Config
}

const versions = ['1.21.13', '1.22.8']

describe('planMatrix, granularity target', () => {
  const config = configOf({
    targets: [t('linux', 'arm64'), t('linux', 'amd64'), t('linux', 'arm', 'v7')],
    cgo: [false, true],
    race: 'true',
    runnerMap: { 'linux/arm64': 'ubuntu-24.04-arm' }
  })
  const plan = planMatrix(config, versions)

  it('makes one entry per target, each with every version and every cgo mode', () => {
    expect(plan.include.map((e) => e.targets)).toEqual(['linux/arm64', 'linux/amd64', 'linux/arm/v7'])
    for (const e of plan.include) {
      expect(e['go-versions']).toBe('1.21.13, 1.22.8')
      expect(e.cgo).toBe('0,1')
    }
  })

  it('names each entry by its target alone (no version or cgo label when the entry holds them all)', () => {
    expect(plan.include.map((e) => e.name)).toEqual(['linux/arm64', 'linux/amd64', 'linux/arm/v7'])
  })

  it('lists the ids of the cells each entry runs, version x cgo', () => {
    expect(plan.include[2].cells).toBe(
      'go1.21.13-linux-arm-v7 go1.21.13-linux-arm-v7-cgo go1.22.8-linux-arm-v7 go1.22.8-linux-arm-v7-cgo'
    )
  })

  it('returns every cell with its job, matching the cells field', () => {
    expect(plan.cells).toHaveLength(3 * 2 * 2)
    for (const e of plan.include) {
      const mine = plan.cells.filter((c) => c.job === e.name)
      expect(mine.map((c) => c.id).join(' ')).toBe(e.cells)
    }
    expect(plan.cells[0]).toEqual({
      id: 'go1.21.13-linux-arm64',
      go: '1.21.13',
      target: t('linux', 'arm64'),
      cgo: false,
      job: 'linux/arm64'
    })
    expect(plan.cells.find((c) => c.id === 'go1.22.8-linux-amd64-cgo')).toMatchObject({
      go: '1.22.8',
      cgo: true,
      job: 'linux/amd64'
    })
  })

  it('keeps race only on the entry holding linux/amd64, even when it is not the first', () => {
    expect(plan.include.map((e) => e.race)).toEqual(['false', 'true', 'false'])
  })

  it('passes the race input through as given on the owner (auto stays auto)', () => {
    const auto = planMatrix(
      configOf({ targets: [t('linux', 'amd64'), t('linux', 'arm64')], race: 'auto' }),
      versions
    )
    expect(auto.include.map((e) => e.race)).toEqual(['auto', 'false'])
    const off = planMatrix(configOf({ targets: [t('linux', 'amd64')], race: 'false' }), versions)
    expect(off.include.map((e) => e.race)).toEqual(['false'])
  })

  it('without linux/amd64, the first entry owns race', () => {
    const p = planMatrix(
      configOf({ targets: [t('linux', 'arm64'), t('linux', 'riscv64')], race: 'true' }),
      versions
    )
    expect(p.include.map((e) => e.race)).toEqual(['true', 'false'])
  })

  it('sets runs-on only for targets named in runner-map', () => {
    expect(plan.include[0]['runs-on']).toBe('ubuntu-24.04-arm')
    expect('runs-on' in plan.include[1]).toBe(false)
    expect('runs-on' in plan.include[2]).toBe(false)
  })

  it('names an entry with its version when only one version is planned', () => {
    const one = planMatrix(configOf({ targets: [t('linux', 'amd64')] }), ['1.22.8'])
    expect(one.include[0].name).toBe('go1.22.8 linux/amd64')
    expect(one.include[0].cells).toBe('go1.22.8-linux-amd64')
    expect(one.cells[0].job).toBe('go1.22.8 linux/amd64')
  })
})

describe('planMatrix, granularity cell', () => {
  const config = configOf({
    targets: [t('linux', 'arm64'), t('linux', 'amd64')],
    cgo: [false, true],
    race: 'true',
    granularity: 'cell',
    runnerMap: { 'linux/arm64': 'ubuntu-24.04-arm' }
  })
  const plan = planMatrix(config, versions)

  it('makes one entry per version x target x cgo, in that order, each running one cell', () => {
    expect(plan.include.map((e) => e.cells)).toEqual([
      'go1.21.13-linux-arm64',
      'go1.21.13-linux-arm64-cgo',
      'go1.21.13-linux-amd64',
      'go1.21.13-linux-amd64-cgo',
      'go1.22.8-linux-arm64',
      'go1.22.8-linux-arm64-cgo',
      'go1.22.8-linux-amd64',
      'go1.22.8-linux-amd64-cgo'
    ])
    expect(plan.include.map((e) => e['go-versions'])).toEqual([
      '1.21.13',
      '1.21.13',
      '1.21.13',
      '1.21.13',
      '1.22.8',
      '1.22.8',
      '1.22.8',
      '1.22.8'
    ])
    expect(plan.include.map((e) => e.cgo)).toEqual(['0', '1', '0', '1', '0', '1', '0', '1'])
  })

  it('names each entry by version, target and cgo mode; the cells carry that job name', () => {
    expect(plan.include.map((e) => e.name)).toEqual([
      'go1.21.13 linux/arm64 cgo=0',
      'go1.21.13 linux/arm64 cgo=1',
      'go1.21.13 linux/amd64 cgo=0',
      'go1.21.13 linux/amd64 cgo=1',
      'go1.22.8 linux/arm64 cgo=0',
      'go1.22.8 linux/arm64 cgo=1',
      'go1.22.8 linux/amd64 cgo=0',
      'go1.22.8 linux/amd64 cgo=1'
    ])
    expect(plan.cells.map((c) => `${c.id} @ ${c.job}`)).toEqual(
      plan.include.map((e) => `${e.cells} @ ${e.name}`)
    )
    expect(new Set(plan.include.map((e) => e.name)).size).toBe(plan.include.length)
  })

  it('leaves the cgo label out when only one cgo mode is planned', () => {
    const p = planMatrix(
      configOf({ targets: [t('linux', 'amd64')], cgo: [true], granularity: 'cell' }),
      versions
    )
    expect(p.include.map((e) => e.name)).toEqual(['go1.21.13 linux/amd64', 'go1.22.8 linux/amd64'])
    expect(p.include.map((e) => e.cells)).toEqual(['go1.21.13-linux-amd64-cgo', 'go1.22.8-linux-amd64-cgo'])
  })

  it('gives race to exactly one entry per Go version: its first linux/amd64 one', () => {
    const owners = plan.include.filter((e) => e.race !== 'false')
    expect(owners.map((e) => e.name)).toEqual(['go1.21.13 linux/amd64 cgo=0', 'go1.22.8 linux/amd64 cgo=0'])
    expect(owners.map((e) => e.race)).toEqual(['true', 'true'])
  })

  it('sets runs-on per entry from runner-map', () => {
    expect(plan.include.map((e) => e['runs-on'] ?? '-')).toEqual([
      'ubuntu-24.04-arm',
      'ubuntu-24.04-arm',
      '-',
      '-',
      'ubuntu-24.04-arm',
      'ubuntu-24.04-arm',
      '-',
      '-'
    ])
  })

  // Found by this suite: the cell branch once looked for linux/amd64 only, with no fallback.
  it('without linux/amd64, the first entry of each Go version owns race (as with granularity target)', () => {
    const p = planMatrix(
      configOf({
        targets: [t('linux', 'arm64'), t('linux', 'riscv64')],
        race: 'true',
        granularity: 'cell'
      }),
      versions
    )
    expect(p.include.filter((e) => e.race === 'true').map((e) => e.name)).toEqual([
      'go1.21.13 linux/arm64',
      'go1.22.8 linux/arm64'
    ])
  })
})

describe('missingPlannedCells', () => {
  const plan: PlanFile = planMatrix(
    configOf({ targets: [t('linux', 'amd64'), t('linux', 'arm64')] }),
    versions
  )

  it('returns the planned cells no results hold, in plan order, with their job', () => {
    const missing = missingPlannedCells(plan, new Set(['go1.21.13-linux-amd64', 'go1.22.8-linux-amd64']))
    expect(missing.map((c) => `${c.id} (${c.job})`)).toEqual([
      'go1.21.13-linux-arm64 (linux/arm64)',
      'go1.22.8-linux-arm64 (linux/arm64)'
    ])
  })

  it('returns nothing when every planned cell has results, extra results (race cells) aside', () => {
    const found = new Set([...plan.cells.map((c) => c.id), 'go1.22.8-linux-amd64-race'])
    expect(missingPlannedCells(plan, found)).toEqual([])
  })

  it('returns every planned cell when nothing was found', () => {
    expect(missingPlannedCells(plan, new Set())).toEqual(plan.cells)
  })
})
