/**
 * A cell's binaries: build the main packages into bin/<cell-id>/, check each one against the
 * cell (machine, static linking, build info), optionally rebuild with a fresh GOCACHE and
 * require identical bytes, scan each for known vulnerabilities (vulncheck: binary), and describe
 * each in SBOMs.
 */
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Config } from '../config/config.js'
import { targetName } from '../platform/platforms.js'
import { writeSboms } from '../sbom/sbom.js'
import { firstLines, type ProcessResult } from '../util/process.js'
import { parseBuildInfo } from '../verify/buildinfo.js'
import { checkBinary } from '../verify/check-binary.js'
import { parseExecutable } from '../verify/executable.js'
import { parseCompileErrors, type CompileError } from './compile-errors.js'
import { buildableMains, type Go } from '../go/go.js'
import { FAILURE_OUTPUT_LINES, type BinaryRecord, type CellPlan, type CellStatus } from './types.js'
import type { BinaryVulncheck } from '../vulncheck/types.js'

export interface BinaryDeps {
  config: Config
  go: Go
  check: <R extends ProcessResult>(r: R, during: string) => R
  tempDir: string
  tool: { name: string; version: string }
  /** vulncheck: binary: scans one built binary (its bytes tell whether it kept its symbols) */
  scanBinary?: (file: string, bytes: Buffer) => Promise<BinaryVulncheck>
}

export interface BuildOutcome {
  binaries: BinaryRecord[]
  failure?: { status: CellStatus; reason: string }
  /** time spent checking binaries and writing SBOMs (not building) */
  evidenceMs: number
  compileErrors?: CompileError[]
  /** go build's last lines when it failed */
  output?: string[]
}

export async function buildAndVerify(plan: CellPlan, deps: BinaryDeps): Promise<BuildOutcome> {
  const { config, go, check } = deps
  const listed = check(await go.listPackages(config.build, buildListFlags(config)), 'go list')
  if (listed.code !== 0) {
    const reason = `go list ${config.build.join(' ')}: ${firstLines(listed.stderr)}`
    return { binaries: [], failure: { status: 'build-failed', reason }, evidenceMs: 0 }
  }
  if (buildableMains(listed.packages).length === 0) return { binaries: [], evidenceMs: 0 }
  const binDir = path.join(config.outDir, 'bin', plan.id)
  // A previous run's binaries for this cell are not this run's.
  await rm(binDir, { recursive: true, force: true })
  const built = await build(deps, plan, binDir)
  if (built) {
    // What a failed build left behind is no binary of this cell: nothing stays on disk that the
    // results do not describe.
    await rm(binDir, { recursive: true, force: true })
    const compileErrors = parseCompileErrors(built.stderr, plan.module?.root ?? config.workingDirectory)
    return {
      binaries: [],
      failure: { status: 'build-failed', reason: built.reason },
      evidenceMs: 0,
      compileErrors,
      output: built.stderr
        .split('\n')
        .filter((l) => l.trim())
        .slice(-FAILURE_OUTPUT_LINES)
    }
  }
  const evidenceStarted = Date.now()

  const binaries: BinaryRecord[] = []
  const problems: string[] = []
  const infos = new Map<string, string>()
  for (const name of (await readdir(binDir)).sort()) {
    const file = path.join(binDir, name)
    const bytes = await readFile(file)
    const versionM = check(await go.versionM(file), 'go version -m')
    infos.set(name, versionM.stdout)
    const info = parseBuildInfo(versionM.stdout)
    const checks = checkBinary(parseExecutable(bytes), info, {
      target: plan.target,
      goVersion: plan.toolchain.version,
      cgo: plan.cgo
    })
    problems.push(...checks.problems.map((p) => `binary ${name}: ${p}`))
    const record: BinaryRecord = {
      path: path.relative(config.outDir, file).split(path.sep).join('/'),
      name,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      checks: checks as unknown as Record<string, unknown>
    }
    binaries.push(record)
    // Scanned before its SBOMs are written, so the CycloneDX document lists what was found.
    if (deps.scanBinary) record.vulncheck = await deps.scanBinary(file, bytes)
    if (info && config.sbom.length) {
      const subject = {
        binaryName: name,
        binaryRelPath: record.path,
        sha256: record.sha256,
        size: record.size,
        ...plan.target,
        cgo: plan.cgo,
        buildInfo: info,
        vulnerabilities: record.vulncheck?.findings
      }
      record.sboms = await writeSboms(subject, config.sbom, config.outDir, plan.id, deps.tool)
    }
  }
  const evidenceMs = Date.now() - evidenceStarted
  if (problems.length)
    return { binaries, failure: { status: 'failed', reason: problems.join('; ') }, evidenceMs }
  if (config.reproducible) {
    const differs = await rebuildAndCompare(deps, plan, binaries, infos)
    if (differs) return { binaries, failure: { status: 'failed', reason: differs }, evidenceMs }
  }
  return { binaries, evidenceMs }
}

