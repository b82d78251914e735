/**
 * What govulncheck found, as results.json records it (per binary and per cell) and the SBOM and
 * summary render it. Imports nothing back, so the report, SBOM and cell code can all use it.
 */

export const VULNCHECK_MODES = ['off', 'binary', 'source'] as const
export type VulncheckMode = (typeof VULNCHECK_MODES)[number]
export const VULNCHECK_FAIL_ON = ['none', 'reachable', 'any'] as const
export type VulncheckFailOn = (typeof VULNCHECK_FAIL_ON)[number]

/**
 * How far govulncheck followed an advisory: `module` the vulnerable module version is in the
 * build, `package` a vulnerable package is imported, `symbol` a vulnerable function is called
 * (for a binary: linked in).
 */
export type VulnLevel = 'module' | 'package' | 'symbol'

/** One advisory as it affects one scanned thing (a binary, or a cell's packages in source mode). */
export interface VulnFinding {
  /** the Go vulnerability database id, GO-YYYY-NNNN */
  id: string
  /** CVE and GHSA ids of the same vulnerability */
  aliases: string[]
  /** the advisory's one-line summary ('' when the entry has none) */
  summary: string
  /** where the advisory is described (the entry's database_specific.url, else pkg.go.dev/vuln) */
  url: string
  /** the affected module's path, or "stdlib" / "toolchain" for Go itself */
  module: string
  /** the version in the build: a module version (v0.3.5) or, for Go itself, go1.21.13 */
  foundVersion: string
  /** the first version with the fix, in the same spelling; '' when there is none */
  fixedVersion: string
  level: VulnLevel
  /** a vulnerable function is called (level symbol) */
  reachable: boolean
  /** the vulnerable packages imported (level package or symbol) */
  packages: string[]
  /** the vulnerable functions reached, as package.Receiver.Function */
  symbols: string[]
  /** source mode: where the calls start in the scanned code ("pkg.Func (file.go:30)"), at most a few */
  entryPoints: string[]
}

/** govulncheck's answer for one binary. */
export interface BinaryVulncheck {
  findings: VulnFinding[]
  /**
   * false: the binary has no symbol table (ldflags -s), so govulncheck cannot see which functions
   * it calls and counts every vulnerable function of every affected module as reached
   */
  symbols: boolean
  /** govulncheck could not scan the binary (its words) */
  error?: string
}

/** An advisory across a cell: where it was found and how far. */
export interface CellVulnFinding extends VulnFinding {
  /** binary mode: the binaries it was found in (names) */
  binaries: string[]
}

/** results.json `vulncheck` of a cell that was scanned. */
export interface CellVulncheck {
  mode: 'binary' | 'source'
  /** govulncheck@v1.9.0 */
  scanner: string
  /** the vulnerability database, as given to -db */
  db: string
  failOn: VulncheckFailOn
  findings: CellVulnFinding[]
  /** ids of the advisories that failed the cell under failOn */
  failing: string[]
  /** why the cell could not be scanned (a binary, or the source scan) */
  error?: string
  durationMs: number
}
