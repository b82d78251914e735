/**
 * Before a foreign target's tests, build a tiny program for it and run it the way the tests
 * will run: if the emulator cannot run Go (a crash, a bad registration, a missing libc), the
 * target's cells end as `error` with the emulator's own message instead of failing every test.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Target } from '../platform/platforms.js'
import { Go } from '../go/go.js'
import type { GoEnvValues } from '../go/env.js'
import { firstLines, runProcess } from '../util/process.js'
import type { TargetEmulation } from './setup.js'

const PROBE_GO = `package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	variant := ""
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if (s.Key == "GOARM" || s.Key == "GOAMD64") && s.Value != "" {
				variant = "/" + s.Value
			}
		}
	}
	fmt.Printf("%s/%s%s %s\\n", runtime.GOOS, runtime.GOARCH, variant, runtime.Version())
}
`

export interface ProbeOutcome {
  /** what the program printed: "linux/arm64 go1.22.8" */
  printed?: string
  error?: string
}

/**
 * Builds the probe with `go` (a toolchain, with the target's environment) in `dir`, then runs it
 * the way the tests of `emulation` run, with `runEnv`.
 */
export async function runProbe(
  target: Target,
  emulation: TargetEmulation,
  go: Go,
  dir: string,
  runEnv: NodeJS.ProcessEnv
): Promise<ProbeOutcome> {
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'go.mod'), 'module probe\n\ngo 1.18\n')
  await writeFile(path.join(dir, 'main.go'), PROBE_GO)
  const binary = path.join(dir, 'probe')
  const build = await go.run(['build', '-o', binary, '.'], { cwd: dir })
  if (build.timedOut) return { error: `probe build for ${emulation.target} timed out` }
  if (build.code !== 0)
    return { error: `probe build for ${emulation.target} failed: ${firstLines(build.stderr)}` }
  const run =
    emulation.execution === 'qemu-exec'
      ? await runProcess(emulation.qemu!, [binary], { env: runEnv, timeoutMs: 60_000 })
      : await runProcess(binary, [], { env: runEnv, timeoutMs: 60_000 })
  const printed = run.stdout.trim()
  const expected = `${target.goos}/${target.goarch}`
  if (run.code !== 0 || !printed.startsWith(expected)) {
    const why = firstLines(run.stderr) || run.spawnError || printed || `exit ${run.code ?? run.signal}`
    return { error: `${emulation.execution} could not run a ${emulation.target} program: ${why}` }
  }
  return { printed }
}

/**
 * The probe is its own module: the project's GOFLAGS (-mod=vendor) or cgo mode mean nothing to
 * it. These are a cell's (or the emulation stage's) values, made fit to build it.
 */
export function probeEnvValues(values: GoEnvValues): GoEnvValues {
  return { ...values, cgo: false, extra: { ...values.extra, GOFLAGS: '-mod=mod' } }
}

/** Runs the probe for one emulated target; fills in `probe`, or `error` when it fails. */
export async function probeTarget(
  target: Target,
  emulation: TargetEmulation,
  goroot: string,
  workDir: string,
  baseEnv: NodeJS.ProcessEnv,
  /** the toolchain's GOCACHE: the probe's runtime build is then the cells' too */
  goCache: string
): Promise<void> {
  const dir = path.join(workDir, `probe-${emulation.target.replace(/\//g, '-')}`)
  const values = probeEnvValues({ goroot, goCache, target, emulated: true })
  const go = new Go(baseEnv, values, dir, () => 120_000)
  const outcome = await runProbe(target, emulation, go, dir, go.env)
  if (outcome.error) emulation.error = outcome.error
  else emulation.probe = outcome.printed
}
