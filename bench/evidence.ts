// What share of a run do the binary checks, checksums, SBOMs and the coverage merge take?
// Runs the CLI on examples/hello (two Go versions x linux/amd64 + linux/arm64, cgo 0 and 1, both
// SBOM formats) and reads the timings results.json records: evidence work inside the cells
// (checks + SBOMs) plus the evidence stage (checksums + merge + go tool cover), against the
// cells' own time in the same run. Warm-up run first (not counted), then the median of N.
// Run: npx tsx bench/evidence.ts   (BENCH_RUNS=N, default 3)
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { startMirror } from '../__tests__/harness/mirror.js'
import { REPO, makeRunnerDirs, runCli } from '../__tests__/harness/runner.js'
import { prepareToolchains } from '../__tests__/harness/toolchains.js'

const VERSIONS = ['1.21.13', '1.27.4']
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3)
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

interface Timings {
  timings: Record<string, number>
  durationMs: number
}

async function main(): Promise<void> {
  const mirror = await startMirror({ toolchains: await prepareToolchains(VERSIONS) })
  const dirs = makeRunnerDirs('gcm-bench-evidence-')
  const env = { XDG_CACHE_HOME: path.join(dirs.root, 'xdg') }
  const run = async (out: string): Promise<Timings> => {
    const args = [
      '--go-versions',
      VERSIONS.join(', '),
      '--targets',
      'linux/amd64, linux/arm64',
      '--cgo',
      '0,1',
      '--race',
      'false'
    ]
    const result = await runCli(
      [
        ...args,
        '--go-download-base-url',
        mirror.dlBaseUrl,
        '--out-dir',
        path.join(dirs.root, out),
        path.join(REPO, 'examples', 'hello')
      ],
      dirs,
      env
    )
    if (result.code !== 0) throw new Error(`run failed:\n${result.stderr}`)
    return JSON.parse(await readFile(path.join(dirs.root, out, 'results.json'), 'utf8')) as Timings
  }
  try {
    await run('warmup')
    const shares = {
      ofRun: [] as number[],
      ofCells: [] as number[],
      evidenceMs: [] as number[],
      runMs: [] as number[],
      cellsMs: [] as number[]
    }
    for (let i = 0; i < RUNS; i++) {
      const { timings, durationMs } = await run(`run${i}`)
      const evidence = (timings['cells:evidence'] ?? 0) + (timings['stage:evidence'] ?? 0)
      shares.evidenceMs.push(evidence)
      shares.runMs.push(durationMs)
      shares.cellsMs.push(timings['cells:total'])
      shares.ofRun.push(evidence / durationMs)
      shares.ofCells.push(evidence / timings['cells:total'])
    }
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`
    console.log(
      `bench/evidence: examples/hello, ${VERSIONS.length} Go versions x 2 targets x cgo 0,1 (8 cells, 16 SBOMs), median of ${RUNS}`
    )
    console.log(
      `  evidence work      ${Math.round(median(shares.evidenceMs))} ms (binary checks + SBOMs in cells, checksums + coverage merge after)`
    )
    console.log(
      `  run wall time      ${Math.round(median(shares.runMs))} ms   evidence / run   = ${pct(median(shares.ofRun))}`
    )
    console.log(
      `  cells' own time    ${Math.round(median(shares.cellsMs))} ms   evidence / cells = ${pct(median(shares.ofCells))}  (target: at most 3%)`
    )
  } finally {
    await mirror.close()
    await rm(dirs.root, { recursive: true, force: true })
  }
}

await main()
