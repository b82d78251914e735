/**
 * Issue 14 end to end: several Go modules in one run (dist/cli.js and dist/index.js, real
 * toolchains from a 127.0.0.1 mirror, real QEMU) on __tests__/fixtures/multi-module: `api`
 * (go 1.21) and `tool` (go 1.26), with a go.work using both. Each module's cells are held
 * against `go test -json` run by hand in that module with the cell's toolchain.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startMirror, type Mirror } from '../harness/mirror.js'
import { runOracle, type OraclePackage } from '../harness/oracle.js'
import { REPO, makeRunnerDirs, runAction, runCli, type RunnerDirs } from '../harness/runner.js'
import { prepareToolchains } from '../harness/toolchains.js'

const OLD = '1.21.13'
const NEW = '1.26.11'
/** The fixture's folder relative to the repository (the workspace of these runs). */
const FIXTURE = '__tests__/fixtures/multi-module'
/** The fixture's modules as results.json lists them, their folders under `base`. */
const modulesUnder = (base: string) => [
  { key: 'api', dir: `${base}/api`, path: 'example.com/multi/api', go: '1.21' },
  { key: 'tool', dir: `${base}/tool`, path: 'example.com/multi/tool', go: '1.26' }
]
const MODULES = modulesUnder(FIXTURE)
let mirror: Mirror
let dirs: RunnerDirs
/** One build cache for every run here, as a runner's restored cache would be. */
const shared = { XDG_CACHE_HOME: path.join(os.tmpdir(), 'gcm-e2e-cache') }

beforeAll(async () => {
  mirror = await startMirror({ toolchains: await prepareToolchains([OLD, NEW]) })
  dirs = makeRunnerDirs('gcm-modules-')
})
afterAll(async () => mirror?.close())

interface Cell {
  id: string
  module?: { key: string; dir: string; path: string }
  go: string
  goos: string
  goarch: string
  cgo: boolean
  status: string
  reason: string
  execution: string
  log: string | null
  junit: string | null
  binaries: Array<{ path: string; name: string }>
  packages: Array<{ package: string; status: string; passed: number; failed: number; skipped: number }>
}
interface Results {
  passed: boolean
  modules?: Array<{ key: string; dir: string; path: string; go?: string }>
  cells: Cell[]
  toolchains: Array<{ version: string; path: string }>
  emulation: Array<{ target: string; execution: string }>
}

