/**
 * The one declaration of every input: name, default, description and parser. action.yml, the
 * CLI's flags and --help, and the README tables all follow it (a test keeps them in step).
 */
import os from 'node:os'
import { InputError } from '../errors.js'
import { parseVersionSpec, VALID_SPECS } from '../toolchain/spec.js'
import { parseTarget, targetName, type Target } from './targets.js'
import type { Shard, ShardSpec } from '../plan/types.js'
import {
  VULNCHECK_FAIL_ON,
  VULNCHECK_MODES,
  type VulncheckFailOn,
  type VulncheckMode
} from '../vulncheck/types.js'
import {
  parseBoolean,
  parseChoice,
  parseDuration,
  parseFlags,
  parseInteger,
  parseList,
  parsePackages,
  parseShard,
  parseShards,
  parseUrl,
  parseWords
} from './values.js'

export const MODES = ['run', 'setup', 'plan', 'merge'] as const
export type Mode = (typeof MODES)[number]
export const SBOM_FORMATS = ['cyclonedx', 'spdx'] as const
export type SbomFormat = (typeof SBOM_FORMATS)[number]

/** Inputs as parsed, before paths are resolved and inputs are checked against each other. */
export interface ParsedInputs {
  goVersions: string[]
  targets: Target[]
  cgo: boolean[]
  /** as given (relative to the workspace); each a module's or a go.work's folder */
  workingDirectories: string[]
  packages: string[]
  build: string[]
  buildFlags: string[]
  ldflags: string
  tags: string[]
  testFlags: string[]
  rerunFails: number
  testCache: boolean
  installDeps: 'auto' | 'true' | 'false'
  race: 'auto' | 'true' | 'false'
  coverage: boolean
  sbom: SbomFormat[]
  reproducible: boolean
  vulncheck: VulncheckMode
  vulncheckFailOn: VulncheckFailOn
  vulnDb: string
  emulation: 'auto' | 'qemu' | 'none'
  parallel: number
  failFast: boolean
  cellTimeoutMs: number
  goDownloadBaseUrl: string
  toolchainSource: 'auto' | 'dl' | 'proxy'
  verifyChecksums: boolean
  cache: boolean
  upload: boolean
  artifactName: string
  retentionDays: number | undefined
  attest: boolean
  githubToken: string
  outDir: string
  mode: Mode
  planGranularity: 'target' | 'cell'
  shards: ShardSpec
  shard: Shard | null
  shardHistory: string
  runnerMap: Map<string, string>
  mergeFrom: string[]
}

export interface InputDeclaration<K extends keyof ParsedInputs = keyof ParsedInputs> {
  name: string
  key: K
  default: string
  description: string
  parse: (raw: string, name: string) => ParsedInputs[K]
  /** only means something in GitHub Actions: the CLI marks it in --help and ignores it with a note */
  githubOnly?: true
  /** the CLI flag given bare (`--x` with no value) means `true` (boolean inputs always do) */
  bareTrue?: true
}

function input<K extends keyof ParsedInputs>(decl: InputDeclaration<K>): InputDeclaration<K> {
  return decl
}

function parseGoVersions(raw: string, name: string): string[] {
  const specs = parseList(raw)
  if (specs.length === 0) throw new InputError(name, `no version given; valid: ${VALID_SPECS}`)
  for (const spec of specs) {
    if (!parseVersionSpec(spec))
      throw new InputError(name, `"${spec}" is not a version spec; valid: ${VALID_SPECS}`)
  }
  return specs
}

function parseTargets(raw: string, name: string): Target[] {
  const items = parseList(raw)
  if (items.length === 0) throw new InputError(name, 'no target given; e.g. linux/amd64, linux/arm64')
  const seen = new Map<string, Target>()
  for (const item of items) {
    const target = parseTarget(item)
    if (typeof target === 'string') throw new InputError(name, target)
    seen.set(targetName(target), target)
  }
  return [...seen.values()]
}

/** Go build tags are letters, digits, underscores and dots; anything else is refused, not passed on. */
function parseTags(raw: string, name: string): string[] {
  const tags = parseWords(raw)
  const bad = tags.find((t) => !/^[A-Za-z0-9_.]+$/.test(t))
  if (bad !== undefined)
    throw new InputError(
      name,
      `"${bad}" is not a build tag (letters, digits, _ and . only; e.g. integration, netgo)`
    )
  return tags
}

function parseCgo(raw: string, name: string): boolean[] {
  const modes = parseList(raw).map((m) => {
    if (m === '0' || m === 'false') return false
    if (m === '1' || m === 'true') return true
    throw new InputError(name, `"${raw}" is not valid; use 0, 1 or 0,1`)
  })
  if (modes.length === 0) throw new InputError(name, `"${raw}" is not valid; use 0, 1 or 0,1`)
  return [...new Set(modes)]
}

