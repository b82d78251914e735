/**
 * The run's report as Markdown: a Go version x target matrix (one per module when the run has
 * several), the failing cells first with their reasons, then toolchains and emulation. Written
 * to summary.md; the action also makes it the job summary, the CLI prints the matrix as a table.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { testedPackages, type CellResult } from '../cells/types.js'
import { isFailing } from '../cells/schedule.js'
import { targetName } from '../platform/platforms.js'
import { failingTests, flakyTests } from './failures.js'
import { renderFailureMarkdown } from './failure-output.js'
import type { RunContext, Stage } from '../run/context.js'
import { register } from '../run/files.js'
import { renderVulncheckMarkdown } from '../vulncheck/report.js'
import { runModules } from '../module/modules.js'

const MARK: Record<CellResult['status'], string> = {
  passed: '✅',
  built: '🔨',
  'no-tests': '∅',
  failed: '❌',
  'build-failed': '🧱',
  timeout: '⏱️',
  skipped: '⏭️',
  error: '⚠️'
}

function cellText(c: CellResult): string {
  const t = c.tests
  const counts = t.passed + t.failed ? ` ${t.passed}/${t.passed + t.failed}` : ''
  const cover = c.coverage === null ? '' : ` · ${c.coverage}%`
  const how = c.execution === 'native' ? '' : ` · ${c.execution}`
  const tested = testedPackages(c.packages).length
  const cached = !c.cachedPackages
    ? ''
    : c.cachedPackages === tested
      ? ' · cached'
      : ` · ${c.cachedPackages}/${tested} cached`
  return `${MARK[c.status]} ${c.status}${counts}${cover}${how}${cached}`
}

/** "6 cells passed", or what else they did: built only (not tested), ran no test, skipped. */
export function verdictText(cells: CellResult[]): string {
  const count = (status: CellResult['status']) => cells.filter((c) => c.status === status).length
  const passed = count('passed')
  if (passed === cells.length) return `${passed} cells passed`
  const parts = [`${passed} of ${cells.length} cells passed`]
  if (count('built')) parts.push(`${count('built')} built only, not tested`)
  if (count('no-tests')) parts.push(`${count('no-tests')} ran no test`)
  if (count('skipped')) parts.push(`${count('skipped')} skipped`)
  return parts.join(' · ')
}

/** Column label of a cell: its target plus cgo/race flags. */
export function columnOf(c: CellResult): string {
  const target = targetName(c)
  return c.race ? `${target} -race` : c.cgo ? `${target} cgo` : target
}

/** The Go version x target matrix of some cells (one module's). */
function matrixTable(cells: CellResult[]): string[] {
  const columns = [...new Set(cells.map(columnOf))]
  const versions = [...new Set(cells.map((c) => c.go))]
  const lines = [`| Go | ${columns.join(' | ')} |`, `|---|${columns.map(() => '---').join('|')}|`]
  for (const v of versions) {
    const row = columns.map((col) => {
      const c = cells.find((x) => x.go === v && columnOf(x) === col)
      return c ? cellText(c) : ''
    })
    lines.push(`| go${v} | ${row.join(' | ')} |`)
  }
  return lines
}

const MAX_FAILING_TESTS = 50
const MAX_CELL_ROWS = 300
/** GitHub refuses a job summary over 1 MiB; stay well under it. */
export const SUMMARY_LIMIT = 900 * 1024

export interface SummaryExtras {
  /** artifact name -> link, once uploaded */
  artifacts?: Array<{ name: string; url?: string }>
}

