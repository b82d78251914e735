/**
 * A cell's environment: the runner's (so GOPROXY, GOPRIVATE, GOFLAGS, HOME/.netrc reach private
 * modules) with the cell's own values laid over it, by the one policy of src/go/env.ts.
 */
import path from 'node:path'
import { goEnvironment, type GoEnvValues } from '../go/env.js'
import type { CCompiler } from './c-compiler.js'
import type { CellPlan } from './types.js'

export interface CellPaths {
  /** GOCACHE of this cell's Go version */
  goCache: string
  /** the one GOMODCACHE every cell shares (filled once before the cells start) */
  goModCache: string
}

/**
 * With several modules each cell tests its module on its own, as its go.mod alone says: a go.work
 * above it would put every module in one build, under a `go` line no older Go of the matrix
 * accepts (go.work must say at least the newest module's go line).
 */
export const MODULE_ON_ITS_OWN = { GOWORK: 'off' }

/** What a cell lays over the runner's environment (see src/go/env.ts for the policy). */
export function cellEnvValues(plan: CellPlan, paths: CellPaths, cc?: CCompiler): GoEnvValues {
  const emulated = plan.emulation.execution === 'qemu-binfmt' || plan.emulation.execution === 'qemu-exec'
  return {
    goroot: plan.toolchain.path,
    goCache: paths.goCache,
    goModCache: paths.goModCache,
    target: plan.target,
    cgo: plan.cgo,
    cc,
    // Race cells run natively; only emulated test binaries need the emulation settings.
    emulated: emulated && !plan.race,
    ...(plan.module ? { extra: MODULE_ON_ITS_OWN } : {})
  }
}

export function cellEnv(
  base: NodeJS.ProcessEnv,
  plan: CellPlan,
  paths: CellPaths,
  cc?: CCompiler
): NodeJS.ProcessEnv {
  return goEnvironment(base, cellEnvValues(plan, paths, cc))
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
