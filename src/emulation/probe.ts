/**
 * Before a foreign target's tests, build a tiny program for it and run it the way the tests
 * will run: if the emulator cannot run Go (a crash, a bad registration, a missing libc), the
 * target's cells end as `error` with the emulator's own message instead of failing every test.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { targetEnv, type Target } from '../config/targets.js'
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
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'go.mod'), 'module probe\n\ngo 1.18\n')
  await writeFile(path.join(dir, 'main.go'), PROBE_GO)
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    GOROOT: goroot,
    GOTOOLCHAIN: 'local',
    GOFLAGS: '-mod=mod',
    CGO_ENABLED: '0',
    GOCACHE: goCache
  }
  for (const key of ['GOARM', 'GOAMD64', 'GOEXPERIMENT']) delete env[key]
  Object.assign(env, targetEnv(target))
  const binary = path.join(dir, 'probe')
  const build = await runProcess(path.join(goroot, 'bin', 'go'), ['build', '-o', binary, '.'], {
    cwd: dir,
    env,
    timeoutMs: 120_000
  })
  if (build.code !== 0) {
    emulation.error = `probe build for ${emulation.target} failed: ${firstLines(build.stderr)}`
    return
  }
  const runEnv = { ...baseEnv, GODEBUG: baseEnv.GODEBUG ?? 'asyncpreemptoff=1' }
  const run =
    emulation.execution === 'qemu-exec'
      ? await runProcess(emulation.qemu!, [binary], { env: runEnv, timeoutMs: 60_000 })
      : await runProcess(binary, [], { env: runEnv, timeoutMs: 60_000 })
  const printed = run.stdout.trim()
  const expected = `${target.goos}/${target.goarch}`
  if (run.code !== 0 || !printed.startsWith(expected)) {
    const why = firstLines(run.stderr) || run.spawnError || printed || `exit ${run.code ?? run.signal}`
    emulation.error = `${emulation.execution} could not run a ${emulation.target} program: ${why}`
    return
  }
  emulation.probe = printed
}
