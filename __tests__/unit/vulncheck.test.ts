// vulncheck's reading and judging of govulncheck -json, on streams recorded from govulncheck
// v1.9.0 run by hand against __tests__/fixtures/vulndb on the binaries and packages of
// __tests__/fixtures/vulnerable (see __tests__/fixtures/govulncheck-json/README.md).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { Validation, Spec } from '@cyclonedx/cyclonedx-library'
import { buildConfig } from '../../src/config/config.js'
import type { CellResult } from '../../src/cells/types.js'
import { renderCycloneDx } from '../../src/sbom/cyclonedx.js'
import { buildSbomModel } from '../../src/sbom/model.js'
import { parseBuildInfo } from '../../src/verify/buildinfo.js'
import { judgeBinaries, judgeCell } from '../../src/vulncheck/cell.js'
import { Govulncheck } from '../../src/vulncheck/govulncheck.js'
import { InputError } from '../../src/errors.js'
import {
  failingFindings,
  failureReason,
  hasSymbolTable,
  mergeBinaryFindings,
  parseGovulncheckJson,
  semverToGoTag,
  splitJsonValues,
  StreamError
} from '../../src/vulncheck/findings.js'
import { renderVulncheckMarkdown, vulncheckWarnings } from '../../src/vulncheck/report.js'
import type { CellVulnFinding, VulnFinding } from '../../src/vulncheck/types.js'

const RECORDED = path.join(import.meta.dirname, '../fixtures/govulncheck-json')
const recorded = (name: string) => readFileSync(path.join(RECORDED, name), 'utf8')
const TOOL = { version: 'v1.9.0', db: 'file:///vulndb' }

/** id, module, found, fixed, level, reachable, symbols: what a reader compares. */
const brief = (f: VulnFinding) => [
  f.id,
  f.module,
  f.foundVersion,
  f.fixedVersion,
  f.level,
  f.reachable,
  f.symbols
]

