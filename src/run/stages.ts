/** The stages shared by the action and the CLI, and which of them each mode runs. */
import path from 'node:path'
import { cellsStage, emulationStage } from '../cells/stage.js'
import type { Mode } from '../config/inputs.js'
import { evidenceStage } from '../evidence/stage.js'
import { provenanceStage } from '../evidence/provenance.js'
import { mergeStage } from '../merge/stage.js'
import { planStage } from '../plan/matrix.js'
import { writeSummaryStage } from '../report/summary.js'
import { buildResults, resultsFile, writeJsonAtomic } from '../report/results.js'
import { compactResults } from '../report/table.js'
import { setupToolchains } from '../toolchain/setup.js'
import { vulncheckToolStage } from '../vulncheck/stage.js'
import { toolchainOptions, type RunContext, type Stage } from './context.js'
import { register } from './files.js'

export const toolchainStage: Stage = {
  name: 'toolchains',
  async run(ctx) {
    ctx.toolchains = await setupToolchains(toolchainOptions(ctx))
    for (const t of ctx.toolchains) {
      const how = t.source === 'cache' ? 'cached' : `${t.source}, ${t.verified ? 'verified' : 'NOT verified'}`
      ctx.log.info(`${t.specs.join(', ')} -> ${t.version} -> ${t.path} (${how})`)
    }
  }
}

export const writeResultsStage: Stage = {
  name: 'results',
  always: true,
  async run(ctx) {
    const file = resultsFile(ctx)
    register(ctx.files, { path: 'results.json', kind: 'results' })
    await writeJsonAtomic(file, buildResults(ctx))
    ctx.log.info(`results: ${path.relative(ctx.config.workspace, file) || file}`)
  }
}

/** Stages an entry point adds around the engine's own (the action: caches, annotations, artifacts). */
export interface StageHooks {
  /** before mode: plan lays out the matrix (the action: restore the shard history) */
  beforePlan?: Stage[]
  beforeCells?: Stage[]
  /** after the provenance is written, before the summary and results.json (the action: attestation) */
  afterProvenance?: Stage[]
  afterResults?: Stage[]
}

export function stagesFor(mode: Mode, hooks: StageHooks = {}): Stage[] {
  switch (mode) {
    case 'setup':
      return [toolchainStage, writeResultsStage]
    case 'run':
      return [
        toolchainStage,
        ...(hooks.beforeCells ?? []),
        emulationStage,
        vulncheckToolStage,
        cellsStage,
        evidenceStage,
        provenanceStage,
        ...(hooks.afterProvenance ?? []),
        // The summary first, so results.json lists it among the files.
        writeSummaryStage,
        writeResultsStage,
        ...(hooks.afterResults ?? [])
      ]
    case 'plan':
      return [...(hooks.beforePlan ?? []), planStage, ...(hooks.afterResults ?? [])]
    case 'merge':
      return [mergeStage, evidenceStage, writeSummaryStage, writeResultsStage, ...(hooks.afterResults ?? [])]
  }
}

/** The action's outputs, as strings (large data stays in results.json). */
export function outputsOf(ctx: RunContext): Record<string, string> {
  return {
    toolchains: JSON.stringify(Object.fromEntries(ctx.toolchains.map((t) => [t.version, t.path]))),
    'go-versions': JSON.stringify(ctx.plan ? ctx.plan.versions : ctx.toolchains.map((t) => t.version)),
    matrix: ctx.plan ? JSON.stringify({ include: ctx.plan.include }) : '',
    'results-file': resultsFile(ctx),
    passed: String(!ctx.failure),
    results: compactResults(ctx.cells, !ctx.failure),
    coverage: ctx.coverage?.merged == null ? '' : String(ctx.coverage.merged),
    'artifact-ids': JSON.stringify(ctx.artifacts)
  }
}
