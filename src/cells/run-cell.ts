/**
 * One cell, start to end: check the go.mod allows this Go, prove the toolchain is the version
 * it claims, build the binaries, run the tests (natively, under QEMU, or compile-only), and
 * record counts and coverage. Every outcome, including a hang, ends as a CellResult.
 */
import { createWriteStream } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import semver from 'semver'
import type { Config } from '../config/config.js'
import { coveragePercent, parseProfile } from '../coverage/profile.js'
import { formatDuration } from '../config/values.js'
import { goToSemver } from '../toolchain/go-version.js'
import { firstLines, which, type ProcessResult } from '../util/process.js'
import type { CCompilers } from './c-compiler.js'
import { cellEnv, type CellPaths } from './env.js'
import { GoCommand } from './go-command.js'
import { parseCompileErrors } from './compile-errors.js'
import { TestEventCounter } from './test-events.js'
import { buildAndVerify } from './binaries.js'
import { resultOf, type BinaryRecord, type CellPlan, type CellResult, type CellStatus } from './types.js'

export interface CellDeps {
  config: Config
  baseEnv: NodeJS.ProcessEnv
  compilers: CCompilers
  paths: (plan: CellPlan) => CellPaths
  /** for reproducibility builds (a fresh GOCACHE each) */
  tempDir: string
  tool: { name: string; version: string }
}

class CellTimeout extends Error {}

export async function runCell(plan: CellPlan, deps: CellDeps): Promise<CellResult> {
  const started = Date.now()
  const finish = (status: CellStatus, reason: string, extra: Partial<CellResult> = {}): CellResult =>
    resultOf(plan, status, reason, { ...extra, durationMs: Date.now() - started })
  try {
    return await runCellSteps(plan, deps, started, finish)
  } catch (err) {
    if (err instanceof CellTimeout) return finish('timeout', err.message)
    return finish('error', (err as Error).message)
  }
}

