/**
 * The one environment policy for every `go` this project runs (cells, probes, module downloads,
 * go list, go version -m, go tool cover): the runner's environment passes through (GOPROXY,
 * GOPRIVATE, GOFLAGS, GOEXPERIMENT, HOME/.netrc: what private modules and the user's choices
 * need), every variable that decides which toolchain runs, for what target, with which caches,
 * is removed, and the caller's values are laid over it. Each caller gets the same rules.
 */
import path from 'node:path'
import type { Target } from '../platform/platforms.js'
import { targetEnv } from '../platform/platforms.js'

/** Variables that belong to the call, never to the runner: removed, then set from GoEnvValues. */
export const GO_OWNED = [
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

export interface GoEnvValues {
  /** the toolchain: GOROOT, and its bin first on PATH */
  goroot: string
  goCache?: string
  goModCache?: string
  /** the target to build for; none: the host's */
  target?: Target
  /** CGO_ENABLED; unset: go's default */
  cgo?: boolean
  /** the C compiler, and the libc root QEMU needs for a cross cgo binary */
  cc?: { cc: string; ldPrefix?: string }
  /** test binaries run under qemu-user: Go's async preemption signals are unreliable there */
  emulated?: boolean
  /** anything else the call sets (a probe's GOFLAGS=-mod=mod for its own module) */
  extra?: Record<string, string>
}

export function goEnvironment(base: NodeJS.ProcessEnv, v: GoEnvValues): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base }
  for (const key of GO_OWNED) delete env[key]
  Object.assign(env, {
    GOROOT: v.goroot,
    PATH: [path.join(v.goroot, 'bin'), base.PATH ?? ''].filter(Boolean).join(path.delimiter),
    // Never download another toolchain: the call runs exactly the version it claims.
    GOTOOLCHAIN: 'local'
  })
  if (v.goCache) env.GOCACHE = v.goCache
  if (v.goModCache) env.GOMODCACHE = v.goModCache
  if (v.target) Object.assign(env, targetEnv(v.target))
  if (v.cgo !== undefined) env.CGO_ENABLED = v.cgo ? '1' : '0'
  if (v.cc) env.CC = v.cc.cc
  if (v.emulated) {
    // golang/go#36981; a GODEBUG the runner set is the user's choice and stays.
    if (base.GODEBUG === undefined) env.GODEBUG = 'asyncpreemptoff=1'
    if (v.cc?.ldPrefix) env.QEMU_LD_PREFIX = v.cc.ldPrefix
  }
  Object.assign(env, v.extra ?? {})
  return env
}
