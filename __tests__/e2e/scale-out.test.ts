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
import { fetchModule } from '../harness/oracle.js'

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

describe('package shards: plan -> one run per shard -> merge', () => {
  interface ShardedResults extends Results {
    cells: Array<
      Results['cells'][number] & {
        tests: { passed: number; failed: number; skipped: number }
        packages: Array<{ package: string; status: string; passed: number; failed: number; skipped: number }>
        shards?: Array<{ shard: string; packages: number; status: string }>
        junit: string | null
      }
    >
    files: Array<{ path: string; kind: string; cell?: string }>
  }
  const read = (dir: string) =>
    JSON.parse(readFileSync(path.join(dir, 'results.json'), 'utf8')) as ShardedResults

  // automaxprocs: 4 packages whose coverage profile is the same, block for block, in every run.
  // Not x/sync (its semaphore tests take timing-dependent paths: 94.8%, 95.4% or 96.0% from one
  // run to the next) nor go-cmp (its internal/diff picks paths at random by design).
  it('splits automaxprocs into 3 shards per target whose merge equals the unsharded run, then balances by its durations', async () => {
    const dirs = makeRunnerDirs('gcm-shards-')
    const module = await fetchModule('go.uber.org/automaxprocs', 'v1.6.0', dirs.root)
    const cli = (args: string[]) =>
      runCli(['--go-download-base-url', mirror.dlBaseUrl, ...args], dirs, shared)
    const out = (name: string) => path.join(dirs.root, name)
    const base = [
      '--go-versions',
      '1.27.4',
      '--targets',
      'linux/amd64, linux/arm64',
      '--race',
      'false',
      module
    ]

    const plan = await cli(['--mode', 'plan', '--shards', '3', '--out-dir', out('plan'), ...base])
    expect(plan.code).toBe(0)
    expect(plan.stderr + plan.stdout).toContain('shards balanced by package count (no history)')
    const planned = JSON.parse(readFileSync(path.join(out('plan'), 'plan.json'), 'utf8')) as {
      include: Array<Record<string, string>>
      cells: Array<{ id: string; shards?: number }>
    }
    expect(planned.include.map((e) => [e.name, e.shard])).toEqual([
      ['go1.27.4 linux/amd64 [1/3]', '1/3'],
      ['go1.27.4 linux/amd64 [2/3]', '2/3'],
      ['go1.27.4 linux/amd64 [3/3]', '3/3'],
      ['go1.27.4 linux/arm64 [1/3]', '1/3'],
      ['go1.27.4 linux/arm64 [2/3]', '2/3'],
      ['go1.27.4 linux/arm64 [3/3]', '3/3']
    ])
    expect(planned.cells.map((c) => c.shards)).toEqual([3, 3])
    // every package of the module exactly once per target, as go list gives them
    const listed = execFileSync('go', ['list', './...'], {
      cwd: module,
      env: { ...process.env, GOFLAGS: '-mod=mod' }
    })
      .toString()
      .trim()
      .split('\n')
      .sort()
    for (const target of ['linux/amd64', 'linux/arm64'])
      expect(
        planned.include
          .filter((e) => e.targets === target)
          .flatMap((e) => e.packages.split(' '))
          .sort()
      ).toEqual(listed)

    for (const [i, entry] of planned.include.entries()) {
      const job = await cli([
        '--go-versions',
        entry['go-versions'],
        '--targets',
        entry.targets,
        '--cgo',
        entry.cgo,
        '--race',
        entry.race,
        '--packages',
        entry.packages,
        '--shard',
        entry.shard,
        '--out-dir',
        out(`job${i}`),
        module
      ])
      expect([entry.name, job.code]).toEqual([entry.name, 0])
    }
    const jobs = planned.include.map((_, i) => out(`job${i}`))
    const merge = await cli([
      '--mode',
      'merge',
      '--merge-from',
      [out('plan'), ...jobs].join(', '),
      '--out-dir',
      out('merged'),
      module
    ])
    expect(merge.code).toBe(0)
    const merged = read(out('merged'))

    const single = await cli([...base.slice(0, -1), '--out-dir', out('single'), module])
    expect(single.code).toBe(0)
    const whole = read(out('single'))

    const shape = (r: ShardedResults) =>
      r.cells.map((c) => ({
        id: c.id,
        status: c.status,
        tests: c.tests,
        coverage: c.coverage,
        packages: c.packages
          .map((p) => [p.package, p.status, p.passed, p.failed, p.skipped])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0])))
      }))
    expect(shape(merged)).toEqual(shape(whole))
    expect(merged.coverage.merged).toBe(whole.coverage.merged)
    for (const cell of merged.cells) {
      expect(cell.shards!.map((s) => [s.shard, s.status])).toEqual([
        ['1/3', 'passed'],
        ['2/3', 'passed'],
        ['3/3', 'passed']
      ])
      expect(cell.shards!.reduce((t, s) => t + s.packages, 0)).toBe(listed.length)
      expect(existsSync(path.join(out('merged'), cell.junit!))).toBe(true)
    }
    for (const f of merged.files)
      expect([f.path, existsSync(path.join(out('merged'), f.path))]).toEqual([f.path, true])

    // The next plan balances by what this run measured.
    const replan = await cli([
      '--mode',
      'plan',
      '--shards',
      '2',
      '--shard-history',
      out('merged'),
      '--out-dir',
      out('plan2'),
      ...base
    ])
    expect(replan.code).toBe(0)
    expect(replan.stderr + replan.stdout).toContain(
      `shards balanced by the package durations in ${path.join(out('merged'), 'results.json')}`
    )

    // A shard missing from the merge is no pass.
    const partial = await cli([
      '--mode',
      'merge',
      '--merge-from',
      [out('plan'), ...jobs.filter((_, i) => i !== 1)].join(', '),
      '--out-dir',
      out('merged-partial'),
      module
    ])
    expect(partial.code).toBe(1)
    expect(partial.stderr).toContain(
      'error: 1 planned cells have no results: go1.27.4-linux-amd64 shard 2/3 (job "go1.27.4 linux/amd64 [2/3]") was planned, but no results were found for it'
    )
  })
})

