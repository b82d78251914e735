/**
 * The run's report as Markdown: a Go version x target matrix, the failing cells first with their
 * reasons, then toolchains and emulation. Written to summary.md; the action also makes it the
 * job summary, the CLI prints the matrix as a table.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { CellResult } from '../cells/types.js'
import { isFailing } from '../cells/schedule.js'
import type { RunContext, Stage } from '../run/context.js'

const MARK: Record<string, string> = {
  passed: '✅',
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
  return `${MARK[c.status]} ${c.status}${counts}${cover}${how}`
}

/** Column label of a cell: its target plus cgo/race flags. */
export function columnOf(c: CellResult): string {
  const target = [c.goos, c.goarch, c.variant].filter(Boolean).join('/')
  return c.race ? `${target} -race` : c.cgo ? `${target} cgo` : target
}

export function renderSummary(ctx: RunContext): string {
  const cells = ctx.cells
  const failing = cells.filter(isFailing)
  const lines: string[] = []
  const verdict = failing.length
    ? `❌ ${failing.length} of ${cells.length} cells failed`
    : `✅ ${cells.length} cells passed`
  lines.push(`## go-cross-matrix: ${verdict}`, '')
  const columns = [...new Set(cells.map(columnOf))]
  const versions = [...new Set(cells.map((c) => c.go))]
  lines.push(`| Go | ${columns.join(' | ')} |`, `|---|${columns.map(() => '---').join('|')}|`)
  for (const v of versions) {
    const row = columns.map((col) => {
      const c = cells.find((x) => x.go === v && columnOf(x) === col)
      return c ? cellText(c) : ''
    })
    lines.push(`| go${v} | ${row.join(' | ')} |`)
  }
  if (failing.length) {
    lines.push('', '### Failures', '')
    for (const c of failing) lines.push(`- **${c.id}** (${c.status}): ${c.reason}`)
  }
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
  return `${lines.join('\n')}\n`
}

export const writeSummaryStage: Stage = {
  name: 'summary',
  async run(ctx) {
    await writeFile(path.join(ctx.config.outDir, 'summary.md'), renderSummary(ctx))
  }
}
