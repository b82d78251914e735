// Do package shards scale out? A generated module of 200 packages whose tests sleep a known,
// skewed time (20 ms to ~2 s a package, ~40 s in all) is planned with `--mode plan --shards N`
// for N = 1, 2, 4 (go1.27.4, linux/amd64), first without history (balanced by package count),
// then with `--shard-history` (the durations of an unsharded run), and every shard is run one
// after the other as its own CLI run, with the whole machine, the way a job on its own runner
// takes it. Reported: the critical path (the longest shard), the ideal (the shards' sum / N),
// their ratio (issue 14: at most 1.2x with history for N = 2 and 4) and the planning time. Then
// the unsharded matrix twice with --test-cache on one GOCACHE (second run / first: at most 0.2x,
// and every package must say cached). Baseline, in the same invocation: `go test ./...` by hand
// with the same toolchain, build cache and flags (-trimpath -count=1 -coverprofile), and, for the
// plans with history, each shard's `go test <its packages>` by hand.
// Warm build caches throughout (a warm-up run fills them first); tests always run (-count=1)
// except in the test-cache pair.
// Run: npx tsx bench/scale.ts   (writes bench/results/scale.md; a few minutes on 2 CPUs)
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { startMirror } from '../__tests__/harness/mirror.js'
import { DIST_CLI, REPO, makeRunnerDirs, runCli } from '../__tests__/harness/runner.js'
import { prepareToolchains } from '../__tests__/harness/toolchains.js'

const VERSION = '1.27.4'
const TARGET = 'linux/amd64'
const PACKAGES = 200
const SHARDS = [1, 2, 4]
const MODULE_PATH = 'example.com/scale'
const RESULTS_MD = path.join(REPO, 'bench', 'results', 'scale.md')

/** mulberry32: a small seeded PRNG, so the module is the same in every invocation. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Package i's total sleep: ranks spread evenly over (0, 1), skewed by a 10th power (most packages
 * are light, a few weigh up to ~2 s; 14 take more than 1 s), dealt to the packages by a seeded
 * shuffle so weight and name order are unrelated (a plan by count deals names round robin; a
 * multiplicative permutation would keep rank mod N = name mod N and balance it by accident).
 * Sums to ~40 s.
 */
const RANKS = (() => {
  const ranks = Array.from({ length: PACKAGES }, (_, i) => i)
  const random = prng(14)
  for (let i = ranks.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[ranks[i], ranks[j]] = [ranks[j], ranks[i]]
  }
  return ranks
})()
function sleepMs(i: number): number {
  const u = (RANKS[i] + 0.5) / PACKAGES
  return Math.round(20 + 1980 * u ** 10)
}

const pkgName = (i: number) => `p${String(i).padStart(3, '0')}`
const importPath = (i: number) => `${MODULE_PATH}/${pkgName(i)}`

/** Each package: one function (so coverage has statements) and two tests sharing its sleep. */
async function generateModule(root: string): Promise<Map<string, number>> {
  const sleeps = new Map<string, number>()
  await writeFile(path.join(root, 'go.mod'), `module ${MODULE_PATH}\n\ngo 1.22\n`)
  for (let i = 0; i < PACKAGES; i++) {
    const name = pkgName(i)
    const ms = sleepMs(i)
    sleeps.set(importPath(i), ms)
    const dir = path.join(root, name)
    await mkdir(dir)
    await writeFile(path.join(dir, `${name}.go`), `package ${name}\n\nfunc Inc(x int) int { return x + 1 }\n`)
    const half = Math.floor(ms / 2)
    await writeFile(
      path.join(dir, `${name}_test.go`),
      `package ${name}

import (
\t"testing"
\t"time"
)

func TestFirst(t *testing.T) {
\ttime.Sleep(${half} * time.Millisecond)
\tif Inc(1) != 2 {
\t\tt.Fatal("Inc(1) != 2")
\t}
}

func TestSecond(t *testing.T) { time.Sleep(${ms - half} * time.Millisecond) }
`
    )
  }
  return sleeps
}