function parseSbom(raw: string, name: string): SbomFormat[] {
  const formats = parseList(raw)
  if (formats.length === 1 && formats[0] === 'none') return []
  if (formats.length === 0)
    throw new InputError(name, `"${raw}" is not valid; use cyclonedx, spdx, both, or none`)
  return [...new Set(formats.map((f) => parseChoice(f, name, SBOM_FORMATS)))]
}

/** The vulnerability database: an http(s) URL, or a file URL of a local copy in the same layout. */
function parseVulnDb(raw: string, name: string): string {
  const text = raw.trim().replace(/\/+$/, '')
  let url: URL | undefined
  try {
    url = new URL(text)
  } catch {
    url = undefined
  }
  if (!url || !['https:', 'http:', 'file:'].includes(url.protocol)) {
    throw new InputError(
      name,
      `"${raw}" is not an http(s) or file URL (e.g. https://vuln.go.dev, file:///srv/vulndb)`
    )
  }
  return text
}

function parseRunnerMap(raw: string, name: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const line of raw
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const eq = line.indexOf('=')
    const target = eq > 0 ? parseTarget(line.slice(0, eq)) : 'missing "="'
    const runner = line.slice(eq + 1).trim()
    if (typeof target === 'string' || !runner) {
      throw new InputError(name, `"${line}" is not a target=runner line (e.g. linux/arm64=ubuntu-24.04-arm)`)
    }
    map.set(targetName(target), runner)
  }
  return map
}

