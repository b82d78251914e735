/**
 * Issue 7: bad input through both entry points, injected faults and hostile content, each
 * ending as docs/reliability.md says (the cases live in __tests__/reliability/cases.ts).
 */
import { execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
  chmodSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startActionsServices, type ActionsServices } from '../harness/actions-services.js'
import { startMirror, type Mirror } from '../harness/mirror.js'
import { REPO, makeRunnerDirs, runAction, runCli, type RunnerDirs } from '../harness/runner.js'
import { prepareToolchains, type PreparedToolchain } from '../harness/toolchains.js'
import { BAD_INPUTS, type BadInputCase } from '../reliability/cases.js'

const OLD = '1.21.13'
const STABLE = '1.27.4'
const HELLO = path.join(REPO, 'examples', 'hello')
const shared = { XDG_CACHE_HOME: path.join(os.tmpdir(), 'gcm-e2e-cache') }
let mirror: Mirror
let prepared: PreparedToolchain[]
let dirs: RunnerDirs

/** A ustar header + body, written by hand so that entries like "go/../evil" survive as they are. */
function tarEntry(name: string, body: string, type = '0', linkname = ''): Buffer {
  const header = Buffer.alloc(512)
  const put = (text: string, offset: number, length: number) => header.write(text, offset, length, 'latin1')
  put(name, 0, 100)
  put('0000644\0', 100, 8)
  put('0000000\0', 108, 8)
  put('0000000\0', 116, 8)
  put(`${Buffer.byteLength(body).toString(8).padStart(11, '0')}\0`, 124, 12)
  put('00000000000\0', 136, 12)
  put('        ', 148, 8)
  put(type, 156, 1)
  put(linkname, 157, 100)
  put('ustar\0', 257, 6)
  put('00', 263, 2)
  let sum = 0
  for (const byte of header) sum += byte
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8)
  const data = Buffer.alloc(Math.ceil(Buffer.byteLength(body) / 512) * 512)
  data.write(body)
  return Buffer.concat([header, data])
}

function hostileToolchain(root: string): PreparedToolchain {
  const archive = gzipSync(
    Buffer.concat([
      tarEntry('go/bin/go', '#!/bin/sh\n'),
      tarEntry('go/../evil.txt', 'owned\n'),
      Buffer.alloc(1024)
    ])
  )
  const archivePath = path.join(root, 'go1.98.0.linux-amd64.tar.gz')
  writeFileSync(archivePath, archive)
  return {
    version: '1.98.0',
    platform: 'linux-amd64',
    zipPath: '',
    h1: '',
    moduleVersion: 'v0.0.1-go1.98.0.linux-amd64',
    archivePath,
    sha256: createHash('sha256').update(archive).digest('hex'),
    size: archive.length
  }
}

/** Every version folder in the tool cache has its .complete marker. */
function expectOnlyCompleteToolchains(toolCache: string): void {
  const root = path.join(toolCache, 'go')
  if (!existsSync(root)) return
  for (const version of readdirSync(root).filter((n) => !n.startsWith('.'))) {
    for (const arch of readdirSync(path.join(root, version)).filter((n) => !n.includes('.'))) {
      expect([version, arch, existsSync(path.join(root, version, `${arch}.complete`))]).toEqual([
        version,
        arch,
        true
      ])
    }
  }
}

beforeAll(async () => {
  prepared = await prepareToolchains([OLD, STABLE])
  dirs = makeRunnerDirs('gcm-reliability-')
  mirror = await startMirror({ toolchains: [...prepared, hostileToolchain(dirs.root)] })
})
afterAll(async () => mirror?.close())

