/**
 * SPDX 2.3 JSON, written by hand: npm has no well-kept SPDX 2.3 document builder (the SPDX
 * project's own libraries are Java, Python and Go), and the JSON shape is small and fixed by
 * spdx-schema.json v2.3, which the unit tests validate against.
 *
 * Shape: one package per thing in the binary. The binary itself is a package (SPDX 2.3 "files"
 * need a SHA1, which we don't compute) with primaryPackagePurpose APPLICATION, its out-dir path as
 * packageFileName and its SHA256. The main module, the standard library and every dep are
 * packages with a purl (and the stdlib a CPE) in externalRefs. Relationships:
 *   DOCUMENT DESCRIBES binary; binary CONTAINS main/stdlib/each dep (all are linked in);
 *   main DEPENDS_ON stdlib/each dep (the build list names no finer graph).
 * Properties (build settings, size, h1 sums, replacements) become annotations whose comment is
 * `name=value`, with the same names as the CycloneDX properties. A replaced module is the package
 * actually compiled in; the `go:module:replaces` annotation and `sourceInfo` name the original.
 */
import { randomUUID } from 'node:crypto'
import type { SbomComponent, SbomModel, SbomProperty } from './model.js'
import type { SbomTool } from './types.js'

interface SpdxAnnotation {
  annotationDate: string
  annotationType: 'OTHER'
  annotator: string
  comment: string
}

interface SpdxPackage {
  SPDXID: string
  name: string
  versionInfo?: string
  packageFileName?: string
  downloadLocation: 'NOASSERTION'
  filesAnalyzed: false
  primaryPackagePurpose: 'APPLICATION' | 'LIBRARY'
  sourceInfo?: string
  checksums?: { algorithm: 'SHA256'; checksumValue: string }[]
  externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[]
  annotations?: SpdxAnnotation[]
}

interface SpdxRelationship {
  spdxElementId: string
  relationshipType: 'DESCRIBES' | 'CONTAINS' | 'DEPENDS_ON'
  relatedSpdxElement: string
}

/** SPDX wants UTC without fractions: 2024-05-01T12:00:00Z. */
function spdxDate(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, 'Z')
}

/** SPDXRef-<kind>-<name>, reduced to the [A-Za-z0-9.-] the id grammar allows, made unique. */
function idMaker(): (kind: string, name: string) => string {
  const taken = new Set<string>()
  return (kind, name) => {
    const base = `SPDXRef-${kind}-${name.replace(/[^A-Za-z0-9.-]+/g, '-')}`
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    taken.add(id)
    return id
  }
}

export function renderSpdx(
  model: SbomModel,
  opts: { tool: SbomTool; now: Date; documentName: string }
): string {
  const created = spdxDate(opts.now)
  const creator = `Tool: ${opts.tool.name}-${opts.tool.version}`
  const annotations = (properties: SbomProperty[]): { annotations?: SpdxAnnotation[] } =>
    properties.length === 0
      ? {}
      : {
          annotations: properties.map(([name, value]) => ({
            annotationDate: created,
            annotationType: 'OTHER',
            annotator: creator,
            comment: `${name}=${value}`
          }))
        }
  const makeId = idMaker()

  const binaryId = makeId('Binary', model.binary.name)
  const packages: SpdxPackage[] = [
    {
      SPDXID: binaryId,
      name: model.binary.name,
      packageFileName: model.binary.relPath,
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      primaryPackagePurpose: 'APPLICATION',
      checksums: [{ algorithm: 'SHA256', checksumValue: model.binary.sha256 }],
      ...annotations(model.binary.properties)
    }
  ]
  const relationships: SpdxRelationship[] = [
    { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: binaryId }
  ]

  const toPackage = (c: SbomComponent, id: string): SpdxPackage => {
    const externalRefs = [
      { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }
    ]
    if (c.cpe)
      externalRefs.push({
        referenceCategory: 'SECURITY',
        referenceType: 'cpe23Type',
        referenceLocator: c.cpe
      })
    return {
      SPDXID: id,
      name: c.name,
      ...(c.version ? { versionInfo: c.version } : {}),
      downloadLocation: 'NOASSERTION',
      filesAnalyzed: false,
      primaryPackagePurpose: 'LIBRARY',
      ...(c.replaces
        ? {
            sourceInfo: `built from ${c.replacement}, put by go.mod's replace directive in place of ${c.replaces}`
          }
        : {}),
      // For modules this is the decoded dirhash h1; the `go:module:hash-note` annotation says so.
      ...(c.sha256 ? { checksums: [{ algorithm: 'SHA256' as const, checksumValue: c.sha256 }] } : {}),
      externalRefs,
      ...annotations(c.properties)
    }
  }

  const ids = model.components.map((c) =>
    c.kind === 'stdlib' ? makeId('Stdlib', c.version ?? '') : makeId('Module', c.name)
  )
  const mainId = ids.find((_, i) => model.components[i].kind === 'main')
  model.components.forEach((c, i) => {
    packages.push(toPackage(c, ids[i]))
    relationships.push({ spdxElementId: binaryId, relationshipType: 'CONTAINS', relatedSpdxElement: ids[i] })
  })
  if (mainId) {
    for (const id of ids) {
      if (id !== mainId)
        relationships.push({ spdxElementId: mainId, relationshipType: 'DEPENDS_ON', relatedSpdxElement: id })
    }
  }

  const document = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: opts.documentName,
    // A unique https URI per document, as SPDX 2.3 requires; spdx.org/spdxdocs is the prefix the
    // spec's examples use for documents without a home of their own.
    documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(opts.tool.name)}/${opts.documentName
      .split('/')
      .map(encodeURIComponent)
      .join('/')}-${randomUUID()}`,
    creationInfo: { created, creators: [creator] },
    packages,
    relationships
  }
  return JSON.stringify(document, null, 2)
}
