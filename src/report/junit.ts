/**
 * JUnit XML, the format every CI test reporter reads (GitHub test-reporter actions, GitLab,
 * Jenkins, Buildkite, CircleCI), shaped as gotestsum writes it: a <testsuite> per package (here
 * per package and cell), a <testcase> per test and subtest with `classname` the import path, a
 * failure's own output as the <failure> text, and a package that did not build or failed with no
 * failing test as a `TestMain` case that failed. The cell is a suite property. It validates
 * against the Jenkins JUnit schema (junit-4.xsd), which takes <skipped> as text only: the skip
 * reason is its text rather than a `message` attribute.
 */
import type { TestCase, TestEventCounter } from '../cells/test-events.js'
import type { CellResult, PackageResult } from '../cells/types.js'

export interface JUnitCase {
  name: string
  classname: string
  timeMs: number
  failure?: { message: string; text: string }
  skipped?: string
  /** a test that failed, then passed when it was run again */
  flaky?: string
}

export interface JUnitSuite {
  name: string
  timeMs: number
  timestamp: string
  properties: Array<[string, string]>
  cases: JUnitCase[]
}

/** XML 1.0 allows tab, newline, carriage return and printable characters only. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
}

function attr(text: string): string {
  return clean(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
}

function body(text: string): string {
  return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const seconds = (ms: number) => (ms / 1000).toFixed(3)

function renderSuite(suite: JUnitSuite): string {
  const failures = suite.cases.filter((c) => c.failure).length
  const skipped = suite.cases.filter((c) => c.skipped !== undefined).length
  const lines = [
    `  <testsuite name="${attr(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(suite.timeMs)}" timestamp="${suite.timestamp}">`,
    '    <properties>',
    ...suite.properties.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"></property>`),
    '    </properties>'
  ]
  for (const c of suite.cases) {
    const open = `    <testcase classname="${attr(c.classname)}" name="${attr(c.name)}" time="${seconds(c.timeMs)}"`
    if (c.failure) {
      lines.push(
        `${open}>`,
        `      <failure message="${attr(c.failure.message)}" type="">${body(c.failure.text)}</failure>`,
        '    </testcase>'
      )
    } else if (c.skipped !== undefined) {
      lines.push(`${open}>`, `      <skipped>${body(c.skipped)}</skipped>`, '    </testcase>')
    } else if (c.flaky) {
      lines.push(`${open}>`, `      <system-out>${body(c.flaky)}</system-out>`, '    </testcase>')
    } else lines.push(`${open}></testcase>`)
  }
  lines.push('  </testsuite>')
  return lines.join('\n')
}

export function renderJUnit(suites: JUnitSuite[], name: string): string {
  const cases = suites.flatMap((s) => s.cases)
  const failures = cases.filter((c) => c.failure).length
  const time = suites.reduce((t, s) => t + s.timeMs, 0)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${cases.length}" failures="${failures}" errors="0" time="${seconds(time)}">`,
    ...suites.map(renderSuite),
    '</testsuites>',
    ''
  ].join('\n')
}

/** A cell's suites: one per package go test reported, with its tests, build and package failures. */
export function cellSuites(
  cell: Pick<CellResult, 'id' | 'go' | 'goos' | 'goarch' | 'variant' | 'cgo' | 'race'>,
  packages: PackageResult[],
  counter: TestEventCounter,
  startedAt: Date,
  flaky: Map<string, string[]> = new Map()
): JUnitSuite[] {
  const properties: Array<[string, string]> = [
    ['cell', cell.id],
    ['go.version', `go${cell.go}`],
    ['goos', cell.goos],
    ['goarch', cell.goarch],
    ...(cell.variant ? ([['variant', cell.variant]] as Array<[string, string]>) : []),
    ['cgo', cell.cgo ? '1' : '0'],
    ['race', String(cell.race)]
  ]
  const failedOutput = new Map(
    counter.failureOutputs('').map((f) => [`${f.kind}\0${f.name}`, f.lines.join('\n')])
  )
  return packages.map((pkg) => {
    const cases: JUnitCase[] = (counter.testCases.get(pkg.package) ?? []).map((t: TestCase) => {
      const base = { name: t.test, classname: pkg.package, timeMs: t.elapsedMs }
      const attempts = flaky.get(`${pkg.package}.${t.test}`)
      // A flaky test passed in the end: it is a pass, with its attempts and first failure told.
      if (attempts) return { ...base, flaky: [`flaky: ${attempts.join(', ')}`, ...t.output].join('\n') }
      if (t.action === 'fail') return { ...base, failure: { message: 'Failed', text: t.output.join('\n') } }
      if (t.action === 'skip') return { ...base, skipped: t.output.join('\n') || 'skipped' }
      return base
    })
    if (pkg.status === 'build-failed' || (pkg.status === 'failed' && pkg.failed === 0)) {
      const words =
        failedOutput.get(`build\0${pkg.package}`) ?? failedOutput.get(`package\0${pkg.package}`) ?? ''
      cases.push({
        name: 'TestMain',
        classname: pkg.package,
        timeMs: 0,
        failure: { message: pkg.status === 'build-failed' ? 'Failed to build' : 'Failed', text: words }
      })
    }
    return {
      name: `${pkg.package} [${cell.id}]`,
      timeMs: pkg.elapsedMs,
      timestamp: startedAt.toISOString().replace(/\.\d+Z$/, ''),
      // A suite go test answered from its cache says so: its cases passed once, not in this run.
      properties: pkg.cached ? [...properties, ['go.test.cached', 'true'] as [string, string]] : properties,
      cases
    }
  })
}

/** junit/all.xml: every cell's suites in one file. */
export function mergeJUnit(files: string[], name: string): string {
  const suites: string[] = []
  let tests = 0
  let failures = 0
  let time = 0
  for (const text of files) {
    const root = /<testsuites [^>]*tests="(\d+)" failures="(\d+)"[^>]*time="([\d.]+)"/.exec(text)
    if (!root) continue
    tests += Number(root[1])
    failures += Number(root[2])
    time += Number(root[3])
    suites.push(...(text.match(/ {2}<testsuite [\s\S]*?\n {2}<\/testsuite>/g) ?? []))
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${tests}" failures="${failures}" errors="0" time="${time.toFixed(3)}">`,
    ...suites,
    '</testsuites>',
    ''
  ].join('\n')
}
