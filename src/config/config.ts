/**
 * Builds the one typed, validated Config from raw input values (the action's INPUT_* or the
 * CLI's flags): parse each input, resolve paths, then check the inputs against each other.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { InputError } from '../errors.js'
import { readGoMod, type GoMod } from '../module/gomod.js'
import { INPUTS, type ParsedInputs } from './inputs.js'

export interface Config extends ParsedInputs {
  /** absolute: where relative paths are resolved (GITHUB_WORKSPACE or the CLI's cwd) */
  workspace: string
  /** the module's go.mod, when working-directory has one */
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
    workingDirectory: path.resolve(workspace, inputs.workingDirectory),
    outDir: path.resolve(workspace, inputs.outDir),
    explicit,
    warnings: []
  }
  config.goMod = await loadModule(config)
  checkConflicts(config)
  return config
}

async function loadModule(config: Config): Promise<GoMod | undefined> {
  if (config.mode === 'merge') return undefined
  const dir = config.workingDirectory
  const stat = statSync(dir, { throwIfNoEntry: false })
  if (!stat)
    throw new InputError('working-directory', `${dir} does not exist; give the folder of a Go module`)
  if (!stat.isDirectory())
    throw new InputError('working-directory', `${dir} is not a directory; give the folder of a Go module`)
  const needsModule = config.mode !== 'setup' || config.goVersions.some((s) => s.startsWith('go.mod'))
  const hasGoMod = statSync(path.join(dir, 'go.mod'), { throwIfNoEntry: false })?.isFile()
  if (!needsModule && !hasGoMod) return undefined
  return readGoMod(dir)
}

function checkConflicts(config: Config): void {
  const { explicit } = config
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
    for (const name of ['plan-granularity', 'runner-map']) {
      if (explicit.has(name))
        config.warnings.push(`${name} is only used with mode: plan; ignored in mode: ${config.mode}`)
    }
  }
}