describe('package shards through the action (reusable workflow path)', () => {
  let services: ActionsServices
  beforeAll(async () => {
    services = await startActionsServices()
  })
  afterAll(async () => services?.close())

  it('runs each shard as its own job with its own artifacts, merges them, and balances the next plan by the saved history', async () => {
    const env = { ...services.env, ...shared, GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1' }
    const inputs = {
      'go-versions': '1.27.4',
      targets: 'linux/amd64',
      'working-directory': path.join(REPO, 'examples', 'hello'),
      race: 'false',
      'go-download-base-url': mirror.dlBaseUrl
    }
    const planIt = () => runAction({ ...inputs, mode: 'plan', shards: '2' }, makeRunnerDirs('gcm-plan-'), env)
    const plan = await planIt()
    expect(plan.code).toBe(0)
    expect(plan.stdout).toContain('shard history: none yet (the first sharded merge saves it)')
    const matrix = JSON.parse(plan.outputs.matrix) as { include: Array<Record<string, string>> }
    expect(matrix.include.map((e) => [e.shard, e.packages.split(' ').length])).toEqual([
      ['1/2', 1],
      ['2/2', 1]
    ])
    for (const entry of matrix.include) {
      // what the reusable workflow passes from the matrix entry
      const job = await runAction(
        { ...inputs, race: entry.race, cgo: entry.cgo, packages: entry.packages, shard: entry.shard },
        makeRunnerDirs('gcm-job-'),
        env
      )
      expect([entry.name, job.code, job.stdout.includes('upload failed')]).toEqual([entry.name, 0, false])
    }
    const merge = await runAction(
      {
        mode: 'merge',
        'working-directory': inputs['working-directory'],
        'go-download-base-url': mirror.dlBaseUrl
      },
      makeRunnerDirs('gcm-merge-'),
      env
    )
    expect(merge.code).toBe(0)
    expect(merge.stdout).toContain('shard history: saved go-cross-matrix-shard-history-')
    const merged = JSON.parse(readFileSync(merge.outputs['results-file'], 'utf8')) as {
      cells: Array<{ id: string; status: string; shards: Array<{ shard: string }>; packages: unknown[] }>
    }
    expect(
      merged.cells.map((c) => [c.id, c.status, c.shards.map((s) => s.shard), c.packages.length])
    ).toEqual([['go1.27.4-linux-amd64', 'passed', ['1/2', '2/2'], 2]])
    // The only binary came from shard 1.
    expect(
      readFileSync(path.join(path.dirname(merge.outputs['results-file']), 'checksums.txt'), 'utf8')
    ).toMatch(/^[0-9a-f]{64} {2}bin\/go1\.27\.4-linux-amd64\/hello\n$/)

    const next = await planIt()
    expect(next.code).toBe(0)
    expect(next.stdout).toMatch(/shard history: restored go-cross-matrix-shard-history-\w+-4242-1/)
    expect(next.stdout).toContain('shards balanced by the package durations in')
  })
})
