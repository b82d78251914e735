/** The action's report stages: annotations and each cell's log in a group, then the job summary. */
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { renderSummary } from '../report/summary.js'
import type { Stage } from '../run/context.js'
import { artifactUrl } from './artifacts.js'
import { collectAnnotations, emitAnnotations, packageDirs } from './annotations.js'

const MAX_LOG_LINES = 2000

/** The test output of a cell, from its go test -json events (only what tests printed). */
function cellOutput(file: string): string {
  const lines: string[] = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('{')) continue
    const event = JSON.parse(line) as { Action?: string; Output?: string }
    if (event.Action === 'output' && event.Output) lines.push(event.Output.replace(/\n$/, ''))
  }
  return lines.length > MAX_LOG_LINES
    ? [
        ...lines.slice(0, MAX_LOG_LINES),
        `… ${lines.length - MAX_LOG_LINES} more lines in the results artifact`
      ].join('\n')
    : lines.join('\n')
}

export const annotateStage: Stage = {
  name: 'annotations',
  // Each cell's log is a group of its own; GitHub does not nest groups.
  group: false,
  skip: (ctx) =>
    ctx.config.mode !== 'run' && ctx.config.mode !== 'merge' ? `mode: ${ctx.config.mode}` : undefined,
  async run(ctx) {
    for (const cell of ctx.cells) {
      if (!cell.log || !existsSync(path.join(ctx.config.outDir, cell.log))) continue
      // Test output is untrusted: stop-commands keeps it from issuing workflow commands.
      const token = `gcm-${randomBytes(8).toString('hex')}`
      core.startGroup(`${cell.id}: ${cell.status}`)
      core.info(`::stop-commands::${token}`)
      core.info(cellOutput(path.join(ctx.config.outDir, cell.log)))
      core.info(`::${token}::`)
      core.endGroup()
    }
    const repoRoot = process.env.GITHUB_WORKSPACE || ctx.config.workspace
    emitAnnotations(collectAnnotations(ctx, await packageDirs(ctx), repoRoot))
  }
}

export const jobSummaryStage: Stage = {
  name: 'job-summary',
  always: true,
  skip: (ctx) =>
    ctx.config.mode === 'setup' || ctx.config.mode === 'plan'
      ? `mode: ${ctx.config.mode}`
      : !process.env.GITHUB_STEP_SUMMARY
        ? 'no GITHUB_STEP_SUMMARY'
        : undefined,
  async run(ctx) {
    const artifacts = Object.entries(ctx.artifacts).map(([name, id]) => ({ name, url: artifactUrl(id) }))
    await core.summary.addRaw(renderSummary(ctx, { artifacts })).write()
  }
}
