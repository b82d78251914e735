/**
 * Issue 13 (vulncheck) end to end: dist/index.js and dist/cli.js run govulncheck on the binaries
 * (and packages) of __tests__/fixtures/vulnerable, which depends on golang.org/x/text v0.3.5 and
 * decodes with encoding/gob, against the committed database __tests__/fixtures/vulndb (real
 * advisories: GO-2021-0113 and GO-2022-1059 in x/text, GO-2024-3106 in the standard library,
 * fixed in go1.22.7), over go1.21.13 (affected by all three) and go1.26.11 (not by the stdlib one).
 * Then the same govulncheck run by hand on the same binaries must say the same.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startMirror, type Mirror } from '../harness/mirror.js'
import {
  REPO,
  makeRunnerDirs,
  runAction,
  runCli,
  type ActionResult,
  type RunnerDirs
} from '../harness/runner.js'
import { validateCycloneDx } from '../harness/sbom-schemas.js'
import { prepareToolchains } from '../harness/toolchains.js'

const OLD = '1.21.13'
const NEW = '1.26.11'
const FIXTURE = path.join(REPO, '__tests__', 'fixtures', 'vulnerable')
const VULNDB = pathToFileURL(path.join(REPO, '__tests__', 'fixtures', 'vulndb')).href
const shared = { XDG_CACHE_HOME: path.join(os.tmpdir(), 'gcm-e2e-cache') }
const STDLIB_ADVISORY = 'GO-2024-3106'
const MODULE_ADVISORY = 'GO-2021-0113'
const IMPORTED_ONLY = 'GO-2022-1059'

interface Finding {
  id: string
  module: string
  foundVersion: string
  fixedVersion: string
  level: string
  reachable: boolean
  symbols: string[]
  entryPoints: string[]
  aliases: string[]
  summary: string
}
interface Binary {
  name: string
  path: string
  sboms?: string[]
  vulncheck?: { findings: Finding[]; symbols: boolean; error?: string }
}
interface Cell {
  id: string
  go: string
  status: string
  reason: string
  binaries: Binary[]
  vulncheck?: {
    mode: string
    scanner: string
    db: string
    failOn: string
    failing: string[]
    error?: string
    findings: Array<Finding & { binaries: string[] }>
  }
}
interface Results {
  cells: Cell[]
  stages: Array<{ name: string; status: string }>
}

let mirror: Mirror
let dirs: RunnerDirs

beforeAll(async () => {
  mirror = await startMirror({ toolchains: await prepareToolchains([OLD, NEW]) })
  // One runner for the file: the first run installs govulncheck into its tool cache, the others reuse it.
  dirs = makeRunnerDirs('gcm-vulncheck-')
})
afterAll(async () => mirror?.close())

const readResults = (outDir: string) =>
  JSON.parse(readFileSync(path.join(outDir, 'results.json'), 'utf8')) as Results
const ids = (findings: Finding[] | undefined) => (findings ?? []).map((f) => f.id).sort()
const cellOf = (results: Results, go: string) => results.cells.find((c) => c.go === go)!

function cli(name: string, args: string[]): ReturnType<typeof runCli> {
  return runCli(
    [
      '--targets',
      'linux/amd64',
      '--race',
      'false',
      '--vulndb',
      VULNDB,
      '--go-download-base-url',
      mirror.dlBaseUrl,
      '--out-dir',
      path.join(dirs.root, name),
      ...args,
      FIXTURE
    ],
    dirs,
    shared
  )
}

describe('vulncheck: binary in the action (fail-on none)', () => {
  let run: ActionResult
  let outDir: string
  let results: Results

  beforeAll(async () => {
    outDir = path.join(dirs.root, 'action-out')
    run = await runAction(
      {
        'go-versions': `${OLD}, ${NEW}`,
        // arm64 binaries are built (and their tests compiled) but not run: govulncheck reads any
        // architecture's binary.
        targets: 'linux/amd64, linux/arm64',
        emulation: 'none',
        race: 'false',
        vulncheck: 'binary',
        'vulncheck-fail-on': 'none',
        vulndb: VULNDB,
        sbom: 'cyclonedx',
        'working-directory': FIXTURE,
        'out-dir': outDir,
        'go-download-base-url': mirror.dlBaseUrl,
        upload: 'false',
        cache: 'false'
      },
      dirs,
      shared
    )
    results = readResults(outDir)
  })

  it('installs govulncheck into the tool cache and passes every cell (findings only reported)', () => {
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect(results.cells.map((c) => [c.id, c.status]).sort()).toEqual([
      [`go${OLD}-linux-amd64`, 'passed'],
      [`go${OLD}-linux-arm64`, 'built'],
      [`go${NEW}-linux-amd64`, 'passed'],
      [`go${NEW}-linux-arm64`, 'built']
    ])
    expect(results.stages.find((s) => s.name === 'govulncheck')?.status).toBe('ran')
    const arch = os.arch()
    expect(existsSync(path.join(dirs.toolCache, 'govulncheck', 'v1.9.0', `${arch}.complete`))).toBe(true)
    expect(run.stdout).toMatch(/govulncheck v1\.9\.0 \(installed\)/)
  })

  it('finds the stdlib advisory in exactly the go1.21.13 cells, and the module advisory in every cell', () => {
    expect(results.cells.map((c) => [c.id, ids(c.vulncheck?.findings)]).sort()).toEqual([
      [`go${OLD}-linux-amd64`, [MODULE_ADVISORY, IMPORTED_ONLY, STDLIB_ADVISORY]],
      [`go${OLD}-linux-arm64`, [MODULE_ADVISORY, IMPORTED_ONLY, STDLIB_ADVISORY]],
      [`go${NEW}-linux-amd64`, [MODULE_ADVISORY, IMPORTED_ONLY]],
      [`go${NEW}-linux-arm64`, [MODULE_ADVISORY, IMPORTED_ONLY]]
    ])
    const old = cellOf(results, OLD)
    const stdlib = old.vulncheck!.findings.find((f) => f.id === STDLIB_ADVISORY)!
    expect(stdlib).toMatchObject({
      module: 'stdlib',
      foundVersion: `go${OLD}`,
      fixedVersion: 'go1.22.7',
      reachable: true,
      aliases: ['CVE-2024-34156'],
      summary: 'Stack exhaustion in Decoder.Decode in encoding/gob',
      binaries: ['parse', 'quiet']
    })
    for (const cell of results.cells) {
      expect(cell.vulncheck).toMatchObject({
        mode: 'binary',
        scanner: 'govulncheck@v1.9.0',
        db: VULNDB,
        failOn: 'none',
        failing: []
      })
      const text = cell.vulncheck!.findings.find((f) => f.id === MODULE_ADVISORY)!
      expect(text).toMatchObject({
        module: 'golang.org/x/text',
        foundVersion: 'v0.3.5',
        fixedVersion: 'v0.3.7'
      })
    }
  })

  it('records the findings per binary, and that the default -s binaries have no symbol table', () => {
    for (const cell of results.cells) {
      expect(cell.binaries.map((b) => b.name)).toEqual(['parse', 'quiet'])
      for (const binary of cell.binaries) {
        expect([cell.id, binary.name, binary.vulncheck?.symbols, binary.vulncheck?.error]).toEqual([
          cell.id,
          binary.name,
          false,
          undefined
        ])
      }
      const parse = cell.binaries.find((b) => b.name === 'parse')!
      expect(parse.vulncheck!.findings.find((f) => f.id === MODULE_ADVISORY)!.symbols).toContain(
        'golang.org/x/text/language.Parse'
      )
    }
  })

  it('tabulates the advisories across Go versions in the job summary', () => {
    expect(run.summary).toContain('### Known vulnerabilities (govulncheck@v1.9.0, binary mode)')
    expect(run.summary).toContain(`| advisory | module | go${OLD} | go${NEW} |`)
    expect(run.summary).toContain(
      `| [${STDLIB_ADVISORY}](https://pkg.go.dev/vuln/${STDLIB_ADVISORY}) Stack exhaustion in Decoder.Decode in encoding/gob | stdlib | ⚠️ go${OLD} affected, reachable, fixed in go1.22.7 | ✅ not affected |`
    )
    expect(run.summary).toMatch(
      new RegExp(
        `\\| \\[${MODULE_ADVISORY}\\].* \\| golang\\.org/x/text \\| ⚠️ v0\\.3\\.5 affected, reachable, fixed in v0\\.3\\.7 \\| ⚠️ v0\\.3\\.5 affected, reachable, fixed in v0\\.3\\.7 \\|`
      )
    )
    expect(run.summary).toContain('have no symbol table')
  })

  it('annotates each advisory once as a warning', () => {
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning'))
    const about = (id: string) => warnings.filter((w) => w.includes(`::${id} (`))
    expect(about(STDLIB_ADVISORY)).toHaveLength(1)
    expect(about(STDLIB_ADVISORY)[0]).toContain(
      `stdlib go${OLD}, fixed in go1.22.7): reachable in go${OLD}-linux-amd64, go${OLD}-linux-arm64 — `
    )
    expect(about(MODULE_ADVISORY)).toHaveLength(1)
    for (const id of results.cells.map((c) => c.id)) expect(about(MODULE_ADVISORY)[0]).toContain(id)
  })

  it("lists the findings in each binary's CycloneDX SBOM, against the affected component", async () => {
    for (const cell of results.cells) {
      for (const binary of cell.binaries) {
        const text = readFileSync(path.join(outDir, binary.sboms![0]), 'utf8')
        expect(await validateCycloneDx(text)).toEqual([])
        const bom = JSON.parse(text) as {
          vulnerabilities?: Array<{
            id: string
            affects: Array<{ ref: string; versions: Array<{ version: string }> }>
          }>
        }
        const listed = (bom.vulnerabilities ?? []).map((v) => v.id).sort()
        expect([cell.id, binary.name, listed]).toEqual([
          cell.id,
          binary.name,
          ids(binary.vulncheck!.findings)
        ])
        const stdlib = bom.vulnerabilities!.find((v) => v.id === STDLIB_ADVISORY)
        if (cell.go === OLD)
          expect(stdlib?.affects).toEqual([
            { ref: `pkg:golang/stdlib@${OLD}`, versions: [{ version: `go${OLD}`, status: 'affected' }] }
          ])
        else expect(stdlib).toBeUndefined()
      }
    }
  })

  it('says what govulncheck run by hand on the same binaries says (differential)', () => {
    const govulncheck = path.join(dirs.toolCache, 'govulncheck', 'v1.9.0', os.arch(), 'govulncheck')
    for (const cell of results.cells) {
      for (const binary of cell.binaries) {
        const stdout = execFileSync(
          govulncheck,
          ['-json', `-db=${VULNDB}`, '-mode=binary', path.join(outDir, binary.path)],
          {
            encoding: 'utf8',
            env: { PATH: process.env.PATH, HOME: process.env.HOME }
          }
        )
        // An independent reading: govulncheck starts each message with "{" alone on a line.
        const messages = stdout
          .split(/^(?=\{$)/m)
          .filter((m) => m.trim())
          .map((m) => JSON.parse(m) as { finding?: { osv: string; trace: Array<{ function?: string }> } })
        const byHand = new Map<string, boolean>()
        for (const { finding } of messages) {
          if (!finding) continue
          byHand.set(finding.osv, (byHand.get(finding.osv) ?? false) || Boolean(finding.trace[0].function))
        }
        const ours = new Map(binary.vulncheck!.findings.map((f) => [f.id, f.reachable]))
        expect([cell.id, binary.name, [...ours].sort()]).toEqual([cell.id, binary.name, [...byHand].sort()])
      }
    }
  })
})

describe('vulncheck-fail-on decides the exit status', () => {
  it('reachable (the default): the reachable advisories fail the cells, named in their reasons', async () => {
    const run = await cli('reachable', ['--go-versions', `${OLD}, ${NEW}`, '--vulncheck', 'binary'])
    const results = readResults(path.join(dirs.root, 'reachable'))
    expect(run.code).toBe(1)
    // The second run reuses the govulncheck the first installed.
    expect(run.stdout + run.stderr).toMatch(/govulncheck v1\.9\.0 \(cached\)/)
    const old = cellOf(results, OLD)
    const fresh = cellOf(results, NEW)
    expect([old.status, fresh.status]).toEqual(['failed', 'failed'])
    expect(old.reason).toMatch(/^vulncheck: \d+ reachable advisories \(vulncheck-fail-on: reachable\): /)
    expect(old.reason).toContain(`${STDLIB_ADVISORY} (stdlib go${OLD}, fixed in go1.22.7)`)
    expect(old.reason).toContain(`${MODULE_ADVISORY} (golang.org/x/text v0.3.5, fixed in v0.3.7)`)
    expect(fresh.reason).not.toContain(STDLIB_ADVISORY)
    expect(fresh.vulncheck!.failing).toContain(MODULE_ADVISORY)
  })

  // An unstripped quiet binary imports golang.org/x/text/language but calls nothing vulnerable.
  const quiet = ['--go-versions', NEW, '--vulncheck', 'binary', '--build', './cmd/quiet', '--ldflags', '']

  it('reachable: findings that are only imported do not fail the cell', async () => {
    const run = await cli('quiet-reachable', quiet)
    const results = readResults(path.join(dirs.root, 'quiet-reachable'))
    expect([run.code, results.cells.map((c) => c.status)]).toEqual([0, ['passed']])
    const [binary] = results.cells[0].binaries
    expect(binary.vulncheck?.symbols).toBe(true)
    expect(binary.vulncheck!.findings.map((f) => [f.id, f.level, f.reachable])).toEqual([
      [MODULE_ADVISORY, 'package', false],
      [IMPORTED_ONLY, 'package', false]
    ])
  })

  it('any: the same findings fail it', async () => {
    const run = await cli('quiet-any', [...quiet, '--vulncheck-fail-on', 'any'])
    const results = readResults(path.join(dirs.root, 'quiet-any'))
    expect(run.code).toBe(1)
    expect(results.cells[0].status).toBe('failed')
    expect(results.cells[0].reason).toBe(
      `vulncheck: 2 advisories (vulncheck-fail-on: any): ${MODULE_ADVISORY} (golang.org/x/text v0.3.5, fixed in v0.3.7), ${IMPORTED_ONLY} (golang.org/x/text v0.3.5, fixed in v0.3.8)`
    )
  })
})

describe('vulncheck: source', () => {
  it("scans each cell's packages with its own Go: the stdlib advisory only under go1.21.13, with the call", async () => {
    const run = await cli('source', [
      '--go-versions',
      `${OLD}, ${NEW}`,
      '--vulncheck',
      'source',
      '--vulncheck-fail-on',
      'none'
    ])
    const results = readResults(path.join(dirs.root, 'source'))
    expect(run.code).toBe(0)
    const old = cellOf(results, OLD)
    const fresh = cellOf(results, NEW)
    expect(old.vulncheck?.mode).toBe('source')
    expect(ids(old.vulncheck?.findings)).toEqual([MODULE_ADVISORY, IMPORTED_ONLY, STDLIB_ADVISORY])
    expect(ids(fresh.vulncheck?.findings)).toEqual([MODULE_ADVISORY, IMPORTED_ONLY])
    const stdlib = old.vulncheck!.findings.find((f) => f.id === STDLIB_ADVISORY)!
    expect(stdlib).toMatchObject({
      reachable: true,
      symbols: ['encoding/gob.Decoder.Decode'],
      entryPoints: ['example.com/vulnerable.RoundTrip (lang.go:30)']
    })
    // Source mode sees calls, not just linked packages: ParseAcceptLanguage is never called.
    expect(old.vulncheck!.findings.find((f) => f.id === IMPORTED_ONLY)!.reachable).toBe(false)
  })
})

describe('a matrix of Go versions too old to build govulncheck', () => {
  it('builds govulncheck with the stable Go and still scans every cell', async () => {
    const own = makeRunnerDirs('gcm-vulncheck-old-')
    const out = path.join(own.root, 'old-only')
    const run = await runCli(
      [
        '--go-versions',
        OLD,
        '--targets',
        'linux/amd64',
        '--race',
        'false',
        '--vulncheck',
        'binary',
        '--vulncheck-fail-on',
        'none',
        '--vulndb',
        VULNDB,
        '--go-download-base-url',
        mirror.dlBaseUrl,
        '--out-dir',
        out,
        FIXTURE
      ],
      own,
      shared
    )
    expect(run.code).toBe(0)
    expect(run.stdout + run.stderr).toContain(
      `govulncheck needs go >= 1.26.0 to build: building it with go${NEW}`
    )
    const [cell] = readResults(out).cells
    expect(cell.go).toBe(OLD)
    expect(cell.vulncheck?.findings.map((f) => f.id)).toContain(STDLIB_ADVISORY)
  })
})

describe('a scan that cannot run', () => {
  it('makes the cell an error naming the binary and why, never a pass', async () => {
    const missing = pathToFileURL(path.join(dirs.root, 'no-such-vulndb')).href
    const run = await cli('no-db', ['--go-versions', NEW, '--vulncheck', 'binary', '--vulndb', missing])
    const results = readResults(path.join(dirs.root, 'no-db'))
    expect(run.code).toBe(1)
    const [cell] = results.cells
    expect(cell.status).toBe('error')
    expect(cell.reason).toMatch(/^vulncheck: parse: govulncheck failed: .*no-such-vulndb/)
    expect(cell.vulncheck?.error).toMatch(/^parse: govulncheck failed: .*; quiet: govulncheck failed: /)
  })
})

describe('bad input', () => {
  it('ends with one line naming the input and the valid values, exit 2', async () => {
    const run = await cli('bad', ['--go-versions', NEW, '--vulncheck', 'maybe'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual([
      'error: vulncheck: "maybe" is not one of off, binary, source'
    ])
  })
})
