/**
 * A format-neutral description of one Go binary, built from its `go version -m` build info. The
 * CycloneDX and SPDX writers only render this model, so both documents always say the same thing.
 */
import type { BuildInfo, ModuleInfo } from '../verify/buildinfo.js'
import type { SbomSubject } from './types.js'
import type { VulnFinding } from '../vulncheck/types.js'

/** A name/value pair: a CycloneDX `properties` entry, an SPDX annotation `name=value`. */
export type SbomProperty = [name: string, value: string]

export interface SbomComponent {
  /** Unique within the document and stable across runs: the CycloneDX bom-ref, the seed of the SPDX id. */
  ref: string
  kind: 'main' | 'stdlib' | 'dep'
  name: string
  version?: string
  purl: string
  cpe?: string
  /** Hex SHA-256: for modules, the decoded dirhash `h1:` (see H1_NOTE), never a hash of a file. */
  sha256?: string
  /** For a replaced module: "path@version" of the module go.mod required (the original)... */
  replaces?: string
  /** ...and what the `=>` line put in its place: "path@version", or a local directory. */
  replacement?: string
  properties: SbomProperty[]
}

export interface SbomModel {
  binary: {
    ref: string
    name: string
    relPath: string
    sha256: string
    size: number
    properties: SbomProperty[]
  }
  /** The main module first (when the binary has one), then the standard library, then every dep in build-info order. */
  components: SbomComponent[]
  /** Known vulnerabilities found in the binary, each with the ref of the component it affects. */
  vulnerabilities: SbomVulnerability[]
}

export interface SbomVulnerability extends VulnFinding {
  /** the ref of the affected component (the module, or the standard library), when the model has it */
  componentRef?: string
}

export const H1_NOTE =
  'SHA-256 is the Go module dirhash (the go.sum "h1:" value, base64-decoded to hex): a digest of the module file tree, not of a file'

/** The version Go prints for a main module or local replacement built from a directory, not a release. */
const DEVEL = '(devel)'

/**
 * Percent-encodes one purl segment (purl spec: everything but unreserved characters), so a
 * `+incompatible` or `+dirty` version becomes `%2B...`, as the spec's canonical form requires.
 */
function encodeSegment(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
  )
}

/**
 * `pkg:golang/<module path>[@<version>][?qualifiers]`. Deliberate departures from the letter of the
 * purl golang type, following syft, cyclonedx-gomod and the Go vulnerability database:
 *  - the module path keeps its case (the type says "lowercase", but Go paths are case-sensitive and
 *    scanners match advisories by the exact path; lowercasing would hide e.g. github.com/BurntSushi);
 *  - no version at all for "(devel)" or an empty version (the version is optional in the type, and
 *    syft's `@%28devel%29` names no real version: a versionless purl makes scanners skip the module
 *    instead of matching it against a made-up version);
 *  - qualifiers are sorted by key, the canonical purl form (so `goarch` precedes `goos`).
 */
export function goPurl(path: string, version?: string, qualifiers: Record<string, string> = {}): string {
  let purl = `pkg:golang/${path.split('/').map(encodeSegment).join('/')}`
  if (version && version !== DEVEL) purl += `@${encodeSegment(version)}`
  const keys = Object.keys(qualifiers)
    .filter((k) => qualifiers[k] !== '')
    .sort()
  if (keys.length > 0) purl += `?${keys.map((k) => `${k}=${encodeSegment(qualifiers[k])}`).join('&')}`
  return purl
}

/** "h1:<base64 of 32 bytes>" → 64 hex digits; undefined for anything else (no sum, other hash kinds). */
export function h1ToSha256Hex(sum: string): string | undefined {
  if (!sum.startsWith('h1:')) return undefined
  const bytes = Buffer.from(sum.slice(3), 'base64')
  return bytes.length === 32 ? bytes.toString('hex') : undefined
}

/**
 * The Go standard library, named as syft names it and grype matches it: name "stdlib", version as
 * the toolchain prints it ("go1.22.8"), purl version without the "go" prefix
 * (`pkg:golang/stdlib@1.22.8`), and the NVD CPE of the Go toolchain ("1.23rc1" → version 1.23,
 * update rc1). Anything after a space (" X:experiment") is not part of the version.
 */
function stdlibComponent(goVersion: string): SbomComponent {
  const version = goVersion.split(' ')[0]
  const bare = version.replace(/^go/, '')
  const m = /^(\d+(?:\.\d+){0,2})([a-z]+\d*)?/.exec(bare)
  return {
    ref: goPurl('stdlib', bare),
    kind: 'stdlib',
    name: 'stdlib',
    version,
    purl: goPurl('stdlib', bare),
    cpe: m ? `cpe:2.3:a:golang:go:${m[1]}:${m[2] ?? '-'}:*:*:*:*:*:*` : undefined,
    properties: []
  }
}

