/**
 * Differential conformance (issue 10): for real public modules, every cell go-cross-matrix reports
 * must agree with `go test -json -count=1` run by hand with the cell's toolchain and environment:
 * the same status, the same set of packages, the same pass/fail/skip counts per package. A
 * disagreement prints both sides. The corpus is in corpus.ts; modules come through the Go module
 * proxy with `go mod download` into the module cache and are never committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startMirror, type Mirror } from '../harness/mirror.js'
import {
  fetchModule,
  goCoverTotal,
  runOracle,
  type OraclePackage,
  type OracleRun
} from '../harness/oracle.js'
import { REPO, makeRunnerDirs, runCli } from '../harness/runner.js'
import { prepareToolchains } from '../harness/toolchains.js'
import { CORPUS, OLDSTABLE_STABLE, VERSIONS, type CorpusModule } from './corpus.js'

/** Shared with the other e2e tests: one warm build cache per Go version. */
const cacheHome = path.join(os.tmpdir(), 'gcm-e2e-cache')
const corpusRoot = path.join(os.tmpdir(), 'gcm-corpus')
let mirror: Mirror
const table: string[] = []
/** One runner for the whole corpus: its tool cache installs each toolchain once. */
const dirs = makeRunnerDirs('gcm-conf-')

beforeAll(async () => {
  mkdirSync(corpusRoot, { recursive: true })
  mirror = await startMirror({ toolchains: await prepareToolchains(VERSIONS) })
})
afterAll(async () => {
  await mirror?.close()
  if (table.length) {
    const text = [
      '| module | cells | packages | tests compared | agreements |',
      '|---|---|---|---|---|',
      ...table
    ].join('\n')
    mkdirSync(path.join(REPO, '.tmp'), { recursive: true })
    writeFileSync(path.join(REPO, '.tmp', 'conformance-table.md'), `${text}\n`)
    console.log(text)
  }
})

interface CellRecord {
  id: string
  go: string
  goos: string
  goarch: string
  cgo: boolean
  race: boolean
  status: string
  reason: string
  execution: string
  binaries: Array<{ name: string; path: string }>
  packages: Array<{ package: string; status: string; passed: number; failed: number; skipped: number }>
  coverage: number | null
  coverageProfile: string | null
}
interface ResultsFile {
  cells: CellRecord[]
  toolchains: Array<{ version: string; path: string }>
  emulation: Array<{ target: string; qemu?: string }>
  coverage: { merged: number | null }
}

const PKG_STATUS: Record<string, OraclePackage['status']> = {
  passed: 'pass',
  'no-tests': 'pass',
  failed: 'fail',
  'build-failed': 'fail',
  'no-test-files': 'skip'
}

/** What go test's own exit code and stream say the cell's status must be. */
function expectedStatus(run: OracleRun): string {
  const pkgs = Object.entries(run.packages)
  if (run.exitCode === 0)
    return pkgs.some(([, p]) => p.passed + p.failed + p.skipped > 0) ? 'passed' : 'no-tests'
  const failing = pkgs.filter(([, p]) => p.status === 'fail')
  const onlyBuilds = failing.every(([name, p]) => p.failed === 0 && run.buildFailed.includes(name))
  return onlyBuilds ? 'build-failed' : 'failed'
}

function ours(cell: CellRecord): Record<string, OraclePackage> {
  return Object.fromEntries(
    cell.packages.map((p) => [
      p.package,
      { status: PKG_STATUS[p.status] ?? p.status, passed: p.passed, failed: p.failed, skipped: p.skipped }
    ])
  ) as Record<string, OraclePackage>
}

function sideBySide(cell: CellRecord, run: OracleRun): string {
  const mine = ours(cell)
  const names = [...new Set([...Object.keys(mine), ...Object.keys(run.packages)])].sort()
  const fmt = (p?: OraclePackage) => (p ? `${p.status} ${p.passed}/${p.failed}/${p.skipped}` : '(absent)')
  return [
    `${cell.id}: go-cross-matrix ${cell.status} (${cell.reason}); go test exit ${run.exitCode} -> ${expectedStatus(run)}`,
    'package | go-cross-matrix pass/fail/skip | go test pass/fail/skip',
    ...names
      .filter((n) => JSON.stringify(mine[n]) !== JSON.stringify(run.packages[n]))
      .map((n) => `${n} | ${fmt(mine[n])} | ${fmt(run.packages[n])}`)
  ].join('\n')
}