describe('bad input', () => {
  const inputsFor = (c: (typeof BAD_INPUTS)[number], outDir: string): Record<string, string> => ({
    'working-directory': HELLO,
    ...(c.needsMirror ? { 'go-download-base-url': mirror.dlBaseUrl } : {}),
    ...c.inputs,
    'out-dir': outDir
  })

  it.each(BAD_INPUTS.map((c) => [c.id, c] as [string, BadInputCase]))('CLI: %s', async (_id, c) => {
    const own = makeRunnerDirs('gcm-bad-')
    const outDir = path.join(own.root, 'out')
    const args = c.cliArgs ?? Object.entries(inputsFor(c, outDir)).flatMap(([k, v]) => [`--${k}=${v}`])
    const run = await runCli(args, own, {}, REPO)
    // The CLI's exit code for bad usage or input is 2 (the action's failed step is always 1).
    expect(run.code).toBe(2)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0].replace(/^error: /, '')).toMatch(c.line)
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at /)
    expect(existsSync(path.join(outDir, 'results.json'))).toBe(false)
    expectOnlyCompleteToolchains(own.toolCache)
  })

  it.each(BAD_INPUTS.filter((c) => !c.cliArgs).map((c) => [c.id, c] as [string, BadInputCase]))(
    'action: %s',
    async (_id, c) => {
      const own = makeRunnerDirs('gcm-bad-')
      const outDir = path.join(own.root, 'out')
      const run = await runAction(inputsFor(c, outDir), own, { GITHUB_WORKSPACE: REPO })
      expect(run.code).toBe(1)
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'))
      expect(errors).toHaveLength(1)
      expect(errors[0].replace(/^::error::/, '').replace(/%0A/g, '\n')).toMatch(c.line)
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /)
      expect(existsSync(path.join(outDir, 'results.json'))).toBe(false)
      expectOnlyCompleteToolchains(own.toolCache)
    }
  )
})

