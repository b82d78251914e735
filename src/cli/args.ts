/**
 * CLI flags from the one input declaration: every input `x` is `--x value` or `--x=value`;
 * boolean inputs also take a bare `--x`; one positional argument is the working-directory.
 */
import { UserError } from '../errors.js'
import { INPUTS, OUTPUTS } from '../config/inputs.js'

export interface CliArgs {
  help: boolean
  version: boolean
  /** --json: results.json's compact form (mode: plan, the matrix) alone on stdout */
  json: boolean
  values: Map<string, string>
}

const BOOLEAN_INPUTS = new Set(
  INPUTS.filter((i) => i.bareTrue || i.default === 'true' || i.default === 'false').map((i) => i.name)
)
const NAMES = new Set(INPUTS.map((i) => i.name))

export function parseCliArgs(argv: string[]): CliArgs {
  const args: CliArgs = { help: false, version: false, json: false, values: new Map() }
  const positional: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--help' || arg === '-h') {
      args.help = true
      continue
    }
    if (arg === '--version') {
      args.version = true
      continue
    }
    if (arg === '--json') {
      args.json = true
      continue
    }
    if (arg === '--') {
      positional.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('-')) {
      positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq > 0 ? eq : undefined)
    if (!arg.startsWith('--') || !NAMES.has(name)) {
      throw new UserError(`unknown flag ${arg.split('=')[0]}; run go-cross-matrix --help for the flags`)
    }
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined
    if (value === undefined) {
      const next = argv[i + 1]
      if (
        BOOLEAN_INPUTS.has(name) &&
        (next === undefined || !/^(true|false|True|False|TRUE|FALSE)$/.test(next))
      ) {
        value = 'true'
      } else if (next === undefined) {
        throw new UserError(`--${name} needs a value; run go-cross-matrix --help`)
      } else {
        value = next
        i++
      }
    }
    args.values.set(name, value)
  }
  if (positional.length > 1) {
    // Several modules are a list, said once: an argument list could hide a mistyped flag.
    throw new UserError(
      `working-directory: give one module folder, not ${positional.length} (${positional.join(' ')}); for several modules: --working-directory "${positional.join(', ')}", or a folder with a go.work`
    )
  }
  if (positional.length === 1) {
    if (args.values.has('working-directory')) {
      throw new UserError('working-directory: given both as --working-directory and as an argument; give one')
    }
    args.values.set('working-directory', positional[0])
  }
  return args
}

export function helpText(): string {
  const width = Math.max(...INPUTS.map((i) => i.name.length)) + 4
  const lines = [
    'go-cross-matrix: test and build one Go module across Go versions and target platforms.',
    '',
    'Usage: go-cross-matrix [flags] [working-directory]',
    '',
    'Flags (each is also an input of the GitHub Action):'
  ]
  for (const i of INPUTS) {
    const def = i.default === '' ? '' : ` (default: ${i.default})`
    const where = i.githubOnly ? ' [GitHub Actions only: ignored by the CLI]' : ''
    lines.push(`  --${i.name.padEnd(width)}${i.description}${def}${where}`)
  }
  lines.push(
    `  --${'json'.padEnd(width)}Print results.json's compact form (mode: plan: the matrix) alone on stdout; the log goes to stderr.`,
    `  --${'version'.padEnd(width)}Print the version.`,
    `  --${'help'.padEnd(width)}Print this help.`
  )
  lines.push('', 'Outputs (printed as a summary; written to results.json):')
  for (const o of OUTPUTS) lines.push(`  ${o.name.padEnd(width + 2)}${o.description}`)
  lines.push(
    '',
    'Exit codes: 0 every cell passed (or was built only, ran no test, or was skipped); 1 a cell failed;',
    '2 bad usage or input; 3 could not run (toolchain, emulation, service).'
  )
  return lines.join('\n')
}
