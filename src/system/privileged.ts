/**
 * Running the few host commands that need root (mount, binfmt registration, apt-get): directly
 * as root, through passwordless `sudo -n` on a GitHub runner, or not at all.
 */
import { runProcess, which, type ProcessResult } from '../util/process.js'

export class Privileged {
  private sudoWorks?: boolean

  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    /**
     * Whether changing the system was agreed to (install-deps): without it nothing runs as root,
     * and callers say which command would have.
     */
    readonly consent = true
  ) {}

  get isRoot(): boolean {
    return typeof process.getuid === 'function' && process.getuid() === 0
  }

  /** Whether root-only commands can run at all (root, or sudo without a password). */
  async available(): Promise<boolean> {
    if (!this.consent) return false
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

  /** Whether installing was agreed to (install-deps); when not, callers print installCommand. */
  get consent(): boolean {
    return this.privileged.consent
  }

  /** The command a person would run to install the packages. */
  static installCommand(packages: string[]): string {
    return `sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`
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

/**
 * install-deps: true, false, or auto: yes where changing the machine is expected (the action, or
 * any CI: CI=true, GITHUB_ACTIONS=true); on a developer's machine the CLI asks first.
 */
export function systemChangesAllowed(
  installDeps: 'auto' | 'true' | 'false',
  entry: 'action' | 'cli',
  env: NodeJS.ProcessEnv
): boolean {
  if (installDeps !== 'auto') return installDeps === 'true'
  return entry === 'action' || env.CI === 'true' || env.GITHUB_ACTIONS === 'true'
}
