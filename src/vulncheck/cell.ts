/**
 * vulncheck in a cell: each built binary scanned as it is checked (binary mode), or the cell's
 * packages scanned with its own toolchain and target (source mode); then the cell's findings,
 * judged against vulncheck-fail-on, as its results.json record and, when they fail it, its reason.
 */
import type { Go } from '../go/go.js'
import { failingFindings, failureReason, hasSymbolTable, mergeBinaryFindings } from './findings.js'
import { ScanError, ScanTimeout, type Govulncheck } from './govulncheck.js'
import type { BinaryVulncheck, CellVulnFinding, CellVulncheck, VulncheckFailOn } from './types.js'

/** Scans one built binary; a scan that fails is recorded on the binary, a timeout is rethrown. */
export async function scanBuiltBinary(
  tool: Govulncheck,
  file: string,
  bytes: Buffer,
  env: NodeJS.ProcessEnv,
  timeoutMs: number
): Promise<BinaryVulncheck> {
  const symbols = hasSymbolTable(bytes)
  try {
    const scan = await tool.scanBinary(file, env, timeoutMs)
    return { findings: scan.findings, symbols }
  } catch (err) {
    if (err instanceof ScanTimeout || !(err instanceof ScanError)) throw err
    return { findings: [], symbols, error: err.message }
  }
}

export interface CellVerdict {
  record: CellVulncheck
  /** set when the findings (or a failed scan) fail the cell */
  failure?: { status: 'failed' | 'error'; reason: string }
}

/** Judges a cell's findings: a failed scan is an error (nothing can be said), else fail-on decides. */
export function judgeCell(opts: {
  mode: 'binary' | 'source'
  tool: Pick<Govulncheck, 'version' | 'db'>
  failOn: VulncheckFailOn
  findings: CellVulnFinding[]
  error?: string
  durationMs: number
}): CellVerdict {
  const failing = failingFindings(opts.findings, opts.failOn)
  const record: CellVulncheck = {
    mode: opts.mode,
    scanner: `govulncheck@${opts.tool.version}`,
    db: opts.tool.db,
    failOn: opts.failOn,
    findings: opts.findings,
    failing: [...new Set(failing.map((f) => f.id))],
    ...(opts.error ? { error: opts.error } : {}),
    durationMs: opts.durationMs
  }
  if (opts.error) return { record, failure: { status: 'error', reason: `vulncheck: ${opts.error}` } }
  if (failing.length)
    return { record, failure: { status: 'failed', reason: failureReason(failing, opts.failOn) } }
  return { record }
}

/** Binary mode: the cell's verdict from what its binaries' scans found. */
export function judgeBinaries(
  binaries: ReadonlyArray<{ name: string; vulncheck?: BinaryVulncheck }>,
  tool: Pick<Govulncheck, 'version' | 'db'>,
  failOn: VulncheckFailOn,
  durationMs: number
): CellVerdict {
  const errors = binaries.flatMap((b) => (b.vulncheck?.error ? [`${b.name}: ${b.vulncheck.error}`] : []))
  return judgeCell({
    mode: 'binary',
    tool,
    failOn,
    findings: mergeBinaryFindings(binaries),
    error: errors.length ? errors.join('; ') : undefined,
    durationMs
  })
}

/** Source mode: scans the cell's packages with its own go and target, then judges. */
export async function scanCellSource(opts: {
  tool: Govulncheck
  go: Go
  cwd: string
  packages: string[]
  tags: string[]
  failOn: VulncheckFailOn
  timeoutMs: number
}): Promise<CellVerdict> {
  const started = Date.now()
  let findings: CellVulnFinding[] = []
  let error: string | undefined
  try {
    const scan = await opts.tool.scanSource(opts.go, opts.cwd, opts.packages, opts.tags, opts.timeoutMs)
    findings = scan.findings.map((f) => ({ ...f, binaries: [] }))
  } catch (err) {
    if (err instanceof ScanTimeout || !(err instanceof ScanError)) throw err
    error = err.message
  }
  return judgeCell({
    mode: 'source',
    tool: opts.tool,
    failOn: opts.failOn,
    findings,
    error,
    durationMs: Date.now() - started
  })
}
