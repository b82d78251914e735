/** The cells of a run: every Go version x target x cgo mode, and the race cells beside them. */
import { describe, expect, it } from '@jest/globals'
import type { Config } from '../../src/config/config.js'
import { planCells, racePlan, type RacePlan } from '../../src/cells/plan.js'
import type { CellPlan } from '../../src/cells/types.js'
import type { TargetEmulation } from '../../src/emulation/setup.js'
import type { HostPlatform } from '../../src/toolchain/host.js'
import type { InstalledToolchain } from '../../src/toolchain/install.js'

type Target = CellPlan['target']

const t = (goos: string, goarch: string, variant = ''): Target => ({ goos, goarch, variant })
const name = (x: Target): string => [x.goos, x.goarch, x.variant].filter(Boolean).join('/')

const toolchain = (version: string): InstalledToolchain => ({
  version,
  semver: version,
  specs: [version],
  path: `/opt/go/${version}`,
  source: 'dl',
  verified: true,
  durationMs: 0
})

const host = (goos: string, goarch: string): HostPlatform => ({ goos, goarch, toolCacheArch: goarch })
const linuxAmd64 = host('linux', 'amd64')

const configOf = (targets: Target[], cgo: boolean[], race: 'auto' | 'true' | 'false' = 'auto'): Config =>
  ({ targets, cgo, race }) as unknown as Config

/** Each target's emulation, with a recognisable reason so the test can see which one a cell got. */
function emulationOf(targets: Target[]): Map<string, TargetEmulation> {
  return new Map(
    targets.map((x) => {
      const native = x.goos === 'linux' && x.goarch === 'amd64'
      return [
        name(x),
        {
          target: name(x),
          execution: native ? 'native' : x.goos === 'linux' ? 'qemu-binfmt' : 'build-only',
          reason: `reason of ${name(x)}`
        }
      ]
    })
  )
}

describe('racePlan', () => {
  it('race: false never adds race cells, on any host, with or without a compiler', () => {
    expect(racePlan(configOf([], [false], 'false'), linuxAmd64, true)).toEqual({ enabled: false })
    expect(racePlan(configOf([], [false], 'false'), host('linux', 'riscv64'), false)).toEqual({
      enabled: false
    })
  })

  it.each(['auto', 'true'] as const)(
    'race: %s on a supported host with a C compiler: enabled, no error',
    (race) => {
      expect(racePlan(configOf([], [false], race), linuxAmd64, true)).toEqual({ enabled: true })
      expect(racePlan(configOf([], [false], race), host('darwin', 'arm64'), true)).toEqual({ enabled: true })
      expect(racePlan(configOf([], [false], race), host('windows', 'amd64'), true)).toEqual({ enabled: true })
    }
  )

  it('race: true without a C compiler: enabled, carrying an error that names the missing compiler', () => {
    const plan = racePlan(configOf([], [false], 'true'), linuxAmd64, false)
    expect(plan.enabled).toBe(true)
    expect(plan.error).toMatch(/^race: true, but /)
    expect(plan.error).toContain('no C compiler is on PATH')
  })

  it('race: true on a host the race detector does not support: enabled, carrying an error naming the host', () => {
    const plan = racePlan(configOf([], [false], 'true'), host('linux', 'riscv64'), true)
    expect(plan.enabled).toBe(true)
    expect(plan.error).toBe('race: true, but the race detector does not run on linux/riscv64')
  })

  it('an unsupported host is named even when the compiler is missing too', () => {
    const plan = racePlan(configOf([], [false], 'true'), host('linux', '386'), false)
    expect(plan.error).toContain('does not run on linux/386')
  })

  it('race: auto quietly turns race off where it cannot work', () => {
    const noCompiler = racePlan(configOf([], [false], 'auto'), linuxAmd64, false)
    expect(noCompiler.enabled).toBe(false)
    expect(noCompiler.error).not.toMatch(/^race: true/)
    const badHost = racePlan(configOf([], [false], 'auto'), host('linux', 'arm'), true)
    expect(badHost.enabled).toBe(false)
  })
})

