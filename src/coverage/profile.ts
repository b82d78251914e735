/**
 * Go text coverprofiles: `mode: set|count|atomic`, then `file:l.c,l.c numStmt count` lines.
 * A block may appear once per package test binary that covers it; identical blocks combine.
 */
export interface CoverageProfile {
  mode: string
  /** key "file:l.c,l.c" -> [numStmt, count] */
  blocks: Map<string, [number, number]>
}

export function parseProfile(text: string): CoverageProfile {
  const lines = text.split('\n')
  const mode = /^mode: (\w+)/.exec(lines[0] ?? '')?.[1] ?? 'set'
  const blocks = new Map<string, [number, number]>()
  for (const line of lines.slice(1)) {
    const m = /^(.+:\d+\.\d+,\d+\.\d+) (\d+) (\d+)$/.exec(line.trim())
    if (!m) continue
    const [, key, stmts, count] = m
    const seen = blocks.get(key)
    const n = Number(count)
    blocks.set(
      key,
      seen ? [seen[0], mode === 'set' ? Math.max(seen[1], n ? 1 : 0) : seen[1] + n] : [Number(stmts), n]
    )
  }
  return { mode, blocks }
}

/**
 * Statement coverage in percent with one decimal, exactly as `go tool cover -func` prints its
 * total (`%.1f` of 100*covered/total): Go rounds the float's exact value half to even, so
 * 1/16 = 6.25 is 6.2 where Math.round would give 6.3. null when the profile has no statements.
 */
export function coveragePercent(profile: CoverageProfile): number | null {
  let total = 0
  let covered = 0
  for (const [stmts, count] of profile.blocks.values()) {
    total += stmts
    if (count > 0) covered += stmts
  }
  return total === 0 ? null : Number(formatPercent((100 * covered) / total))
}

/** Go's `%.1f`: the nearest one-decimal number to the float's exact value, ties to even. */
export function formatPercent(value: number): string {
  // toFixed(60) spells a float below 1000 exactly (its binary fraction has at most 60 digits here),
  // so a tie can be seen as such; toFixed(1) alone rounds ties away from zero.
  const exact = value.toFixed(60)
  const tie = /^(\d+)\.(\d)50*$/.exec(exact)
  if (!tie) return value.toFixed(1)
  const [, whole, tenth] = tie
  if (Number(tenth) % 2 === 0) return `${whole}.${tenth}`
  return value.toFixed(1)
}
