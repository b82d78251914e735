// How close does `--mode setup` get to the machine's floor for installing five real Go toolchains?
// Floors: the same .tar.gz files fetched from the same local mirror by `curl | tar -xz`, one after
// another and all at once. Then the built CLI on an empty tool cache (cold) and on the filled one (warm).
// Run: npx tsx bench/toolchains.ts   (BENCH_RUNS=N repeats each measurement; the median is reported)
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { startMirror } from '../__tests__/harness/mirror.js'
import { DIST_CLI, makeRunnerDirs, runCli, type RunnerDirs } from '../__tests__/harness/runner.js'
import { prepareToolchains } from '../__tests__/harness/toolchains.js'

const VERSIONS = ['1.21.13', '1.22.12', '1.23.12', '1.26.11', '1.27.4']
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3)

interface Sample {
  wallMs: number
  /** CLI only: the slowest toolchain's durationMs in results.json */
  provisionMs?: number
}

/** Fetches url and unpacks it into dir through a shell pipe; the arguments never touch the script text. */
function curlTar(url: string, dir: string): Promise<void> {
  const script = 'set -o pipefail; curl -sS --fail "$1" | tar -xz -C "$2"'
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script, 'curl-tar', url, dir], {
      stdio: ['ignore', 'ignore', 'inherit']
    })
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`curl | tar ${url} exited ${code}`))
    )
  })
}

async function timed(fn: () => Promise<void>): Promise<Sample> {
  const started = performance.now()
  await fn()
  return { wallMs: performance.now() - started }
}

async function floor(urls: string[], parallel: boolean): Promise<Sample> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gcm-bench-floor-'))
  try {
    const dirs = urls.map((_, i) => path.join(root, String(i)))
    await Promise.all(dirs.map((d) => mkdir(d)))
    return await timed(async () => {
      if (parallel) await Promise.all(urls.map((url, i) => curlTar(url, dirs[i])))
      else for (const [i, url] of urls.entries()) await curlTar(url, dirs[i])
    })
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** One CLI setup run; returns its wall time (process start to exit) and the slowest toolchain's durationMs. */
async function setup(dirs: RunnerDirs, dlBaseUrl: string): Promise<Sample> {
  const args = ['--mode', 'setup', '--go-versions', VERSIONS.join(', '), '--go-download-base-url', dlBaseUrl]
  const result = await runCli(args, dirs)
  if (result.code !== 0) {
    throw new Error(`CLI exited ${result.code}:\n${result.stdout}\n${result.stderr}`)
  }
  const resultsJson = path.join(dirs.workspace, 'go-cross-matrix-out', 'results.json')
  const results = JSON.parse(await readFile(resultsJson, 'utf8')) as {
    toolchains: Array<{ source: string; durationMs: number }>
  }
  if (results.toolchains.length !== VERSIONS.length) throw new Error(`expected ${VERSIONS.length} toolchains`)
  return { wallMs: result.durationMs, provisionMs: Math.max(...results.toolchains.map((t) => t.durationMs)) }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

async function main(): Promise<void> {
  if (!existsSync(DIST_CLI)) throw new Error(`${DIST_CLI} is missing: run npm run build first`)
  const toolchains = await prepareToolchains(VERSIONS)
  const totalMb = toolchains.reduce((sum, t) => sum + t.size, 0) / 1e6
  const mirror = await startMirror({ toolchains })
  const samples: Record<string, Sample[]> = {
    'floor-serial': [],
    'floor-parallel': [],
    cold: [],
    'warm (process)': [],
    'warm (provision)': []
  }
  try {
    const urls = toolchains.map((t) => `${mirror.dlBaseUrl}/${path.basename(t.archivePath)}`)
    for (let run = 1; run <= RUNS; run++) {
      process.stderr.write(`run ${run}/${RUNS}\n`)
      samples['floor-serial'].push(await floor(urls, false))
      samples['floor-parallel'].push(await floor(urls, true))
      const dirs = makeRunnerDirs('gcm-bench-cli-')
      try {
        samples.cold.push(await setup(dirs, mirror.dlBaseUrl))
        const warm = await setup(dirs, mirror.dlBaseUrl)
        samples['warm (process)'].push(warm)
        samples['warm (provision)'].push({ wallMs: warm.provisionMs ?? NaN })
      } finally {
        await rm(dirs.root, { recursive: true, force: true })
      }
    }
  } finally {
    await mirror.close()
  }

  const serial = median(samples['floor-serial'].map((s) => s.wallMs))
  const parallel = median(samples['floor-parallel'].map((s) => s.wallMs))
  const coldProvision = median(samples.cold.map((s) => s.provisionMs ?? NaN))
  console.log(
    `nproc ${os.availableParallelism()}, ${VERSIONS.length} toolchains (${totalMb.toFixed(0)} MB .tar.gz)`
  )
  console.log(`median of ${RUNS} run(s); ratio = time / floor (below 1.00x beats the floor)\n`)
  for (const [name, list] of Object.entries(samples)) {
    const ms = median(list.map((s) => s.wallMs))
    const ratios = `${(ms / serial).toFixed(2)}x serial floor  ${(ms / parallel).toFixed(2)}x parallel floor`
    console.log(`${name.padEnd(17)} ${ms.toFixed(0).padStart(7)} ms  ${ratios}`)
  }
  console.log(
    `\ncold provisioning inside the CLI (max toolchains[].durationMs): ${coldProvision.toFixed(0)} ms`
  )
}

await main()