function parseArtifactName(raw: string, name: string): string {
  const text = raw.trim()
  if (!text || /["':<>|*?\\/\r\n]/.test(text)) {
    throw new InputError(
      name,
      `"${raw}" is not a valid artifact name (non-empty, none of " : < > | * ? \\ /)`
    )
  }
  return text
}

export const INPUTS: readonly InputDeclaration[] = [
  input({
    name: 'go-versions',
    key: 'goVersions',
    default: 'stable',
    description: `Go versions to test, comma or newline separated: ${VALID_SPECS}.`,
    parse: parseGoVersions
  }),
  input({
    name: 'targets',
    key: 'targets',
    default: 'linux/amd64, linux/arm64',
    description:
      'Target platforms goos/goarch[/variant], e.g. linux/amd64, linux/arm64, linux/arm/v7, linux/amd64/v3.',
    parse: parseTargets
  }),
  input({
    name: 'cgo',
    key: 'cgo',
    default: '0',
    description: 'CGO_ENABLED per cell: 0, 1, or 0,1 (a cell for each).',
    parse: parseCgo
  }),
  input({
    name: 'working-directory',
    key: 'workingDirectories',
    default: '.',
    description:
      'The Go modules to test: folders holding a go.mod, or a go.work (its `use` folders), comma or newline separated. With several modules, each cell is one module x Go version x target x cgo.',
    parse: (raw) => {
      const dirs = parseList(raw)
      return dirs.length ? dirs : ['.']
    }
  }),
  input({
    name: 'packages',
    key: 'packages',
    default: './...',
    description: 'Packages to test.',
    parse: parsePackages
  }),
  input({
    name: 'build',
    key: 'build',
    default: './...',
    description: 'Main packages to build into binaries; empty builds none.',
    parse: parsePackages
  }),
  input({
    name: 'build-flags',
    key: 'buildFlags',
    default: '-trimpath',
    description:
      'Extra go build flags, given to go test too so both share one build cache (split like a shell, never run through one).',
    parse: parseFlags
  }),
  input({
    name: 'ldflags',
    key: 'ldflags',
    default: '-s -w',
    description: '-ldflags value for binaries.',
    parse: (raw) => raw.trim()
  }),
  input({
    name: 'tags',
    key: 'tags',
    default: '',
    description: 'Build tags, comma or space separated.',
    parse: parseTags
  }),
  input({
    name: 'test-flags',
    key: 'testFlags',
    default: '',
    description: 'Extra go test flags.',
    parse: parseFlags
  }),
  input({
    name: 'test-cache',
    key: 'testCache',
    default: 'false',
    description:
      "Let go test answer unchanged packages from its cache (a restored GOCACHE) instead of forcing -count=1; such packages are reported cached, never as run. go test's -timeout is then the cell timeout less 10%, since its value is part of go's cache key.",
    parse: parseBoolean
  }),
  input({
    name: 'rerun-fails',
    key: 'rerunFails',
    default: '0',
    description:
      'Rerun only the failed tests of a cell up to N times; a test that then passes is reported flaky (the cell passes, with a warning). Build failures are never rerun.',
    parse: (raw, name) => parseInteger(raw, name, 0, 10)
  }),
  input({
    name: 'install-deps',
    key: 'installDeps',
    default: 'auto',
    bareTrue: true,
    description:
      'Install Debian packages (qemu-user-static, cross C compilers) and register QEMU in binfmt_misc when needed: true, false, or auto (yes in GitHub Actions or when CI=true; the CLI elsewhere only prints the command and falls back).',
    parse: (raw, name) => parseChoice(raw, name, ['auto', 'true', 'false'] as const)
  }),
  input({
    name: 'race',
    key: 'race',
    default: 'auto',
    description:
      'auto: add a -race cell per Go version where it can work (native arch, C compiler); true: require it; false: none.',
    parse: (raw, name) => parseChoice(raw, name, ['auto', 'true', 'false'] as const)
  }),
  input({
    name: 'coverage',
    key: 'coverage',
    default: 'true',
    description: 'Collect per-cell coverage profiles and a merged profile.',
    parse: parseBoolean
  }),
  input({
    name: 'sbom',
    key: 'sbom',
    default: 'cyclonedx, spdx',
    description: 'SBOM formats per binary: cyclonedx, spdx, or none.',
    parse: parseSbom
  }),
  input({
    name: 'reproducible',
    key: 'reproducible',
    default: 'false',
    description: 'Build each binary twice (fresh GOCACHE) and require identical bytes.',
    parse: parseBoolean
  }),
  input({
    name: 'vulncheck',
    key: 'vulncheck',
    default: 'off',
    description:
      "Known vulnerabilities per cell with govulncheck: off; binary (scan each built binary: its modules and Go version; a binary stripped by ldflags -s shows no calls, so every vulnerable function of its affected modules counts as reachable); source (scan the cell's packages with its own Go, GOOS/GOARCH and tags).",
    parse: (raw, name) => parseChoice(raw, name, VULNCHECK_MODES)
  }),
  input({
    name: 'vulncheck-fail-on',
    key: 'vulncheckFailOn',
    default: 'reachable',
    description:
      'Which findings fail a cell: none (report only), reachable (a vulnerable function is called), any (also a vulnerable module or package that is only required or imported).',
    parse: (raw, name) => parseChoice(raw, name, VULNCHECK_FAIL_ON)
  }),
  input({
    name: 'vulndb',
    key: 'vulnDb',
    default: 'https://vuln.go.dev',
    description:
      'The Go vulnerability database govulncheck reads (-db): https://vuln.go.dev, a mirror, or a file:// URL of a copy in the same layout.',
    parse: parseVulnDb
  }),
  input({
    name: 'emulation',
    key: 'emulation',
    default: 'auto',
    description:
      'Foreign architectures: auto (QEMU when it can be set up, else build only), qemu (require it), none (build only).',
    parse: (raw, name) => parseChoice(raw, name, ['auto', 'qemu', 'none'] as const)
  }),
  input({
    name: 'parallel',
    key: 'parallel',
    default: '',
    description: 'Cells run at once (default: the number of CPUs).',
    parse: (raw, name) => (raw.trim() ? parseInteger(raw, name, 1, 256) : os.availableParallelism())
  }),
  input({
    name: 'fail-fast',
    key: 'failFast',
    default: 'false',
    description: 'Stop starting new cells after the first failure.',
    parse: parseBoolean
  }),
  input({
    name: 'cell-timeout',
    key: 'cellTimeoutMs',
    default: '30m',
    description:
      'Time limit per cell (e.g. 90s, 30m, 1h); a cell past it is killed with its whole process tree.',
    parse: (raw, name) => parseDuration(raw, name, 1000, 24 * 3_600_000)
  }),
  input({
    name: 'go-download-base-url',
    key: 'goDownloadBaseUrl',
    default: 'https://go.dev/dl',
    description: 'A go.dev/dl-compatible mirror (serves ?mode=json&include=all and the archives).',
    parse: parseUrl
  }),
  input({
    name: 'toolchain-source',
    key: 'toolchainSource',
    default: 'auto',
    description:
      'Where toolchains come from: dl (go-download-base-url), proxy (the Go module proxy, GOPROXY), auto (dl, then proxy).',
    parse: (raw, name) => parseChoice(raw, name, ['auto', 'dl', 'proxy'] as const)
  }),
  input({
    name: 'verify-checksums',
    key: 'verifyChecksums',
    default: 'true',
    description: 'Refuse toolchains whose sha256 (dl) or h1 (proxy, checksum database) does not match.',
    parse: parseBoolean
  }),
  input({
    name: 'cache',
    key: 'cache',
    default: 'true',
    description: 'Cache GOMODCACHE and per-version GOCACHE through the Actions cache.',
    githubOnly: true,
    parse: parseBoolean
  }),
  input({
    name: 'upload',
    key: 'upload',
    default: 'true',
    description: 'Upload binaries, SBOMs, coverage and results as artifacts.',
    githubOnly: true,
    parse: parseBoolean
  }),
  input({
    name: 'artifact-name',
    key: 'artifactName',
    default: 'go-cross-matrix',
    description: 'Prefix of the artifact names.',
    githubOnly: true,
    parse: parseArtifactName
  }),
  input({
    name: 'retention-days',
    key: 'retentionDays',
    default: '',
    description: 'Artifact retention in days (default: the repository setting).',
    githubOnly: true,
    parse: (raw, name) => (raw.trim() ? parseInteger(raw, name, 1, 90) : undefined)
  }),
  input({
    name: 'attest',
    key: 'attest',
    default: 'false',
    description:
      'Sign provenance.intoto.json (SLSA provenance of every binary) with Sigstore and store it as a GitHub attestation, for gh attestation verify; the job needs permissions id-token: write and attestations: write.',
    githubOnly: true,
    parse: parseBoolean
  }),
  input({
    name: 'github-token',
    key: 'githubToken',
    default: '${{ github.token }}',
    description: "Token for GitHub's attestations API (attest: true).",
    githubOnly: true,
    // The CLI sees the default unexpanded: no token.
    parse: (raw) => (raw.includes('${{') ? '' : raw.trim())
  }),
  input({
    name: 'out-dir',
    key: 'outDir',
    default: 'go-cross-matrix-out',
    description: 'Where results are written (relative to the workspace).',
    parse: (raw) => raw.trim() || 'go-cross-matrix-out'
  }),
  input({
    name: 'mode',
    key: 'mode',
    default: 'run',
    description:
      'run; setup (install the toolchains, output them, stop); plan (output a job matrix); merge (merge the results of matrix jobs).',
    parse: (raw, name) => parseChoice(raw, name, MODES)
  }),
  input({
    name: 'plan-granularity',
    key: 'planGranularity',
    default: 'target',
    description: 'For mode plan: one matrix job per target or per cell.',
    parse: (raw, name) => parseChoice(raw, name, ['target', 'cell'] as const)
  }),
  input({
    name: 'shards',
    key: 'shards',
    default: '1',
    description:
      "For mode plan: split each job's packages over N matrix jobs (mode merge puts each cell back together), balanced by the package durations of an earlier run (shard-history; on GitHub the last merge's, from the Actions cache), by package count without one; or a time per job (e.g. 10m): as many shards as that takes.",
    parse: parseShards
  }),
  input({
    name: 'shard',
    key: 'shard',
    default: '',
    description:
      "Set from the plan's matrix entry: this job's shard (k/N) of its cells, whose packages the entry gives; only shard 1 builds binaries.",
    parse: parseShard
  }),
  input({
    name: 'shard-history',
    key: 'shardHistory',
    default: '',
    description:
      'For mode plan: the results.json of an earlier run (or the out-dir holding it) whose package durations balance the shards.',
    parse: (raw) => raw.trim()
  }),
  input({
    name: 'runner-map',
    key: 'runnerMap',
    default: '',
    description:
      'For mode plan: target=runner lines giving a target its own runner, e.g. linux/arm64=ubuntu-24.04-arm.',
    parse: parseRunnerMap
  }),
  input({
    name: 'merge-from',
    key: 'mergeFrom',
    default: '',
    description:
      "For mode merge: out-dirs of mode run jobs (and of mode plan) to merge, instead of this workflow run's artifacts; how the CLI merges.",
    parse: (raw) => parseList(raw)
  })
]

export const OUTPUTS: ReadonlyArray<{ name: string; description: string }> = [
  { name: 'results', description: 'Compact JSON: counts and per-cell status.' },
  { name: 'toolchains', description: 'JSON object: Go version -> GOROOT.' },
  { name: 'results-file', description: 'Path of results.json.' },
  { name: 'passed', description: 'true when every cell passed (or was skipped), else false.' },
  { name: 'go-versions', description: 'JSON array of the resolved Go versions.' },
  { name: 'coverage', description: 'Merged total coverage percent.' },
  { name: 'matrix', description: 'Mode plan: JSON for strategy.matrix.' },
  { name: 'artifact-ids', description: 'JSON object: artifact name -> id.' }
]
