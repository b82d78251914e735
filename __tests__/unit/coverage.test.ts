import { describe, expect, it } from '@jest/globals'
import { formatProfile, mergeProfiles, mergedMode } from '../../src/coverage/merge.js'
import { coveragePercent, formatPercent, parseProfile } from '../../src/coverage/profile.js'
import { renderChecksums } from '../../src/evidence/checksums.js'
import type { CellResult } from '../../src/cells/types.js'

const amd64 = parseProfile(
  'mode: set\nm/a.go:3.10,5.2 2 1\nm/arch_amd64.go:3.20,5.2 1 1\nm/a.go:7.10,9.2 2 0\n'
)
const arm64 = parseProfile(
  'mode: set\nm/a.go:3.10,5.2 2 1\nm/arch_arm64.go:3.20,5.2 3 1\nm/a.go:7.10,9.2 2 0\n'
)

describe('coverage', () => {
  it('computes statement coverage like go tool cover', () => {
    expect(coveragePercent(amd64)).toBe(60)
    expect(coveragePercent(parseProfile('mode: set\n'))).toBeNull()
  })

  it('merges identical blocks across cells: covered anywhere counts as covered', () => {
    const merged = mergeProfiles([amd64, arm64])
    expect(merged.mode).toBe('set')
    expect(coveragePercent(merged)).toBeGreaterThan(
      Math.max(coveragePercent(amd64)!, coveragePercent(arm64)!)
    )
    expect(formatProfile(merged)).toBe(
      'mode: set\nm/a.go:3.10,5.2 2 1\nm/a.go:7.10,9.2 2 0\nm/arch_amd64.go:3.20,5.2 1 1\nm/arch_arm64.go:3.20,5.2 3 1\n'
    )
  })

  it('adds counts, and normalises mixed modes (any set -> set, count+atomic -> count)', () => {
    const a = parseProfile('mode: count\nm/a.go:1.1,2.2 1 3\n')
    const b = parseProfile('mode: atomic\nm/a.go:1.1,2.2 1 4\n')
    expect(formatProfile(mergeProfiles([a, b]))).toBe('mode: count\nm/a.go:1.1,2.2 1 7\n')
    expect(formatProfile(mergeProfiles([a, amd64]))).toContain('m/a.go:1.1,2.2 1 1')
    expect(mergedMode(['atomic', 'atomic'])).toBe('atomic')
  })

  it('rounds like go tool cover -func (%.1f: ties to even on the exact value)', () => {
    // go tool cover -func prints these for 1/16, 3/16, 5/16, 2/3 and 7/8 of the statements.
    expect([1, 3, 5].map((n) => formatPercent((100 * n) / 16))).toEqual(['6.2', '18.8', '31.2'])
    expect(formatPercent((100 * 2) / 3)).toBe('66.7')
    expect(formatPercent(87.5)).toBe('87.5')
    const oneOf16 = `mode: set\n${Array.from({ length: 16 }, (_, i) => `m/a.go:${i + 1}.1,${i + 1}.9 1 ${i === 0 ? 1 : 0}`).join('\n')}\n`
    expect(coveragePercent(parseProfile(oneOf16))).toBe(6.2)
  })

  it('never counts a statement twice when Go versions draw block boundaries differently', () => {
    // go1.27 and go1.22 profiles of the same file (uuid's shape): the same statements, other blocks.
    const newer = parseProfile(
      'mode: set\nm/x.go:40.20,41.2 1 1\nm/x.go:41.2,42.1 2 1\nm/x.go:44.1,45.2 1 0\n'
    )
    const older = parseProfile('mode: set\nm/x.go:40.20,42.2 3 1\nm/x.go:44.1,45.2 1 0\n')
    const merged = mergeProfiles([newer, older, newer])
    expect(coveragePercent(merged)).toBe(75)
    expect([...merged.blocks.values()].reduce((n, [s]) => n + s, 0)).toBe(4)
    // Every cell agreeing gives the cell's number; a layout covering more wins for its file.
    expect(coveragePercent(mergeProfiles([older, older]))).toBe(coveragePercent(older))
    const olderMore = parseProfile('mode: set\nm/x.go:40.20,42.2 3 1\nm/x.go:44.1,45.2 1 1\n')
    const all = mergeProfiles([newer, olderMore])
    expect(coveragePercent(all)).toBe(100)
    for (const cell of [newer, olderMore])
      expect(coveragePercent(all)!).toBeGreaterThanOrEqual(coveragePercent(cell)!)
  })

  it('writes checksums sorted by path, as sha256sum -c reads them', () => {
    const cell = (paths: string[]) =>
      ({
        binaries: paths.map((p, i) => ({ path: p, sha256: String(i).repeat(64) }))
      }) as unknown as CellResult
    expect(renderChecksums([cell(['bin/b/x', 'bin/a/y']), cell([])])).toBe(
      `${'1'.repeat(64)}  bin/a/y\n${'0'.repeat(64)}  bin/b/x\n`
    )
  })
})