describe.each(CORPUS)('$module@$version', (mod: CorpusModule) => {
  let dir: string
  let results: ResultsFile
  let code: number | null
  let outDir: string

  beforeAll(async () => {
    dir = await fetchModule(mod.module, mod.version, corpusRoot)
    mod.prepare?.(dir)
    outDir = path.join(dirs.root, `out-${mod.module.replace(/\//g, '_')}`)
    const args = [
      '--go-versions',
      mod.goVersions ?? OLDSTABLE_STABLE,
      '--targets',
      'linux/amd64, linux/arm64',
      '--cgo',
      mod.cgo ?? '0',
      '--race',
      'false',
      '--sbom',
      'none',
      '--working-directory',
      dir,
      '--out-dir',
      outDir,
      '--go-download-base-url',
      mirror.dlBaseUrl
    ]
    if (mod.packages) args.push('--packages', mod.packages)
    if (mod.testFlags) args.push('--test-flags', mod.testFlags)
    args.push(...(mod.flags ?? []))
    const run = await runCli(args, dirs, { XDG_CACHE_HOME: cacheHome, CI: 'true' })
    code = run.code
    results = JSON.parse(readFileSync(path.join(outDir, 'results.json'), 'utf8')) as ResultsFile
    if (!results.cells.length) throw new Error(`no cells: ${run.stdout}\n${run.stderr}`)
  })

  it('agrees with go test -json on every cell: status, packages, per-package counts', async () => {
    let packages = 0
    let tests = 0
    let agreements = 0
    const disagreements: string[] = []
    for (const cell of results.cells) {
      const toolchain = results.toolchains.find((t) => t.version === cell.go)!
      const emulation = results.emulation.find((e) => e.target === `${cell.goos}/${cell.goarch}`)
      const oracle = await runOracle(
        dir,
        {
          goroot: toolchain.path,
          goos: cell.goos,
          goarch: cell.goarch,
          cgo: cell.cgo,
          execution: cell.execution,
          qemu: emulation?.qemu,
          goCache: path.join(cacheHome, 'go-cross-matrix', 'go-build', cell.go)
        },
        (mod.packages ?? './...').split(/\s+/),
        ['-trimpath'],
        mod.testFlags ? mod.testFlags.split(/\s+/) : []
      )
      const same =
        cell.status === expectedStatus(oracle) &&
        JSON.stringify(Object.entries(ours(cell)).sort()) ===
          JSON.stringify(Object.entries(oracle.packages).sort())
      if (same) agreements++
      else disagreements.push(sideBySide(cell, oracle))
      // Our coverage number is go tool cover's, on the cell's own profile.
      if (cell.coverageProfile) {
        const goCache = path.join(cacheHome, 'go-cross-matrix', 'go-build', cell.go)
        const theirs = await goCoverTotal(
          toolchain.path,
          dir,
          path.join(outDir, cell.coverageProfile),
          goCache
        )
        if (theirs !== cell.coverage)
          disagreements.push(`${cell.id}: coverage ${cell.coverage}%, go tool cover -func says ${theirs}%`)
      }
      packages += Object.keys(oracle.packages).length
      tests += Object.values(oracle.packages).reduce((n, p) => n + p.passed + p.failed + p.skipped, 0)
    }
    table.push(
      `| ${mod.module}@${mod.version} | ${results.cells.length} | ${packages} | ${tests} | ${agreements}/${results.cells.length} |`
    )
    expect(disagreements.join('\n\n')).toBe('')
    expect(code).toBe(results.cells.every((c) => c.status === 'passed') ? 0 : 1)
    expect(results.cells.length).toBe(mod.cells)
  })

  if (mod.check) it(mod.check.name, () => mod.check!.run({ dir, outDir, results, code }))
})