describe('faults', () => {
  const setup = (own: RunnerDirs, version: string, extra: string[] = [], env: Record<string, string> = {}) =>
    runCli(
      ['--mode', 'setup', '--go-versions', version, '--go-download-base-url', mirror.dlBaseUrl, ...extra],
      own,
      env
    )
  const tarball = (v: string) => `go${v}.linux-amd64.tar.gz`
  const fetches = (v: string) => mirror.requests.filter((r) => r.endsWith(tarball(v))).length

  it('mirror-503-always', async () => {
    const own = makeRunnerDirs()
    mirror.setFault(tarball(OLD), { kind: 'status', status: 503 })
    try {
      const before = fetches(OLD)
      const run = await setup(own, OLD, ['--toolchain-source', 'dl'])
      expect(run.code).toBe(3)
      expect(fetches(OLD) - before).toBe(4)
      expect(run.stderr.trim().split('\n').pop()).toMatch(
        /^error: go1\.21\.13: could not install \(dl: GET .* answered HTTP 503\)$/
      )
      expect(existsSync(path.join(own.toolCache, 'go', OLD))).toBe(false)
    } finally {
      mirror.clearFaults()
    }
  })

  it.each([
    ['mirror-reset', { kind: 'reset', times: 1 } as const],
    ['mirror-truncate', { kind: 'truncate', bytes: 1_000_000, times: 1 } as const]
  ])('%s', async (_id, fault) => {
    const own = makeRunnerDirs()
    mirror.setFault(tarball(OLD), fault)
    try {
      const before = fetches(OLD)
      const run = await setup(own, OLD)
      expect(run.code).toBe(0)
      expect(fetches(OLD) - before).toBe(2)
      expect(run.stderr).toMatch(/retrying in 500 ms/)
      expect(
        execFileSync(path.join(own.toolCache, 'go', OLD, 'x64', 'bin', 'go'), ['version']).toString()
      ).toContain(`go${OLD}`)
      expectOnlyCompleteToolchains(own.toolCache)
    } finally {
      mirror.clearFaults()
    }
  })

  it('sumdb-unreachable', async () => {
    const own = makeRunnerDirs()
    const lookup = `/lookup/golang.org/toolchain@v0.0.1-go${OLD}.linux-amd64`
    mirror.setFault(lookup, { kind: 'status', status: 404 })
    const env = { GOPROXY: mirror.proxyUrl, GOSUMDB: 'sum.golang.org http://127.0.0.1:9/sumdb' }
    try {
      const refused = await runCli(
        ['--mode', 'setup', '--go-versions', OLD, '--toolchain-source', 'proxy'],
        own,
        env
      )
      expect(refused.code).toBe(3)
      expect(refused.stderr.trim().split('\n').pop()).toMatch(
        /^error: go1\.21\.13: cannot verify golang\.org\/toolchain@v0\.0\.1-go1\.21\.13\.linux-amd64: checksum database unreachable \(.*\); make the checksum database reachable \(GOSUMDB, GOPROXY\) or set verify-checksums: false$/
      )
      expectOnlyCompleteToolchains(own.toolCache)
      expect(existsSync(path.join(own.toolCache, 'go', OLD))).toBe(false)
      const allowed = await runCli(
        [
          '--mode',
          'setup',
          '--go-versions',
          OLD,
          '--toolchain-source',
          'proxy',
          '--verify-checksums',
          'false'
        ],
        own,
        env
      )
      expect(allowed.code).toBe(0)
      const results = JSON.parse(
        readFileSync(path.join(own.workspace, 'go-cross-matrix-out', 'results.json'), 'utf8')
      )
      expect(results.toolchains[0]).toMatchObject({ version: OLD, source: 'proxy', verified: false })
    } finally {
      mirror.clearFaults()
    }
  })

  const proxySetup = (own: RunnerDirs, version: string, env: Record<string, string>) =>
    runCli(['--mode', 'setup', '--go-versions', version, '--toolchain-source', 'proxy'], own, env)
  const lookupUrl = (db: string, version: string) =>
    `${mirror.proxyUrl}/sumdb/${db}/lookup/golang.org/toolchain@v0.0.1-go${version}.linux-amd64`
  /** The one line a forged checksum database answer ends a CLI run with. */
  const forgedLine = (version: string, db: string, what: string) =>
    `error: go${version}: cannot trust the checksum database for golang.org/toolchain@v0.0.1-go${version}.linux-amd64: the answer from ${lookupUrl(db, version)} is forged or corrupt: ${what}; nothing installed`
  const realDb = () => ({
    GOPROXY: mirror.proxyUrl,
    GOSUMDB: 'sum.golang.org http://127.0.0.1:9/unused-direct'
  })

  it('sumdb-bad-signature', async () => {
    const own = makeRunnerDirs()
    mirror.setSumdbForgery('bad-signature')
    try {
      const run = await proxySetup(own, OLD, realDb())
      expect(run.code).toBe(3)
      expect(run.stderr.trim().split('\n')).toEqual([
        forgedLine(OLD, 'sum.golang.org', 'bad signature on the tree note for key sum.golang.org+033de0ae')
      ])
      expect(existsSync(path.join(own.toolCache, 'go', OLD))).toBe(false)
      expect(existsSync(path.join(own.toolCache, '.sumdb'))).toBe(false)
      expectOnlyCompleteToolchains(own.toolCache)
    } finally {
      mirror.clearFaults()
    }
  })

  it('sumdb-not-in-tree', async () => {
    const own = makeRunnerDirs()
    const honest = await (await fetch(lookupUrl('sum.golang.org', OLD))).text()
    const [id, , , , , size] = honest.split('\n')
    mirror.setSumdbForgery('not-in-tree')
    try {
      const before = mirror.requests.length
      const run = await proxySetup(own, OLD, realDb())
      expect(run.code).toBe(3)
      expect(run.stderr.trim().split('\n')).toEqual([
        forgedLine(
          OLD,
          'sum.golang.org',
          `its record ${id} is not in the signed tree of size ${size} (the inclusion proof does not reach the root hash)`
        )
      ])
      // The signature passed; the proof was read from tiles through the same proxy.
      expect(
        mirror.requests.slice(before).some((r) => r.startsWith('/proxy/sumdb/sum.golang.org/tile/8/'))
      ).toBe(true)
      expect(existsSync(path.join(own.toolCache, 'go', OLD))).toBe(false)
      expectOnlyCompleteToolchains(own.toolCache)
    } finally {
      mirror.clearFaults()
    }
  })

  it('sumdb-inconsistent', async () => {
    const own = makeRunnerDirs()
    const env = { GOPROXY: mirror.proxyUrl, GOSUMDB: mirror.testSumdb.gosumdb }
    const latest = path.join(own.toolCache, '.sumdb', mirror.testSumdb.name, 'latest')
    const size = mirror.testSumdb.log.size
    // The honest history first: installed, and its tree head kept for this runner.
    const first = await proxySetup(own, OLD, env)
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('(proxy, verified)')
    expect(readFileSync(latest, 'utf8').split('\n').slice(0, 2)).toEqual([
      'go.sum database tree',
      String(size)
    ])
    mirror.setSumdbForgery('inconsistent') // a fork: record 0 replaced, one record more, same key
    try {
      const run = await proxySetup(own, STABLE, env)
      expect(run.code).toBe(3)
      expect(run.stderr.trim().split('\n')).toEqual([
        forgedLine(
          STABLE,
          mirror.testSumdb.name,
          `its signed tree of size ${size + 1} is inconsistent with the tree of size ${size} verified earlier (${latest})`
        )
      ])
      expect(existsSync(path.join(own.toolCache, 'go', STABLE))).toBe(false)
      expect(readFileSync(latest, 'utf8').split('\n')[1]).toBe(String(size))
      expectOnlyCompleteToolchains(own.toolCache)
    } finally {
      mirror.clearFaults()
    }
  })

  it('index-unreachable', async () => {
    const own = makeRunnerDirs()
    const run = await runCli(
      ['--mode', 'setup', '--go-versions', OLD, '--go-download-base-url', 'http://127.0.0.1:9/dl'],
      own,
      {
        GOPROXY: mirror.proxyUrl,
        GOSUMDB: `sum.golang.org ${mirror.url}/unused`
      }
    )
    expect(run.code).toBe(0)
    expect(run.stderr).toMatch(
      /warning: release list http:\/\/127\.0\.0\.1:9\/dl\/\?mode=json&include=all failed .*; trying proxy/
    )
    expect(run.stdout).toContain(`${OLD} -> ${OLD} -> `)
    expect(run.stdout).toContain('(proxy, verified)')
  })

  it('half-extracted-cache', async () => {
    const own = makeRunnerDirs()
    const half = path.join(own.toolCache, 'go', OLD, 'x64', 'bin')
    mkdirSync(half, { recursive: true })
    writeFileSync(path.join(half, 'go'), 'half written')
    const run = await setup(own, OLD)
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('(dl, verified)')
    expect(execFileSync(path.join(half, 'go'), ['version']).toString()).toContain(`go${OLD}`)
    expectOnlyCompleteToolchains(own.toolCache)
  })

  it('no-qemu', async () => {
    // A PATH with the few tools a run needs, but no qemu, apt-get or sudo.
    const bin = mkdtempSync(path.join(os.tmpdir(), 'gcm-noqemu-'))
    for (const tool of ['tar', 'gzip', 'true', 'sh'])
      symlinkSync(execFileSync('which', [tool]).toString().trim(), path.join(bin, tool))
    const env = { ...shared, PATH: bin, GOFLAGS: '-buildvcs=false' }
    const args = [
      '--go-versions',
      STABLE,
      '--targets',
      'linux/amd64, linux/arm64',
      '--race',
      'false',
      '--go-download-base-url',
      mirror.dlBaseUrl
    ]
    const auto = await runCli([...args, '--out-dir', path.join(dirs.root, 'noqemu'), HELLO], dirs, env)
    expect(auto.code).toBe(0)
    const cells = JSON.parse(readFileSync(path.join(dirs.root, 'noqemu', 'results.json'), 'utf8'))
      .cells as Array<Record<string, string>>
    const arm64 = cells.find((c) => c.goarch === 'arm64')!
    expect(arm64).toMatchObject({ status: 'built', execution: 'build-only' })
    expect(arm64.reason).toMatch(/qemu-aarch64-static is not installed and cannot be/)
    const required = await runCli(
      [...args, '--emulation', 'qemu', '--out-dir', path.join(dirs.root, 'noqemu2'), HELLO],
      dirs,
      env
    )
    // Could not run: exit 3.
    expect(required.code).toBe(3)
    expect(required.stderr.trim()).toMatch(
      /^error: emulation: qemu was required, but linux\/arm64 cannot be emulated: qemu-aarch64-static is not installed/
    )
  })

  it('asks before changing the system: without --install-deps and outside CI, installs nothing and says what to run', async () => {
    // apt-get and sudo that only record that they were called; no qemu on PATH.
    const bin = mkdtempSync(path.join(os.tmpdir(), 'gcm-consent-'))
    const calls = path.join(bin, 'calls.log')
    for (const tool of ['tar', 'gzip', 'true', 'sh'])
      symlinkSync(execFileSync('which', [tool]).toString().trim(), path.join(bin, tool))
    for (const tool of ['apt-get', 'sudo'])
      writeFileSync(path.join(bin, tool), `#!/bin/sh\necho "${tool} $*" >> ${calls}\nexit 1\n`, {
        mode: 0o755
      })
    const env = { ...shared, PATH: bin, GOFLAGS: '-buildvcs=false', CI: 'false' }
    const args = ['--go-versions', STABLE, '--targets', 'linux/amd64, linux/arm64', '--race', 'false']
    const asked = await runCli(
      [
        ...args,
        '--go-download-base-url',
        mirror.dlBaseUrl,
        '--out-dir',
        path.join(dirs.root, 'consent'),
        HELLO
      ],
      dirs,
      env
    )
    expect(asked.code).toBe(0)
    expect(existsSync(calls)).toBe(false)
    expect(asked.stderr).toContain(
      'warning: linux/arm64 needs QEMU to run its tests: install it with `sudo apt-get install -y --no-install-recommends qemu-user-static` (or pass --install-deps to let go-cross-matrix do it); building only'
    )
    const cells = JSON.parse(readFileSync(path.join(dirs.root, 'consent', 'results.json'), 'utf8'))
      .cells as Array<Record<string, string>>
    expect(cells.find((c) => c.goarch === 'arm64')).toMatchObject({
      status: 'built',
      execution: 'build-only'
    })
    // With --install-deps the same run tries apt-get (which here fails, so it still builds only).
    const allowed = await runCli(
      [
        ...args,
        '--install-deps',
        '--go-download-base-url',
        mirror.dlBaseUrl,
        '--out-dir',
        path.join(dirs.root, 'consent2'),
        HELLO
      ],
      dirs,
      env
    )
    expect(allowed.code).toBe(0)
    expect(readFileSync(calls, 'utf8')).toMatch(
      /^apt-get install -y -qq --no-install-recommends qemu-user-static$/m
    )
  })

  it('emulator-crash', async () => {
    const bin = mkdtempSync(path.join(os.tmpdir(), 'gcm-crashqemu-'))
    const fake = path.join(bin, 'qemu-aarch64-static')
    writeFileSync(
      fake,
      '#!/bin/sh\necho "qemu: uncaught target signal 11 (Segmentation fault) - core dumped" >&2\nexit 139\n'
    )
    chmodSync(fake, 0o755)
    const env = {
      ...shared,
      PATH: `${bin}:${process.env.PATH}`,
      GO_CROSS_MATRIX_BINFMT_DIR: path.join(bin, 'no-binfmt')
    }
    const out = path.join(dirs.root, 'crash')
    const run = await runCli(
      [
        '--go-versions',
        STABLE,
        '--targets',
        'linux/amd64, linux/arm64',
        '--race',
        'false',
        '--go-download-base-url',
        mirror.dlBaseUrl,
        '--out-dir',
        out,
        HELLO
      ],
      dirs,
      env
    )
    expect(run.code).toBe(1)
    const cells = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')).cells as Array<
      Record<string, string>
    >
    expect(cells.find((c) => c.goarch === 'amd64')!.status).toBe('passed')
    const arm64 = cells.find((c) => c.goarch === 'arm64')!
    expect(arm64).toMatchObject({ status: 'error', execution: 'qemu-exec' })
    expect(arm64.reason).toBe(
      'qemu-exec could not run a linux/arm64 program: qemu: uncaught target signal 11 (Segmentation fault) - core dumped'
    )
  })

  it('out-dir-not-writable', async () => {
    const file = path.join(dirs.root, 'a-file')
    writeFileSync(file, '')
    const run = await runCli(
      [
        '--go-versions',
        STABLE,
        '--go-download-base-url',
        mirror.dlBaseUrl,
        '--out-dir',
        path.join(file, 'out'),
        HELLO
      ],
      dirs,
      shared
    )
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toMatch(
      /^error: out-dir: cannot write to .*a-file\/out \(ENOTDIR\); give a writable folder$/
    )
  })
})

