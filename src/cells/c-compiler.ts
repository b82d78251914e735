/**
 * C compilers for cgo cells: the host's for native targets; a Debian/Ubuntu cross compiler
 * (installed with apt-get when allowed) for foreign linux targets, whose libc QEMU then needs.
 */
import { crossCompiler, type Target } from '../platform/platforms.js'
import type { Log } from '../log.js'
import { Apt } from '../system/privileged.js'
import { which } from '../util/process.js'

export interface CCompiler {
  cc: string
  /** the target's sysroot, for QEMU_LD_PREFIX when tests run emulated */
  ldPrefix?: string
}

export class CCompilers {
  private readonly found = new Map<string, Promise<CCompiler | string>>()

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly apt: Apt,
    private readonly log: Log
  ) {}

  /** The host's C compiler (CC, gcc, cc, clang), or undefined. */
  host(): CCompiler | undefined {
    const cc =
      this.env.CC && which(this.env.CC, this.env.PATH)
        ? this.env.CC
        : ['gcc', 'cc', 'clang'].find((c) => which(c, this.env.PATH))
    return cc ? { cc } : undefined
  }

  /** A compiler for target (native: the host's), or an error line naming what is missing. */
  forTarget(target: Target, native: boolean): Promise<CCompiler | string> {
    const key = native ? 'host' : `${target.goarch}/${target.variant}`
    let pending = this.found.get(key)
    if (!pending) {
      pending = native
        ? Promise.resolve(this.host() ?? 'no C compiler on PATH (set CC, or install gcc)')
        : this.cross(target)
      this.found.set(key, pending)
    }
    return pending
  }

  private async cross(target: Target): Promise<CCompiler | string> {
    const t = crossCompiler(target)
    if (!t) return `no cross C compiler is known for ${target.goos}/${target.goarch}`
    const cc = `${t.triplet}-gcc`
    const compiler = { cc, ldPrefix: `/usr/${t.triplet}` }
    if (which(cc, this.env.PATH)) return compiler
    const packages = t.packages
    if (!this.apt.consent)
      return `${cc} is not installed, and installing needs consent: ${Apt.installCommand(packages)} (or --install-deps)`
    if (!(await this.apt.available()))
      return `${cc} is not installed (apt-get install ${packages.join(' ')}; needs root or sudo)`
    this.log.info(`installing ${packages.join(' ')} (apt-get) for cgo on ${target.goos}/${target.goarch}`)
    const error = await this.apt.install(packages)
    if (error || !which(cc, this.env.PATH))
      return `${cc} could not be installed: ${error ?? 'not on PATH after install'}`
    return compiler
  }
}
