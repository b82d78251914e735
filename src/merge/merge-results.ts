/**
 * Merges the results.json of several matrix jobs into one, as if one job had run every cell.
 * A cell id seen twice (a job re-run) keeps the later record, except the shards of one cell,
 * which are put back together into that cell (combineShards); toolchains and emulation are
 * unioned; `passed` is recomputed from the cells.
 */
import type { CellResult, CellStatus, ShardPart } from '../cells/types.js'
import { testCacheText } from '../cells/run-cell.js'
import { shardLabel } from '../plan/shards.js'
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
  const shards = new Map<string, Map<number, CellResult>>()
  const toolchains = new Map<string, ToolchainRecord>()
  const emulation = new Map<string, TargetEmulation>()
  for (const part of parts) {
    for (const cell of part.cells) {
      if (!cell.shard) {
        cells.set(cell.id, cell)
        continue
      }
      const byIndex = shards.get(cell.id) ?? new Map<number, CellResult>()
      byIndex.set(cell.shard.index, cell)
      shards.set(cell.id, byIndex)
    }
    for (const t of part.toolchains) if (!toolchains.has(t.version)) toolchains.set(t.version, t)
    for (const e of part.emulation ?? []) if (!emulation.has(e.target)) emulation.set(e.target, e)
  }
  for (const [id, byIndex] of shards)
    cells.set(id, combineShards([...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, cell]) => cell)))
  const merged = [...cells.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return {
    cells: merged,
    toolchains: [...toolchains.values()],
    emulation: [...emulation.values()],
    passed: !merged.some(isFailing)
  }
}

/**
 * How the shards' statuses make the cell's, as one go test over all the packages would have
 * judged it: a timeout first, then failed tests (with packages that did not build among them),
 * then build failures; a cell passed when any shard ran tests and none failed.
 */
const STATUS_ORDER: CellStatus[] = [
  'timeout',
  'failed',
  'build-failed',
  'error',
  'skipped',
  'passed',
  'built',
  'no-tests'
]

/**
 * One cell from its shards (sorted by shard index): counts and packages added up, the status
 * as above, reasons of the deciding shards named by shard. Coverage and JUnit are files: the
 * merge stage combines them (and sets coverage, coverageProfile, junit).
 */
export function combineShards(parts: CellResult[]): CellResult {
  const [first] = parts
  const status = STATUS_ORDER.find((s) => parts.some((p) => p.status === s)) ?? first.status
  const packages = parts.flatMap((p) => p.packages)
  const deciding = parts.filter((p) => p.status === status && p.reason)
  let reason = deciding.map((p) => `shard ${shardLabel(p.shard!)}: ${p.reason}`).join('; ')
  if (status === 'passed' && !parts.some((p) => p.flaky.length)) reason = testCacheText(packages)
  if (status === 'no-tests') {
    const noFiles = packages.filter((p) => p.status === 'no-test-files').length
    reason = `nothing tested: no test ran in any of ${packages.length} packages (${noFiles} without test files)`
  }
  const sum = (f: (c: CellResult) => number): number => parts.reduce((t, p) => t + f(p), 0)
  const shards: ShardPart[] = parts.map((p) => ({
    shard: shardLabel(p.shard!),
    status: p.status,
    reason: p.reason,
    packages: p.packages.length,
    durationMs: p.durationMs,
    log: p.log,
    junit: p.junit,
    coverageProfile: p.coverageProfile
  }))
  const cell: CellResult = {
    ...first,
    status,
    reason,
    tests: {
      passed: sum((p) => p.tests.passed),
      failed: sum((p) => p.tests.failed),
      skipped: sum((p) => p.tests.skipped),
      failedTests: parts.flatMap((p) => p.tests.failedTests)
    },
    packages,
    flaky: parts.flatMap((p) => p.flaky),
    failures: parts.flatMap((p) => p.failures),
    failureOutput: parts.flatMap((p) => p.failureOutput),
    compileErrors: parts.flatMap((p) => p.compileErrors),
    binaries: parts.flatMap((p) => p.binaries),
    sboms: parts.flatMap((p) => p.sboms ?? []),
    cachedPackages: sum((p) => p.cachedPackages ?? 0),
    // the shards ran at once, on their own runners: the cell took as long as its slowest shard
    durationMs: Math.max(...parts.map((p) => p.durationMs)),
    evidenceMs: sum((p) => p.evidenceMs),
    proof: parts.find((p) => p.proof)?.proof ?? null,
    log: (parts.find((p) => p.status === status) ?? first).log,
    coverage: null,
    coverageProfile: null,
    junit: null,
    shards
  }
  delete cell.shard
  return cell
}
