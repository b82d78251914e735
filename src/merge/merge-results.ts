/**
 * Merges the results.json of several matrix jobs into one, as if one job had run every cell.
 * A cell id seen twice (a job re-run) keeps the later record; toolchains and emulation are
 * unioned; `passed` is recomputed from the cells.
 */
import type { CellResult } from '../cells/types.js'
import { isFailing } from '../cells/schedule.js'
import type { TargetEmulation } from '../emulation/setup.js'
import type { Results, ToolchainRecord } from '../report/results.js'

export interface MergedResults {
  cells: CellResult[]
  toolchains: ToolchainRecord[]
  emulation: TargetEmulation[]
  passed: boolean
}

export function mergeResults(parts: Results[]): MergedResults {
  const cells = new Map<string, CellResult>()
  const toolchains = new Map<string, ToolchainRecord>()
  const emulation = new Map<string, TargetEmulation>()
  for (const part of parts) {
    for (const cell of part.cells) cells.set(cell.id, cell)
    for (const t of part.toolchains) if (!toolchains.has(t.version)) toolchains.set(t.version, t)
    for (const e of part.emulation ?? []) if (!emulation.has(e.target)) emulation.set(e.target, e)
  }
  const merged = [...cells.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    cells: merged,
    toolchains: [...toolchains.values()],
    emulation: [...emulation.values()],
    passed: !merged.some(isFailing)
  }
}
