import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parseGoMod } from '../../src/module/gomod.js'
import { goToSemver, parseGoVersion } from '../../src/toolchain/go-version.js'
import { resolveVersionSpecs, type GoRelease } from '../../src/toolchain/resolve.js'
import { parseVersionSpec } from '../../src/toolchain/spec.js'

interface IndexEntry {
  version: string
  stable: boolean
  files: Array<{ os: string; arch: string; kind: string }>
}
const index = JSON.parse(
  readFileSync(new URL('../fixtures/recorded/dl-index.json', import.meta.url), 'utf8')
) as IndexEntry[]
const releases: GoRelease[] = index
  .filter((e) => e.files.some((f) => f.os === 'linux' && f.arch === 'amd64' && f.kind === 'archive'))
  .map((e) => ({ version: e.version.slice(2), semver: goToSemver(e.version), stable: e.stable }))

const resolve = (specs: string[], goModText?: string): string[] =>
  resolveVersionSpecs(specs, releases, goModText ? parseGoMod(goModText) : undefined).map((r) => r.version)

describe('Go version spelling', () => {
  it.each([
    ['1.22.8', '1.22.8'],
    ['go1.22.8', '1.22.8'],
    ['1.20', '1.20.0'],
    ['1.24rc2', '1.24.0-rc.2'],
    ['1.21beta1', '1.21.0-beta.1'],
    ['1.24.0-rc.2', '1.24.0-rc.2']
  ])('%s is semver %s', (go, sv) => expect(goToSemver(go)).toBe(sv))

  it.each(['1', '1.22.8.1', 'go', '1.22.1rc1', 'v1.22', '1.24.1-rc.2'])('%s is not a Go version', (text) =>
    expect(parseGoVersion(text)).toBeUndefined()
  )
})

describe('version specs', () => {
  it.each([
    ['stable', 'stable'],
    ['oldstable', 'oldstable'],
    ['1.22.8', 'exact'],
    ['1.22', 'minor'],
    ['1.22.x', 'minor'],
    ['>=1.21 <1.23', 'range'],
    ['^1.22', 'range'],
    ['~1.22.3', 'range'],
    ['1.24rc2', 'exact'],
    ['1.24.0-rc.2', 'exact'],
    ['go.mod', 'gomod'],
    ['go.mod..stable', 'gomod-window']
  ])('%s parses as %s', (text, kind) => expect(parseVersionSpec(text)?.kind).toBe(kind))

  it.each(['latest', 'abc', '1.22.x.1', '>=abc', 'go.mod..1.22', '1.22; rm -rf /', ''])(
    '%s is refused',
    (text) => expect(parseVersionSpec(text)).toBeUndefined()
  )
})

describe('resolving specs against a recorded index', () => {
  it('resolves stable and oldstable to the newest patch of the two newest minors', () => {
    expect(resolve(['stable', 'oldstable'])).toEqual(['1.27.4', '1.26.11'])
  })

  it('resolves exact versions, minors, .x and ranges', () => {
    expect(resolve(['1.22.8'])).toEqual(['1.22.8'])
    expect(resolve(['1.22'])).toEqual(['1.22.12'])
    expect(resolve(['1.23.x'])).toEqual(['1.23.12'])
    expect(resolve(['>=1.21 <1.23'])).toEqual(['1.22.12'])
    expect(resolve(['~1.22.3'])).toEqual(['1.22.12'])
    expect(resolve(['1.20'])).toEqual(['1.20.14'])
  })

  it('resolves release candidates in both spellings, and never picks one for a minor', () => {
    expect(resolve(['1.26rc1'])).toEqual(['1.26rc1'])
    expect(resolve(['1.26.0-rc.1'])).toEqual(['1.26rc1'])
    const withRc = [{ version: '1.28rc1', semver: '1.28.0-rc.1', stable: false }, ...releases]
    expect(resolveVersionSpecs(['stable', '>=1.27'], withRc).map((r) => r.version)).toEqual(['1.27.4'])
    expect(() => resolveVersionSpecs(['1.28'], withRc)).toThrow(/no Go release matches "1.28"/)
    expect(resolveVersionSpecs(['1.28rc1'], withRc).map((r) => r.version)).toEqual(['1.28rc1'])
  })

  it('resolves pre-1.21 first releases spelled without a patch', () => {
    expect(resolve(['1.20.0'])).toEqual(['1.20'])
  })

  it('collapses duplicates and keeps every spec that chose a version', () => {
    const resolved = resolveVersionSpecs(['stable', '1.27', '1.27.4', 'oldstable'], releases)
    expect(resolved.map((r) => [r.version, r.specs])).toEqual([
      ['1.27.4', ['stable', '1.27', '1.27.4']],
      ['1.26.11', ['oldstable']]
    ])
  })

  it('reads the go.mod line: a minor means its newest patch, a patch means itself', () => {
    expect(resolve(['go.mod'], 'module m\n\ngo 1.22\n')).toEqual(['1.22.12'])
    expect(resolve(['go.mod'], 'module m\ngo 1.22.8\n')).toEqual(['1.22.8'])
  })

  it('expands go.mod..stable to every minor up to the newest stable', () => {
    expect(resolve(['go.mod..stable'], 'module m\ngo 1.23.2\n')).toEqual([
      '1.23.12',
      '1.24.13',
      '1.25.14',
      '1.26.11',
      '1.27.4'
    ])
  })

  it('names the input, the spec and what is valid when nothing matches', () => {
    expect(() => resolve(['1.99'])).toThrow(
      /^go-versions: no Go release matches "1.99" \(newest stable is 1.27.4\); valid: /
    )
    expect(() => resolve(['1.22.99'])).toThrow(/go-versions: no Go release matches "1.22.99"/)
    expect(() => resolve(['go.mod'])).toThrow('go-versions: "go.mod" needs a go.mod in working-directory')
    expect(() => resolve(['go.mod'], 'module m\n')).toThrow(/has no go line/)
  })
})
