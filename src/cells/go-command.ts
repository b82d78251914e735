/** The `go` tool of one toolchain, run with one cell's environment and within its deadline. */
import { runProcess, type ProcessOptions, type ProcessResult } from '../util/process.js'

export class GoCommand {
  constructor(
    private readonly goBinary: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly cwd: string,
    /** ms left for the cell; each call gets what remains */
    private readonly remainingMs: () => number
  ) {}

  /** `env` here is laid over the cell's environment (e.g. a fresh GOCACHE). */
  run(args: string[], opts: Omit<ProcessOptions, 'cwd' | 'timeoutMs'> = {}): Promise<ProcessResult> {
    const env = opts.env ? { ...this.env, ...opts.env } : this.env
    return runProcess(this.goBinary, args, {
      ...opts,
      env,
      cwd: this.cwd,
      timeoutMs: Math.max(1, this.remainingMs())
    })
  }

  /** `go env K1 K2 ...` as a map. */
  async goEnv(keys: string[]): Promise<Record<string, string>> {
    const result = await this.run(['env', ...keys])
    if (result.code !== 0) throw new Error(`go env failed: ${result.stderr.trim()}`)
    const values = result.stdout.split('\n')
    return Object.fromEntries(keys.map((k, i) => [k, (values[i] ?? '').trim()]))
  }

  /** The main packages among the patterns, for this cell's GOOS/GOARCH and tags. */
  async mainPackages(patterns: string[], tags: string[]): Promise<ProcessResult & { packages: string[] }> {
    const args = ['list', '-e', '-f', '{{if eq .Name "main"}}{{.ImportPath}}{{end}}']
    if (tags.length) args.push(`-tags=${tags.join(',')}`)
    const result = await this.run([...args, '--', ...patterns])
    return {
      ...result,
      packages: result.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    }
  }
}