describe('parseGovulncheckJson', () => {
  it('reads a binary scan into one finding per advisory at the deepest level reached', () => {
    const scan = parseGovulncheckJson(recorded('binary-go1.21.13-parse.json'))
    expect(scan.scanner).toBe('govulncheck@v1.9.0')
    expect(scan.protocol).toBe('v1.0.0')
    expect(scan.goVersion).toBe('go1.21.13')
    expect(scan.findings.map(brief)).toEqual([
      [
        'GO-2021-0113',
        'golang.org/x/text',
        'v0.3.5',
        'v0.3.7',
        'symbol',
        true,
        ['golang.org/x/text/language.Parse']
      ],
      // ParseAcceptLanguage and MatchStrings are not linked into parse: imported, not reachable.
      ['GO-2022-1059', 'golang.org/x/text', 'v0.3.5', 'v0.3.8', 'package', false, []],
      [
        'GO-2024-3106',
        'stdlib',
        'go1.21.13',
        'go1.22.7',
        'symbol',
        true,
        ['encoding/gob.Decoder.Decode', 'encoding/gob.Decoder.DecodeValue']
      ]
    ])
    const gob = scan.findings.find((f) => f.id === 'GO-2024-3106')!
    expect(gob).toMatchObject({
      aliases: ['CVE-2024-34156'],
      summary: 'Stack exhaustion in Decoder.Decode in encoding/gob',
      url: 'https://pkg.go.dev/vuln/GO-2024-3106',
      packages: ['encoding/gob'],
      entryPoints: []
    })
  })

  it('finds no standard-library advisory in a go1.26.11 binary, and the imported-only module ones', () => {
    const scan = parseGovulncheckJson(recorded('binary-go1.26.11-quiet.json'))
    expect(scan.findings.map(brief)).toEqual([
      ['GO-2021-0113', 'golang.org/x/text', 'v0.3.5', 'v0.3.7', 'package', false, []],
      ['GO-2022-1059', 'golang.org/x/text', 'v0.3.5', 'v0.3.8', 'package', false, []]
    ])
  })

  it("records govulncheck's word for a stripped binary: every vulnerable symbol reached", () => {
    // quiet calls none of them and does not even import encoding/gob: without a symbol table
    // govulncheck cannot tell, which is why the binary record says symbols: false.
    const scan = parseGovulncheckJson(recorded('binary-stripped-go1.21.13-quiet.json'))
    expect(scan.findings.map((f) => [f.id, f.reachable])).toEqual([
      ['GO-2021-0113', true],
      ['GO-2022-1059', true],
      ['GO-2024-3106', true]
    ])
    // The funcdata symbol's name is only in a symbol table (a binary's own bytes, ELF or not).
    const symtab = (name: string) =>
      Buffer.concat([Buffer.from('\x7fELF...'), Buffer.from(name), Buffer.alloc(8)])
    expect(hasSymbolTable(symtab('go:func.*'))).toBe(true)
    expect(hasSymbolTable(symtab('go.func.*'))).toBe(true)
    expect(hasSymbolTable(symtab('runtime.main'))).toBe(false)
  })

  it('reads a source scan: receivers without "*", and where the calls start', () => {
    const scan = parseGovulncheckJson(recorded('source-go1.21.13.json'))
    expect(scan.findings.map(brief)).toEqual([
      [
        'GO-2021-0113',
        'golang.org/x/text',
        'v0.3.5',
        'v0.3.7',
        'symbol',
        true,
        ['golang.org/x/text/language.Parse']
      ],
      ['GO-2022-1059', 'golang.org/x/text', 'v0.3.5', 'v0.3.8', 'package', false, []],
      ['GO-2024-3106', 'stdlib', 'go1.21.13', 'go1.22.7', 'symbol', true, ['encoding/gob.Decoder.Decode']]
    ])
    expect(scan.findings[2].entryPoints).toEqual(['example.com/vulnerable.RoundTrip (lang.go:30)'])
    expect(scan.findings[0].entryPoints).toEqual(['example.com/vulnerable.Base (lang.go:15)'])
  })

  it('reads a compact stream (one message a line) the same as a pretty one', () => {
    const pretty = recorded('binary-go1.21.13-parse.json')
    const compact = splitJsonValues(pretty)
      .map((v) => JSON.stringify(JSON.parse(v)))
      .join('\n')
    expect(parseGovulncheckJson(compact)).toEqual(parseGovulncheckJson(pretty))
  })

  it('keeps braces and quotes inside strings out of the splitting', () => {
    expect(splitJsonValues('{"a":"}{\\"["}\n {"b":[1,{"c":"]"}]}')).toEqual([
      '{"a":"}{\\"["}',
      '{"b":[1,{"c":"]"}]}'
    ])
  })

  it('refuses what is not a govulncheck -json stream', () => {
    const pretty = recorded('binary-go1.21.13-parse.json')
    expect(() => parseGovulncheckJson(pretty.slice(0, pretty.length - 40))).toThrow(StreamError)
    expect(() => parseGovulncheckJson('No vulnerabilities found.')).toThrow(StreamError)
    expect(() => parseGovulncheckJson('{"progress":{"message":"x"}}')).toThrow(/no config message/)
    expect(() => parseGovulncheckJson('')).toThrow(/no config message/)
  })

  it('spells Go versions as Go does', () => {
    expect(semverToGoTag('v1.22.7')).toBe('go1.22.7')
    expect(semverToGoTag('v1.21.0')).toBe('go1.21.0')
    expect(semverToGoTag('v1.20.0')).toBe('go1.20')
    expect(semverToGoTag('v1.23.0-rc.1')).toBe('go1.23rc1')
    expect(semverToGoTag('v1.0.0')).toBe('go1')
  })
})

const binaryScan = (file: string, symbols = true) => ({
  findings: parseGovulncheckJson(recorded(file)).findings,
  symbols
})