describe('GitHub services failing or slow', () => {
  let services: ActionsServices
  beforeAll(async () => {
    services = await startActionsServices()
  })
  afterAll(async () => services?.close())
  const step = (outDir: string) =>
    runAction(
      {
        'go-versions': STABLE,
        targets: 'linux/amd64',
        race: 'false',
        'working-directory': HELLO,
        'go-download-base-url': mirror.dlBaseUrl,
        'out-dir': outDir
      },
      dirs,
      { ...services.env, ...shared }
    )

  it('artifact-service-500', async () => {
    // A 4xx fails at once (quota, permissions); a 5xx is retried by the client for ~30 s per
    // artifact, then ends the same way (measured in the harness's own test).
    services.setFailure('artifact', { status: 400 })
    try {
      const out = path.join(dirs.root, 'artifact500')
      const run = await step(out)
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(/^::warning::artifact go-cross-matrix-results-.*: upload failed/m)
      expect(existsSync(path.join(out, 'results.json'))).toBe(true)
      expect(run.summary).toContain('✅ 1 cells passed')
    } finally {
      services.setFailure('artifact')
    }
  })

  it('services-slow', async () => {
    services.setFailure('artifact', { delayMs: 1500 })
    services.setFailure('cache', { delayMs: 1500 })
    try {
      const run = await step(path.join(dirs.root, 'slow'))
      expect(run.code).toBe(0)
      expect(Object.keys(JSON.parse(run.outputs['artifact-ids']))).toHaveLength(4)
    } finally {
      services.setFailure('artifact')
      services.setFailure('cache')
    }
  })
})

