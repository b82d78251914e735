/**
 * CycloneDX 1.6 JSON through @cyclonedx/cyclonedx-library's models and JSON serializer, so the
 * output follows the spec the library implements (field names, enum values, ordering).
 * Only the subpath entry points are imported: the root one also loads the validators, whose
 * schema-file lookups rely on __dirname and have no place in the bundled action. The Serialize
 * entry still carries the XML serializer, which `require`s the optional xmlbuilder2 inside a
 * try: the bundler must leave that require alone (commonjs `ignore`), or the bundle imports a
 * package that is not there and fails at load.
 */
import { randomUUID } from 'node:crypto'
import {
  ComponentType,
  HashAlgorithm,
  Vulnerability as VulnerabilityEnums
} from '@cyclonedx/cyclonedx-library/Enums'
import {
  Bom,
  Component,
  ComponentRepository,
  Metadata,
  Property,
  Tools,
  Vulnerability
} from '@cyclonedx/cyclonedx-library/Models'
import { JSON as JsonNormalize, JsonSerializer } from '@cyclonedx/cyclonedx-library/Serialize'
import { Spec1dot6 } from '@cyclonedx/cyclonedx-library/Spec'
import type { SbomComponent, SbomModel, SbomProperty, SbomVulnerability } from './model.js'
import type { SbomTool } from './types.js'

function withProperties(component: Component, properties: SbomProperty[]): Component {
  for (const [name, value] of properties) component.properties.add(new Property(name, value))
  return component
}

function moduleComponent(c: SbomComponent): Component {
  const component = new Component(ComponentType.Library, c.name, {
    bomRef: c.ref,
    version: c.version,
    purl: c.purl,
    cpe: c.cpe
  })
  // For modules this is the decoded dirhash h1; the `go:module:hash-note` property says so.
  if (c.sha256) component.hashes.set(HashAlgorithm['SHA-256'], c.sha256)
  return withProperties(component, c.properties)
}

const GO_VULNDB = 'Go Vulnerability Database'

/** Where an alias is described: CVEs at NVD, GHSAs in the GitHub Advisory Database. */
function aliasSource(alias: string): Vulnerability.Source {
  if (alias.startsWith('CVE-'))
    return new Vulnerability.Source({ name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${alias}` })
  if (alias.startsWith('GHSA-'))
    return new Vulnerability.Source({ name: 'GitHub', url: `https://github.com/advisories/${alias}` })
  return new Vulnerability.Source({ name: alias.split('-')[0] })
}

/**
 * A govulncheck finding as a CycloneDX vulnerability: the Go database id with its source and
 * advisory page, the CVE/GHSA aliases as references, the affected component at the version in
 * the binary, the fix as the recommendation, and govulncheck's reach (module, package or a
 * called symbol) as properties. No `analysis`: govulncheck's reach is not a VEX statement.
 */
function vulnerabilityOf(v: SbomVulnerability, affected: Component): Vulnerability.Vulnerability {
  const fixed = v.fixedVersion
  const subject = v.module === 'stdlib' || v.module === 'toolchain' ? 'Go' : v.module
  const vuln = new Vulnerability.Vulnerability({
    id: v.id,
    source: new Vulnerability.Source({ name: GO_VULNDB, url: v.url }),
    description: v.summary || undefined,
    recommendation: fixed ? `Upgrade ${subject} to ${fixed}` : 'No fixed version is known'
  })
  vuln.advisories.add(new Vulnerability.Advisory(v.url, { title: v.summary || undefined }))
  for (const alias of v.aliases) vuln.references.add(new Vulnerability.Reference(alias, aliasSource(alias)))
  const versions = new Vulnerability.AffectedVersionRepository()
  if (v.foundVersion)
    versions.add(
      new Vulnerability.AffectedSingleVersion(v.foundVersion, {
        status: VulnerabilityEnums.AffectStatus.Affected
      })
    )
  vuln.affects.add(new Vulnerability.Affect(affected.bomRef, { versions }))
  const properties: SbomProperty[] = [
    ['govulncheck:level', v.level],
    ['govulncheck:reachable', String(v.reachable)]
  ]
  if (fixed) properties.push(['govulncheck:fixed-version', fixed])
  for (const symbol of v.symbols) properties.push(['govulncheck:symbol', symbol])
  for (const [name, value] of properties) vuln.properties.add(new Property(name, value))
  return vuln
}

/**
 * The binary is the BOM's subject (metadata.component, type application, hashed; CycloneDX has no
 * size field, so the size is a property). It depends on everything linked into it: the main
 * module, the standard library and every dep. The main module depends on the standard library
 * and every dep too, since the build info lists the whole build list under it and records no
 * finer graph. The serializer also lists the stdlib and each dep in the graph with no `dependsOn`
 * (CycloneDX reads that as "no dependencies"): the build info records no edges between deps, so
 * the graph is flat below the main module rather than complete.
 */
export function renderCycloneDx(model: SbomModel, opts: { tool: SbomTool; now: Date }): string {
  const binary = withProperties(
    new Component(ComponentType.Application, model.binary.name, { bomRef: model.binary.ref }),
    model.binary.properties
  )
  binary.hashes.set(HashAlgorithm['SHA-256'], model.binary.sha256)

  const tool = new Component(ComponentType.Application, opts.tool.name, { version: opts.tool.version })
  const bom = new Bom({
    serialNumber: `urn:uuid:${randomUUID()}`,
    metadata: new Metadata({
      timestamp: opts.now,
      component: binary,
      tools: new Tools({ components: new ComponentRepository([tool]) })
    })
  })

  const components = model.components.map(moduleComponent)
  const main = components.find((_, i) => model.components[i].kind === 'main')
  for (const component of components) {
    bom.components.add(component)
    binary.dependencies.add(component.bomRef)
    if (main && component !== main) main.dependencies.add(component.bomRef)
  }

  // Each finding affects the component of its module (or the binary, when the model lacks it).
  for (const v of model.vulnerabilities) {
    const index = model.components.findIndex((c) => c.ref === v.componentRef)
    bom.vulnerabilities.add(vulnerabilityOf(v, index >= 0 ? components[index] : binary))
  }

  const serializer = new JsonSerializer(new JsonNormalize.Normalize.Factory(Spec1dot6))
  // sortLists makes the output reproducible; indentation keeps it reviewable in a diff.
  return serializer.serialize(bom, { sortLists: true, space: 2 })
}