describe('judging', () => {
  const findings = parseGovulncheckJson(recorded('binary-go1.21.13-parse.json')).findings

  it('fails on nothing, the reachable findings, or all of them', () => {
    expect(failingFindings(findings, 'none')).toEqual([])
    expect(failingFindings(findings, 'reachable').map((f) => f.id)).toEqual(['GO-2021-0113', 'GO-2024-3106'])
    expect(failingFindings(findings, 'any').map((f) => f.id)).toEqual([
      'GO-2021-0113',
      'GO-2022-1059',
      'GO-2024-3106'
    ])
  })

  it('names the failing advisories, their versions and fixes in the reason', () => {
    expect(failureReason(failingFindings(findings, 'reachable'), 'reachable')).toBe(
      'vulncheck: 2 reachable advisories (vulncheck-fail-on: reachable): GO-2021-0113 (golang.org/x/text v0.3.5, fixed in v0.3.7), GO-2024-3106 (stdlib go1.21.13, fixed in go1.22.7)'
    )
  })

  it("merges a cell's binaries: each advisory once, deepest level, with the binaries it is in", () => {
    const merged = mergeBinaryFindings([
      { name: 'parse', vulncheck: binaryScan('binary-go1.21.13-parse.json') },
      { name: 'quiet', vulncheck: binaryScan('binary-go1.26.11-quiet.json') }
    ])
    expect(merged.map((f) => [f.id, f.level, f.reachable, f.binaries])).toEqual([
      ['GO-2021-0113', 'symbol', true, ['parse', 'quiet']],
      ['GO-2022-1059', 'package', false, ['parse', 'quiet']],
      ['GO-2024-3106', 'symbol', true, ['parse']]
    ])
  })

  it('turns findings into a failed cell only as vulncheck-fail-on says', () => {
    const quiet = [{ name: 'quiet', vulncheck: binaryScan('binary-go1.26.11-quiet.json') }]
    expect(judgeBinaries(quiet, TOOL, 'reachable', 5).failure).toBeUndefined()
    expect(judgeBinaries(quiet, TOOL, 'none', 5).failure).toBeUndefined()
    const any = judgeBinaries(quiet, TOOL, 'any', 5)
    expect(any.failure).toEqual({
      status: 'failed',
      reason: expect.stringMatching(
        /^vulncheck: 2 advisories \(vulncheck-fail-on: any\): GO-2021-0113 .*GO-2022-1059/
      )
    })
    expect(any.record).toMatchObject({
      mode: 'binary',
      scanner: 'govulncheck@v1.9.0',
      db: 'file:///vulndb',
      failOn: 'any',
      failing: ['GO-2021-0113', 'GO-2022-1059'],
      durationMs: 5
    })
  })

  it('makes a scan that failed an error of the cell, never a pass', () => {
    const judged = judgeBinaries(
      [{ name: 'app', vulncheck: { findings: [], symbols: true, error: 'govulncheck failed: no such db' } }],
      TOOL,
      'none',
      1
    )
    expect(judged.failure).toEqual({
      status: 'error',
      reason: 'vulncheck: app: govulncheck failed: no such db'
    })
    expect(
      judgeCell({ mode: 'source', tool: TOOL, failOn: 'none', findings: [], durationMs: 1 }).failure
    ).toBe(undefined)
  })
})

/** A scanned cell with just what the report reads. */
function cell(
  id: string,
  go: string,
  findings: CellVulnFinding[],
  failing: string[],
  symbols = true
): CellResult {
  return {
    id,
    go,
    binaries: [
      {
        name: 'parse',
        path: `bin/${id}/parse`,
        sha256: '',
        size: 0,
        checks: {},
        vulncheck: { findings, symbols }
      }
    ],
    vulncheck: {
      mode: 'binary',
      scanner: 'govulncheck@v1.9.0',
      db: 'file:///vulndb',
      failOn: 'reachable',
      findings,
      failing,
      durationMs: 1
    }
  } as unknown as CellResult
}

