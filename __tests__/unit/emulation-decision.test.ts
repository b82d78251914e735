/**
 * How each target's tests run (native, qemu-binfmt, qemu-exec, build-only), decided against a
 * fake binfmt_misc folder (GO_CROSS_MATRIX_BINFMT_DIR) and fake qemu-*-static scripts on PATH.
 * Nothing privileged runs: without consent nothing is tried; with consent, PATH holds neither
 * apt-get nor sudo (nor mount), so every attempt ends before it changes the machine.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import type { Config } from '../../src/config/config.js'
import type { CellPlan } from '../../src/cells/types.js'
import { setupEmulation } from '../../src/emulation/setup.js'
import type { Log } from '../../src/log.js'
import type { HostPlatform } from '../../src/toolchain/host.js'

type Target = CellPlan['target']

const root = mkdtempSync(path.join(os.tmpdir(), 'gcm-emulation-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))
let serial = 0

/** A fresh folder under root. */
function dir(name: string): string {
  const d = path.join(root, `${name}-${serial++}`)
  mkdirSync(d, { recursive: true })
  return d
}

/** A bin folder holding fake qemu-<name>-static scripts that answer --version. */
function qemuBin(...names: string[]): string {
  const bin = dir('bin')
  for (const name of names) {
    const file = path.join(bin, `qemu-${name}-static`)
    writeFileSync(
      file,
      `#!/bin/sh\nif [ "$1" = "--version" ]; then echo "qemu-${name} version 8.0.0"; echo "Copyright (c) QEMU"; fi\n`
    )
    chmodSync(file, 0o755)
  }
  return bin
}

/** A fake binfmt_misc folder with the given registrations (file name -> text). */
function binfmtDir(registrations: Record<string, string> = {}, mounted = false): string {
  const d = dir('binfmt')
  for (const [name, text] of Object.entries(registrations)) writeFileSync(path.join(d, name), text)
  if (mounted) writeFileSync(path.join(d, 'register'), '')
  return d
}

function fakeLog() {
  const lines: { info: string[]; warning: string[]; error: string[] } = { info: [], warning: [], error: [] }
  const log: Log = {
    info: (m) => void lines.info.push(m),
    warning: (m) => void lines.warning.push(m),
    error: (m) => void lines.error.push(m),
    debug: () => undefined,
    group: (_title, fn) => fn()
  }
  return { log, lines }
}

const t = (goos: string, goarch: string, variant = ''): Target => ({ goos, goarch, variant })
const linuxAmd64: HostPlatform = { goos: 'linux', goarch: 'amd64', toolCacheArch: 'x64' }

async function decide(opts: {
  targets: Target[]
  emulation?: 'auto' | 'qemu' | 'none'
  bin?: string
  binfmt?: string
  consent?: boolean
  host?: HostPlatform
}) {
  const { log, lines } = fakeLog()
  const config = { targets: opts.targets, emulation: opts.emulation ?? 'auto' } as unknown as Config
  const env: NodeJS.ProcessEnv = {
    // only the fake bin folder: no apt-get, sudo or mount can be found
    PATH: opts.bin ?? dir('empty-bin'),
    GO_CROSS_MATRIX_BINFMT_DIR: opts.binfmt ?? binfmtDir()
  }
  const result = await setupEmulation({
    config,
    host: opts.host ?? linuxAmd64,
    env,
    log,
    consent: opts.consent ?? false
  })
  return { result, lines }
}

const APT = 'sudo apt-get install -y --no-install-recommends qemu-user-static'

