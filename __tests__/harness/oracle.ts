/**
 * The oracle of the conformance suite: real public modules fetched through the Go module proxy
 * (kept in the module cache, never committed), and `go test -json` run by hand with a cell's own
 * toolchain and environment. Its stream is read here with a few lines of its own (not the
 * engine's parser), so the two sides can disagree.
 */
import { execFile } from 'node:child_process'
import { cpSync, chmodSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { cleanEnv } from './runner.js'

const execFileAsync = promisify(execFile)

/** Fetches module@version with `go mod download` and copies it (writable) under `root`. */
export async function fetchModule(module: string, version: string, root: string): Promise<string> {
  const env = cleanEnv({ GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' })
  const { stdout } = await execFileAsync('go', ['mod', 'download', '-json', `${module}@${version}`], {
    env,
    cwd: root,
    maxBuffer: 16 << 20
  })
  const info = JSON.parse(stdout) as { Dir?: string; Error?: string }
  if (!info.Dir) throw new Error(`go mod download ${module}@${version}: ${info.Error ?? 'no Dir'}`)
  const dir = path.join(root, `${module.replace(/\//g, '_')}@${version}`)
  if (!existsSync(dir)) {
    cpSync(info.Dir, dir, { recursive: true })
    makeWritable(dir)
  }
  // The module's own dependencies, as a user's `go mod download` in a fresh clone would fetch them.
  await execFileAsync('go', ['mod', 'download'], { env, cwd: dir, maxBuffer: 16 << 20 })
  return dir
}

function makeWritable(dir: string): void {
  chmodSync(dir, 0o755)
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) makeWritable(p)
    else chmodSync(p, 0o644)
  }
}

export interface OraclePackage {
  status: 'pass' | 'fail' | 'skip'
  passed: number
  failed: number
  skipped: number
}

export interface OracleRun {
  exitCode: number
  packages: Record<string, OraclePackage>
  /** packages whose test binary did not build or set up (FailedBuild, "[build failed]", "[setup failed]") */
  buildFailed: string[]
  stderr: string
}

/** Per package: its final action and how many tests (subtests included) passed, failed, skipped. */
export function readStream(stdout: string): Pick<OracleRun, 'packages' | 'buildFailed'> {
  const packages: Record<string, OraclePackage> = {}
  const buildFailed = new Set<string>()
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('{')) continue
    const e = JSON.parse(line) as {
      Action: string
      Package?: string
      Test?: string
      Output?: string
      FailedBuild?: string
    }
    if (!e.Package) continue
    if (e.FailedBuild || (!e.Test && / \[(build|setup) failed\]/.test(e.Output ?? '')))
      buildFailed.add(e.Package)
    const p = (packages[e.Package] ??= { status: 'skip', passed: 0, failed: 0, skipped: 0 })
    if (e.Test) {
      if (e.Action === 'pass') p.passed++
      if (e.Action === 'fail') p.failed++
      if (e.Action === 'skip') p.skipped++
    } else if (e.Action === 'pass' || e.Action === 'fail' || e.Action === 'skip') {
      p.status = e.Action
    }
  }
  return { packages, buildFailed: [...buildFailed] }
}

export interface OracleCell {
  goroot: string
  goos: string
  goarch: string
  cgo: boolean
  /** how the cell ran its tests: qemu-exec needs -exec; qemu-binfmt runs as is */
  execution: string
  qemu?: string
  goCache: string
}

/** Debian's cross C compilers and their libc roots, as the cgo cells use them. */
const CROSS: Record<string, { cc: string; ldPrefix: string }> = {
  arm64: { cc: 'aarch64-linux-gnu-gcc', ldPrefix: '/usr/aarch64-linux-gnu' }
}

export async function runOracle(
  dir: string,
  cell: OracleCell,
  packages: string[],
  buildFlags: string[],
  testFlags: string[],
  /** more of the cell's environment (a module tested on its own: GOWORK=off) */
  extraEnv: Record<string, string> = {}
): Promise<OracleRun> {
  const env = cleanEnv({
    ...extraEnv,
    GOROOT: cell.goroot,
    PATH: `${path.join(cell.goroot, 'bin')}:${process.env.PATH ?? ''}`,
    GOTOOLCHAIN: 'local',
    GOOS: cell.goos,
    GOARCH: cell.goarch,
    CGO_ENABLED: cell.cgo ? '1' : '0',
    GOCACHE: cell.goCache
  })
  const emulated = cell.execution.startsWith('qemu')
  if (emulated) env.GODEBUG = 'asyncpreemptoff=1'
  if (cell.cgo && cell.goarch !== 'amd64') {
    env.CC = CROSS[cell.goarch].cc
    if (emulated) env.QEMU_LD_PREFIX = CROSS[cell.goarch].ldPrefix
  }
  const args = ['test', '-json', '-count=1', ...buildFlags]
  if (cell.execution === 'qemu-exec' && cell.qemu) args.push(`-exec=${cell.qemu}`)
  args.push(...packages, ...testFlags)
  mkdirSync(cell.goCache, { recursive: true })
  try {
    const { stdout, stderr } = await execFileAsync(path.join(cell.goroot, 'bin', 'go'), args, {
      env,
      cwd: dir,
      maxBuffer: 256 << 20
    })
    return { exitCode: 0, ...readStream(stdout), stderr }
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string }
    if (typeof e.code !== 'number') throw err
    return { exitCode: e.code, ...readStream(e.stdout ?? ''), stderr: e.stderr ?? '' }
  }
}

/** The total `go tool cover -func` prints for a profile, e.g. 83.9 (run in the module's folder). */
export async function goCoverTotal(
  goroot: string,
  dir: string,
  profile: string,
  goCache: string
): Promise<number> {
  const env = cleanEnv({ GOROOT: goroot, GOTOOLCHAIN: 'local', GOCACHE: goCache, GOFLAGS: '-mod=mod' })
  const { stdout } = await execFileAsync(
    path.join(goroot, 'bin', 'go'),
    ['tool', 'cover', `-func=${profile}`],
    {
      env,
      cwd: dir,
      maxBuffer: 64 << 20
    }
  )
  const total = /^total:\s+\(statements\)\s+([\d.]+)%/m.exec(stdout)
  if (!total) throw new Error(`go tool cover -func printed no total:\n${stdout}`)
  return Number(total[1])
}