describe('report', () => {
  const old = mergeBinaryFindings([{ name: 'parse', vulncheck: binaryScan('binary-go1.21.13-parse.json') }])
  const stable = mergeBinaryFindings([
    { name: 'quiet', vulncheck: binaryScan('binary-go1.26.11-quiet.json') }
  ])
  const cells = [
    cell('go1.21.13-linux-amd64', '1.21.13', old, ['GO-2021-0113', 'GO-2024-3106']),
    cell('go1.26.11-linux-amd64', '1.26.11', stable, [], false)
  ]

  it('tabulates each advisory across the Go versions', () => {
    const text = renderVulncheckMarkdown(cells).join('\n')
    expect(text).toContain('### Known vulnerabilities (govulncheck@v1.9.0, binary mode)')
    expect(text).toContain('| advisory | module | go1.21.13 | go1.26.11 |')
    expect(text).toContain(
      '| [GO-2024-3106](https://pkg.go.dev/vuln/GO-2024-3106) Stack exhaustion in Decoder.Decode in encoding/gob | stdlib | ❌ go1.21.13 affected, reachable, fixed in go1.22.7 | ✅ not affected |'
    )
    expect(text).toContain(
      '| ❌ v0.3.5 affected, reachable, fixed in v0.3.7 | ⚠️ v0.3.5 affected, imported, fixed in v0.3.7 |'
    )
    expect(text).toContain(
      '3 advisories in 2 scanned cells; 1 cell fails on them (vulncheck-fail-on: reachable)'
    )
    expect(text).toContain('Binaries built with `-ldflags=-s` have no symbol table')
    expect(renderVulncheckMarkdown([{ ...cells[0], vulncheck: undefined } as CellResult])).toEqual([])
  })

  it('warns once per advisory, naming the cells', () => {
    expect(vulncheckWarnings(cells)).toEqual([
      'GO-2021-0113 (golang.org/x/text v0.3.5, fixed in v0.3.7): reachable in go1.21.13-linux-amd64, go1.26.11-linux-amd64 — Out-of-bounds read in golang.org/x/text/language',
      'GO-2022-1059 (golang.org/x/text v0.3.5, fixed in v0.3.8): imported in go1.21.13-linux-amd64, go1.26.11-linux-amd64 — Denial of service via crafted Accept-Language header in golang.org/x/text/language',
      'GO-2024-3106 (stdlib go1.21.13, fixed in go1.22.7): reachable in go1.21.13-linux-amd64 — Stack exhaustion in Decoder.Decode in encoding/gob'
    ])
  })
})

describe('CycloneDX vulnerabilities', () => {
  const info = parseBuildInfo(
    [
      '/out/parse: go1.21.13',
      '\tpath\texample.com/vulnerable/cmd/parse',
      '\tmod\texample.com/vulnerable\t(devel)\t',
      '\tdep\tgolang.org/x/text\tv0.3.5\th1:i6eZZ+zk0SOf0xgBpEpPD18qWcJda6q1sxt3S0kzyUQ=',
      '\tbuild\t-ldflags="-s -w"',
      '\tbuild\tGOARCH=amd64',
      '\tbuild\tGOOS=linux'
    ].join('\n')
  )!
  const model = buildSbomModel(
    {
      binaryName: 'parse',
      binaryRelPath: 'bin/go1.21.13-linux-amd64/parse',
      sha256: 'a'.repeat(64),
      size: 1,
      goos: 'linux',
      goarch: 'amd64',
      variant: '',
      cgo: false,
      buildInfo: info,
      vulnerabilities: parseGovulncheckJson(recorded('binary-go1.21.13-parse.json')).findings
    },
    'go1.21.13-linux-amd64'
  )
  const text = renderCycloneDx(model, {
    tool: { name: 'go-cross-matrix', version: '0.1.0' },
    now: new Date(0)
  })

  it('validates against the CycloneDX 1.6 schema', async () => {
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text)).toBeNull()
  })

  it('lists each finding against the component of its module, at the version in the binary', () => {
    interface Vuln {
      id: string
      source: { name: string; url: string }
      references?: Array<{ id: string }>
      recommendation: string
      affects: Array<{ ref: string; versions: Array<{ version: string; status: string }> }>
      properties: Array<{ name: string; value: string }>
    }
    const bom = JSON.parse(text) as { vulnerabilities: Vuln[] }
    const byId = new Map(bom.vulnerabilities.map((v) => [v.id, v]))
    expect([...byId.keys()].sort()).toEqual(['GO-2021-0113', 'GO-2022-1059', 'GO-2024-3106'])
    const gob = byId.get('GO-2024-3106')!
    expect(gob.source).toEqual({
      name: 'Go Vulnerability Database',
      url: 'https://pkg.go.dev/vuln/GO-2024-3106'
    })
    expect(gob.affects).toEqual([
      { ref: 'pkg:golang/stdlib@1.21.13', versions: [{ version: 'go1.21.13', status: 'affected' }] }
    ])
    expect(gob.recommendation).toBe('Upgrade Go to go1.22.7')
    expect(gob.references?.map((r) => r.id)).toEqual(['CVE-2024-34156'])
    expect(gob.properties).toContainEqual({ name: 'govulncheck:reachable', value: 'true' })
    const accept = byId.get('GO-2022-1059')!
    expect(accept.affects[0]).toEqual({
      ref: 'pkg:golang/golang.org/x/text@v0.3.5',
      versions: [{ version: 'v0.3.5', status: 'affected' }]
    })
    expect(accept.properties).toContainEqual({ name: 'govulncheck:reachable', value: 'false' })
    expect(accept.properties).toContainEqual({ name: 'govulncheck:level', value: 'package' })
  })
})

