/**
 * binfmt_misc: lets the kernel run foreign ELF binaries through QEMU, so `go test` runs arm64
 * test binaries as if they were native. Registered with the F (fix-binary) flag, so the
 * interpreter is opened once and keeps working in containers and chroots.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Privileged } from '../system/privileged.js'
import type { QemuArch } from './qemu.js'

export const DEFAULT_BINFMT_DIR = '/proc/sys/fs/binfmt_misc'

export interface Registration {
  enabled: boolean
  interpreter: string
}

export class BinfmtMisc {
  constructor(
    readonly dir: string,
    private readonly privileged: Privileged
  ) {}

  get mounted(): boolean {
    return existsSync(path.join(this.dir, 'register'))
  }

  /** An existing registration that matches arch's ELF machine, by qemu's or Debian's name. */
  find(arch: QemuArch): Registration | undefined {
    for (const name of [`qemu-${arch.name}`, arch.name]) {
      const file = path.join(this.dir, name)
      if (!existsSync(file)) continue
      const text = readFileSync(file, 'utf8')
      const interpreter = /^interpreter (.+)$/m.exec(text)?.[1] ?? ''
      return { enabled: /^enabled$/m.test(text), interpreter }
    }
    return undefined
  }

  /** A registration that will run binaries now: enabled, and its interpreter exists. */
  usable(arch: QemuArch): Registration | undefined {
    const found = this.find(arch)
    return found?.enabled && existsSync(found.interpreter) ? found : undefined
  }

  /** Mounts binfmt_misc when needed; returns an error line or undefined. */
  async mount(): Promise<string | undefined> {
    if (this.mounted) return undefined
    if (!(await this.privileged.available()))
      return `${this.dir} is not mounted and mounting needs root or sudo`
    const result = await this.privileged.run('mount', ['-t', 'binfmt_misc', 'binfmt_misc', this.dir])
    return this.mounted
      ? undefined
      : `mount binfmt_misc failed: ${result.stderr.trim() || `exit ${result.code}`}`
  }

  /** Registers qemu for arch (replacing a disabled or broken entry); returns an error line or undefined. */
  async register(arch: QemuArch, interpreter: string): Promise<string | undefined> {
    const mountError = await this.mount()
    if (mountError) return mountError
    const name = `qemu-${arch.name}`
    if (existsSync(path.join(this.dir, name))) {
      await this.privileged.run('sh', ['-c', 'echo -1 > "$1"', 'sh', path.join(this.dir, name)])
    }
    const line = `:${name}:M:0:${arch.magic}:${arch.mask}:${interpreter}:F`
    // `sh -c` with the line passed as an argument: nothing from the line is parsed by the shell.
    const result = await this.privileged.run('sh', [
      '-c',
      'printf "%s" "$1" > "$2"',
      'sh',
      line,
      path.join(this.dir, 'register')
    ])
    if (this.usable(arch)) return undefined
    return `binfmt_misc registration of ${name} failed: ${result.stderr.trim() || `exit ${result.code}`}`
  }
}
