/**
 * Issue 6 end to end: plan, then one `run` per matrix entry (each its own out-dir and runner
 * dirs, uploading to the harness's artifact service), then merge: the merged results equal a
 * single run of the whole matrix.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startActionsServices, type ActionsServices } from '../harness/actions-services.js'
import { startMirror, type Mirror } from '../harness/mirror.js'
import { REPO, makeRunnerDirs, runAction, runCli } from '../harness/runner.js'
import { prepareToolchains } from '../harness/toolchains.js'

const VERSIONS = ['1.21.13', '1.27.4']
let mirror: Mirror
const shared = { XDG_CACHE_HOME: path.join(os.tmpdir(), 'gcm-e2e-cache') }

beforeAll(async () => {
  mirror = await startMirror({ toolchains: await prepareToolchains(VERSIONS) })
})
afterAll(async () => mirror?.close())

interface Results {
  passed: boolean
  cells: Array<{ id: string; status: string; coverage: number | null }>
  coverage: { merged: number | null }
}

const common = {
  'go-versions': VERSIONS.join(', '),
  targets: 'linux/amd64, linux/arm64, linux/arm/v7',
  'working-directory': path.join(REPO, 'examples', 'hello'),
  race: 'false',
  cache: 'false'
}

describe('plan -> run per matrix entry -> merge', () => {
  let services: ActionsServices
  beforeAll(async () => {
    services = await startActionsServices()
  })
  afterAll(async () => services?.close())

  it('merges to the same cells, statuses and merged coverage as one run of the whole matrix', async () => {
    const env = { ...services.env, ...shared }
    const planDirs = makeRunnerDirs('gcm-plan-')
    const plan = await runAction(
      {
        ...common,
        mode: 'plan',
        'go-download-base-url': mirror.dlBaseUrl,
        'runner-map': 'linux/arm64=ubuntu-24.04-arm'
      },
      planDirs,
      env
    )
    expect(plan.code).toBe(0)
    const matrix = JSON.parse(plan.outputs.matrix) as { include: Array<Record<string, string>> }
    expect(matrix.include.map((e) => [e.targets, e['go-versions'], e['runs-on']])).toEqual([
      ['linux/amd64', VERSIONS.join(', '), undefined],
      ['linux/arm64', VERSIONS.join(', '), 'ubuntu-24.04-arm'],
      ['linux/arm/v7', VERSIONS.join(', '), undefined]
    ])
    expect(JSON.parse(plan.outputs['go-versions'])).toEqual(VERSIONS)

    for (const entry of matrix.include) {
      const jobDirs = makeRunnerDirs('gcm-job-')
      const job = await runAction(
        {
          ...common,
          'go-versions': entry['go-versions'],
          targets: entry.targets,
          cgo: entry.cgo,
          race: entry.race,
          'go-download-base-url': mirror.dlBaseUrl
        },
        jobDirs,
        env
      )
      expect([entry.name, job.code]).toEqual([entry.name, 0])
    }

    const mergeDirs = makeRunnerDirs('gcm-merge-')
    const merge = await runAction(
      {
        mode: 'merge',
        'working-directory': path.join(REPO, 'examples', 'hello'),
        'go-download-base-url': mirror.dlBaseUrl
      },
      mergeDirs,
      env
    )
    expect(merge.stdout).not.toContain('::error')
    expect(merge.code).toBe(0)
    const merged = JSON.parse(readFileSync(merge.outputs['results-file'], 'utf8')) as Results

    const singleDirs = makeRunnerDirs('gcm-single-')
    const single = await runAction(
      { ...common, 'go-download-base-url': mirror.dlBaseUrl, upload: 'false' },
      singleDirs,
      shared
    )
    expect(single.code).toBe(0)
    const whole = JSON.parse(readFileSync(single.outputs['results-file'], 'utf8')) as Results

    const shape = (r: Results) => r.cells.map((c) => [c.id, c.status, c.coverage]).sort()
    expect(shape(merged)).toEqual(shape(whole))
    expect(merged.cells).toHaveLength(6)
    expect(merged.coverage.merged).toBe(whole.coverage.merged)
    expect(merged.passed).toBe(true)
    expect(merge.outputs.coverage).toBe(String(whole.coverage.merged))
    expect(merge.summary).toContain('✅ 6 cells passed')
    expect(
      readFileSync(path.join(path.dirname(merge.outputs['results-file']), 'checksums.txt'), 'utf8')
        .trim()
        .split('\n')
    ).toHaveLength(6)
  })

  it('fails a merge that misses a planned job, naming its cells and the job', async () => {
    const own = await startActionsServices()
    try {
      const env = { ...own.env, ...shared }
      const inputs = {
        ...common,
        'go-versions': '1.27.4',
        targets: 'linux/amd64, linux/arm64',
        'go-download-base-url': mirror.dlBaseUrl
      }
      const plan = await runAction({ ...inputs, mode: 'plan' }, makeRunnerDirs('gcm-plan-'), env)
      expect(plan.code).toBe(0)
      const matrix = JSON.parse(plan.outputs.matrix) as { include: Array<Record<string, string>> }
      expect(matrix.include.map((e) => e.cells)).toEqual(['go1.27.4-linux-amd64', 'go1.27.4-linux-arm64'])
      // Only the linux/amd64 job runs: the arm64 job "was cancelled".
      const amd64 = matrix.include[0]
      const job = await runAction(
        { ...inputs, targets: amd64.targets, race: amd64.race },
        makeRunnerDirs('gcm-job-'),
        env
      )
      expect(job.code).toBe(0)
      const merge = await runAction(
        {
          mode: 'merge',
          'working-directory': common['working-directory'],
          'go-download-base-url': mirror.dlBaseUrl
        },
        makeRunnerDirs('gcm-merge-'),
        env
      )
      expect(merge.code).toBe(1)
      expect(merge.stdout).toContain(
        '::error::1 planned cells have no results: go1.27.4-linux-arm64 (job "go1.27.4 linux/arm64") was planned, but no results were found for it'
      )
      const merged = JSON.parse(readFileSync(merge.outputs['results-file'], 'utf8')) as Results
      expect(merged.cells.map((c) => [c.id, c.status])).toEqual([
        ['go1.27.4-linux-amd64', 'passed'],
        ['go1.27.4-linux-arm64', 'error']
      ])
      expect(merge.outputs.passed).toBe('false')
    } finally {
      await own.close()
    }
  })

  it('merges local out-dirs in the CLI (merge-from) through the same code, and names a missing job', async () => {
    const dirs = makeRunnerDirs('gcm-local-merge-')
    const cli = (args: string[]) =>
      runCli(['--go-download-base-url', mirror.dlBaseUrl, ...args], dirs, shared)
    const base = ['--go-versions', '1.27.4', '--race', 'false', common['working-directory']]
    const out = (name: string) => path.join(dirs.root, name)
    const plan = await cli([
      '--mode',
      'plan',
      '--targets',
      'linux/amd64, linux/arm64',
      '--out-dir',
      out('plan'),
      ...base
    ])
    expect(plan.code).toBe(0)
    for (const target of ['linux/amd64', 'linux/arm64']) {
      const job = await cli(['--targets', target, '--out-dir', out(target.replace('/', '-')), ...base])
      expect([target, job.code]).toEqual([target, 0])
    }
    const merge = await cli([
      '--mode',
      'merge',
      '--merge-from',
      `${out('plan')}, ${out('linux-amd64')}, ${out('linux-arm64')}`,
      '--out-dir',
      out('merged'),
      common['working-directory']
    ])
    expect(merge.code).toBe(0)
    const merged = JSON.parse(readFileSync(path.join(out('merged'), 'results.json'), 'utf8')) as Results & {
      files: Array<{ path: string; kind: string; cell?: string }>
    }
    expect(merged.cells.map((c) => [c.id, c.status])).toEqual([
      ['go1.27.4-linux-amd64', 'passed'],
      ['go1.27.4-linux-arm64', 'passed']
    ])
    // Every file results.json lists is there: binaries, coverage, logs, JUnit of both jobs.
    for (const f of merged.files)
      expect([f.path, existsSync(path.join(out('merged'), f.path))]).toEqual([f.path, true])
    expect(
      merged.files
        .filter((f) => f.kind === 'binary')
        .map((f) => f.path)
        .sort()
    ).toEqual(['bin/go1.27.4-linux-amd64/hello', 'bin/go1.27.4-linux-arm64/hello'])
    const sums = execFileSync('sha256sum', ['-c', 'checksums.txt'], { cwd: out('merged') }).toString()
    expect(sums.trim().split('\n')).toHaveLength(2)

    const missing = await cli([
      '--mode',
      'merge',
      '--merge-from',
      `${out('plan')}, ${out('linux-amd64')}`,
      '--out-dir',
      out('merged2'),
      common['working-directory']
    ])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(
      'error: 1 planned cells have no results: go1.27.4-linux-arm64 (job "go1.27.4 linux/arm64") was planned, but no results were found for it'
    )
  })
})