describe('planCells', () => {
  const targets = [t('linux', 'amd64'), t('linux', 'arm', 'v7'), t('windows', 'amd64')]
  const toolchains = [toolchain('1.21.13'), toolchain('1.22.8')]
  const off: RacePlan = { enabled: false }

  it('lays out every version x target x cgo in order, with ids and the target emulation', () => {
    const plans = planCells(
      configOf(targets, [false, true]),
      toolchains,
      emulationOf(targets),
      linuxAmd64,
      off
    )
    expect(plans.map((p) => p.id)).toEqual([
      'go1.21.13-linux-amd64',
      'go1.21.13-linux-amd64-cgo',
      'go1.21.13-linux-arm-v7',
      'go1.21.13-linux-arm-v7-cgo',
      'go1.21.13-windows-amd64',
      'go1.21.13-windows-amd64-cgo',
      'go1.22.8-linux-amd64',
      'go1.22.8-linux-amd64-cgo',
      'go1.22.8-linux-arm-v7',
      'go1.22.8-linux-arm-v7-cgo',
      'go1.22.8-windows-amd64',
      'go1.22.8-windows-amd64-cgo'
    ])
    for (const p of plans) {
      expect(p.race).toBe(false)
      expect(p.cgo).toBe(p.id.endsWith('-cgo'))
      expect(p.id.startsWith(`go${p.toolchain.version}-`)).toBe(true)
      expect(p.emulation.reason).toBe(`reason of ${name(p.target)}`)
    }
    expect(plans[2].target).toEqual(t('linux', 'arm', 'v7'))
    expect(plans[2].emulation.execution).toBe('qemu-binfmt')
    expect(plans[4].emulation.execution).toBe('build-only')
    expect(plans[6].toolchain.version).toBe('1.22.8')
  })

  it('keeps the cgo modes in the order given', () => {
    const plans = planCells(
      configOf([t('linux', 'amd64')], [true, false]),
      [toolchain('1.22.8')],
      emulationOf([t('linux', 'amd64')]),
      linuxAmd64,
      off
    )
    expect(plans.map((p) => p.id)).toEqual(['go1.22.8-linux-amd64-cgo', 'go1.22.8-linux-amd64'])
  })

  it('adds no race cells when race is not enabled (even with an error from race: auto)', () => {
    const plans = planCells(configOf(targets, [false]), toolchains, emulationOf(targets), linuxAmd64, {
      enabled: false,
      error: 'the race detector does not run on linux/riscv64'
    })
    expect(plans).toHaveLength(6)
    expect(plans.some((p) => p.race || p.id.endsWith('-race'))).toBe(false)
  })

  it('adds one race cell per Go version on the host target, after that version cells: native, cgo on', () => {
    const plans = planCells(
      configOf(targets, [false]),
      toolchains,
      emulationOf(targets),
      host('linux', 'arm64'),
      {
        enabled: true
      }
    )
    expect(plans.map((p) => p.id)).toEqual([
      'go1.21.13-linux-amd64',
      'go1.21.13-linux-arm-v7',
      'go1.21.13-windows-amd64',
      'go1.21.13-linux-arm64-race',
      'go1.22.8-linux-amd64',
      'go1.22.8-linux-arm-v7',
      'go1.22.8-windows-amd64',
      'go1.22.8-linux-arm64-race'
    ])
    const race = plans.filter((p) => p.race)
    expect(race).toHaveLength(2)
    for (const p of race) {
      expect(p.target).toEqual(t('linux', 'arm64'))
      expect(p.cgo).toBe(true)
      expect(p.emulation).toEqual({
        target: 'linux/arm64',
        execution: 'native',
        reason: '',
        error: undefined
      })
    }
    expect(race.map((p) => p.toolchain.version)).toEqual(['1.21.13', '1.22.8'])
  })

  it('race cell ids never carry -cgo, even though race cells build with cgo', () => {
    const plans = planCells(
      configOf([t('linux', 'amd64')], [true]),
      [toolchain('1.22.8')],
      emulationOf([t('linux', 'amd64')]),
      linuxAmd64,
      {
        enabled: true
      }
    )
    expect(plans.map((p) => p.id)).toEqual(['go1.22.8-linux-amd64-cgo', 'go1.22.8-linux-amd64-race'])
  })

  it("carries race: true's error into every race cell's emulation.error, and only there", () => {
    const race = racePlan(configOf(targets, [false], 'true'), linuxAmd64, false)
    const plans = planCells(
      configOf(targets, [false], 'true'),
      toolchains,
      emulationOf(targets),
      linuxAmd64,
      race
    )
    const raceCells = plans.filter((p) => p.race)
    expect(raceCells).toHaveLength(2)
    for (const p of raceCells) expect(p.emulation.error).toBe(race.error)
    expect(race.error).toBeTruthy()
    for (const p of plans.filter((x) => !x.race)) expect(p.emulation.error).toBeUndefined()
  })

  it('plans nothing without toolchains', () => {
    expect(
      planCells(configOf(targets, [false]), [], emulationOf(targets), linuxAmd64, { enabled: true })
    ).toEqual([])
  })
})
