/**
 * Merges coverprofiles from every cell into one, so code that only runs on arm64, or only on
 * one Go version, counts as covered. Identical blocks combine: `set` ORs, `count` and `atomic`
 * add; blocks of different layouts never add up (see mergeProfiles). Mixed modes are normalised: any `set` profile makes the merge `set` (counts become 0/1,
 * since a set profile has no counts to add); `count` with `atomic` merges as `count` (both count).
 */
import type { CoverageProfile } from './profile.js'

export function mergedMode(modes: string[]): string {
  const unique = [...new Set(modes)]
  if (unique.length === 1) return unique[0]
  return unique.includes('set') ? 'set' : 'count'
}

/** The file of a block key "file:l.c,l.c". */
function fileOf(key: string): string {
  return key.slice(0, key.lastIndexOf(':'))
}

/**
 * Merges profiles so that a statement covered in any cell counts as covered, and no statement
 * counts twice. Go versions draw block boundaries differently (go1.27 `x.go:41.2,42.1` where
 * go1.22 has `x.go:40.20,42.2`), so blocks are only combined within one layout: per file, the
 * profiles whose blocks for that file are the same set merge; of the layouts a file has, the one
 * whose merge covers the largest share is kept. Merged coverage is then never below a cell's
 * for the files every cell has, and equals a cell's when every cell agrees.
 */
export function mergeProfiles(profiles: CoverageProfile[]): CoverageProfile {
  const mode = mergedMode(profiles.map((p) => p.mode))
  const combine = (seen: number | undefined, count: number): number =>
    mode === 'set' ? Math.max(seen ?? 0, count > 0 ? 1 : 0) : (seen ?? 0) + count
  /** file -> layout (its sorted block keys) -> merged blocks */
  const layouts = new Map<string, Map<string, Map<string, [number, number]>>>()
  for (const profile of profiles) {
    const byFile = new Map<string, Array<[string, [number, number]]>>()
    for (const entry of profile.blocks) {
      const file = fileOf(entry[0])
      byFile.set(file, [...(byFile.get(file) ?? []), entry])
    }
    for (const [file, blocks] of byFile) {
      const layout = blocks
        .map(([key]) => key)
        .sort()
        .join('\n')
      const ofFile = layouts.get(file) ?? new Map<string, Map<string, [number, number]>>()
      const merged = ofFile.get(layout) ?? new Map<string, [number, number]>()
      for (const [key, [stmts, count]] of blocks)
        merged.set(key, [stmts, combine(merged.get(key)?.[1], count)])
      ofFile.set(layout, merged)
      layouts.set(file, ofFile)
    }
  }
  const blocks = new Map<string, [number, number]>()
  for (const ofFile of layouts.values()) {
    let best: { share: number; covered: number; blocks: Map<string, [number, number]> } | undefined
    for (const candidate of ofFile.values()) {
      let total = 0
      let covered = 0
      for (const [stmts, count] of candidate.values()) {
        total += stmts
        if (count > 0) covered += stmts
      }
      const share = total === 0 ? 0 : covered / total
      if (!best || share > best.share || (share === best.share && covered > best.covered))
        best = { share, covered, blocks: candidate }
    }
    for (const entry of best!.blocks) blocks.set(...entry)
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
