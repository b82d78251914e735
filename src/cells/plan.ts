/**
 * The cells of a run: every Go version x target x cgo mode, plus one `-race` cell per Go version
 * on the host when race detection can work there (native, cgo on, a C compiler); with several
 * modules, all of that once per module.
 */
import type { Config } from '../config/config.js'
import { raceSupported, targetName, type Target } from '../platform/platforms.js'
import type { TargetEmulation } from '../emulation/setup.js'
import type { HostPlatform } from '../toolchain/host.js'
import type { InstalledToolchain } from '../toolchain/install.js'
import { cellId, type CellPlan } from './types.js'
import { moduleAxis } from '../module/modules.js'

export interface RacePlan {
  /** add race cells */
  enabled: boolean
  /** when race: true could not be honoured: the race cells end as `error` with this */
  error?: string
}

export function racePlan(config: Config, host: HostPlatform, hasHostCompiler: boolean): RacePlan {
  if (config.race === 'false') return { enabled: false }
  const hostName = `${host.goos}/${host.goarch}`
  const why = !raceSupported(host)
    ? `the race detector does not run on ${hostName}`
    : !hasHostCompiler
      ? 'the race detector needs cgo and no C compiler is on PATH (set CC, or install gcc)'
      : undefined
  if (!why) return { enabled: true }
  return config.race === 'true'
    ? { enabled: true, error: `race: true, but ${why}` }
    : { enabled: false, error: why }
}

export function planCells(
  config: Config,
  toolchains: InstalledToolchain[],
  emulation: Map<string, TargetEmulation>,
  host: HostPlatform,
  race: RacePlan
): CellPlan[] {
  const plans: CellPlan[] = []
  const hostTarget: Target = { goos: host.goos, goarch: host.goarch, variant: '' }
  for (const module of moduleAxis(config.modules)) {
    const key = module?.key ?? ''
    const of = module ? { module } : {}
    for (const toolchain of toolchains) {
      for (const target of config.targets) {
        for (const cgo of config.cgo) {
          plans.push({
            id: cellId(toolchain.version, target, cgo, false, key),
            ...of,
            toolchain,
            target,
            cgo,
            race: false,
            emulation: emulation.get(targetName(target))!
          })
        }
      }
      if (race.enabled) {
        plans.push({
          id: cellId(toolchain.version, hostTarget, true, true, key),
          ...of,
          toolchain,
          target: hostTarget,
          cgo: true,
          race: true,
          emulation: { target: targetName(hostTarget), execution: 'native', reason: '', error: race.error }
        })
      }
    }
  }
  return plans
}
