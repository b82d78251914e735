/** The CLI's closing table: one row per cell. */
import type { CellResult } from '../cells/types.js'
import type { Style } from '../cli/terminal-log.js'

const STATUS_STYLE: Record<CellResult['status'], Parameters<Style>[0]> = {
  passed: 'green',
  built: 'yellow',
  'no-tests': 'yellow',
  skipped: 'dim',
  failed: 'red',
  'build-failed': 'red',
  timeout: 'red',
  error: 'red'
}

export function renderCellTable(cells: CellResult[], style: Style = (_f, t) => t): string {
  const rows = cells.map((c) => [
    c.id,
    c.status,
    c.execution,
    c.status === 'built'
      ? 'not run'
      : `${c.tests.passed}/${c.tests.passed + c.tests.failed}${c.cachedPackages ? ` (${c.cachedPackages} pkg cached)` : ''}`,
    c.coverage === null ? '-' : `${c.coverage}%`,
    `${(c.durationMs / 1000).toFixed(1)}s`
  ])
  const header = ['cell', 'status', 'execution', 'tests', 'coverage', 'time']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r: string[]) =>
    r
      .map((v, i) => v.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  // Padding first, colour after, so escape codes never count as width.
  const styled = (r: string[], i: number) =>
    r
      .map((v, col) =>
        col === 1 ? style(STATUS_STYLE[cells[i].status], v.padEnd(widths[col])) : v.padEnd(widths[col])
      )
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(styled)].join('\n')
}

/** Compact per-status counts and per-cell statuses: the action's `results` output. */
export function compactResults(cells: CellResult[], passed: boolean): string {
  const counts: Record<string, number> = {}
  for (const c of cells) counts[c.status] = (counts[c.status] ?? 0) + 1
  return JSON.stringify({
    passed,
    total: cells.length,
    counts,
    cells: Object.fromEntries(cells.map((c) => [c.id, c.status]))
  })
}
