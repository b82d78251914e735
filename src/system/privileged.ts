/**
 * Running the few host commands that need root (mount, binfmt registration, apt-get): directly
 * as root, through passwordless `sudo -n` on a GitHub runner, or not at all.
 */
import { runProcess, which, type ProcessResult } from '../util/process.js'

export class Privileged {
  private sudoWorks?: boolean

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  get isRoot(): boolean {
    return typeof process.getuid === 'function' && process.getuid() === 0
  }

  /** Whether root-only commands can run at all (root, or sudo without a password). */
  async available(): Promise<boolean> {
    if (this.isRoot) return true
    if (this.sudoWorks === undefined) {
      this.sudoWorks =
        Boolean(which('sudo', this.env.PATH)) && (await runProcess('sudo', ['-n', 'true'])).code === 0
    }
    return this.sudoWorks
  }

  async run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<ProcessResult> {
    const env = { ...this.env, ...extraEnv }
    if (this.isRoot) return runProcess(command, args, { env })
    const envArgs = Object.entries(extraEnv).map(([k, v]) => `${k}=${v}`)
    return runProcess('sudo', ['-n', ...envArgs, command, ...args], { env })
  }
}

/** Debian/Ubuntu packages through apt-get; updates the package lists once, only if needed. */
export class Apt {
  private updated = false

  constructor(
    private readonly privileged: Privileged,
    private readonly pathEnv = process.env.PATH
  ) {}

  async available(): Promise<boolean> {
    return Boolean(which('apt-get', this.pathEnv)) && (await this.privileged.available())
  }

  /** Installs the packages; returns an error line, or undefined on success. */
  async install(packages: string[]): Promise<string | undefined> {
    const env = { DEBIAN_FRONTEND: 'noninteractive' }
    const args = ['install', '-y', '-qq', '--no-install-recommends', ...packages]
    let result = await this.privileged.run('apt-get', args, env)
    if (result.code !== 0 && !this.updated) {
      this.updated = true
      await this.privileged.run('apt-get', ['update', '-qq'], env)
      result = await this.privileged.run('apt-get', args, env)
    }
    if (result.code === 0) return undefined
    const why = result.stderr.trim().split('\n').pop() ?? `exit ${result.code}`
    return `apt-get install ${packages.join(' ')} failed: ${why}`
  }
}
