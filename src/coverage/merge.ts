/**
 * Merges coverprofiles from every cell into one, so code that only runs on arm64, or only on
 * one Go version, counts as covered. Identical blocks combine: `set` ORs, `count` and `atomic`
 * add. Mixed modes are normalised: any `set` profile makes the merge `set` (counts become 0/1,
 * since a set profile has no counts to add); `count` with `atomic` merges as `count` (both count).
 */
import type { CoverageProfile } from './profile.js'

export function mergedMode(modes: string[]): string {
  const unique = [...new Set(modes)]
  if (unique.length === 1) return unique[0]
  return unique.includes('set') ? 'set' : 'count'
}

export function mergeProfiles(profiles: CoverageProfile[]): CoverageProfile {
  const mode = mergedMode(profiles.map((p) => p.mode))
  const blocks = new Map<string, [number, number]>()
  for (const profile of profiles) {
    for (const [key, [stmts, count]] of profile.blocks) {
      const seen = blocks.get(key)
      const merged = mode === 'set' ? Math.max(seen?.[1] ?? 0, count > 0 ? 1 : 0) : (seen?.[1] ?? 0) + count
      blocks.set(key, [stmts, merged])
    }
  }
  return { mode, blocks }
}

/** Sorts "file:l.c,l.c" keys by file, then start line and column, as go tool cover would read them. */
function compareBlocks(a: string, b: string): number {
  const split = (k: string) => {
    const m = /^(.*):(\d+)\.(\d+),(\d+)\.(\d+)$/.exec(k)!
    return { file: m[1], pos: [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])] }
  }
  const [x, y] = [split(a), split(b)]
  if (x.file !== y.file) return x.file < y.file ? -1 : 1
  for (let i = 0; i < 4; i++) if (x.pos[i] !== y.pos[i]) return x.pos[i] - y.pos[i]
  return 0
}

export function formatProfile(profile: CoverageProfile): string {
  const lines = [`mode: ${profile.mode}`]
  for (const key of [...profile.blocks.keys()].sort(compareBlocks)) {
    const [stmts, count] = profile.blocks.get(key)!
    lines.push(`${key} ${stmts} ${count}`)
  }
  return `${lines.join('\n')}\n`
}
