/**
 * Builds the one typed, validated Config from raw input values (the action's INPUT_* or the
 * CLI's flags): parse each input, resolve paths, then check the inputs against each other.
 */
import path from 'node:path'
import { InputError } from '../errors.js'
import type { GoMod } from '../module/gomod.js'
import { loadModules, lowestGoMod, type GoModule } from '../module/modules.js'
import { INPUTS, type ParsedInputs } from './inputs.js'
import { isSharded } from '../plan/types.js'

export interface Config extends ParsedInputs {
  /** absolute: where relative paths are resolved (GITHUB_WORKSPACE or the CLI's cwd) */
  workspace: string
  /** absolute: the module's folder in a one-module run; with several (or none), the first working-directory entry */
  workingDirectory: string
  /** the modules working-directory names, go.work folders expanded (none in mode: merge); several: cells per module */
  modules: GoModule[]
  /** the go.mod go.mod version specs start from: the lowest `go` line of the modules (the module's own with one) */
  goMod?: GoMod
  /** inputs given explicitly (not defaulted), for conflict checks and messages */
  explicit: ReadonlySet<string>
  /** non-fatal remarks about the inputs, logged by the entry point */
  warnings: string[]
}

/** Returns an input's raw value, or undefined when it was not given. */
export type RawInputs = (name: string) => string | undefined

export async function buildConfig(raw: RawInputs, workspace: string): Promise<Config> {
  const parsed: Partial<Record<keyof ParsedInputs, unknown>> = {}
  const explicit = new Set<string>()
  for (const decl of INPUTS) {
    const given = raw(decl.name)
    // The runner fills every input, defaults included: only a different value counts as given.
    if (given !== undefined && given.trim() !== '' && given.trim() !== decl.default) explicit.add(decl.name)
    parsed[decl.key] = decl.parse(given ?? decl.default, decl.name)
  }
  const inputs = parsed as ParsedInputs
  const config: Config = {
    ...inputs,
    workspace,
    workingDirectory: path.resolve(workspace, inputs.workingDirectories[0]),
    modules: [],
    outDir: path.resolve(workspace, inputs.outDir),
    explicit,
    warnings: []
  }
  config.modules = loadConfigModules(config)
  if (config.modules.length === 1) config.workingDirectory = config.modules[0].root
  config.goMod = lowestGoMod(config.modules)
  checkConflicts(config)
  return config
}

function loadConfigModules(config: Config): GoModule[] {
  if (config.mode === 'merge') return []
  const needsModule = config.mode !== 'setup' || config.goVersions.some((s) => s.startsWith('go.mod'))
  return loadModules(config.workingDirectories, config.workspace, needsModule)
}

function checkConflicts(config: Config): void {
  const { explicit } = config
  if (config.modules.length > 1 && isSharded(config.shards)) {
    throw new InputError(
      'shards',
      `splits the packages of one module, but working-directory names ${config.modules.length} modules; use shards: 1, or one plan per module`
    )
  }
  if (config.reproducible && config.build.length === 0) {
    throw new InputError(
      'reproducible',
      'true needs binaries, but build is empty; set build (e.g. ./...) or reproducible: false'
    )
  }
  if (config.vulncheck === 'binary' && config.build.length === 0) {
    throw new InputError(
      'vulncheck',
      'binary scans the built binaries, but build is empty; set build (e.g. ./...) or use vulncheck: source'
    )
  }
  if (config.vulncheck === 'off') {
    for (const name of ['vulncheck-fail-on', 'vulndb']) {
      if (explicit.has(name))
        config.warnings.push(`${name} is only used with vulncheck: binary or source; ignored`)
    }
  }
  if (config.toolchainSource === 'proxy' && explicit.has('go-download-base-url')) {
    throw new InputError(
      'go-download-base-url',
      'is not used with toolchain-source: proxy (toolchains come from GOPROXY); use toolchain-source: dl or auto, or drop it'
    )
  }
  if (config.mode !== 'plan') {
    for (const name of ['plan-granularity', 'runner-map', 'shards', 'shard-history']) {
      if (explicit.has(name))
        config.warnings.push(`${name} is only used with mode: plan; ignored in mode: ${config.mode}`)
    }
  }
  if (config.mode !== 'run') {
    // what only a run's binaries or cells use
    for (const name of ['attest', 'shard', 'test-cache', 'vulncheck']) {
      if (explicit.has(name))
        config.warnings.push(`${name} is only used with mode: run; ignored in mode: ${config.mode}`)
    }
  }
}