/** A local-directory replacement (`=> ./fork`, `=> /abs`, `=> C:\x`) has no module identity of its own. */
function isLocalPath(path: string): boolean {
  return /^(\.{1,2}([/\\]|$)|[/\\]|[A-Za-z]:[/\\])/.test(path)
}

/**
 * One module as actually compiled in. A `=>` replacement by another module becomes that module
 * (its path, version and h1), with `go:module:replaces` naming the one go.mod required; a
 * replacement by a local directory keeps the required path (Go compiles it under that path) but
 * no version and no hash, since the code is whatever the directory held.
 */
function moduleComponent(
  mod: ModuleInfo,
  kind: 'main' | 'dep',
  qualifiers: Record<string, string>
): SbomComponent {
  const built = mod.replace && !isLocalPath(mod.replace.path) ? mod.replace : undefined
  const local = mod.replace && !built ? mod.replace : undefined
  const path = built?.path ?? mod.path
  const version = local ? undefined : (built ?? mod).version
  const sum = local ? '' : (built ?? mod).sum
  const properties: SbomProperty[] = []
  if (version === DEVEL || local?.version === DEVEL) properties.push(['go:module:version', DEVEL])
  const replaces = mod.replace ? (mod.version ? `${mod.path}@${mod.version}` : mod.path) : undefined
  const replacement = built?.version ? `${built.path}@${built.version}` : mod.replace?.path
  if (replaces && replacement)
    properties.push(['go:module:replaces', replaces], ['go:module:replacement', replacement])
  const sha256 = h1ToSha256Hex(sum)
  if (sha256) properties.push(['go:module:sum', sum], ['go:module:hash-note', H1_NOTE])
  const purl = goPurl(path, version, qualifiers)
  return {
    ref: purl,
    kind,
    name: path,
    version: version && version !== DEVEL ? version : undefined,
    purl,
    sha256,
    replaces,
    replacement,
    properties
  }
}

function binaryProperties(subject: SbomSubject, cellId: string, info: BuildInfo): SbomProperty[] {
  const props: SbomProperty[] = [
    ['go-cross-matrix:cell', cellId],
    ['go-cross-matrix:binary:path', subject.binaryRelPath],
    ['go-cross-matrix:binary:size', String(subject.size)],
    ['go-cross-matrix:target:goos', subject.goos],
    ['go-cross-matrix:target:goarch', subject.goarch]
  ]
  if (subject.variant) props.push(['go-cross-matrix:target:variant', subject.variant])
  props.push(['go-cross-matrix:target:cgo', String(subject.cgo)], ['go:version', info.goVersion])
  if (info.path) props.push(['go:package', info.path])
  // Build settings keep Go's key spelling (`-ldflags`, `GOARCH`, `vcs.revision`) after the prefix.
  for (const [key, value] of Object.entries(info.settings)) props.push([`go:build:${key}`, value])
  return props
}

/** Makes every ref unique (a second "x" becomes "x#2") without disturbing the first occurrence. */
function uniqueRefs(components: SbomComponent[], taken: Set<string>): void {
  for (const c of components) {
    let ref = c.ref
    for (let n = 2; taken.has(ref); n++) ref = `${c.ref}#${n}`
    taken.add(ref)
    c.ref = ref
  }
}

export function buildSbomModel(subject: SbomSubject, cellId: string): SbomModel {
  const info = subject.buildInfo
  const target = { goos: subject.goos, goarch: subject.goarch }
  const components: SbomComponent[] = []
  // A binary built from files on the command line has no main module ("command-line-arguments").
  if (info.main.path) components.push(moduleComponent(info.main, 'main', target))
  components.push(stdlibComponent(info.goVersion))
  for (const dep of info.deps) components.push(moduleComponent(dep, 'dep', {}))
  const binaryRef = `binary:${subject.binaryRelPath}`
  uniqueRefs(components, new Set([binaryRef]))
  return {
    binary: {
      ref: binaryRef,
      name: subject.binaryName,
      relPath: subject.binaryRelPath,
      sha256: subject.sha256.toLowerCase(),
      size: subject.size,
      properties: binaryProperties(subject, cellId, info)
    },
    components,
    vulnerabilities: (subject.vulnerabilities ?? []).map((v) => ({
      ...v,
      componentRef:
        components.find((c) => c.name === v.module && c.kind !== 'main')?.ref ??
        components.find((c) => c.name === v.module)?.ref
    }))
  }
}