describe('installing govulncheck', () => {
  it('refuses, naming the input, when no toolchain of the run can build it', async () => {
    const toolCacheDir = mkdtempSync(path.join(os.tmpdir(), 'gcm-vulncheck-install-'))
    try {
      const old = {
        version: '1.21.13',
        semver: '1.21.13',
        specs: ['1.21'],
        path: '/nonexistent',
        source: 'cache',
        verified: true,
        durationMs: 0
      } as const
      await expect(
        Govulncheck.install({
          toolCacheDir,
          arch: 'x64',
          toolchains: [{ ...old }],
          env: {},
          goModCache: toolCacheDir,
          goCache: () => toolCacheDir,
          db: 'https://vuln.go.dev'
        })
      ).rejects.toThrow(
        new InputError(
          'vulncheck',
          'govulncheck v1.9.0 needs go >= 1.26.0 to build, but the newest of go-versions is go1.21.13; add a newer Go to go-versions (e.g. stable) or set vulncheck: off'
        )
      )
    } finally {
      rmSync(toolCacheDir, { recursive: true, force: true })
    }
  })
})

describe('inputs', () => {
  const module = mkdtempSync(path.join(os.tmpdir(), 'gcm-vulncheck-inputs-'))
  writeFileSync(path.join(module, 'go.mod'), 'module example.com/m\n\ngo 1.22\n')
  const build = (inputs: Record<string, string>) => buildConfig((name) => inputs[name], module)
  afterAll(() => rmSync(module, { recursive: true, force: true }))

  it('defaults to off, failing on reachable findings, with the public database', async () => {
    expect(await build({})).toMatchObject({
      vulncheck: 'off',
      vulncheckFailOn: 'reachable',
      vulnDb: 'https://vuln.go.dev'
    })
    expect(
      await build({ vulncheck: 'source', 'vulncheck-fail-on': 'any', vulndb: 'file:///srv/vulndb/' })
    ).toMatchObject({
      vulncheck: 'source',
      vulncheckFailOn: 'any',
      vulnDb: 'file:///srv/vulndb'
    })
  })

  it('refuses bad values with one line naming the input and what is valid', async () => {
    await expect(build({ vulncheck: 'maybe' })).rejects.toThrow(
      'vulncheck: "maybe" is not one of off, binary, source'
    )
    await expect(build({ 'vulncheck-fail-on': 'all' })).rejects.toThrow(
      'vulncheck-fail-on: "all" is not one of none, reachable, any'
    )
    await expect(build({ vulndb: 'vuln.go.dev' })).rejects.toThrow(
      'vulndb: "vuln.go.dev" is not an http(s) or file URL (e.g. https://vuln.go.dev, file:///srv/vulndb)'
    )
    await expect(build({ vulncheck: 'binary', build: '' })).rejects.toThrow(
      /^vulncheck: binary scans the built binaries, but build is empty/
    )
  })

  it('notes fail-on and vulndb given without vulncheck', async () => {
    expect((await build({ 'vulncheck-fail-on': 'any' })).warnings).toEqual([
      'vulncheck-fail-on is only used with vulncheck: binary or source; ignored'
    ])
  })
})
