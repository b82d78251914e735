/**
 * Decides, per target, how its tests run: natively, under QEMU through binfmt_misc, under QEMU
 * through `go test -exec`, or not at all (build only), setting up what it can on the way
 * (installing qemu-user-static, mounting binfmt_misc, registering QEMU).
 */
import { readFileSync } from 'node:fs'
import { EnvironmentError } from '../errors.js'
import type { Config } from '../config/config.js'
import { AMD64_LEVEL_FLAGS, runsNatively, targetName, type Target } from '../platform/platforms.js'
import type { Log } from '../log.js'
import { Apt, Privileged } from '../system/privileged.js'
import type { HostPlatform } from '../toolchain/host.js'
import { BinfmtMisc, DEFAULT_BINFMT_DIR } from './binfmt.js'
import { findQemu, qemuArch, qemuVersion } from './qemu.js'

export type Execution = 'native' | 'qemu-binfmt' | 'qemu-exec' | 'build-only'

export interface TargetEmulation {
  target: string
  execution: Execution
  /** why it is not native (or why build-only) */
  reason: string
  qemu?: string
  qemuVersion?: string
  /** what the probe printed (runtime GOOS/GOARCH), once probed */
  probe?: string
  /** set when the probe failed: the target's cells end as `error` with this */
  error?: string
}

function missingCpuFlags(variant: string): string[] {
  let flags: string[] = []
  try {
    flags = /^flags\s*:(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim().split(/\s+/) ?? []
  } catch {
    return []
  }
  const levels = ['v2', 'v3', 'v4'].slice(0, ['v2', 'v3', 'v4'].indexOf(variant) + 1)
  return levels.flatMap((l) => [...AMD64_LEVEL_FLAGS[l]]).filter((f) => !flags.includes(f))
}

export interface EmulationOptions {
  config: Config
  host: HostPlatform
  env: NodeJS.ProcessEnv
  log: Log
  /** install-deps allows installing packages and registering binfmt handlers */
  consent: boolean
}

export async function setupEmulation(opts: EmulationOptions): Promise<Map<string, TargetEmulation>> {
  const { config, host, env, log } = opts
  const privileged = new Privileged(env, opts.consent)
  const apt = new Apt(privileged, env.PATH)
  // GO_CROSS_MATRIX_BINFMT_DIR points elsewhere to simulate a runner where binfmt is out of reach.
  const binfmt = new BinfmtMisc(env.GO_CROSS_MATRIX_BINFMT_DIR || DEFAULT_BINFMT_DIR, privileged)
  let qemuInstallTried = false
  const result = new Map<string, TargetEmulation>()

  for (const target of config.targets) {
    const name = targetName(target)
    const decided = await decide(target)
    if (
      decided.execution === 'build-only' &&
      config.emulation === 'qemu' &&
      decided.qemu === undefined &&
      isEmulable(target)
    ) {
      throw new EnvironmentError(
        `emulation: qemu was required, but ${name} cannot be emulated: ${decided.reason}`
      )
    }
    if (decided.execution !== 'native') log.info(`${name}: ${decided.execution} (${decided.reason})`)
    result.set(name, decided)
  }
  return result

  function isEmulable(t: Target): boolean {
    return t.goos === 'linux' && host.goos === 'linux' && qemuArch(t.goarch) !== undefined
  }

  async function decide(t: Target): Promise<TargetEmulation> {
    const name = targetName(t)
    const buildOnly = (reason: string): TargetEmulation => ({ target: name, execution: 'build-only', reason })
    if (runsNatively(host, t)) {
      const missing = t.goarch === 'amd64' && t.variant ? missingCpuFlags(t.variant) : []
      if (missing.length)
        return buildOnly(`the host CPU lacks ${missing.join(', ')} for GOAMD64=${t.variant}`)
      return { target: name, execution: 'native', reason: '' }
    }
    if (t.goos !== 'linux' || host.goos !== 'linux')
      return buildOnly(`${t.goos} binaries do not run on a ${host.goos} host`)
    const arch = qemuArch(t.goarch)
    if (!arch) return buildOnly(`no QEMU user emulation is known for ${t.goarch}`)
    if (config.emulation === 'none') return buildOnly('emulation: none')

    let qemu = findQemu(arch, env.PATH)
    if (!qemu && !apt.consent) {
      const command = Apt.installCommand(['qemu-user-static'])
      if (!qemuInstallTried)
        log.warning(
          `${name} needs QEMU to run its tests: install it with \`${command}\` (or pass --install-deps to let go-cross-matrix do it); building only`
        )
      qemuInstallTried = true
      return buildOnly(
        `qemu-${arch.name}-static is not installed, and installing needs consent: ${command} (or --install-deps)`
      )
    }
    if (!qemu && !qemuInstallTried) {
      qemuInstallTried = true
      if (await apt.available()) {
        log.info('installing qemu-user-static (apt-get) for foreign-architecture tests')
        const error = await apt.install(['qemu-user-static'])
        if (error) log.warning(error)
      }
      qemu = findQemu(arch, env.PATH)
    }
    if (!qemu) {
      return buildOnly(
        `qemu-${arch.name}-static is not installed and cannot be (needs apt-get with root or sudo)`
      )
    }
    const version = await qemuVersion(qemu)
    const emulated = { target: name, qemu, qemuVersion: version }
    const existing = binfmt.usable(arch)
    if (existing)
      return { ...emulated, execution: 'qemu-binfmt', reason: `binfmt_misc runs ${existing.interpreter}` }
    if (!privileged.consent)
      return {
        ...emulated,
        execution: 'qemu-exec',
        reason: `go test -exec ${qemu} (registering QEMU in binfmt_misc needs consent: --install-deps)`
      }
    const error = await binfmt.register(arch, qemu)
    if (!error) return { ...emulated, execution: 'qemu-binfmt', reason: `registered ${qemu} in binfmt_misc` }
    return { ...emulated, execution: 'qemu-exec', reason: `go test -exec ${qemu} (${error})` }
  }
}
