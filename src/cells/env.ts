/**
 * A cell's environment: the runner's (so GOPROXY, GOPRIVATE, GOFLAGS, HOME/.netrc reach private
 * modules) with the cell's own values laid over it. Stray target or toolchain settings of the
 * runner never leak in: every one of them is removed, then set from the cell.
 */
import path from 'node:path'
import { targetEnv } from '../config/targets.js'
import type { CCompiler } from './c-compiler.js'
import type { CellPlan } from './types.js'

const CELL_OWNED = [
  'GOROOT',
  'GOOS',
  'GOARCH',
  'GOARM',
  'GOARM64',
  'GOAMD64',
  'GO386',
  'GOMIPS',
  'GOMIPS64',
  'GOPPC64',
  'GORISCV64',
  'GOWASM',
  'GOEXE',
  'GOHOSTOS',
  'GOHOSTARCH',
  'GOTOOLCHAIN',
  'CGO_ENABLED',
  'CC',
  'CXX',
  'GOCACHE',
  'GOMODCACHE',
  'GOCOVERDIR',
  'QEMU_LD_PREFIX'
]

export interface CellPaths {
  /** GOCACHE of this cell's Go version */
  goCache: string
  /** the one GOMODCACHE every cell shares (filled once before the cells start) */
  goModCache: string
}

export function cellEnv(
  base: NodeJS.ProcessEnv,
  plan: CellPlan,
  paths: CellPaths,
  cc?: CCompiler
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base }
  for (const key of CELL_OWNED) delete env[key]
  const goroot = plan.toolchain.path
  const emulated = plan.emulation.execution === 'qemu-binfmt' || plan.emulation.execution === 'qemu-exec'
  Object.assign(env, {
    GOROOT: goroot,
    PATH: [path.join(goroot, 'bin'), base.PATH ?? ''].filter(Boolean).join(path.delimiter),
    // Never download another toolchain: the cell runs exactly the version it claims.
    GOTOOLCHAIN: 'local',
    ...targetEnv(plan.target),
    CGO_ENABLED: plan.cgo ? '1' : '0',
    GOCACHE: paths.goCache,
    GOMODCACHE: paths.goModCache
  })
  if (cc) env.CC = cc.cc
  if (emulated && !plan.race) {
    // Go's async preemption signals are unreliable under qemu-user (golang/go#36981).
    if (base.GODEBUG === undefined) env.GODEBUG = 'asyncpreemptoff=1'
    if (cc?.ldPrefix) env.QEMU_LD_PREFIX = cc.ldPrefix
  }
  return env
}

/** Where a Go version's build cache lives (one per version: caches are not shared across Go releases). */
export function goCacheDir(cacheRoot: string, version: string): string {
  return path.join(cacheRoot, 'go-build', version)
}

/** GOMODCACHE as `go env` would default it, so the CLI shares the user's module cache. */
export function defaultGoModCache(env: NodeJS.ProcessEnv, home: string): string {
  if (env.GOMODCACHE) return env.GOMODCACHE
  const gopath = (env.GOPATH ?? '').split(path.delimiter).find(Boolean) ?? path.join(home, 'go')
  return path.join(gopath, 'pkg', 'mod')
}
