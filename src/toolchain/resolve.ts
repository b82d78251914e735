/**
 * Turns `go-versions` specs into concrete releases against one release list. Pure: the list
 * and the module's go.mod come in, so this is unit-tested against a recorded index.
 */
import semver from 'semver'
import { InputError } from '../errors.js'
import type { GoMod } from '../module/gomod.js'
import { parseGoVersion, toSemver } from './go-version.js'
import { parseVersionSpec, VALID_SPECS, type VersionSpec } from './spec.js'

/** One Go release as the release list knows it. */
export interface GoRelease {
  /** Go's spelling without "go": 1.22.8, 1.20, 1.24rc2 */
  version: string
  /** its semver twin: 1.22.8, 1.20.0, 1.24.0-rc.2 */
  semver: string
  stable: boolean
}

/** A release chosen by one or more specs (duplicates collapse into one entry). */
export interface ResolvedVersion extends GoRelease {
  specs: string[]
}

export function resolveVersionSpecs(
  specs: string[],
  releases: GoRelease[],
  goMod?: GoMod
): ResolvedVersion[] {
  const newestFirst = [...releases].sort((a, b) => semver.rcompare(a.semver, b.semver))
  const byVersion = new Map<string, ResolvedVersion>()
  for (const text of specs) {
    const spec = parseVersionSpec(text)
    if (!spec) throw new InputError('go-versions', `"${text}" is not a version spec; valid: ${VALID_SPECS}`)
    for (const release of resolveOne(text, spec, newestFirst, goMod)) {
      const seen = byVersion.get(release.semver)
      if (seen) {
        if (!seen.specs.includes(text)) seen.specs.push(text)
      } else {
        byVersion.set(release.semver, { ...release, specs: [text] })
      }
    }
  }
  return [...byVersion.values()]
}

function resolveOne(text: string, spec: VersionSpec, releases: GoRelease[], goMod?: GoMod): GoRelease[] {
  const stable = releases.filter((r) => r.stable)
  const noMatch = (what = `"${text}"`): never => {
    const newest = stable[0]
      ? `newest stable is ${stable[0].version}`
      : 'the release list has no stable release'
    throw new InputError('go-versions', `no Go release matches ${what} (${newest}); valid: ${VALID_SPECS}`)
  }
  const newestOfMinor = (major: number, minor: number): GoRelease | undefined =>
    stable.find((r) => semver.major(r.semver) === major && semver.minor(r.semver) === minor)
  switch (spec.kind) {
    case 'stable':
      return [stable[0] ?? noMatch()]
    case 'oldstable': {
      const newest = stable[0] ?? noMatch()
      const older = stable.find((r) => semver.minor(r.semver) < semver.minor(newest.semver))
      return [older ?? noMatch()]
    }
    case 'exact': {
      const wanted = toSemver(spec.version)
      return [releases.find((r) => r.semver === wanted) ?? noMatch()]
    }
    case 'minor':
      return [newestOfMinor(spec.major, spec.minor) ?? noMatch()]
    case 'range':
      return [stable.find((r) => semver.satisfies(r.semver, spec.range)) ?? noMatch()]
    case 'gomod':
    case 'gomod-window': {
      const line = requireGoLine(text, goMod)
      const parsed = parseGoVersion(line)!
      // go.mod..stable takes the newest patch of every minor, the go line's own included.
      const floor =
        (parsed.patch === undefined && !parsed.pre) || spec.kind === 'gomod-window'
          ? newestOfMinor(parsed.major, parsed.minor)
          : releases.find((r) => r.semver === toSemver(parsed))
      if (!floor) return noMatch(`the go.mod line "go ${line}" of ${goMod!.file}`)
      if (spec.kind === 'gomod') return [floor]
      const top = stable[0] ?? noMatch()
      const window: GoRelease[] = [floor]
      for (let minor = parsed.minor + 1; minor <= semver.minor(top.semver); minor++) {
        const release = newestOfMinor(parsed.major, minor)
        if (release) window.push(release)
      }
      return window
    }
  }
}

function requireGoLine(text: string, goMod?: GoMod): string {
  if (!goMod) throw new InputError('go-versions', `"${text}" needs a go.mod in working-directory`)
  if (!goMod.go) throw new InputError('go-versions', `"${text}": ${goMod.file} has no go line`)
  return goMod.go
}
