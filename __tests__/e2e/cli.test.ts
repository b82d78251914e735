/**
 * Issue 12: a CLI that behaves like the tools Go teams use: --version, exit codes 0/1/2/3,
 * --json on stdout alone (the matrix in mode: plan), GitHub-only flags marked and ignored.
 */
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startMirror, type Mirror } from '../harness/mirror.js'
import { REPO, makeRunnerDirs, runCli, type RunnerDirs } from '../harness/runner.js'
import { prepareToolchains } from '../harness/toolchains.js'

const STABLE = '1.27.4'
const EXAMPLE = path.join(REPO, 'examples', 'hello')
const shared = { XDG_CACHE_HOME: path.join(os.tmpdir(), 'gcm-e2e-cache') }
let mirror: Mirror
let dirs: RunnerDirs

beforeAll(async () => {
  mirror = await startMirror({ toolchains: await prepareToolchains(['1.26.11', STABLE]) })
  dirs = makeRunnerDirs('gcm-cli-')
})
afterAll(async () => mirror?.close())

describe('the CLI', () => {
  it('prints the package version', async () => {
    const run = await runCli(['--version'], dirs)
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }
    expect([run.code, run.stdout.trim()]).toEqual([0, pkg.version])
  })

  it.each([['--bogus'], ['-v'], ['--go-versions']])('exits 2 on bad usage: %s', async (flag) => {
    const run = await runCli([flag], dirs)
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toMatch(/^error: /)
  })

  it('exits 3 when it cannot run: no release list and no toolchain in the cache', async () => {
    const own = makeRunnerDirs('gcm-cli-3-')
    const run = await runCli(
      [
        '--mode',
        'setup',
        '--go-versions',
        STABLE,
        '--go-download-base-url',
        'http://127.0.0.1:9/dl',
        '--toolchain-source',
        'dl'
      ],
      own
    )
    expect(run.code).toBe(3)
    expect(run.stderr.trim().split('\n').pop()).toMatch(/^error: go-versions: cannot fetch a release list/)
  })

  it('--json: results.json compact form alone on stdout, the log on stderr; exit 0', async () => {
    const out = path.join(dirs.root, 'json')
    const run = await runCli(
      [
        '--json',
        '--go-versions',
        STABLE,
        '--targets',
        'linux/amd64',
        '--race',
        'false',
        '--go-download-base-url',
        mirror.dlBaseUrl,
        '--out-dir',
        out,
        EXAMPLE
      ],
      dirs,
      shared
    )
    expect(run.code).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0])).toEqual({
      passed: true,
      total: 1,
      counts: { passed: 1 },
      cells: { [`go${STABLE}-linux-amd64`]: 'passed' }
    })
    expect(run.stderr).toContain(`go${STABLE}-linux-amd64  passed`)
  })

  it('--json with mode: plan prints the matrix', async () => {
    const run = await runCli(
      [
        '--json',
        '--mode',
        'plan',
        '--go-versions',
        'oldstable, stable',
        '--targets',
        'linux/amd64, linux/arm64',
        '--go-download-base-url',
        mirror.dlBaseUrl,
        '--out-dir',
        path.join(dirs.root, 'plan'),
        EXAMPLE
      ],
      dirs,
      shared
    )
    expect(run.code).toBe(0)
    const matrix = JSON.parse(run.stdout) as { include: Array<Record<string, string>> }
    expect(matrix.include.map((e) => [e.targets, e['go-versions'], e.cells])).toEqual([
      ['linux/amd64', `1.26.11, ${STABLE}`, `go1.26.11-linux-amd64 go${STABLE}-linux-amd64`],
      ['linux/arm64', `1.26.11, ${STABLE}`, `go1.26.11-linux-arm64 go${STABLE}-linux-arm64`]
    ])
  })

  it('marks GitHub-only inputs in --help and ignores them with a warning', async () => {
    const help = await runCli(['--help'], dirs)
    expect(help.stdout).toMatch(/--upload\s+.*\[GitHub Actions only: ignored by the CLI\]/)
    expect(help.stdout).toMatch(/--install-deps\s+/)
    const run = await runCli(
      [
        '--upload',
        'true',
        '--mode',
        'plan',
        '--go-versions',
        STABLE,
        '--go-download-base-url',
        mirror.dlBaseUrl,
        '--out-dir',
        path.join(dirs.root, 'gh'),
        EXAMPLE
      ],
      dirs,
      shared
    )
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      'warning: --upload only means something in GitHub Actions; the CLI ignores it'
    )
  })
})