export function renderSummary(ctx: RunContext, extras: SummaryExtras = {}): string {
  const cells = ctx.cells
  const failing = cells.filter(isFailing)
  const lines: string[] = []
  const untested = cells.some((c) => c.status === 'built' || c.status === 'no-tests')
  const verdict = failing.length
    ? `❌ ${failing.length} of ${cells.length} cells failed`
    : ctx.failure
      ? `❌ ${ctx.failure}`
      : `${untested ? '⚠️' : '✅'} ${verdictText(cells)}`
  const cover = ctx.coverage?.merged == null ? '' : ` · merged coverage ${ctx.coverage.merged}%`
  lines.push(`## go-cross-matrix: ${verdict}${cover}`, '')
  const modules = runModules(ctx.config.modules, cells)
  if (modules.length === 0) lines.push(...matrixTable(cells))
  // Several modules: a table per module, headed by its key (which starts its cells' ids).
  for (const m of modules) {
    const own = cells.filter((c) => c.module?.key === m.key)
    lines.push(`### ${m.key}: \`${m.dir}\` (${m.path}) — ${verdictText(own)}`, '', ...matrixTable(own), '')
  }
  const tests = failingTests(cells)
  if (tests.length) {
    lines.push('', '### Failing tests', '')
    for (const t of tests.slice(0, MAX_FAILING_TESTS)) {
      const where = t.locations.map((l) => `${l.file}:${l.line}`).join(', ')
      lines.push(
        `- **${t.name}** — ${t.pattern}${where ? ` (${where})` : ''}: ${t.cells.map((c) => c.id).join(', ')}`
      )
    }
    if (tests.length > MAX_FAILING_TESTS)
      lines.push(`- … and ${tests.length - MAX_FAILING_TESTS} more in results.json (results artifact)`)
  }
  const flaky = flakyTests(cells)
  if (flaky.length) {
    lines.push(
      '',
      '### Flaky tests',
      '',
      'Failed, then passed when run again (`rerun-fails`): the cells passed.',
      ''
    )
    for (const f of flaky.slice(0, MAX_FAILING_TESTS))
      lines.push(`- ⚠️ **${f.test}** — ${f.attempts}: ${f.cells.join(', ')}`)
  }
  lines.push(...renderFailureMarkdown(cells))
  if (failing.length) {
    lines.push('', '### Failing cells', '')
    for (const c of failing.slice(0, MAX_FAILING_TESTS))
      lines.push(`- **${c.id}** (${c.status}): ${c.reason}`)
    if (failing.length > MAX_FAILING_TESTS)
      lines.push(`- … and ${failing.length - MAX_FAILING_TESTS} more in results.json`)
  }
  lines.push(...renderVulncheckMarkdown(cells))
  lines.push('', '### Toolchains', '', '| spec | version | source | verified |', '|---|---|---|---|')
  for (const t of ctx.toolchains) {
    lines.push(`| ${t.specs.join(', ')} | go${t.version} | ${t.source} | ${t.verified ? 'yes' : 'no'} |`)
  }
  const emulated = [...ctx.emulation.values()].filter((e) => e.execution !== 'native')
  if (emulated.length) {
    lines.push('', '### Emulation', '')
    for (const e of emulated) {
      const qemu = e.qemuVersion ? ` (${e.qemuVersion})` : ''
      lines.push(
        `- ${e.target}: ${e.execution}${qemu}${e.probe ? `, probe ran as ${e.probe}` : ''}${e.error ? `, error: ${e.error}` : ''}`
      )
    }
  }
  if (extras.artifacts?.length) {
    lines.push('', '### Artifacts', '')
    for (const a of extras.artifacts) lines.push(`- ${a.url ? `[${a.name}](${a.url})` : a.name}`)
  }
  lines.push(
    '',
    '<details><summary>Time per cell</summary>',
    '',
    '| cell | status | execution | time |',
    '|---|---|---|---|'
  )
  for (const c of cells.slice(0, MAX_CELL_ROWS)) {
    lines.push(`| ${c.id} | ${c.status} | ${c.execution} | ${(c.durationMs / 1000).toFixed(1)}s |`)
  }
  if (cells.length > MAX_CELL_ROWS)
    lines.push(`| … ${cells.length - MAX_CELL_ROWS} more in results.json | | | |`)
  lines.push('', '</details>')
  const text = `${lines.join('\n')}\n`
  return text.length <= SUMMARY_LIMIT
    ? text
    : `${text.slice(0, SUMMARY_LIMIT)}\n\n… cut at ${SUMMARY_LIMIT} bytes: the full report is summary.md in the results artifact\n`
}

export const writeSummaryStage: Stage = {
  name: 'summary',
  always: true,
  async run(ctx) {
    await writeFile(path.join(ctx.config.outDir, 'summary.md'), renderSummary(ctx))
    register(ctx.files, { path: 'summary.md', kind: 'report' })
  }
}
