/**
 * The go test -json reader on streams recorded from real runs of go1.21.13 and go1.27.4
 * (__tests__/fixtures/go-test-json, see its README): every per-package count must equal an
 * independent count of the same stream, and each case must end in the verdict go test meant.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { judgeTestRun } from '../../src/cells/run-cell.js'
import { TestEventCounter } from '../../src/cells/test-events.js'
import type { ListedPackage } from '../../src/go/go.js'
import { readStream } from '../harness/oracle.js'

const DIR = path.resolve('__tests__/fixtures/go-test-json')
const cases = JSON.parse(readFileSync(path.join(DIR, 'cases.json'), 'utf8')) as Record<
  string,
  { exitCode: number; stderrFile: string | null }
>
const VERSIONS = ['go1.21.13', 'go1.27.4']

function replay(name: string, listed: ListedPackage[] = []) {
  const file = `${name}.jsonl`
  const stream = readFileSync(path.join(DIR, file), 'utf8')
  const counter = new TestEventCounter()
  for (const line of stream.split('\n')) counter.add(line)
  const meta = cases[file]
  const stderr = meta.stderrFile ? readFileSync(path.join(DIR, meta.stderrFile), 'utf8') : ''
  const verdict = judgeTestRun({
    code: meta.exitCode,
    stderr,
    counter,
    listed,
    patterns: ['./...'],
    testFlags: [],
    buildOnly: false,
    buildOnlyReason: ''
  })
  return { counter, verdict, stream }
}

const P = (pkg: string) => `example.com/gtj/${pkg}`

describe('go test -json streams of real runs', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl'))

  it.each(files)('%s: per-package counts equal an independent count', (file) => {
    const { counter, stream } = replay(file.replace(/\.jsonl$/, ''))
    const independent = readStream(stream).packages
    const ours = Object.fromEntries(
      counter
        .packages()
        .filter((p) => p.package in independent)
        .map((p) => [p.package, { passed: p.passed, failed: p.failed, skipped: p.skipped }])
    )
    const theirs = Object.fromEntries(
      Object.entries(independent).map(([k, p]) => [
        k,
        { passed: p.passed, failed: p.failed, skipped: p.skipped }
      ])
    )
    expect(ours).toEqual(theirs)
  })

  describe.each(VERSIONS)('%s', (v) => {
    it('build failure: the compiler own words, whether on stderr (1.21) or in build-output events (1.24+)', async () => {
      for (const [name, words] of [
        ['build-fail', 'broken/broken_test.go:6:18: undefined: undefinedThing'],
        ['build-fail-nontest', 'broken/broken.go:3:37: undefined: missingFactor']
      ]) {
        const { counter, verdict } = replay(`${name}.${v}`)
        const { status, reason } = await verdict
        expect(status).toBe('build-failed')
        expect(reason).toBe(`go test did not build ${P(`${name}/broken`)}: ${words}`)
        expect(counter.packages().find((p) => p.package === P(`${name}/broken`))?.status).toBe('build-failed')
      }
    })

    it('setup failure (an import nobody provides) is a build failure with go own message', async () => {
      const { verdict } = replay(`setup-fail.${v}`)
      const { status, reason } = await verdict
      expect(status).toBe('build-failed')
      expect(reason).toContain('no required module provides package example.com/doesnotexist')
    })

    it('panic: the test fails and its output holds the panic', async () => {
      const { counter, verdict } = replay(`panic.${v}`)
      expect((await verdict).status).toBe('failed')
      expect(counter.counts.failedTests).toEqual([`${P('panic/boom')}.TestPanics`])
      expect(counter.failedTestOutput.get(`${P('panic/boom')}.TestPanics`)!.join('\n')).toMatch(/panic: boom/)
    })

    it('go test -timeout: a timeout naming the test that was running, not a pass or a plain failure', async () => {
      const { verdict } = replay(`timeout.${v}`)
      expect(await verdict).toEqual({
        status: 'timeout',
        reason: `go test -timeout ended ${P('timeout/slow')}: test timed out after 2s, running TestSleeps`
      })
    })

    it('(cached): every package says it came from the cache', async () => {
      const { counter, verdict } = replay(`cached.${v}`)
      expect((await verdict).status).toBe('passed')
      expect(counter.packages().map((p) => [p.package, p.status, p.cached])).toEqual([
        [P('cached/a'), 'passed', true],
        [P('cached/b'), 'passed', true]
      ])
      expect(
        replay(`skips.${v}`)
          .counter.packages()
          .some((p) => p.cached)
      ).toBe(false)
    })

    it('skips: skipped tests and subtests counted, a package whose tests all skip still ran', async () => {
      const { counter, verdict } = replay(`skips.${v}`)
      expect((await verdict).status).toBe('passed')
      const by = Object.fromEntries(
        counter.packages().map((p) => [p.package, [p.status, p.passed, p.skipped]])
      )
      expect(by).toEqual({ [P('skips/some')]: ['passed', 3, 2], [P('skips/allskip')]: ['passed', 0, 2] })
    })

    it('subtests: the failing leaf with its place, and the parents it fails', async () => {
      const { counter } = replay(`subtests.${v}`)
      expect(counter.counts.failedTests.sort()).toEqual(
        ['TestTree', 'TestTree/A', 'TestTree/A/a2_with_space'].map((t) => `${P('subtests/nested')}.${t}`)
      )
      expect(counter.failures).toEqual([
        {
          package: P('subtests/nested'),
          test: 'TestTree/A/a2_with_space',
          file: 'nested_test.go',
          line: 9,
          message: 'leaf failed: got 1 want 2'
        }
      ])
    })

    it('interleaved parallel output: each line stays with its own test', async () => {
      const { counter } = replay(`parallel.${v}`)
      expect(counter.counts.failedTests).toEqual([`${P('parallel/par')}.TestP2`])
      const output = counter.failedTestOutput.get(`${P('parallel/par')}.TestP2`)!.join('\n')
      expect(output).not.toMatch(/TestP1|TestP3/)
      // Go 1.24+ marks the t.Error lines; before, every file:line the failed test logged counts.
      const places = counter.failures.map((f) => `${f.test} ${f.file}:${f.line}: ${f.message}`)
      if (v === 'go1.27.4') expect(places).toEqual(['TestP2 par_test.go:15: P2 failed'])
      else expect(new Set(counter.failures.map((f) => f.test))).toEqual(new Set(['TestP2']))
    })

    it('package failures with no failing test: TestMain exit and os.Exit in init', async () => {
      const { counter, verdict } = replay(`pkg-fail-no-test.${v}`)
      expect(counter.failedPackages.sort()).toEqual([
        P('pkg-fail-no-test/initexit'),
        P('pkg-fail-no-test/mainexit')
      ])
      const { status, reason } = await verdict
      expect(status).toBe('failed')
      expect(reason).toMatch(/pkg-fail-no-test\/(initexit|mainexit).* failed: /)
    })

    it('examples: a wrong // Output: fails the example with got and want', async () => {
      const { counter } = replay(`examples.${v}`)
      expect(counter.counts.failedTests).toEqual([`${P('examples/greet')}.ExampleGreet_wrong`])
      expect(counter.failedTestOutput.get(`${P('examples/greet')}.ExampleGreet_wrong`)!.join('\n')).toMatch(
        /got:[\s\S]*want:/
      )
    })

    it('packages without test files or without tests are told apart from ones that ran', async () => {
      const { counter, verdict } = replay(`no-tests.${v}`)
      expect((await verdict).status).toBe('passed')
      expect(Object.fromEntries(counter.packages().map((p) => [p.package, p.status]))).toEqual({
        [P('no-tests/notests')]: 'no-test-files',
        [P('no-tests/benchonly')]: 'no-tests',
        [P('no-tests/withtests')]: 'passed'
      })
    })

    it('a package that has Test functions but ran none, with no -run filter, is a bug to report', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'gcm-unrun-'))
      writeFileSync(
        path.join(dir, 'x_test.go'),
        'package x\n\nimport "testing"\n\nfunc TestReal(t *testing.T) {}\n'
      )
      const listed = [P('no-tests/benchonly'), P('no-tests/notests'), P('no-tests/withtests')].map(
        (importPath) => ({
          importPath,
          name: 'x',
          dir: importPath.endsWith('benchonly') ? dir : '/nonexistent',
          goFiles: 1,
          testGoFiles: ['x_test.go'],
          xTestGoFiles: [],
          error: ''
        })
      )
      const { verdict } = replay(`no-tests.${v}`, listed)
      expect(await verdict).toEqual({
        status: 'error',
        reason: `go test ran no test in ${P('no-tests/benchonly')}, which has Test functions and no -run filter: a bug to report`
      })
    })

    it('a test-only package main is tested like any package', async () => {
      const { counter, verdict } = replay(`testonly-main.${v}`)
      expect((await verdict).status).toBe('passed')
      expect(counter.packages().map((p) => p.status)).toEqual(['passed', 'passed'])
    })
  })
})
