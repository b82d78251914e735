/**
 * Failing tests across the matrix: which cells each test failed in, where, and what those cells
 * share that the passing ones do not. One run is one sample per cell (a test that is flaky under
 * emulation fails on arm64 in one run and passes in the next), so the words say what this run
 * observed ("failed in this run only on linux/arm64"), never a rule ("fails only on").
 */
import type { CellResult, TestFailure } from '../cells/types.js'
import { targetName } from '../platform/platforms.js'

export interface FailingTest {
  /** pkg.TestX */
  name: string
  package: string
  test: string
  cells: CellResult[]
  /** the distinct places it failed (file:line) with the first message seen there */
  locations: TestFailure[]
  pattern: string
}

const targetOf = (c: CellResult): string => targetName(c)

const DIMENSIONS: Array<{ label: (v: string) => string; of: (c: CellResult) => string }> = [
  { label: (v) => `on ${v}`, of: targetOf },
  { label: (v) => `on go${v}`, of: (c) => c.go },
  { label: (v) => (v === 'true' ? 'with cgo' : 'without cgo'), of: (c) => String(c.cgo) },
  { label: (v) => (v === 'true' ? 'with -race' : 'without -race'), of: (c) => String(c.race) }
]

/** Cells where tests really ran: a test's absence there is a pass, not a gap. */
function ranTests(c: CellResult): boolean {
  return (c.status === 'passed' || c.status === 'failed') && c.execution !== 'build-only'
}

export function describePattern(failing: CellResult[], all: CellResult[]): string {
  // A failing cell counts as having run the test even when its verdict is not `failed` (a
  // timeout in another package): the pool is every cell that ran tests, and every failing one.
  const ran = [...new Set([...all.filter(ranTests), ...failing])]
  if (ran.length > 1 && failing.length === ran.length)
    return `failed in every cell of this run (${ran.length})`
  const only: string[] = []
  for (const dim of DIMENSIONS) {
    const values = new Set(failing.map(dim.of))
    const others = ran.filter((c) => !values.has(dim.of(c)))
    // "only on X": every failing cell has X, and cells without X ran this test and passed it.
    if (values.size === 1 && others.length > 0) only.push(dim.label([...values][0]))
  }
  if (only.length === 0) return `failed in ${failing.length} of ${ran.length} cells of this run`
  return `failed in this run only ${only.join(', ')} (${failing.length} of ${ran.length} cells)`
}

/** "example.com/m/pkg.TestA/sub.case" -> package and test (test function names hold no dots). */
export function splitTestName(name: string): { pkg: string; test: string } {
  const m = /^(.+?)\.((?:Test|Example|Fuzz|Benchmark)\w*(?:\/.*)?)$/.exec(name)
  return m ? { pkg: m[1], test: m[2] } : { pkg: '', test: name }
}

export function failingTests(cells: CellResult[]): FailingTest[] {
  const byName = new Map<string, FailingTest>()
  for (const cell of cells) {
    for (const name of cell.tests.failedTests) {
      const { pkg, test } = splitTestName(name)
      const entry = byName.get(name) ?? { name, package: pkg, test, cells: [], locations: [], pattern: '' }
      entry.cells.push(cell)
      for (const f of cell.failures.filter((f) => `${f.package}.${f.test}` === name && f.file)) {
        if (!entry.locations.some((l) => l.file === f.file && l.line === f.line)) entry.locations.push(f)
      }
      byName.set(name, entry)
    }
  }
  const tests = [...byName.values()]
  for (const t of tests) t.pattern = describePattern(t.cells, cells)
  return tests
}

/** Flaky tests across cells (top-level and subtests as reported), with the attempts of each. */
export function flakyTests(cells: CellResult[]): Array<{ test: string; cells: string[]; attempts: string }> {
  const byTest = new Map<string, { test: string; cells: string[]; attempts: string }>()
  for (const cell of cells) {
    for (const f of cell.flaky ?? []) {
      // A parent that failed only through its subtest says nothing new.
      if ((cell.flaky ?? []).some((o) => o.test.startsWith(`${f.test}/`))) continue
      const entry = byTest.get(f.test) ?? { test: f.test, cells: [], attempts: f.attempts.join(' → ') }
      entry.cells.push(cell.id)
      byTest.set(f.test, entry)
    }
  }
  return [...byTest.values()]
}