function bash(script: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script, 'bench', ...args], {
      cwd,
      env,
      stdio: ['ignore', 'ignore', 'inherit']
    })
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(performance.now() - started) : reject(new Error(`bash exited ${code}`))
    )
  })
}

interface CellFacts {
  status: string
  packages: Array<{ package: string; status: string; cached: boolean; elapsedMs: number }>
  cachedPackages: number
  durationMs: number
}

interface Shard {
  label: string
  packages: number
  wallMs: number
  /** the cell's own time in results.json */
  cellMs: number
  /** the sum of go test's per-package Elapsed */
  elapsedMs: number
  sleepMs: number
  /** go test <the shard's packages> by hand, when measured */
  byHandMs?: number
}

interface PlanRow {
  history: boolean
  n: number
  planMs: number
  shards: Shard[]
}

const sec = (ms: number) => (ms / 1000).toFixed(1)
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

async function main(): Promise<void> {
  if (!existsSync(DIST_CLI)) throw new Error(`${DIST_CLI} is missing: run npm run build first`)
  const cpus = os.availableParallelism()
  const mirror = await startMirror({ toolchains: await prepareToolchains([VERSION]) })
  const dirs = makeRunnerDirs('gcm-bench-scale-')
  const env = { XDG_CACHE_HOME: path.join(dirs.root, 'xdg') }
  const module = path.join(dirs.root, 'module')
  await mkdir(module)
  const sleeps = await generateModule(module)
  const totalSleep = sum([...sleeps.values()])
  const out = (name: string) => path.join(dirs.root, 'out', name)
  const log = (line: string) => process.stderr.write(`${line}\n`)

  const cli = async (name: string, args: string[]) => {
    const result = await runCli(
      [
        '--go-versions',
        VERSION,
        '--targets',
        TARGET,
        '--race',
        'false',
        '--go-download-base-url',
        mirror.dlBaseUrl,
        '--out-dir',
        out(name),
        ...args,
        module
      ],
      dirs,
      env
    )
    if (result.code !== 0)
      throw new Error(`${name}: CLI exited ${result.code}:\n${result.stdout}\n${result.stderr}`)
    return result
  }
  const cellOf = async (name: string): Promise<CellFacts> => {
    const results = JSON.parse(await readFile(path.join(out(name), 'results.json'), 'utf8')) as {
      cells: CellFacts[]
    }
    if (results.cells.length !== 1) throw new Error(`${name}: expected one cell, got ${results.cells.length}`)
    return results.cells[0]
  }

  try {
    // Warm-up (not timed): installs the toolchain and fills the build cache with the CLI's flags.
    log('warm-up run')
    await cli('warmup', [])
    const toolchains = JSON.parse(await readFile(path.join(out('warmup'), 'results.json'), 'utf8')) as {
      toolchains: Array<{ version: string; path: string }>
    }
    const goroot = toolchains.toolchains[0].path
    const shellEnv = {
      ...process.env,
      GOROOT: goroot,
      PATH: `${path.join(goroot, 'bin')}:${process.env.PATH}`,
      GOTOOLCHAIN: 'local',
      GOFLAGS: '',
      GOOS: 'linux',
      GOARCH: 'amd64',
      CGO_ENABLED: '0',
      GOCACHE: path.join(env.XDG_CACHE_HOME, 'go-cross-matrix', 'go-build', VERSION)
    }
    // The same build flags as the CLI's go test, so by hand and the CLI share one warm cache.
    const goTest = (packages: string[]) =>
      bash(
        'go test -json -trimpath -count=1 -coverprofile="$1/cover.out" "${@:2}" > "$1/log.jsonl"',
        [dirs.temp, ...packages],
        shellEnv,
        module
      )

    log('baseline: go test ./... by hand')
    const byHandAll = await goTest(['./...'])
    log('unsharded CLI run (the history)')
    const single = await cli('single', [])
    const singleCell = await cellOf('single')

    const rows: PlanRow[] = []
    for (const history of [false, true]) {
      for (const n of SHARDS) {
        const tag = `${history ? 'history' : 'count'}-${n}`
        const started = performance.now()
        await cli(`plan-${tag}`, [
          '--mode',
          'plan',
          '--shards',
          String(n),
          ...(history ? ['--shard-history', out('single')] : [])
        ])
        const planMs = performance.now() - started
        const plan = JSON.parse(await readFile(path.join(out(`plan-${tag}`), 'plan.json'), 'utf8')) as {
          include: Array<Record<string, string>>
        }
        const shards: Shard[] = []
        for (const [i, entry] of plan.include.entries()) {
          const label = entry.shard || '1/1'
          log(`${tag}: shard ${label}`)
          // An unsharded plan (N = 1) keeps the packages input (./...) in its entry.
          const packages = entry.shard ? entry.packages.split(' ') : [...sleeps.keys()]
          const name = `run-${tag}-${i}`
          const run = await cli(name, [
            ...(entry.shard ? ['--packages', entry.packages] : []),
            ...(entry.shard ? ['--shard', entry.shard] : [])
          ])
          const cell = await cellOf(name)
          log(`  ${sec(run.durationMs)} s, ${packages.length} packages`)
          if (cell.status !== 'passed') throw new Error(`${name}: cell ${cell.status}`)
          if (cell.packages.length !== packages.length)
            throw new Error(`${name}: ${cell.packages.length} packages reported, ${packages.length} planned`)
          shards.push({
            label,
            packages: packages.length,
            wallMs: run.durationMs,
            cellMs: cell.durationMs,
            elapsedMs: sum(cell.packages.map((p) => p.elapsedMs)),
            sleepMs: sum(packages.map((p) => sleeps.get(p) ?? NaN)),
            byHandMs: history && n > 1 ? await goTest(packages) : undefined
          })
        }
        if (sum(shards.map((s) => s.packages)) !== PACKAGES) throw new Error(`${tag}: packages lost`)
        rows.push({ history, n, planMs, shards })
      }
    }

    log('test-cache: first run')
    const first = await cli('cache-1', ['--test-cache', 'true'])
    log('test-cache: second run')
    const second = await cli('cache-2', ['--test-cache', 'true'])
    const firstCell = await cellOf('cache-1')
    const secondCell = await cellOf('cache-2')
    const withTests = secondCell.packages.filter((p) => p.status !== 'no-test-files').length

    const lines: string[] = []
    const say = (line = '') => lines.push(line)
    say('# bench/scale')
    say()
    say(
      `${PACKAGES} generated packages, ${sec(totalSleep)} s of test sleep in all (20 ms to ${sec(Math.max(...sleeps.values()))} s a package), ` +
        `go${VERSION} ${TARGET}, coverage on, ${cpus} CPUs (go test -p ${cpus}: up to ${cpus} test binaries at once), ` +
        `warm build cache, shards run one after the other, each the only thing on the machine. ` +
        `Wall = the CLI process, start to exit. Generated by \`npx tsx bench/scale.ts\` on ${new Date().toISOString().slice(0, 10)}.`
    )
    say()
    say('## Baselines (unsharded)')
    say()
    say('| run | wall s | / go test by hand |')
    say('| --- | ---: | ---: |')
    say(`| go test ./... by hand (-trimpath -count=1 -coverprofile) | ${sec(byHandAll)} | 1.00x |`)
    say(
      `| go-cross-matrix, unsharded | ${sec(single.durationMs)} | ${(single.durationMs / byHandAll).toFixed(2)}x |`
    )
    say()
    say(
      `The unsharded run's go test Elapsed adds up to ${sec(sum(singleCell.packages.map((p) => p.elapsedMs)))} s ` +
        `over ${singleCell.packages.length} packages (the history the plans with history weigh by); its cell took ${sec(singleCell.durationMs)} s.`
    )
    say()
    say('## Shards')
    say()
    say(
      "Ideal = the sum of the shards' wall times / N; longest / ideal is the target (at most 1.20x with history, N = 2 and 4). " +
        `Same, by sleep: longest / ideal over the shards' planned sleep (the plan's own balance, free of timing noise). ` +
        `Sleep / N: the tests' own sleep per shard (go runs ${cpus} binaries at once, so a shard can beat it).`
    )
    say()
    say(
      '| balanced by | N | plan s | longest shard s | sum / N s | longest / ideal | same, by sleep | sleep / N s | longest / unsharded CLI | longest / go test by hand | packages per shard | shard wall s |'
    )
    say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |')
    const verdicts: string[] = []
    for (const row of rows) {
      const walls = row.shards.map((s) => s.wallMs)
      const longest = Math.max(...walls)
      const ideal = sum(walls) / row.n
      const ratio = longest / ideal
      const sleeps = row.shards.map((s) => s.sleepMs)
      const sleepRatio = Math.max(...sleeps) / (sum(sleeps) / row.n)
      say(
        `| ${row.history ? 'history' : 'package count'} | ${row.n} | ${sec(row.planMs)} | ${sec(longest)} | ${sec(ideal)} | ` +
          `${ratio.toFixed(2)}x | ${sleepRatio.toFixed(2)}x | ${sec(totalSleep / row.n)} | ${(longest / single.durationMs).toFixed(2)}x | ` +
          `${(longest / byHandAll).toFixed(2)}x | ${row.shards.map((s) => s.packages).join(', ')} | ${walls.map(sec).join(', ')} |`
      )
      if (row.history && row.n > 1)
        verdicts.push(`N = ${row.n}: ${ratio.toFixed(2)}x ${ratio <= 1.2 ? 'holds' : 'FAILS'}`)
    }
    say()
    say(`Done-when (with history, longest within 1.2x of sum / N): ${verdicts.join('; ')}.`)
    say()
    say('### Each shard')
    say()
    say(
      "Sleep: the planned packages' sleep; go Elapsed: the sum of go test's per-package Elapsed (what the history records); " +
        "cell: the cell's durationMs; by hand: `go test <the same packages>` with the same flags; " +
        `fixed ms / package: (wall x ${cpus} - go Elapsed) / packages, the slot time go test spends on a package outside its Elapsed (compile, link, start), which no history records.`
    )
    say()
    say(
      '| balanced by | shard | packages | sleep s | go Elapsed s | cell s | wall s | by hand s | wall - by hand s | fixed ms / package |'
    )
    say('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const row of rows)
      for (const s of row.shards)
        say(
          `| ${row.history ? 'history' : 'package count'} | ${s.label} | ${s.packages} | ${sec(s.sleepMs)} | ${sec(s.elapsedMs)} | ` +
            `${sec(s.cellMs)} | ${sec(s.wallMs)} | ${s.byHandMs === undefined ? '' : sec(s.byHandMs)} | ` +
            `${s.byHandMs === undefined ? '' : sec(s.wallMs - s.byHandMs)} | ${Math.round((s.wallMs * cpus - s.elapsedMs) / s.packages)} |`
        )
    say()
    say('## test-cache')
    say()
    const cacheRatio = second.durationMs / first.durationMs
    say('| run | wall s | cached packages | / first |')
    say('| --- | ---: | ---: | ---: |')
    say(
      `| first (--test-cache true) | ${sec(first.durationMs)} | ${firstCell.cachedPackages} of ${withTests} | 1.00x |`
    )
    say(
      `| second, same GOCACHE | ${sec(second.durationMs)} | ${secondCell.cachedPackages} of ${withTests} | ${cacheRatio.toFixed(2)}x |`
    )
    say()
    say(
      `Target: second / first at most 0.20x: ${cacheRatio <= 0.2 ? 'holds' : 'FAILS'}; every package cached: ` +
        `${secondCell.cachedPackages === withTests && secondCell.packages.every((p) => p.status === 'no-test-files' || p.cached) ? 'yes' : 'NO'}.`
    )
    const text = `${lines.join('\n')}\n`
    console.log(text)
    await mkdir(path.dirname(RESULTS_MD), { recursive: true })
    await writeFile(RESULTS_MD, text)
    log(`written to ${path.relative(REPO, RESULTS_MD)}`)
  } finally {
    await mirror.close()
  }
}

await main()
