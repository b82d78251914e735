/**
 * The grammar of one `go-versions` entry. Parsing needs no network, so a typo fails at
 * config time; resolving a spec against a release list happens in resolve.ts.
 */
import semver from 'semver'
import { parseGoVersion, type GoVersion } from './go-version.js'

export type VersionSpec =
  | { kind: 'stable' }
  | { kind: 'oldstable' }
  /** a full release: 1.22.8, 1.24rc2, 1.24.0-rc.2 */
  | { kind: 'exact'; version: GoVersion }
  /** the newest patch of a minor: 1.22, 1.22.x, go1.22 */
  | { kind: 'minor'; major: number; minor: number }
  /** a semver range over stable releases: >=1.21 <1.23, ^1.22, ~1.22.3 */
  | { kind: 'range'; range: string }
  /** the module's `go` line */
  | { kind: 'gomod' }
  /** every minor from the module's `go` line to the newest stable */
  | { kind: 'gomod-window' }

export const VALID_SPECS =
  '1.22.8, 1.22, 1.22.x, a semver range (">=1.21 <1.23", "^1.22"), stable, oldstable, 1.24rc2 (or 1.24.0-rc.2), go.mod, go.mod..stable'

const MINOR_X = /^(?:go)?(\d+)\.(\d+)\.x$/

export function parseVersionSpec(text: string): VersionSpec | undefined {
  const spec = text.trim()
  switch (spec) {
    case 'stable':
      return { kind: 'stable' }
    case 'oldstable':
      return { kind: 'oldstable' }
    case 'go.mod':
      return { kind: 'gomod' }
    case 'go.mod..stable':
      return { kind: 'gomod-window' }
  }
  const minorX = MINOR_X.exec(spec)
  if (minorX) return { kind: 'minor', major: Number(minorX[1]), minor: Number(minorX[2]) }
  const version = parseGoVersion(spec)
  if (version) {
    if (version.patch === undefined && !version.pre) {
      return { kind: 'minor', major: version.major, minor: version.minor }
    }
    return { kind: 'exact', version }
  }
  // Anything with an operator, or a plain semver like 1.22.8 written oddly, goes to semver.
  if (/^[\d\s.xX*^~<>=|-]+$/.test(spec) && semver.validRange(spec)) return { kind: 'range', range: spec }
  return undefined
}
