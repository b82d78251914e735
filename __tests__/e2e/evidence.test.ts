/**
 * Issue 4 end to end: binary checks, checksums, SBOMs and merged coverage from a real run of
 * dist/cli.js on examples/hello (two Go versions x linux/amd64 + linux/arm64 + cgo cells).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startMirror, type Mirror } from '../harness/mirror.js'
import { REPO, makeRunnerDirs, runCli, type ProcessResult } from '../harness/runner.js'
import { validateCycloneDx, validateSpdx } from '../harness/sbom-schemas.js'
import { prepareToolchains } from '../harness/toolchains.js'

const OLD = '1.21.13'
const STABLE = '1.27.4'
const shared = { XDG_CACHE_HOME: path.join(os.tmpdir(), 'gcm-e2e-cache') }

interface Binary {
  path: string
  name: string
  sha256: string
  checks: { machine: boolean; static: boolean | null; buildinfo: boolean; problems: string[] }
  sboms: string[]
}
interface Cell {
  id: string
  go: string
  goarch: string
  cgo: boolean
  status: string
  coverage: number | null
  coverageProfile: string | null
  binaries: Binary[]
  sboms: string[]
}
interface Results {
  cells: Cell[]
  coverage: { merged: number | null; profile: string | null }
  toolchains: Array<{ version: string; path: string }>
}

let mirror: Mirror
let run: ProcessResult
let outDir: string
let results: Results

beforeAll(async () => {
  mirror = await startMirror({ toolchains: await prepareToolchains([OLD, STABLE]) })
  const dirs = makeRunnerDirs('gcm-evidence-')
  outDir = path.join(dirs.root, 'out')
  run = await runCli(
    [
      '--go-versions',
      `${OLD}, ${STABLE}`,
      '--targets',
      'linux/amd64, linux/arm64',
      '--cgo',
      '0,1',
      '--race',
      'false',
      '--go-download-base-url',
      mirror.dlBaseUrl,
      '--out-dir',
      outDir,
      path.join(REPO, 'examples', 'hello')
    ],
    dirs,
    shared
  )
  results = JSON.parse(readFileSync(path.join(outDir, 'results.json'), 'utf8')) as Results
})
afterAll(async () => mirror?.close())

describe('evidence for every binary', () => {
  it('runs 8 cells, all passing', () => {
    expect(run.code).toBe(0)
    expect(results.cells.map((c) => [c.id, c.status]).filter(([, s]) => s !== 'passed')).toEqual([])
    expect(results.cells).toHaveLength(8)
  })

  it("records each binary's checks: machine, static linking (cgo off), build info", () => {
    for (const cell of results.cells) {
      expect(cell.binaries.map((b) => b.name)).toEqual(['hello'])
      for (const b of cell.binaries) {
        expect([cell.id, b.checks.problems]).toEqual([cell.id, []])
        expect(b.checks.machine).toBe(true)
        expect(b.checks.buildinfo).toBe(true)
        if (!cell.cgo) expect(b.checks.static).toBe(true)
      }
    }
  })

  it('writes checksums.txt that sha256sum -c accepts', () => {
    const out = execFileSync('sha256sum', ['-c', 'checksums.txt'], { cwd: outDir }).toString()
    expect(out.trim().split('\n')).toHaveLength(8)
    expect(out).not.toMatch(/FAILED/)
  })

  it('writes CycloneDX 1.6 and SPDX 2.3 SBOMs per binary that validate and list the stdlib and every module', async () => {
    for (const cell of results.cells) {
      const [binary] = cell.binaries
      expect(binary.sboms.sort()).toEqual([
        `sbom/${cell.id}/hello.cdx.json`,
        `sbom/${cell.id}/hello.spdx.json`
      ])
      expect(cell.sboms.sort()).toEqual(binary.sboms)
      const goroot = results.toolchains.find((t) => t.version === cell.go)!.path
      const modules = execFileSync(path.join(goroot, 'bin', 'go'), [
        'version',
        '-m',
        path.join(outDir, binary.path)
      ])
        .toString()
        .split('\n')
        .filter((l) => /^\t(mod|dep)\t/.test(l))
        .map((l) => l.split('\t')[2])
      const cdxText = readFileSync(path.join(outDir, `sbom/${cell.id}/hello.cdx.json`), 'utf8')
      const spdxText = readFileSync(path.join(outDir, `sbom/${cell.id}/hello.spdx.json`), 'utf8')
      expect(await validateCycloneDx(cdxText)).toEqual([])
      expect(validateSpdx(spdxText)).toEqual([])
      for (const text of [cdxText, spdxText]) {
        expect(text).toContain(`pkg:golang/stdlib@`)
        expect(text).toContain(binary.sha256)
        for (const mod of modules) expect(text).toContain(`pkg:golang/${mod}`)
      }
    }
  })
})

describe('coverage merged across cells', () => {
  it('covers every statement any cell covered, counts none twice, and lists functions of both architectures', () => {
    expect(results.coverage.profile).toBe('coverage/merged.out')
    // Per file: the statements and covered statements of each cell, and of the merge.
    const perFile = (file: string) => {
      const files = new Map<string, { stmts: number; covered: number }>()
      for (const line of readFileSync(path.join(outDir, file), 'utf8').split('\n').slice(1)) {
        const m = /^(.+):[\d.,]+ (\d+) (\d+)$/.exec(line)
        if (!m) continue
        const f = files.get(m[1]) ?? { stmts: 0, covered: 0 }
        f.stmts += Number(m[2])
        if (Number(m[3]) > 0) f.covered += Number(m[2])
        files.set(m[1], f)
      }
      return files
    }
    const merged = perFile('coverage/merged.out')
    for (const cell of results.cells.filter((c) => c.coverageProfile)) {
      for (const [file, { stmts, covered }] of perFile(cell.coverageProfile!)) {
        expect([cell.id, file, merged.get(file)!.stmts]).toEqual([cell.id, file, stmts])
        expect(merged.get(file)!.covered).toBeGreaterThanOrEqual(covered)
      }
    }
    // The total is go tool cover's own; the union of both architectures' files sets it, so it can
    // sit below a cell whose architecture-only file was covered better (see README).
    const func = readFileSync(path.join(outDir, 'coverage', 'merged.func.txt'), 'utf8')
    expect(func).toMatch(/arch_amd64\.go:\d+:/)
    expect(func).toMatch(/arch_arm64\.go:\d+:/)
    expect(func).toMatch(new RegExp(`^total:\\s+\\(statements\\)\\s+${results.coverage.merged}%$`, 'm'))
    expect(readFileSync(path.join(outDir, 'coverage', 'merged.html'), 'utf8')).toContain('arch_arm64.go')
  })
})

describe('reproducible builds', () => {
  it('builds twice with a fresh GOCACHE and finds identical bytes', async () => {
    const dirs = makeRunnerDirs('gcm-repro-')
    const repro = await runCli(
      [
        '--go-versions',
        STABLE,
        '--targets',
        'linux/arm64',
        '--race',
        'false',
        '--reproducible',
        'true',
        '--coverage',
        'false',
        '--sbom',
        'none',
        '--go-download-base-url',
        mirror.dlBaseUrl,
        path.join(REPO, 'examples', 'hello')
      ],
      dirs,
      shared
    )
    expect(repro.stderr).toBe('')
    expect(repro.code).toBe(0)
  })
})
