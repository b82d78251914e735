/**
 * What each failure printed, grouped across cells: a failing test's own last lines (the
 * assertion, the panic, the race report), a package's when it failed with no failing test, the
 * compiler's for what did not build. Identical output in several cells is shown once, with the
 * cells it came from. The terminal and the job summary both use it.
 */
import type { CellResult, FailureOutput } from '../cells/types.js'

export interface FailureGroup {
  kind: FailureOutput['kind']
  name: string
  /** distinct outputs, each with the cells that printed it */
  variants: Array<{ lines: string[]; cells: string[] }>
}

const MAX_GROUPS = 20

export function groupFailureOutput(cells: CellResult[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>()
  for (const cell of cells) {
    for (const f of cell.failureOutput ?? []) {
      const key = `${f.kind}\0${f.name}`
      const group = groups.get(key) ?? { kind: f.kind, name: f.name, variants: [] }
      const same = group.variants.find((v) => v.lines.join('\n') === f.lines.join('\n'))
      if (same) same.cells.push(cell.id)
      else group.variants.push({ lines: f.lines, cells: [cell.id] })
      groups.set(key, group)
    }
  }
  return [...groups.values()]
}

const TITLE: Record<FailureOutput['kind'], string> = {
  test: 'FAIL',
  package: 'FAIL (package)',
  build: 'did not build'
}

/** The terminal's failure section, or '' when nothing failed. */
export function renderFailureDetails(cells: CellResult[], outDir: string): string {
  const groups = groupFailureOutput(cells)
  if (groups.length === 0) return ''
  const lines: string[] = []
  for (const group of groups.slice(0, MAX_GROUPS)) {
    for (const v of group.variants) {
      lines.push(`── ${TITLE[group.kind]} ${group.name}  [${v.cells.join(', ')}]`)
      lines.push(...v.lines.map((l) => `   ${l}`))
    }
  }
  if (groups.length > MAX_GROUPS) lines.push(`… ${groups.length - MAX_GROUPS} more failures`)
  lines.push(`(last lines only; whole logs: ${outDir}/logs/<cell-id>.jsonl)`)
  return lines.join('\n')
}

/** The job summary's failure section: a collapsible block per failure. */
export function renderFailureMarkdown(cells: CellResult[]): string[] {
  const groups = groupFailureOutput(cells)
  if (groups.length === 0) return []
  const lines = ['', '### What failed, in its own words', '']
  for (const group of groups.slice(0, MAX_GROUPS)) {
    for (const v of group.variants) {
      lines.push(
        `<details><summary>${TITLE[group.kind]} <code>${escapeHtml(group.name)}</code> — ${v.cells.join(', ')}</summary>`,
        '',
        '```text',
        ...v.lines.map((l) => l.replace(/```/g, "'''")),
        '```',
        '',
        '</details>'
      )
    }
  }
  if (groups.length > MAX_GROUPS) lines.push('', `… ${groups.length - MAX_GROUPS} more in results.json`)
  lines.push(
    '',
    "Last lines only; the whole output is in each cell's log (results artifact, `logs/<cell-id>.jsonl`)."
  )
  return lines
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
