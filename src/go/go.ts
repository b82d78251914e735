/**
 * `go`: every invocation of the Go command in this project goes through this class (cells,
 * probes, module downloads, go list, go version -m, go tool cover, go install of govulncheck),
 * with the one environment policy of ./env.ts and, for a cell, within its deadline.
 *
 * Package patterns go where each subcommand reads them (`go help build`, `go help list`,
 * `go help test`): never after a `--`, which `go test` hands to the test binary, leaving its
 * package list empty (it then tests `.` alone). Patterns are validated as inputs never to
 * start with `-`, so they cannot be read as flags.
 */
import path from 'node:path'
import { runProcess, type ProcessOptions, type ProcessResult } from '../util/process.js'
import { goEnvironment, type GoEnvValues } from './env.js'

/** One package as `go list -e` sees it for a cell's GOOS/GOARCH, cgo mode and tags. */
export interface ListedPackage {
  importPath: string
  name: string
  dir: string
  /** non-test Go and cgo files that build for this cell */
  goFiles: number
  testGoFiles: string[]
  xTestGoFiles: string[]
  /** go's own error for the package (e.g. "build constraints exclude all Go files"), or '' */
  error: string
}

// One line per package, tab separated; the error is %q-quoted so it holds no tab or newline.
const LIST_TEMPLATE = [
  '{{.ImportPath}}',
  '{{.Name}}',
  '{{.Dir}}',
  '{{len .GoFiles}}',
  '{{len .CgoFiles}}',
  '{{join .TestGoFiles ","}}',
  '{{join .XTestGoFiles ","}}',
  '{{if .Error}}{{printf "%q" .Error.Err}}{{end}}'
].join('\t')

export function parsePackageList(stdout: string): ListedPackage[] {
  const packages: ListedPackage[] = []
  for (const line of stdout.split('\n')) {
    const f = line.split('\t')
    if (f.length < 8 || !f[0]) continue
    let error: string
    try {
      error = f[7] ? (JSON.parse(f[7]) as string) : ''
    } catch {
      error = f[7]
    }
    packages.push({
      importPath: f[0],
      name: f[1],
      dir: f[2],
      goFiles: Number(f[3]) + Number(f[4]),
      testGoFiles: f[5] ? f[5].split(',') : [],
      xTestGoFiles: f[6] ? f[6].split(',') : [],
      error
    })
  }
  return packages
}

export class Go {
  readonly goBinary: string
  readonly env: NodeJS.ProcessEnv

  /**
   * `base` is the runner's environment; `values` are this caller's (toolchain, target, caches),
   * laid over it by the one policy. `remainingMs` bounds every call (a cell's deadline).
   */
  constructor(
    base: NodeJS.ProcessEnv,
    values: GoEnvValues,
    private readonly cwd: string,
    private readonly remainingMs: () => number = () => 10 * 60_000
  ) {
    this.goBinary = path.join(values.goroot, 'bin', 'go')
    this.env = goEnvironment(base, values)
  }

  /** `env` here is laid over the cell's environment (e.g. a fresh GOCACHE). */
  run(args: string[], opts: Omit<ProcessOptions, 'timeoutMs'> = {}): Promise<ProcessResult> {
    const env = opts.env ? { ...this.env, ...opts.env } : this.env
    return runProcess(this.goBinary, args, {
      ...opts,
      env,
      cwd: opts.cwd ?? this.cwd,
      timeoutMs: Math.max(1, this.remainingMs())
    })
  }

  /** `go mod download`: fills the module cache, so parallel cells never race to download. */
  modDownload(): Promise<ProcessResult> {
    return this.run(['mod', 'download'])
  }

  /** `go install <pkg>@<version>`: builds a tool into GOBIN (the caller's env), outside any module. */
  install(packageAtVersion: string): Promise<ProcessResult> {
    return this.run(['install', packageAtVersion])
  }

  /** `go version -m <file>`: the build info of a binary, read by this toolchain. */
  versionM(file: string): Promise<ProcessResult> {
    return this.run(['version', '-m', file])
  }

  /** `go tool cover -func=<profile>` or `-html=<profile> -o <out>`. */
  cover(mode: 'func' | 'html', profile: string, out?: string): Promise<ProcessResult> {
    return this.run(['tool', 'cover', `-${mode}=${profile}`, ...(out ? ['-o', out] : [])])
  }

  /** `go env K1 K2 ...` as a map. */
  async goEnv(keys: string[]): Promise<Record<string, string>> {
    const result = await this.run(['env', ...keys])
    if (result.code !== 0) throw new Error(`go env failed: ${result.stderr.trim()}`)
    const values = result.stdout.split('\n')
    return Object.fromEntries(keys.map((k, i) => [k, (values[i] ?? '').trim()]))
  }

  /**
   * `go list -e [build flags] <patterns>`: the packages the patterns match for this cell, as
   * go test and go build will see them. `-e` keeps broken packages in the list, with their error.
   */
  async listPackages(
    patterns: string[],
    buildFlags: string[]
  ): Promise<ProcessResult & { packages: ListedPackage[] }> {
    const result = await this.run(['list', '-e', ...buildFlags, '-f', LIST_TEMPLATE, ...patterns])
    return { ...result, packages: result.code === 0 ? parsePackageList(result.stdout) : [] }
  }
}

/**
 * The main packages `go build <patterns>` would link: `package main` with non-test Go files
 * that build for the cell. A `package main` holding only _test.go files is not one (go build
 * skips it under a wildcard and refuses it when named).
 */
export function buildableMains(packages: ListedPackage[]): ListedPackage[] {
  return packages.filter((p) => p.name === 'main' && p.goFiles > 0 && !p.error)
}
