import { describe, expect, it } from '@jest/globals'
import { formatProfile, mergeProfiles, mergedMode } from '../../src/coverage/merge.js'
import { coveragePercent, parseProfile } from '../../src/coverage/profile.js'
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