describe('hostile content', () => {
  it('archive-escape', async () => {
    const own = makeRunnerDirs()
    const run = await runCli(
      [
        '--mode',
        'setup',
        '--go-versions',
        '1.98.0',
        '--go-download-base-url',
        mirror.dlBaseUrl,
        '--toolchain-source',
        'dl'
      ],
      own
    )
    expect(run.code).toBe(3)
    expect(run.stderr.trim()).toBe(
      'error: go1.98.0: archive refused: entry go/../evil.txt climbs out with ".."'
    )
    expect(existsSync(path.join(own.toolCache, 'go', 'evil.txt'))).toBe(false)
    expect(readdirSync(path.join(own.toolCache, 'go')).filter((n) => !n.startsWith('.lock'))).toEqual([])
  })

  it('shell-in-inputs', async () => {
    const marker = path.join(os.tmpdir(), `gcm-pwned-${randomBytes(4).toString('hex')}`)
    const out = path.join(dirs.root, 'shell')
    const run = await runCli(
      [
        '--go-versions',
        STABLE,
        '--targets',
        'linux/amd64',
        '--race',
        'false',
        '--ldflags',
        `-X 'main.injected=$(touch ${marker})'`,
        '--go-download-base-url',
        mirror.dlBaseUrl,
        '--out-dir',
        out,
        HELLO
      ],
      dirs,
      shared
    )
    expect(run.code).toBe(0)
    expect(existsSync(marker)).toBe(false)
    // The value reached the linker as one argument (the build passed); no shell ever saw it.
    const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8'))
    expect(results.cells[0].status).toBe('passed')
  })

  it('token-masked', async () => {
    const token = `secret-${randomBytes(8).toString('hex')}`
    const run = await runAction(
      { mode: 'setup', 'go-versions': STABLE, 'go-download-base-url': mirror.dlBaseUrl },
      dirs,
      {
        ACTIONS_RUNTIME_TOKEN: token,
        RUNNER_DEBUG: '1'
      }
    )
    expect(run.code).toBe(0)
    const lines = run.stdout.split('\n')
    expect(lines[0]).toBe(`::add-mask::${token}`)
    expect(lines.slice(1).filter((l) => l.includes(token))).toEqual([])
  })

  it('workflow-command-injection', async () => {
    const run = await runAction(
      {
        'go-versions': STABLE,
        targets: 'linux/amd64',
        race: 'false',
        'working-directory': path.join(REPO, '__tests__', 'fixtures', 'injection'),
        'go-download-base-url': mirror.dlBaseUrl,
        'out-dir': path.join(dirs.root, 'injection'),
        upload: 'false'
      },
      dirs,
      { ...shared, GITHUB_WORKSPACE: REPO }
    )
    expect(run.code).toBe(1)
    // Outside ::stop-commands:: regions, every workflow command is one of ours.
    let stopToken: string | undefined
    const commands: string[] = []
    for (const line of run.stdout.split('\n')) {
      if (stopToken) {
        if (line === `::${stopToken}::`) stopToken = undefined
        continue
      }
      const stop = /^::stop-commands::(.+)$/.exec(line)
      if (stop) stopToken = stop[1]
      else if (line.startsWith('::')) commands.push(line)
    }
    expect(commands.filter((c) => !/^::(error|warning|debug|group|endgroup)( |::)/.test(c))).toEqual([])
    expect(commands.some((c) => c.startsWith('::error file=evil.go'))).toBe(false)
    const annotation = commands.find((c) => c.startsWith('::error title=TestInjects'))!
    expect(annotation).toMatch(/,file=__tests__\/fixtures\/injection\/inject_test\.go,line=\d+::/)
    // The injected text arrives as escaped message data, not as a second command.
    expect(annotation).toContain('::set-output name=passed::true')
  })
})
