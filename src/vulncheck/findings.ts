/**
 * govulncheck's -json stream, read into typed findings, and the judgement of findings against
 * vulncheck-fail-on. The stream (golang.org/x/vuln internal/govulncheck, protocol v1.0.0) is a
 * sequence of JSON objects, pretty-printed and not one per line, each with exactly one of
 * `config`, `progress`, `SBOM`, `osv` (an advisory that applies to a module of the build, at any
 * version) and `finding` (an advisory at a vulnerable version, once per level reached: module,
 * then package, then each vulnerable symbol with its trace). The order is not guaranteed.
 */
import type { BinaryVulncheck, CellVulnFinding, VulncheckFailOn, VulnFinding, VulnLevel } from './types.js'

interface StreamFrame {
  module?: string
  version?: string
  package?: string
  function?: string
  receiver?: string
  position?: { filename?: string; line?: number; column?: number }
}

interface StreamMessage {
  config?: { protocol_version?: string; scanner_name?: string; scanner_version?: string; db?: string }
  SBOM?: { go_version?: string }
  osv?: {
    id: string
    summary?: string
    aliases?: string[]
    withdrawn?: string
    database_specific?: { url?: string }
  }
  finding?: { osv: string; fixed_version?: string; trace?: StreamFrame[] }
}

export interface ParsedScan {
  /** govulncheck@v1.9.0, from the config message */
  scanner: string
  /** the protocol version the stream says it follows */
  protocol: string
  /** the Go version whose standard library was checked */
  goVersion: string
  findings: VulnFinding[]
}

/** An error in the stream itself: not what govulncheck -json writes. */
export class StreamError extends Error {}

/**
 * Splits concatenated JSON values ("{...}\n{...}") by tracking strings and nesting, so a
 * pretty-printed stream needs no line structure.
 */
export function splitJsonValues(text: string): string[] {
  const values: string[] = []
  let depth = 0
  let start = -1
  let inString = false
  let escaped = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (escaped) escaped = false
      else if (c === '\\') escaped = true
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') inString = true
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i
      depth++
    } else if (c === '}' || c === ']') {
      depth--
      if (depth < 0) throw new StreamError(`unbalanced "${c}" at offset ${i}`)
      if (depth === 0) values.push(text.slice(start, i + 1))
    } else if (depth === 0 && !/\s/.test(c)) {
      throw new StreamError(`unexpected "${c}" between values at offset ${i}`)
    }
  }
  if (depth !== 0 || inString) throw new StreamError('the stream ends inside a value')
  return values
}

/**
 * Go's own spelling of a standard-library version as the stream gives it in semver: v1.22.7 →
 * go1.22.7, v1.20.0 → go1.20 (first releases had no .0 before go1.21), v1.23.0-rc.1 → go1.23rc1
 * (golang.org/x/vuln internal/semver SemverToGoTag).
 */
export function semverToGoTag(version: string): string {
  if (version === 'v1.0.0') return 'go1'
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([a-z]+)\.?(\d+))?$/.exec(version)
  if (!m) return version
  const [, major, minor, patch, pre, n] = m
  const oldFirst = Number(major) === 1 && Number(minor) < 21
  const withPatch = patch === '0' && (oldFirst || pre) ? '' : `.${patch}`
  return `go${major}.${minor}${withPatch}${pre ? `${pre}${n}` : ''}`
}

const GO_MODULES = new Set(['stdlib', 'toolchain'])

function goSpelling(module: string, version: string): string {
  if (!version) return ''
  return GO_MODULES.has(module) ? semverToGoTag(version) : version
}

function levelOf(frame: StreamFrame): VulnLevel {
  if (frame.function) return 'symbol'
  if (frame.package) return 'package'
  return 'module'
}

const LEVEL_ORDER: Record<VulnLevel, number> = { module: 0, package: 1, symbol: 2 }

/** package.Receiver.Function; the receiver without its "*" (source mode writes one, binary mode not). */
function symbolOf(frame: StreamFrame): string {
  const receiver = frame.receiver ? `${frame.receiver.replace(/^\*/, '')}.` : ''
  return `${frame.package ?? ''}.${receiver}${frame.function ?? ''}`
}

const MAX_ENTRY_POINTS = 5

/** The outermost frame of a source trace: the scanned code's call into the path. */
function entryPointOf(trace: StreamFrame[]): string | undefined {
  if (trace.length < 2) return undefined
  const last = trace[trace.length - 1]
  const where = last.position?.filename ? ` (${last.position.filename}:${last.position.line ?? 0})` : ''
  return `${symbolOf(last)}${where}`
}

const addUnique = (list: string[], ...items: Array<string | undefined>) => {
  for (const item of items) if (item && !list.includes(item)) list.push(item)
}

/**
 * Reads a whole -json stream into one finding per advisory and module, at the deepest level the
 * stream reached. Throws StreamError when the text is not such a stream.
 */
