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

/** Statement coverage in percent, one decimal, as `go tool cover -func` totals it; null if empty. */
export function coveragePercent(profile: CoverageProfile): number | null {
  let total = 0
  let covered = 0
  for (const [stmts, count] of profile.blocks.values()) {
    total += stmts
    if (count > 0) covered += stmts
  }
  return total === 0 ? null : Math.round((covered / total) * 1000) / 10
}