/** The flags that decide which files a package has: go list must see what go build sees. */
export function buildListFlags(config: Config): string[] {
  return [...config.buildFlags, ...(config.tags.length ? [`-tags=${config.tags.join(',')}`] : [])]
}

/**
 * `go build -o <dir>/ <patterns>`: with an output folder go links every main package the
 * patterns match, exactly as `go build <patterns>` would choose them.
 */
async function build(
  deps: BinaryDeps,
  plan: CellPlan,
  binDir: string,
  env?: NodeJS.ProcessEnv
): Promise<{ reason: string; stderr: string } | undefined> {
  const { config, go, check } = deps
  await mkdir(binDir, { recursive: true })
  const args = ['build', '-o', `${binDir}${path.sep}`, ...config.buildFlags]
  if (config.ldflags) args.push(`-ldflags=${config.ldflags}`)
  if (config.tags.length) args.push(`-tags=${config.tags.join(',')}`)
  const result = check(await go.run([...args, ...config.build], { env }), 'go build')
  if (result.code === 0) return undefined
  return {
    reason: `go build for ${targetName(plan.target)}: ${firstLines(result.stderr)}`,
    stderr: result.stderr
  }
}

/** Builds again with an empty GOCACHE; returns why the bytes differ, or undefined when identical. */
async function rebuildAndCompare(
  deps: BinaryDeps,
  plan: CellPlan,
  first: BinaryRecord[],
  firstInfo: Map<string, string>
): Promise<string | undefined> {
  const root = await mkdtemp(path.join(deps.tempDir, `repro-${plan.id}-`))
  try {
    const again = path.join(root, 'bin')
    const error = await build(deps, plan, again, { GOCACHE: path.join(root, 'gocache') })
    if (error) return `reproducible: the second build failed: ${error.reason}`
    const differences: string[] = []
    for (const binary of first) {
      const bytes = await readFile(path.join(again, binary.name)).catch(() => undefined)
      if (!bytes) {
        differences.push(`${binary.name} missing from the second build`)
        continue
      }
      if (createHash('sha256').update(bytes).digest('hex') === binary.sha256) continue
      const second = deps.check(await deps.go.versionM(path.join(again, binary.name)), 'go version -m')
      const lines = diffLines(firstInfo.get(binary.name) ?? '', second.stdout)
      differences.push(
        `${binary.name} differs between two builds${lines ? ` (build info: ${lines})` : ' (same build info)'}`
      )
    }
    return differences.length ? `reproducible: ${differences.join('; ')}` : undefined
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** The build-info lines (file name aside) present in one listing but not the other. */
function diffLines(a: string, b: string): string {
  const norm = (t: string) =>
    t
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
      .filter(Boolean)
  const [la, lb] = [norm(a), norm(b)]
  return [
    ...la.filter((l) => !lb.includes(l)).map((l) => `-${l}`),
    ...lb.filter((l) => !la.includes(l)).map((l) => `+${l}`)
  ].join(', ')
}