const readResults = (outDir: string): Results | undefined => {
  const file = path.join(outDir, 'results.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Results) : undefined
}

/** The CLI run from the repository root, so module folders read as the fixture's paths. */
async function cli(args: string[], outName: string, cwd = REPO) {
  const outDir = path.join(dirs.root, outName)
  const run = await runCli(
    ['--go-download-base-url', mirror.dlBaseUrl, '--out-dir', outDir, ...args],
    dirs,
    shared,
    cwd
  )
  return { run, results: readResults(outDir), outDir }
}

const ids = (versions: string[], targets: string[]): string[] =>
  MODULES.flatMap((m) => versions.flatMap((v) => targets.map((t) => `${m.key}-go${v}-${t}`))).sort()

const skipReason = (v: string, base = FIXTURE) =>
  `${base}/tool/go.mod requires go >= 1.26; this cell runs go${v} (GOTOOLCHAIN=local)`

/** Every cell right: the old Go skips `tool` only (with its go.mod's words), all else passed. */
function expectCells(
  results: Results | undefined,
  versions: string[],
  targets: string[],
  base = FIXTURE
): void {
  const modules = modulesUnder(base)
  expect(results?.cells.map((c) => c.id).sort()).toEqual(ids(versions, targets))
  expect(results?.modules).toEqual(modules)
  for (const cell of results!.cells) {
    const module = modules.find((m) => cell.id.startsWith(`${m.key}-`))!
    expect(cell.module).toEqual({ key: module.key, dir: module.dir, path: module.path })
    if (module.key === 'tool' && cell.go === OLD) {
      expect([cell.id, cell.status, cell.reason]).toEqual([cell.id, 'skipped', skipReason(OLD, base)])
      continue
    }
    expect([cell.id, cell.status, cell.reason]).toEqual([cell.id, 'passed', ''])
    // The cell tested its own module's packages, and no other's.
    expect(cell.packages.length).toBeGreaterThan(0)
    for (const p of cell.packages) expect(p.package.startsWith(module.path)).toBe(true)
  }
}

const PKG_STATUS: Record<string, OraclePackage['status']> = {
  passed: 'pass',
  'no-tests': 'pass',
  failed: 'fail',
  'build-failed': 'fail',
  'no-test-files': 'skip'
}

/**
 * The differential check: for every cell, `go test -json` by hand in the cell's module with the
 * cell's toolchain, target and environment (GOWORK=off) must report the same packages with the
 * same statuses and counts; for a skipped cell, go itself must refuse the module's go line.
 */
async function expectOracleAgrees(results: Results, workspace = REPO): Promise<string[]> {
  const compared: string[] = []
  for (const cell of results.cells) {
    const goroot = results.toolchains.find((t) => t.version === cell.go)!.path
    const oracle = await runOracle(
      path.join(workspace, cell.module!.dir),
      {
        goroot,
        goos: cell.goos,
        goarch: cell.goarch,
        cgo: cell.cgo,
        execution: cell.execution,
        goCache: path.join(shared.XDG_CACHE_HOME, 'oracle-modules', cell.go)
      },
      ['./...'],
      [],
      [],
      { GOWORK: 'off' }
    )
    if (cell.status === 'skipped') {
      expect(oracle.exitCode).not.toBe(0)
      expect(oracle.stderr).toContain('requires go >= 1.26')
      compared.push(`${cell.id}: skipped, and go${cell.go} refuses the module`)
      continue
    }
    const ours = Object.fromEntries(
      cell.packages.map((p) => [
        p.package,
        { status: PKG_STATUS[p.status], passed: p.passed, failed: p.failed, skipped: p.skipped }
      ])
    )
    expect([cell.id, ours]).toEqual([cell.id, oracle.packages])
    expect([cell.id, oracle.exitCode]).toEqual([cell.id, 0])
    const tests = cell.packages.reduce((n, p) => n + p.passed + p.failed + p.skipped, 0)
    compared.push(`${cell.id}: ${cell.packages.length} packages, ${tests} tests agree`)
  }
  return compared
}

describe('several modules in one run', () => {
  it('expands a go.work to its modules: cells per module, the old Go skipped for the newer module only, each cell equal to go test by hand', async () => {
    const targets = ['linux-amd64', 'linux-arm64']
    const { run, results, outDir } = await cli(
      [
        '--go-versions',
        `${OLD}, ${NEW}`,
        '--targets',
        'linux/amd64, linux/arm64',
        '--race',
        'false',
        '--working-directory',
        FIXTURE
      ],
      'gowork'
    )
    expect(run.code).toBe(0)
    expectCells(results, [OLD, NEW], targets)
    expect(run.stdout).toMatch(/8 cells over 2 modules \(api: .*\/api, tool: .*\/tool\)/)
    expect(run.stderr).toContain(`warning: tool-go${OLD}-linux-amd64 skipped: ${skipReason(OLD)}`)
    const cells = Object.fromEntries(results!.cells.map((c) => [c.id, c]))
    // Every file of a cell carries its module's key: logs, JUnit, binaries.
    const toolArm64 = cells[`tool-go${NEW}-linux-arm64`]
    expect(toolArm64.log).toBe(`logs/tool-go${NEW}-linux-arm64.jsonl`)
    expect(toolArm64.junit).toBe(`junit/tool-go${NEW}-linux-arm64.xml`)
    expect(toolArm64.binaries.map((b) => b.path)).toEqual([`bin/tool-go${NEW}-linux-arm64/tool`])
    expect(readFileSync(path.join(outDir, toolArm64.binaries[0].path)).readUInt16LE(18)).toBe(0xb7)
    expect(toolArm64.execution).toBe('qemu-binfmt')
    // api has no main package: no binaries, and its cells still pass.
    expect(cells[`api-go${OLD}-linux-amd64`].binaries).toEqual([])
    // The summary: a table per module, headed by its key, folder and module path.
    const summary = readFileSync(path.join(outDir, 'summary.md'), 'utf8')
    expect(summary).toContain(`### api: \`${FIXTURE}/api\` (example.com/multi/api) — 4 cells passed`)
    expect(summary).toContain(
      `### tool: \`${FIXTURE}/tool\` (example.com/multi/tool) — 2 of 4 cells passed · 2 skipped`
    )
    expect(readFileSync(path.join(outDir, 'coverage', 'merged.func.txt'), 'utf8')).toMatch(
      /example\.com\/multi\/api\/api\.go[\s\S]*example\.com\/multi\/tool\/main\.go/
    )
    const compared = await expectOracleAgrees(results!)
    console.log(`differential check, go.work run:\n${compared.join('\n')}`)
  })

  it('takes an explicit list of module folders (the action), and mode: merge names the planned cells of a module no job ran', async () => {
    // The two modules alone, with no go.work anywhere above them.
    for (const m of ['api', 'tool'])
      cpSync(path.join(REPO, FIXTURE, m), path.join(dirs.workspace, 'mods', m), { recursive: true })
    const outDir = path.join(dirs.root, 'list')
    const job = await runAction(
      {
        'go-versions': `${OLD}, ${NEW}`,
        targets: 'linux/amd64',
        race: 'false',
        'working-directory': 'mods/api\nmods/tool',
        'out-dir': outDir,
        'go-download-base-url': mirror.dlBaseUrl,
        upload: 'false',
        cache: 'false'
      },
      dirs,
      shared
    )
    expect(job.code).toBe(0)
    const results = readResults(outDir)
    expectCells(results, [OLD, NEW], ['linux-amd64'], 'mods')
    expect(job.summary).toContain('### tool: `mods/tool` (example.com/multi/tool)')
    // Merged coverage spans both modules: go tool cover saw every module's packages.
    expect(job.stdout).not.toContain('go tool cover -func on the merged profile failed')
    const func = readFileSync(path.join(outDir, 'coverage', 'merged.func.txt'), 'utf8')
    expect(func).toContain('example.com/multi/api/api.go')
    expect(func).toContain('example.com/multi/tool/main.go')
    const compared = await expectOracleAgrees(results!, dirs.workspace)
    console.log(`differential check, list run:\n${compared.join('\n')}`)

    // The plan holds both targets; the job above ran amd64 only: merge must name each missing
    // arm64 cell, with its module.
    const plan = await cli(
      [
        '--mode',
        'plan',
        '--go-versions',
        `${OLD}, ${NEW}`,
        '--targets',
        'linux/amd64, linux/arm64',
        '--working-directory',
        'mods/api, mods/tool'
      ],
      'plan',
      dirs.workspace
    )
    expect(plan.run.code).toBe(0)
    const planFile = JSON.parse(readFileSync(path.join(plan.outDir, 'plan.json'), 'utf8')) as {
      cells: Array<{ id: string; module?: { key: string } }>
      include: Array<{ cells: string }>
    }
    expect(planFile.cells.map((c) => c.id).sort()).toEqual(ids([OLD, NEW], ['linux-amd64', 'linux-arm64']))
    expect(planFile.cells.every((c) => c.id.startsWith(`${c.module?.key}-`))).toBe(true)
    const merge = await cli(['--mode', 'merge', '--merge-from', `${plan.outDir}, ${outDir}`], 'merge')
    expect(merge.run.code).not.toBe(0)
    const missing = merge.results!.cells.filter((c) => c.reason.startsWith('no results: '))
    expect(missing.map((c) => [c.id, c.module?.key]).sort()).toEqual(
      ids([OLD, NEW], ['linux-arm64']).map((id) => [id, id.split('-')[0]])
    )
    expect(merge.results!.modules?.map((m) => m.key)).toEqual(['api', 'tool'])
    expect(merge.run.stderr).toMatch(/4 planned cells have no results: api-go1\.21\.13-linux-arm64/)
  })

  it.each([
    [`${FIXTURE}/api, ${FIXTURE}/nowhere`, `${FIXTURE}/nowhere does not exist`],
    [`${FIXTURE}/api\n${FIXTURE}/api/internal`, `${FIXTURE}/api/internal has no go.mod (nor a go.work)`]
  ])('refuses working-directory %j in one line naming the input and the folder', async (given, words) => {
    const { run } = await cli(['--working-directory', given, '--go-versions', NEW], 'bad')
    expect(run.code).toBe(2)
    const errors = run.stderr.split('\n').filter((l) => l.includes('working-directory'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`working-directory: ${path.join(REPO, words.split(' ')[0])}`)
    expect(errors[0]).toContain(words.slice(words.indexOf(' ')))
  })
})