describe('setupEmulation', () => {
  it('runs host targets natively (amd64 and 386 on an amd64 host), logging nothing', async () => {
    const { result, lines } = await decide({
      targets: [t('linux', 'amd64'), t('linux', '386'), t('linux', 'amd64', 'v1')]
    })
    expect([...result.keys()]).toEqual(['linux/amd64', 'linux/386', 'linux/amd64/v1'])
    for (const e of result.values()) {
      expect(e.execution).toBe('native')
      expect(e.reason).toBe('')
      expect(e.qemu).toBeUndefined()
    }
    expect(lines.info).toEqual([])
    expect(lines.warning).toEqual([])
  })

  it('runs arm64 natively on an arm64 host, and emulation: none does not change that', async () => {
    const arm64Host: HostPlatform = { goos: 'linux', goarch: 'arm64', toolCacheArch: 'arm64' }
    const { result } = await decide({ targets: [t('linux', 'arm64')], host: arm64Host, emulation: 'none' })
    expect(result.get('linux/arm64')?.execution).toBe('native')
  })

  it('uses an existing, enabled registration whose interpreter exists: qemu-binfmt', async () => {
    const bin = qemuBin('aarch64')
    const interpreter = path.join(bin, 'qemu-aarch64-static')
    const binfmt = binfmtDir({ 'qemu-aarch64': `enabled\ninterpreter ${interpreter}\nflags: F\n` })
    const { result, lines } = await decide({ targets: [t('linux', 'arm64')], bin, binfmt })
    expect(result.get('linux/arm64')).toEqual({
      target: 'linux/arm64',
      execution: 'qemu-binfmt',
      reason: `binfmt_misc runs ${interpreter}`,
      qemu: interpreter,
      qemuVersion: 'qemu-aarch64 version 8.0.0'
    })
    expect(lines.info).toEqual([`linux/arm64: qemu-binfmt (binfmt_misc runs ${interpreter})`])
  })

  it("finds a registration under Debian's name (aarch64) too", async () => {
    const bin = qemuBin('aarch64')
    const interpreter = path.join(bin, 'qemu-aarch64-static')
    const binfmt = binfmtDir({ aarch64: `enabled\ninterpreter ${interpreter}\n` })
    const { result } = await decide({ targets: [t('linux', 'arm64')], bin, binfmt })
    expect(result.get('linux/arm64')?.execution).toBe('qemu-binfmt')
  })

  it.each([
    ['disabled', (interp: string) => `disabled\ninterpreter ${interp}\n`],
    ['pointing at a missing interpreter', () => `enabled\ninterpreter /nonexistent/qemu-aarch64\n`]
  ])('does not use a registration %s: qemu-exec without consent', async (_what, text) => {
    const bin = qemuBin('aarch64')
    const qemu = path.join(bin, 'qemu-aarch64-static')
    const { result } = await decide({
      targets: [t('linux', 'arm64')],
      bin,
      binfmt: binfmtDir({ 'qemu-aarch64': text(qemu) })
    })
    expect(result.get('linux/arm64')?.execution).toBe('qemu-exec')
  })

  it('with QEMU on PATH but binfmt_misc out of reach and no consent: qemu-exec, naming --install-deps', async () => {
    const bin = qemuBin('aarch64', 'riscv64')
    const { result, lines } = await decide({ targets: [t('linux', 'arm64'), t('linux', 'riscv64')], bin })
    const arm64 = result.get('linux/arm64')!
    expect(arm64.execution).toBe('qemu-exec')
    expect(arm64.qemu).toBe(path.join(bin, 'qemu-aarch64-static'))
    expect(arm64.qemuVersion).toBe('qemu-aarch64 version 8.0.0')
    expect(arm64.reason).toBe(
      `go test -exec ${arm64.qemu} (registering QEMU in binfmt_misc needs consent: --install-deps)`
    )
    expect(result.get('linux/riscv64')?.qemu).toBe(path.join(bin, 'qemu-riscv64-static'))
    expect(lines.warning).toEqual([])
    expect(lines.info).toHaveLength(2)
  })

  it('finds the dynamic qemu-<arch> when there is no -static one', async () => {
    const bin = dir('bin')
    const file = path.join(bin, 'qemu-aarch64')
    writeFileSync(file, '#!/bin/sh\necho "qemu-aarch64 version 7.2.0"\n')
    chmodSync(file, 0o755)
    const { result } = await decide({ targets: [t('linux', 'arm64')], bin })
    expect(result.get('linux/arm64')).toMatchObject({ execution: 'qemu-exec', qemu: file })
  })

  it('without QEMU and without consent: build-only naming the apt-get command, warning once', async () => {
    const { result, lines } = await decide({ targets: [t('linux', 'arm64'), t('linux', 'arm', 'v7')] })
    const arm64 = result.get('linux/arm64')!
    expect(arm64.execution).toBe('build-only')
    expect(arm64.qemu).toBeUndefined()
    expect(arm64.reason).toBe(
      `qemu-aarch64-static is not installed, and installing needs consent: ${APT} (or --install-deps)`
    )
    expect(result.get('linux/arm/v7')).toMatchObject({
      execution: 'build-only',
      reason: expect.stringContaining('qemu-arm-static is not installed')
    })
    expect(lines.warning).toHaveLength(1)
    expect(lines.warning[0]).toContain(`\`${APT}\``)
    expect(lines.warning[0]).toContain('linux/arm64 needs QEMU')
    expect(lines.warning[0]).toContain('--install-deps')
  })

  it('emulation: none builds only, even with QEMU and a usable registration', async () => {
    const bin = qemuBin('aarch64')
    const interpreter = path.join(bin, 'qemu-aarch64-static')
    const { result, lines } = await decide({
      targets: [t('linux', 'amd64'), t('linux', 'arm64')],
      emulation: 'none',
      bin,
      binfmt: binfmtDir({ 'qemu-aarch64': `enabled\ninterpreter ${interpreter}\n` })
    })
    expect(result.get('linux/amd64')?.execution).toBe('native')
    expect(result.get('linux/arm64')).toEqual({
      target: 'linux/arm64',
      execution: 'build-only',
      reason: 'emulation: none'
    })
    expect(lines.info).toEqual(['linux/arm64: build-only (emulation: none)'])
    expect(lines.warning).toEqual([])
  })

  it.each(['auto', 'qemu'] as const)(
    'a darwin target builds only on a linux host (emulation: %s)',
    async (emulation) => {
      const { result } = await decide({
        targets: [t('darwin', 'arm64'), t('windows', 'amd64')],
        emulation,
        bin: qemuBin('aarch64')
      })
      expect(result.get('darwin/arm64')).toEqual({
        target: 'darwin/arm64',
        execution: 'build-only',
        reason: 'darwin binaries do not run on a linux host'
      })
      expect(result.get('windows/amd64')?.reason).toBe('windows binaries do not run on a linux host')
    }
  )

  it('a linux target on a darwin host builds only', async () => {
    const mac: HostPlatform = { goos: 'darwin', goarch: 'arm64', toolCacheArch: 'arm64' }
    const { result } = await decide({ targets: [t('linux', 'arm64')], host: mac, bin: qemuBin('aarch64') })
    expect(result.get('linux/arm64')).toMatchObject({
      execution: 'build-only',
      reason: 'linux binaries do not run on a darwin host'
    })
  })

  it.each(['auto', 'qemu'] as const)(
    'an architecture QEMU user mode does not cover builds only (emulation: %s)',
    async (emulation) => {
      const { result } = await decide({ targets: [t('linux', 'mips64')], emulation })
      expect(result.get('linux/mips64')).toMatchObject({
        execution: 'build-only',
        reason: 'no QEMU user emulation is known for mips64'
      })
    }
  )

  it('emulation: qemu throws when a target that QEMU could run cannot be emulated here', async () => {
    await expect(
      decide({ targets: [t('linux', 'amd64'), t('linux', 'arm64')], emulation: 'qemu' })
    ).rejects.toThrow(
      /^emulation: qemu was required, but linux\/arm64 cannot be emulated: qemu-aarch64-static is not installed/
    )
  })

  it('emulation: qemu is satisfied by qemu-exec', async () => {
    const { result } = await decide({
      targets: [t('linux', 'arm64')],
      emulation: 'qemu',
      bin: qemuBin('aarch64')
    })
    expect(result.get('linux/arm64')?.execution).toBe('qemu-exec')
  })

  describe('with consent (no apt-get, sudo or mount on PATH)', () => {
    it('without QEMU and no way to install it: build-only, saying apt-get with root or sudo is needed', async () => {
      const { result, lines } = await decide({ targets: [t('linux', 'arm64')], consent: true })
      expect(result.get('linux/arm64')).toEqual({
        target: 'linux/arm64',
        execution: 'build-only',
        reason: 'qemu-aarch64-static is not installed and cannot be (needs apt-get with root or sudo)'
      })
      expect(lines.info.some((l) => l.includes('installing qemu-user-static'))).toBe(false)
    })

    it('emulation: qemu still throws when QEMU cannot be installed', async () => {
      await expect(
        decide({ targets: [t('linux', 'arm64')], emulation: 'qemu', consent: true })
      ).rejects.toThrow(/^emulation: qemu was required/)
    })

    it('uses a usable registration without registering anything', async () => {
      const bin = qemuBin('aarch64')
      const interpreter = path.join(bin, 'qemu-aarch64-static')
      const binfmt = binfmtDir({ 'qemu-aarch64': `enabled\ninterpreter ${interpreter}\n` })
      const { result } = await decide({ targets: [t('linux', 'arm64')], bin, binfmt, consent: true })
      expect(result.get('linux/arm64')).toMatchObject({
        execution: 'qemu-binfmt',
        reason: `binfmt_misc runs ${interpreter}`
      })
    })

    it('when binfmt_misc cannot be mounted to register QEMU: qemu-exec with the mount error', async () => {
      const bin = qemuBin('aarch64')
      const qemu = path.join(bin, 'qemu-aarch64-static')
      const { result } = await decide({ targets: [t('linux', 'arm64')], bin, consent: true })
      const arm64 = result.get('linux/arm64')!
      expect(arm64.execution).toBe('qemu-exec')
      expect(arm64.reason.startsWith(`go test -exec ${qemu} (`)).toBe(true)
      // not root: "is not mounted and mounting needs root or sudo"; root: the mount that could not start
      expect(arm64.reason).toMatch(/mount/)
      expect(arm64.reason).not.toContain('needs consent')
    })
  })
})
