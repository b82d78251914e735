/**
 * Go's own version spelling ("1.22.8", "1.20", "1.24rc2", "1.21beta1") and its semver twin
 * ("1.22.8", "1.20.0", "1.24.0-rc.2", "1.21.0-beta.1"). Go names first releases "1.20" before
 * 1.21 and "1.21.0" since, so only a release list can turn a semver back into Go's spelling;
 * we therefore keep both spellings side by side and compare with semver.
 */

const GO_VERSION = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/
const SEMVER_PRERELEASE = /^(\d+)\.(\d+)\.(\d+)-(rc|beta)\.(\d+)$/

export interface GoVersion {
  major: number
  minor: number
  /** undefined for "1.22" (a minor, or a pre-1.21 first release) */
  patch?: number
  pre?: { kind: 'rc' | 'beta'; n: number }
}

/** Parses Go's spelling (with or without "go") or a semver pre-release like 1.24.0-rc.2. */
export function parseGoVersion(text: string): GoVersion | undefined {
  const go = GO_VERSION.exec(text.trim())
  if (go) {
    const [, major, minor, patch, kind, n] = go
    if (kind && patch !== undefined) return undefined // "1.22.1rc1" is not a Go version
    return {
      major: Number(major),
      minor: Number(minor),
      patch: patch === undefined ? undefined : Number(patch),
      pre: kind ? { kind: kind as 'rc' | 'beta', n: Number(n) } : undefined
    }
  }
  const sv = SEMVER_PRERELEASE.exec(text.trim())
  if (sv && sv[3] === '0') {
    return {
      major: Number(sv[1]),
      minor: Number(sv[2]),
      pre: { kind: sv[4] as 'rc' | 'beta', n: Number(sv[5]) }
    }
  }
  return undefined
}

/** Go's spelling, without the "go" prefix. */
export function formatGoVersion(v: GoVersion): string {
  const base = `${v.major}.${v.minor}${v.patch === undefined ? '' : `.${v.patch}`}`
  return v.pre ? `${base}${v.pre.kind}${v.pre.n}` : base
}

/** The semver twin, used for ordering, ranges and the tool-cache folder name. */
export function toSemver(v: GoVersion): string {
  const base = `${v.major}.${v.minor}.${v.patch ?? 0}`
  return v.pre ? `${base}-${v.pre.kind}.${v.pre.n}` : base
}

/** Semver twin of a Go-spelled version string; throws on text that is not one. */
export function goToSemver(text: string): string {
  const v = parseGoVersion(text)
  if (!v) throw new Error(`not a Go version: ${text}`)
  return toSemver(v)
}
