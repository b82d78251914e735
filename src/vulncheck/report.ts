/**
 * vulncheck across the run: one row per advisory with a column per Go version (the summary),
 * and one warning per advisory (the action turns each into an annotation).
 */
import type { CellResult } from '../cells/types.js'
import { describeVersions } from './findings.js'
import type { CellVulnFinding } from './types.js'

const MAX_ROWS = 100
const MAX_WARNING_CELLS = 5

interface AdvisoryAcross {
  id: string
  module: string
  summary: string
  url: string
  /** per cell that has it */
  cells: Array<{ cell: CellResult; finding: CellVulnFinding }>
}

/** Each advisory (and module) with the cells that have it, in id order. */
function advisories(cells: readonly CellResult[]): AdvisoryAcross[] {
  const byKey = new Map<string, AdvisoryAcross>()
  for (const cell of cells) {
    for (const finding of cell.vulncheck?.findings ?? []) {
      const key = `${finding.id}\u0000${finding.module}`
      const entry = byKey.get(key) ?? {
        id: finding.id,
        module: finding.module,
        summary: finding.summary,
        url: finding.url,
        cells: []
      }
      entry.cells.push({ cell, finding })
      byKey.set(key, entry)
    }
  }
  return [...byKey.values()].sort((a, b) => a.id.localeCompare(b.id) || a.module.localeCompare(b.module))
}

const unique = (items: string[]) => [...new Set(items.filter(Boolean))]

function reachText(findings: CellVulnFinding[]): string {
  if (findings.some((f) => f.reachable)) return 'reachable'
  return findings.some((f) => f.level === 'package') ? 'imported' : 'required'
}

/** One Go version's column of an advisory's row. */
function versionCell(advisory: AdvisoryAcross, scanned: CellResult[]): string {
  if (scanned.length === 0) return 'not scanned'
  const found = advisory.cells.filter((c) => scanned.includes(c.cell)).map((c) => c.finding)
  if (found.length === 0) return '✅ not affected'
  const versions = unique(found.map((f) => f.foundVersion)).join(', ')
  const fixed = unique(found.map((f) => f.fixedVersion))
  const fix = fixed.length ? `fixed in ${fixed.join(', ')}` : 'no fix'
  const some = found.length < scanned.length ? ` (${found.length} of ${scanned.length} cells)` : ''
  const failing = advisory.cells.some(
    (c) => scanned.includes(c.cell) && c.cell.vulncheck?.failing.includes(advisory.id)
  )
  return `${failing ? '❌' : '⚠️'} ${versions} affected, ${reachText(found)}, ${fix}${some}`
}

/** The summary's vulncheck section: nothing when no cell was scanned. */
export function renderVulncheckMarkdown(cells: readonly CellResult[]): string[] {
  const scanned = cells.filter((c) => c.vulncheck)
  if (scanned.length === 0) return []
  const first = scanned[0].vulncheck!
  const lines = ['', `### Known vulnerabilities (${first.scanner}, ${first.mode} mode)`, '']
  const errors = scanned.filter((c) => c.vulncheck!.error)
  for (const c of errors.slice(0, MAX_ROWS))
    lines.push(`- ⚠️ **${c.id}** could not be scanned: ${c.vulncheck!.error}`)
  if (errors.length) lines.push('')
  const rows = advisories(cells)
  if (rows.length === 0) {
    lines.push(`No known vulnerabilities in ${scanned.length} scanned cells (database ${first.db}).`)
    return lines
  }
  const versions = [...new Set(cells.map((c) => c.go))]
  const failing = scanned.filter((c) => c.vulncheck!.failing.length).length
  lines.push(
    `${rows.length} ${rows.length === 1 ? 'advisory' : 'advisories'} in ${scanned.length} scanned cells; ${failing} ${failing === 1 ? 'cell fails' : 'cells fail'} on them (vulncheck-fail-on: ${first.failOn}). Database ${first.db}.`,
    '',
    `| advisory | module | ${versions.map((v) => `go${v}`).join(' | ')} |`,
    `|---|---|${versions.map(() => '---').join('|')}|`
  )
  for (const advisory of rows.slice(0, MAX_ROWS)) {
    const title = advisory.summary ? ` ${advisory.summary.replace(/\|/g, '\\|')}` : ''
    const columns = versions.map((v) =>
      versionCell(
        advisory,
        scanned.filter((c) => c.go === v)
      )
    )
    lines.push(`| [${advisory.id}](${advisory.url})${title} | ${advisory.module} | ${columns.join(' | ')} |`)
  }
  if (rows.length > MAX_ROWS)
    lines.push(`| … ${rows.length - MAX_ROWS} more in results.json | |${versions.map(() => ' |').join('')}`)
  const stripped = scanned.some((c) => c.binaries.some((b) => b.vulncheck && !b.vulncheck.symbols))
  if (stripped)
    lines.push(
      '',
      'Binaries built with `-ldflags=-s` have no symbol table: govulncheck cannot see which functions they call and counts every vulnerable function of an affected module as reachable. Build without `-s`, or use `vulncheck: source`, to see the calls.'
    )
  return lines
}

/**
 * One line per advisory: "GO-2024-3106 (stdlib go1.21.13, fixed in go1.22.7): reachable in
 * go1.21.13-linux-amd64 — Stack exhaustion in Decoder.Decode in encoding/gob".
 */
export function vulncheckWarnings(cells: readonly CellResult[]): string[] {
  const warnings = advisories(cells).map((a) => {
    const found = a.cells.map((c) => c.finding)
    const versions = unique(found.map((f) => describeVersions(f))).join('; ')
    const ids = a.cells.map((c) => c.cell.id)
    const where = `${ids.slice(0, MAX_WARNING_CELLS).join(', ')}${ids.length > MAX_WARNING_CELLS ? `, and ${ids.length - MAX_WARNING_CELLS} more` : ''}`
    return `${a.id} (${versions}): ${reachText(found)} in ${where}${a.summary ? ` — ${a.summary}` : ''}`
  })
  for (const c of cells.filter((x) => x.vulncheck?.error))
    warnings.push(`${c.id}: vulncheck could not scan: ${c.vulncheck!.error}`)
  return warnings
}