async function runCellSteps(
  plan: CellPlan,
  deps: CellDeps,
  started: number,
  finish: (status: CellStatus, reason: string, extra?: Partial<CellResult>) => CellResult
): Promise<CellResult> {
  const { config } = deps
  const required = config.goMod?.go
  if (required && semver.lt(plan.toolchain.semver, goToSemver(required))) {
    return finish(
      'skipped',
      `go.mod requires go >= ${required}; this cell runs go${plan.toolchain.version} (GOTOOLCHAIN=local)`
    )
  }
  if (plan.emulation.error) return finish('error', plan.emulation.error)

  const native = plan.race || plan.emulation.execution === 'native'
  let cc
  if (plan.cgo) {
    cc = await deps.compilers.forTarget(plan.target, native)
    if (typeof cc === 'string') return finish('error', `cgo: ${cc}`)
  }
  const env = cellEnv(deps.baseEnv, plan, deps.paths(plan), cc)
  const deadline = started + config.cellTimeoutMs
  const go = new GoCommand(
    path.join(plan.toolchain.path, 'bin', 'go'),
    env,
    config.workingDirectory,
    () => deadline - Date.now()
  )
  const check = <R extends ProcessResult>(result: R, during: string): R => {
    if (result.timedOut)
      throw new CellTimeout(`cell-timeout ${formatDuration(config.cellTimeoutMs)} reached during ${during}`)
    if (result.spawnError) throw new Error(`${during}: ${result.spawnError}`)
    return result
  }

  const reported = await go.goEnv(['GOVERSION', 'GOOS', 'GOARCH'])
  const proof = {
    goVersion: reported.GOVERSION,
    goos: reported.GOOS,
    goarch: reported.GOARCH,
    runtime: plan.emulation.probe
  }
  if (proof.goVersion !== `go${plan.toolchain.version}`) {
    return finish('error', `toolchain says ${proof.goVersion}, the cell claims go${plan.toolchain.version}`, {
      proof
    })
  }

  const binaries: BinaryRecord[] = []
  let evidenceMs = 0
  if (!plan.race && config.build.length > 0) {
    const built = await buildAndVerify(plan, { config, go, check, tempDir: deps.tempDir, tool: deps.tool })
    evidenceMs = built.evidenceMs
    if (built.failure) {
      const sboms = built.binaries.flatMap((b) => b.sboms ?? [])
      const compileErrors = built.compileErrors ?? []
      return finish(built.failure.status, built.failure.reason, {
        proof,
        binaries: built.binaries,
        sboms,
        evidenceMs,
        compileErrors
      })
    }
    binaries.push(...built.binaries)
  }

  const logRel = path.join('logs', `${plan.id}.jsonl`)
  const coverRel = path.join('coverage', `${plan.id}.out`)
  const wantCoverage = config.coverage && !plan.race && plan.emulation.execution !== 'build-only'
  await mkdir(path.join(config.outDir, 'logs'), { recursive: true })
  if (wantCoverage) await mkdir(path.join(config.outDir, 'coverage'), { recursive: true })
  // The build flags apply to the tests too: with the same flags (-trimpath above all), go build
  // and go test share one build cache instead of compiling the standard library twice.
  const args = ['test', '-json', ...config.buildFlags]
  if (plan.race) args.push('-race')
  if (plan.emulation.execution === 'qemu-exec' && !plan.race) args.push(`-exec=${plan.emulation.qemu}`)
  // Build-only: compile every test binary, then "run" it with true(1), so the tests prove they build.
  if (plan.emulation.execution === 'build-only')
    args.push('-run=^$', `-exec=${which('true', env.PATH) ?? '/bin/true'}`)
  if (wantCoverage) args.push(`-coverprofile=${path.join(config.outDir, coverRel)}`)
  if (config.tags.length) args.push(`-tags=${config.tags.join(',')}`)
  // Run the tests for real every time (no cached "ok"), unless the user chose a -count.
  if (!config.testFlags.some((f) => /^--?count(=|$)/.test(f))) args.push('-count=1')
  args.push(...config.testFlags, '--', ...config.packages)

  const counter = new TestEventCounter()
  const log = createWriteStream(path.join(config.outDir, logRel))
  const test = await go.run(args, { stdout: log, captureStdout: false, onStdoutLine: (l) => counter.add(l) })
  await new Promise((resolve) => log.end(resolve))
  if (test.stderr.trim())
    await writeFile(path.join(config.outDir, 'logs', `${plan.id}.stderr.log`), test.stderr)
  check(test, 'go test')

  const coverage = wantCoverage ? await readCoverage(path.join(config.outDir, coverRel)) : null
  const extra: Partial<CellResult> = {
    tests: counter.counts,
    failures: counter.failures,
    binaries,
    sboms: binaries.flatMap((b) => b.sboms ?? []),
    evidenceMs,
    proof,
    log: logRel,
    coverage,
    coverageProfile: coverage === null ? null : coverRel
  }
  if (test.code === 0) {
    const reason =
      plan.emulation.execution === 'build-only'
        ? `build only: tests compiled, not run (${plan.emulation.reason})`
        : ''
    return finish('passed', reason, extra)
  }
  if (counter.counts.failed === 0 && (counter.buildFailedPackages.length || !counter.failedPackages.length)) {
    const pkgs = counter.buildFailedPackages.join(', ')
    return finish(
      'build-failed',
      `go test did not build${pkgs ? ` ${pkgs}` : ''}: ${firstLines(test.stderr) || `exit ${test.code}`}`,
      { ...extra, compileErrors: parseCompileErrors(test.stderr, config.workingDirectory) }
    )
  }
  const failed = counter.counts.failedTests
  const reason = failed.length
    ? `${failed.length} failed: ${failed.slice(0, 5).join(', ')}${failed.length > 5 ? ', ...' : ''}`
    : `${counter.failedPackages.join(', ')} failed: ${counter.packageTail(counter.failedPackages[0]) || firstLines(test.stderr)}`
  return finish('failed', reason, extra)
}

async function readCoverage(file: string): Promise<number | null> {
  try {
    return coveragePercent(parseProfile(await readFile(file, 'utf8')))
  } catch {
    return null
  }
}