export function parseGovulncheckJson(text: string): ParsedScan {
  const messages = splitJsonValues(text).map((value) => {
    try {
      return JSON.parse(value) as StreamMessage
    } catch (err) {
      throw new StreamError(`not JSON: ${(err as Error).message}`)
    }
  })
  const config = messages.find((m) => m.config)?.config
  if (!config) throw new StreamError('no config message: not the output of govulncheck -json')
  const osvs = new Map(messages.flatMap((m) => (m.osv ? [[m.osv.id, m.osv] as const] : [])))
  const byKey = new Map<string, VulnFinding>()
  for (const { finding } of messages) {
    const trace = finding?.trace ?? []
    if (!finding || trace.length === 0) continue
    const first = trace[0]
    const module = first.module ?? ''
    const key = `${finding.osv}\u0000${module}`
    const osv = osvs.get(finding.osv)
    const current =
      byKey.get(key) ??
      ({
        id: finding.osv,
        aliases: osv?.aliases ?? [],
        summary: osv?.summary ?? '',
        url: osv?.database_specific?.url ?? `https://pkg.go.dev/vuln/${finding.osv}`,
        module,
        foundVersion: goSpelling(module, first.version ?? ''),
        fixedVersion: goSpelling(module, finding.fixed_version ?? ''),
        level: 'module',
        reachable: false,
        packages: [],
        symbols: [],
        entryPoints: []
      } satisfies VulnFinding)
    const level = levelOf(first)
    if (LEVEL_ORDER[level] > LEVEL_ORDER[current.level]) current.level = level
    current.reachable = current.level === 'symbol'
    addUnique(current.packages, first.package)
    if (level === 'symbol') addUnique(current.symbols, symbolOf(first))
    if (current.entryPoints.length < MAX_ENTRY_POINTS) addUnique(current.entryPoints, entryPointOf(trace))
    byKey.set(key, current)
  }
  const findings = [...byKey.values()].sort(compareFindings)
  for (const f of findings) {
    f.packages.sort()
    f.symbols.sort()
  }
  return {
    scanner: `${config.scanner_name ?? 'govulncheck'}@${config.scanner_version ?? 'unknown'}`,
    protocol: config.protocol_version ?? '',
    goVersion: messages.find((m) => m.SBOM)?.SBOM?.go_version ?? '',
    findings
  }
}

function compareFindings(a: VulnFinding, b: VulnFinding): number {
  return a.id.localeCompare(b.id) || a.module.localeCompare(b.module)
}

/**
 * A cell's findings: each advisory once, at the deepest level any binary reached, with the
 * binaries it was found in (binary mode). A source scan's findings pass through unchanged.
 */
export function mergeBinaryFindings(
  binaries: ReadonlyArray<{ name: string; vulncheck?: BinaryVulncheck }>
): CellVulnFinding[] {
  const byKey = new Map<string, CellVulnFinding>()
  for (const binary of binaries) {
    for (const f of binary.vulncheck?.findings ?? []) {
      const key = `${f.id}\u0000${f.module}`
      const current = byKey.get(key)
      if (!current) {
        byKey.set(key, {
          ...f,
          packages: [...f.packages],
          symbols: [...f.symbols],
          entryPoints: [...f.entryPoints],
          binaries: [binary.name]
        })
        continue
      }
      if (LEVEL_ORDER[f.level] > LEVEL_ORDER[current.level]) current.level = f.level
      current.reachable ||= f.reachable
      addUnique(current.packages, ...f.packages)
      addUnique(current.symbols, ...f.symbols)
      addUnique(current.binaries, binary.name)
      // Two binaries of one cell share its toolchain and go.mod: one version of each module.
      addUnique(current.entryPoints, ...f.entryPoints)
    }
  }
  const findings = [...byKey.values()].sort(compareFindings)
  for (const f of findings) {
    f.packages.sort()
    f.symbols.sort()
  }
  return findings
}

/** The findings that fail a cell: none, the reachable ones, or all of them. */
export function failingFindings<F extends VulnFinding>(findings: readonly F[], failOn: VulncheckFailOn): F[] {
  if (failOn === 'none') return []
  return findings.filter((f) => failOn === 'any' || f.reachable)
}

/** "stdlib go1.21.13, fixed in go1.22.7" / "golang.org/x/text v0.3.5, no fix". */
export function describeVersions(f: Pick<VulnFinding, 'module' | 'foundVersion' | 'fixedVersion'>): string {
  const found = [f.module, f.foundVersion].filter(Boolean).join(' ')
  return `${found}, ${f.fixedVersion ? `fixed in ${f.fixedVersion}` : 'no fix'}`
}

const MAX_REASON_ADVISORIES = 5

/**
 * The cell's reason when findings fail it: "vulncheck: 2 reachable advisories: GO-2021-0113
 * (golang.org/x/text v0.3.5, fixed in v0.3.7), GO-2024-3106 (stdlib go1.21.13, fixed in go1.22.7)".
 */
export function failureReason(failing: readonly VulnFinding[], failOn: VulncheckFailOn): string {
  const what = failOn === 'reachable' ? 'reachable ' : ''
  const noun = failing.length === 1 ? 'advisory' : 'advisories'
  const listed = failing
    .slice(0, MAX_REASON_ADVISORIES)
    .map((f) => `${f.id} (${describeVersions(f)})`)
    .join(', ')
  const more =
    failing.length > MAX_REASON_ADVISORIES ? `, and ${failing.length - MAX_REASON_ADVISORIES} more` : ''
  return `vulncheck: ${failing.length} ${what}${noun} (vulncheck-fail-on: ${failOn}): ${listed}${more}`
}

/**
 * Whether govulncheck can read a binary's symbols: it looks up the funcdata symbol ("go:func.*"
 * since go1.20, "go.func.*" before) to follow inlined calls, and that name is only in the symbol
 * table. `-ldflags=-s` strips it (and -trimpath keeps -ldflags out of the build info, so the
 * binary is the only witness); without it govulncheck counts every vulnerable function of an
 * affected module as called (x/vuln #57764).
 */
export function hasSymbolTable(binary: Buffer): boolean {
  return binary.includes('go:func.*') || binary.includes('go.func.*')
}
