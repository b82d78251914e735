/**
 * Issue 2 end to end: dist/cli.js and dist/index.js install real Go toolchains (fetched through
 * the Go module proxy into the module cache, served from 127.0.0.1) from the dl mirror and from
 * the proxy source, verify them, and reuse them.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startMirror, type Mirror } from '../harness/mirror.js'
import {
  DIST_CLI,
  REPO,
  cleanEnv,
  makeRunnerDirs,
  runAction,
  runCli,
  type RunnerDirs
} from '../harness/runner.js'
import { prepareToolchains, type PreparedToolchain } from '../harness/toolchains.js'

const VERSIONS = ['1.21.13', '1.26.11', '1.27.4', '1.26rc1']
let prepared: PreparedToolchain[]
let mirror: Mirror

beforeAll(async () => {
  prepared = await prepareToolchains(VERSIONS)
  mirror = await startMirror({ toolchains: prepared })
})
afterAll(async () => mirror?.close())

const goVersion = (goroot: string): string =>
  execFileSync(path.join(goroot, 'bin', 'go'), ['version'], {
    env: cleanEnv({ GOTOOLCHAIN: 'local' })
  }).toString()

const archiveRequests = (): string[] => mirror.requests.filter((r) => /\.(tar\.gz|zip)$/.test(r))

interface ResultsJson {
  toolchains: Array<{
    version: string
    spec: string
    path: string
    source: string
    sha256: string
    verified: boolean
  }>
}
const readResults = (dir: string): ResultsJson =>
  JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8'))

describe('setup mode from a go.dev/dl mirror (CLI)', () => {
  let dirs: RunnerDirs
  const setup = (extra: string[] = []) =>
    runCli(
      [
        '--mode',
        'setup',
        '--go-versions',
        '1.21, oldstable, stable',
        '--go-download-base-url',
        mirror.dlBaseUrl,
        ...extra
      ],
      dirs
    )

  beforeAll(() => {
    dirs = makeRunnerDirs()
  })

  it('installs three versions in parallel, verified, each running as the version it claims', async () => {
    const before = archiveRequests().length
    const run = await setup()
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(archiveRequests().length - before).toBe(3)
    const results = readResults(path.join(dirs.workspace, 'go-cross-matrix-out'))
    expect(results.toolchains.map((t) => [t.spec, t.version, t.source, t.verified])).toEqual([
      ['1.21', '1.21.13', 'dl', true],
      ['oldstable', '1.26.11', 'dl', true],
      ['stable', '1.27.4', 'dl', true]
    ])
    for (const t of results.toolchains) {
      expect(goVersion(t.path)).toContain(`go version go${t.version} linux/amd64`)
      expect(t.sha256).toBe(prepared.find((p) => p.version === t.version)!.sha256)
      expect(run.stdout).toContain(`${t.spec} -> ${t.version} -> ${t.path} (dl, verified)`)
    }
  })

  it('lays toolchains out where @actions/tool-cache (and setup-go) find them', async () => {
    process.env.RUNNER_TOOL_CACHE = dirs.toolCache
    process.env.RUNNER_TEMP = dirs.temp
    const tc = await import('@actions/tool-cache')
    expect(tc.find('go', '1.27.4', 'x64')).toBe(path.join(dirs.toolCache, 'go', '1.27.4', 'x64'))
    expect(tc.findAllVersions('go', 'x64').sort()).toEqual(['1.21.13', '1.26.11', '1.27.4'])
  })

  it('downloads nothing the second time and provisions in well under a second', async () => {
    const before = archiveRequests().length
    const run = await setup(['--out-dir', 'warm'])
    expect(run.code).toBe(0)
    expect(archiveRequests().length).toBe(before)
    const results = readResults(path.join(dirs.workspace, 'warm'))
    expect(results.toolchains.map((t) => t.source)).toEqual(['cache', 'cache', 'cache'])
    // The sha256 verified at install time is remembered beside the cached toolchain.
    expect(results.toolchains.every((t) => t.verified && t.sha256)).toBe(true)
    expect(
      Math.max(...results.toolchains.map((t) => (t as unknown as { durationMs: number }).durationMs))
    ).toBeLessThan(1000)
  })

  it('fails a corrupted archive with one line naming the version and both sha256, caching nothing', async () => {
    const own = makeRunnerDirs()
    mirror.setFault('go1.26.11.linux-amd64.tar.gz', { kind: 'corrupt' })
    try {
      const run = await runCli(
        ['--mode', 'setup', '--go-versions', '1.26.11', '--go-download-base-url', mirror.dlBaseUrl],
        own
      )
      expect(run.code).toBe(3)
      const expected = prepared.find((p) => p.version === '1.26.11')!.sha256
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          new RegExp(
            `^error: go1\\.26\\.11: checksum mismatch for go1\\.26\\.11\\.linux-amd64\\.tar\\.gz: expected sha256 ${expected}, got [0-9a-f]{64}$`
          )
        )
      ])
      expect(run.stderr).not.toMatch(/\n\s+at /)
      expect(existsSync(path.join(own.toolCache, 'go', '1.26.11'))).toBe(false)
      expect(readdirSync(path.join(own.toolCache, 'go')).filter((n) => !n.startsWith('.lock'))).toEqual([])
      // A fault of the machine or a service (not a bad input): results.json says what happened.
      const results = JSON.parse(
        readFileSync(path.join(own.workspace, 'go-cross-matrix-out', 'results.json'), 'utf8')
      ) as {
        passed: boolean
        toolchains: unknown[]
        failure: string
        stages: Array<{ name: string; status: string }>
      }
      expect(results.passed).toBe(false)
      expect(results.toolchains).toEqual([])
      expect(results.failure).toMatch(/^toolchains: go1\.26\.11: checksum mismatch/)
      // (results.json is written by the results stage itself, which it cannot list as done.)
      expect(results.stages.map((st) => [st.name, st.status])).toEqual([['toolchains', 'failed']])
    } finally {
      mirror.clearFaults()
    }
  })

  it('retries a mirror answering 503 twice, then succeeds', async () => {
    const own = makeRunnerDirs()
    mirror.setFault('go1.21.13.linux-amd64.tar.gz', { kind: 'status', status: 503, times: 2 })
    try {
      const before = archiveRequests().length
      const run = await runCli(
        ['--mode', 'setup', '--go-versions', '1.21.13', '--go-download-base-url', mirror.dlBaseUrl],
        own
      )
      expect(run.code).toBe(0)
      expect(archiveRequests().length - before).toBe(3)
      expect(run.stderr).toMatch(/HTTP 503; retrying/)
      expect(goVersion(path.join(own.toolCache, 'go', '1.21.13', 'x64'))).toContain('go1.21.13')
    } finally {
      mirror.clearFaults()
    }
  })

  it('lets two processes install the same version at once, both ending with a working toolchain', async () => {
    const own = makeRunnerDirs()
    const spawnSetup = (outDir: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            DIST_CLI,
            '--mode',
            'setup',
            '--go-versions',
            '1.27.4',
            '--go-download-base-url',
            mirror.dlBaseUrl,
            '--out-dir',
            outDir
          ],
          {
            cwd: own.workspace,
            env: cleanEnv({ RUNNER_TOOL_CACHE: own.toolCache, RUNNER_TEMP: own.temp }),
            stdio: 'ignore'
          }
        )
        child.on('close', resolve)
      })
    expect(await Promise.all([spawnSetup('a'), spawnSetup('b')])).toEqual([0, 0])
    for (const out of ['a', 'b']) {
      const [t] = readResults(path.join(own.workspace, out)).toolchains
      expect(goVersion(t.path)).toContain('go1.27.4')
    }
  })
})

describe('setup mode from the Go module proxy (action, run like a runner)', () => {
  it('installs a release candidate and a 1.21.x verified by h1 from the checksum database, outputs and PATH set', async () => {
    const dirs = makeRunnerDirs()
    const before = mirror.requests.length
    const run = await runAction(
      { mode: 'setup', 'go-versions': '1.26rc1\n1.21', 'toolchain-source': 'proxy' },
      dirs,
      { GOPROXY: `${mirror.proxyUrl},direct`, GOSUMDB: `sum.golang.org ${mirror.url}/unused-direct-sumdb` }
    )
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    const toolchains = JSON.parse(run.outputs.toolchains) as Record<string, string>
    expect(Object.keys(toolchains)).toEqual(['1.26rc1', '1.21.13'])
    expect(JSON.parse(run.outputs['go-versions'])).toEqual(['1.26rc1', '1.21.13'])
    expect(run.outputs.passed).toBe('true')
    expect(goVersion(toolchains['1.26rc1'])).toContain('go version go1.26rc1 linux/amd64')
    expect(goVersion(toolchains['1.21.13'])).toContain('go version go1.21.13 linux/amd64')
    expect(run.path).toEqual([path.join(toolchains['1.26rc1'], 'bin')])
    // Like setup-go, a problem matcher for the go commands of later steps (the action's own file).
    expect(run.stdout).toContain(`::add-matcher::${path.join(REPO, 'matchers.json')}`)
    const results = readResults(path.dirname(run.outputs['results-file']))
    expect(results.toolchains.map((t) => [t.version, t.source, t.verified])).toEqual([
      ['1.26rc1', 'proxy', true],
      ['1.21.13', 'proxy', true]
    ])
    // Verified through the proxy's /sumdb/ endpoint, never the direct URL.
    expect(mirror.requests).toContain(
      '/proxy/sumdb/sum.golang.org/lookup/golang.org/toolchain@v0.0.1-go1.21.13.linux-amd64'
    )
    expect(mirror.requests.some((r) => r.startsWith('/unused-direct-sumdb'))).toBe(false)
    // Believed only after the tree note verified with sum.golang.org's key and the record's
    // inclusion was proved from tiles fetched through the same proxy; the tree head is kept.
    const tiles = mirror.requests
      .slice(before)
      .filter((r) => r.startsWith('/proxy/sumdb/sum.golang.org/tile/8/'))
    expect(tiles.length).toBeGreaterThan(0)
    expect(tiles.some((r) => r.includes('/data/'))).toBe(false)
    expect(readFileSync(path.join(dirs.toolCache, '.sumdb', 'sum.golang.org', 'latest'), 'utf8')).toMatch(
      /^go\.sum database tree\n\d+\n[A-Za-z0-9+/]{43}=\n\n\u2014 sum\.golang\.org [A-Za-z0-9+/=]+\n$/
    )
  })

  it('refuses a proxy zip whose h1 does not match the checksum database', async () => {
    const dirs = makeRunnerDirs()
    mirror.setFault('v0.0.1-go1.27.4.linux-amd64.zip', { kind: 'corrupt' })
    try {
      const run = await runAction(
        { mode: 'setup', 'go-versions': '1.27.4', 'toolchain-source': 'proxy' },
        dirs,
        {
          GOPROXY: mirror.proxyUrl,
          GOSUMDB: `sum.golang.org ${mirror.url}/unused-direct-sumdb`
        }
      )
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(
        /::error::go1\.27\.4: (checksum mismatch for golang.org\/toolchain@v0.0.1-go1.27.4.linux-amd64: expected h1:|.*zip)/
      )
      expect(existsSync(path.join(dirs.toolCache, 'go', '1.27.4', 'x64.complete'))).toBe(false)
    } finally {
      mirror.clearFaults()
    }
  })
})
