/**
 * Issue 5 end to end: dist/index.js and dist/post.js run like a runner against a Twirp artifact
 * and cache service backed by Azurite (all on 127.0.0.1): artifacts, caches, summary,
 * annotations and outputs.
 */
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startActionsServices, type ActionsServices } from '../harness/actions-services.js'
import { startMirror, type Mirror } from '../harness/mirror.js'
import {
  REPO,
  makeRunnerDirs,
  runAction,
  runPost,
  type ActionResult,
  type RunnerDirs
} from '../harness/runner.js'
import { prepareToolchains } from '../harness/toolchains.js'

const STABLE = '1.27.4'
let mirror: Mirror
let services: ActionsServices
let dirs: RunnerDirs
/** A fresh cache home per test run, so the first run really misses and the second really hits. */
let cacheHome: string

beforeAll(async () => {
  mirror = await startMirror({ toolchains: await prepareToolchains([STABLE]) })
  services = await startActionsServices()
  dirs = makeRunnerDirs('gcm-github-')
  cacheHome = mkdtempSync(path.join(os.tmpdir(), 'gcm-github-cache-'))
})
afterAll(async () => {
  await mirror?.close()
  await services?.close()
})

function files(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    const full = path.join(root, name)
    if (statSync(full).isFile()) out[name.split(path.sep).join('/')] = readFileSync(full).toString('base64')
  }
  return out
}

function step(
  workingDirectory: string,
  outDir: string,
  extra: Record<string, string> = {}
): Promise<ActionResult> {
  return runAction(
    {
      'go-versions': STABLE,
      targets: 'linux/amd64, linux/arm64',
      race: 'false',
      'working-directory': workingDirectory,
      'out-dir': outDir,
      'go-download-base-url': mirror.dlBaseUrl,
      ...extra
    },
    dirs,
    // The repository root is the workspace, so annotations carry repository-relative paths.
    {
      ...services.env,
      GITHUB_WORKSPACE: REPO,
      XDG_CACHE_HOME: cacheHome,
      GOMODCACHE: path.join(cacheHome, 'gomod')
    }
  )
}

describe('a run with one failing cell', () => {
  let run: ActionResult
  let outDir: string

  beforeAll(async () => {
    outDir = path.join(dirs.root, 'out-failing')
    run = await step('__tests__/fixtures/failing-arm64', outDir)
  })

  it('fails the step, and uploads four artifacts whose contents match out-dir', async () => {
    expect(run.code).toBe(1)
    const ids = JSON.parse(run.outputs['artifact-ids']) as Record<string, number>
    const names = Object.keys(ids).sort()
    expect(names.map((n) => n.replace(/-linux-amd64-linux-arm64-[0-9a-f]{6}$/, ''))).toEqual([
      'go-cross-matrix-binaries',
      'go-cross-matrix-coverage',
      'go-cross-matrix-results',
      'go-cross-matrix-sbom'
    ])
    expect(
      services
        .artifacts()
        .map((a) => a.name)
        .sort()
    ).toEqual(names)
    const local = files(outDir)
    for (const name of names) {
      const dest = mkdtempSync(path.join(dirs.root, 'download-'))
      await services.downloadArtifact(name, dest)
      const downloaded = files(dest)
      expect(Object.keys(downloaded).length).toBeGreaterThan(0)
      for (const [file, content] of Object.entries(downloaded))
        expect([file, content]).toEqual([file, local[file]])
    }
  })

  it('sets every output', () => {
    expect(run.outputs.passed).toBe('false')
    expect(JSON.parse(run.outputs.results)).toMatchObject({
      passed: false,
      total: 2,
      counts: { passed: 1, failed: 1 }
    })
    expect(Object.keys(JSON.parse(run.outputs.toolchains))).toEqual([STABLE])
    expect(JSON.parse(run.outputs['go-versions'])).toEqual([STABLE])
    expect(run.outputs['results-file']).toBe(path.join(outDir, 'results.json'))
    expect(Number(run.outputs.coverage)).toBeGreaterThan(0)
    expect(run.outputs.matrix).toBe('')
  })

  it('writes a summary with the matrix and what the failing cells share', () => {
    expect(run.summary).toContain('| Go | linux/amd64 | linux/arm64 |')
    expect(run.summary).toMatch(
      /example\.com\/failing-arm64\.TestOnlyFailsOnArm64\*\* — failed in this run only on linux\/arm64/
    )
    expect(run.summary).toContain('### Artifacts')
  })

  it('annotates the failing line, relative to the repository, with the cell in the title', () => {
    expect(run.stdout).toMatch(
      /^::error title=TestOnlyFailsOnArm64 failed \(failed in this run only on linux\/arm64 \(1 of 2 cells\)\)%3A go1\.27\.4-linux-arm64,file=__tests__\/fixtures\/failing-arm64\/wordsize_test\.go,line=24::deliberate failure on arm64/m
    )
  })
})

describe('caches', () => {
  it('saves both caches after a cold run, then restores them as exact hits and saves nothing', async () => {
    const first = await step('examples/hello', path.join(dirs.root, 'out-cache-1'))
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/cache GOMODCACHE: miss/)
    const post1 = await runPost(first, dirs, services.env)
    expect(post1.code).toBe(0)
    const saved = services.cacheEntries().map((e) => e.key)
    expect(saved.some((k) => /-gomod-/.test(k))).toBe(true)
    expect(saved.some((k) => k.includes(`-gocache-go${STABLE}-`))).toBe(true)

    const second = await step('examples/hello', path.join(dirs.root, 'out-cache-2'))
    expect(second.code).toBe(0)
    expect(second.stdout).toMatch(/cache GOMODCACHE: exact hit/)
    expect(second.stdout).toMatch(new RegExp(`cache GOCACHE go${STABLE}: exact hit`))
    const before = services.cacheEntries().length
    const post2 = await runPost(second, dirs, services.env)
    expect(post2.stdout).toMatch(/exact hit on .*, not saving/)
    expect(services.cacheEntries().length).toBe(before)
  })

  it('passes with a warning when the cache service answers 500', async () => {
    services.setFailure('cache', { status: 500 })
    try {
      const run = await step('examples/hello', path.join(dirs.root, 'out-cache-500'))
      expect(run.code).toBe(0)
      // @actions/cache retries, then warns itself and reports a miss; the run goes on.
      expect(run.stdout).toMatch(/^::warning::Failed to restore: /m)
      expect(run.stdout).toMatch(/cache GOMODCACHE: miss/)
    } finally {
      services.setFailure('cache')
    }
  })
})
