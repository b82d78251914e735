// How does one `go-cross-matrix` run compare with what teams script by hand? Five Go versions x
// linux/amd64 + linux/arm64 on examples/hello, against, in the same invocation, the same
// `go build` / `go test` commands run one after another by a shell loop (the seed's Makefile,
// without Docker) and by `xargs -P <parallel>`. Every contender gets the same toolchains, the
// same warm build caches and the same binfmt_misc QEMU; tests always run (-count=1).
// Run: npx tsx bench/cells.ts   (BENCH_RUNS=N repeats each measurement; the median is reported)
// A real module instead of the example: BENCH_MODULE=golang.org/x/sync@v0.25.0 npx tsx bench/cells.ts
// (fetched through the Go module proxy; Go versions: BENCH_VERSIONS, default oldstable and stable).
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { startMirror } from '../__tests__/harness/mirror.js'
import { REPO, makeRunnerDirs, runCli } from '../__tests__/harness/runner.js'
import { prepareToolchains } from '../__tests__/harness/toolchains.js'
import { fetchModule } from '../__tests__/harness/oracle.js'

const MODULE = process.env.BENCH_MODULE
const VERSIONS = (
  process.env.BENCH_VERSIONS ?? (MODULE ? '1.26.11,1.27.4' : '1.21.13,1.22.12,1.23.12,1.26.11,1.27.4')
).split(',')
const TARGETS = ['amd64', 'arm64']
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3)
const PARALLEL = os.availableParallelism()
let EXAMPLE = path.join(REPO, 'examples', 'hello')

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

function bash(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script, 'bench', ...args], {
      cwd: EXAMPLE,
      env,
      stdio: ['pipe', 'ignore', 'inherit']
    })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`bash exited ${code}`))))
    child.stdin.end()
  })
}

// One cell by hand: what a Makefile target does per Go version and GOARCH.
const CELL_SCRIPT = `set -e
goroot="$1"; arch="$2"; out="$3"; cache="$4"
export GOROOT="$goroot" PATH="$goroot/bin:$PATH" GOTOOLCHAIN=local GOOS=linux GOARCH="$arch" CGO_ENABLED=0 GOCACHE="$cache"
[ "$arch" = amd64 ] || export GODEBUG=asyncpreemptoff=1
mkdir -p "$out"
if [ -n "$BENCH_MODULE" ]; then go build -trimpath ./... >/dev/null; else go build -trimpath -ldflags="-s -w" -o "$out/" . >/dev/null; fi
go test -json -trimpath -count=1 -coverprofile="$out/cover.out" ./... > "$out/log.jsonl"`

async function main(): Promise<void> {
  if (MODULE) {
    const [mod, version] = MODULE.split('@')
    const root = await mkdtemp(path.join(os.tmpdir(), 'gcm-bench-module-'))
    EXAMPLE = await fetchModule(mod, version, root)
  }
  const mirror = await startMirror({ toolchains: await prepareToolchains(VERSIONS) })
  const dirs = makeRunnerDirs('gcm-bench-cells-')
  const env = { XDG_CACHE_HOME: path.join(dirs.root, 'xdg') }
  const cliArgs = (out: string) => [
    '--go-versions',
    VERSIONS.join(', '),
    '--targets',
    TARGETS.map((a) => `linux/${a}`).join(', '),
    '--race',
    'false',
    '--go-download-base-url',
    mirror.dlBaseUrl,
    '--out-dir',
    path.join(dirs.root, out),
    EXAMPLE
  ]
  try {
    // Warm-up (not timed): installs the toolchains, registers QEMU and fills the build caches.
    const warm = await runCli(cliArgs('warmup'), dirs, env)
    if (warm.code !== 0) throw new Error(`warm-up run failed:\n${warm.stdout}\n${warm.stderr}`)
    const results = JSON.parse(await readFile(path.join(dirs.root, 'warmup', 'results.json'), 'utf8')) as {
      toolchains: Array<{ version: string; path: string }>
    }
    const goroot = Object.fromEntries(results.toolchains.map((t) => [t.version, t.path]))
    const cache = (v: string) => path.join(env.XDG_CACHE_HOME, 'go-cross-matrix', 'go-build', v)
    const jobs = VERSIONS.flatMap((v) => TARGETS.map((a) => [goroot[v], a, `${v}-${a}`, cache(v)]))
    const shellEnv = { ...process.env, GOFLAGS: '', BENCH_MODULE: MODULE ?? '' }

    const samples: Record<string, number[]> = {
      'go-cross-matrix': [],
      'shell loop': [],
      [`xargs -P ${PARALLEL}`]: []
    }
    for (let run = 0; run < RUNS; run++) {
      let started = performance.now()
      const ours = await runCli(cliArgs(`run${run}`), dirs, env)
      if (ours.code !== 0) throw new Error(`go-cross-matrix run failed:\n${ours.stderr}`)
      samples['go-cross-matrix'].push(performance.now() - started)

      const out = await mkdtemp(path.join(os.tmpdir(), 'gcm-bench-shell-'))
      started = performance.now()
      for (const [root, arch, id, c] of jobs)
        await bash(CELL_SCRIPT, [root, arch, path.join(out, 'loop', id), c], shellEnv)
      samples['shell loop'].push(performance.now() - started)

      const list = jobs
        .map(([root, arch, id, c]) => [root, arch, path.join(out, 'xargs', id), c].join(' '))
        .join('\n')
      started = performance.now()
      await bash(
        `printf '%s\\n' "$1" | xargs -P ${PARALLEL} -L 1 bash -c "$2" cell`,
        [list, CELL_SCRIPT],
        shellEnv
      )
      samples[`xargs -P ${PARALLEL}`].push(performance.now() - started)
      await rm(out, { recursive: true, force: true })
    }

    const ours = median(samples['go-cross-matrix'])
    console.log(
      `bench/cells: ${VERSIONS.length} Go versions x ${TARGETS.map((a) => `linux/${a}`).join(' + ')} on ${MODULE ?? 'examples/hello'}, ` +
        `${PARALLEL} CPUs, median of ${RUNS}, warm build caches, tests always run`
    )
    for (const [name, xs] of Object.entries(samples)) {
      const ms = median(xs)
      console.log(
        `  ${name.padEnd(16)} ${String(Math.round(ms)).padStart(7)} ms   go-cross-matrix / this = ${(ours / ms).toFixed(2)}x`
      )
    }
    console.log(
      '  (go-cross-matrix also proves each toolchain version, probes QEMU and writes results.json, summary.md, logs)'
    )
  } finally {
    await mirror.close()
    await rm(dirs.root, { recursive: true, force: true })
  }
}

await main()
