/**
 * provenance.intoto.json: a SLSA v1 provenance statement (in-toto Statement v1) naming every
 * binary the run built by its sha256, the inputs that shaped the build, and what the build
 * resolved (the source commit on GitHub, every Go toolchain with its archive's digest). Written
 * after the evidence stage; attest: true signs this very statement (src/github/attest.ts).
 * The build type is documented in docs/buildtypes/cells-v1.md.
 */
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { CellResult } from '../cells/types.js'
import type { Config } from '../config/config.js'
import { targetName } from '../config/targets.js'
import type { RunContext, Stage } from '../run/context.js'
import { register } from '../run/files.js'
import type { InstalledToolchain } from '../toolchain/install.js'
import { TOOL } from '../version.js'
import {
  SLSA_PROVENANCE_V1,
  STATEMENT_TYPE,
  type BuildPlatform,
  type DigestSet,
  type ProvenanceStatement,
  type ResourceDescriptor
} from './provenance-types.js'

export { SLSA_PROVENANCE_V1, STATEMENT_TYPE } from './provenance-types.js'
export type { BuildPlatform, ProvenanceStatement } from './provenance-types.js'

const PROJECT = 'https://github.com/go-cross-matrix/go-cross-matrix'
/** Resolves to the build type's documentation, as SLSA asks of a buildType. */
export const BUILD_TYPE = `${PROJECT}/blob/main/docs/buildtypes/cells-v1.md`
/** The builder when no CI platform describes itself: a machine running the CLI (or the action off GitHub). */
export const LOCAL_BUILDER_ID = `${PROJECT}/local`
export const PROVENANCE_FILE = 'provenance.intoto.json'

export interface ProvenanceInput {
  config: Config
  cells: CellResult[]
  toolchains: InstalledToolchain[]
  host: { goos: string; goarch: string }
  platform: BuildPlatform
  startedAt: number
  finishedAt: number
}

/** The subjects: every binary by its out-dir relative path, sorted as checksums.txt is. */
export function provenanceSubjects(cells: CellResult[]): ProvenanceStatement['subject'] {
  return cells
    .flatMap((c) => c.binaries)
    .map((b) => ({ name: b.path.split('\\').join('/'), digest: { sha256: b.sha256 } }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

export function buildProvenance(input: ProvenanceInput): ProvenanceStatement {
  const { config, platform } = input
  const workingDirectory = path.relative(config.workspace, config.workingDirectory).split(path.sep).join('/')
  // The inputs that decide which binaries come out and how, as the user gave them (parsed).
  const inputs = {
    'go-versions': config.goVersions,
    targets: config.targets.map((t) => targetName(t)),
    cgo: config.cgo.map((on) => (on ? '1' : '0')),
    'working-directory': workingDirectory || '.',
    build: config.build,
    packages: config.packages,
    'build-flags': config.buildFlags,
    ldflags: config.ldflags,
    tags: config.tags,
    reproducible: config.reproducible
  }
  const resolvedDependencies = [
    ...(platform.source ? [platform.source] : []),
    ...input.toolchains.map((t) => toolchainDescriptor(t, input.host))
  ]
  return {
    _type: STATEMENT_TYPE,
    subject: provenanceSubjects(input.cells),
    predicateType: SLSA_PROVENANCE_V1,
    predicate: {
      buildDefinition: {
        buildType: BUILD_TYPE,
        externalParameters: { inputs, ...(platform.workflow ? { workflow: platform.workflow } : {}) },
        internalParameters: {
          host: { os: input.host.goos, arch: input.host.goarch },
          ...platform.internal
        },
        resolvedDependencies
      },
      runDetails: {
        builder: { id: platform.builderId, version: { [TOOL.name]: TOOL.version } },
        metadata: {
          ...(platform.invocationId ? { invocationId: platform.invocationId } : {}),
          startedOn: new Date(input.startedAt).toISOString(),
          finishedOn: new Date(input.finishedAt).toISOString()
        }
      }
    }
  }
}

/**
 * A toolchain as a resolved dependency: where it was downloaded from and its archive's sha256;
 * from the module proxy also its dirHash (the checksum database's h1, in hex). A toolchain
 * cached before provenance was recorded has neither: it is named by its module's purl.
 */
function toolchainDescriptor(
  t: InstalledToolchain,
  host: { goos: string; goarch: string }
): ResourceDescriptor {
  const digest: DigestSet = {}
  if (t.sha256) digest.sha256 = t.sha256
  if (t.h1?.startsWith('h1:')) digest.dirHash = Buffer.from(t.h1.slice(3), 'base64').toString('hex')
  return {
    name: `go${t.version}`,
    uri: t.url ?? `pkg:golang/golang.org/toolchain@v0.0.1-go${t.version}.${host.goos}-${host.goarch}`,
    ...(Object.keys(digest).length ? { digest } : {}),
    annotations: { specs: t.specs, source: t.source, verified: t.verified }
  }
}

/** The local run's description of itself: the tool, and a fresh invocation id. */
export function localBuildPlatform(): BuildPlatform {
  return { builderId: LOCAL_BUILDER_ID, invocationId: `urn:uuid:${randomUUID()}` }
}

export const provenanceStage: Stage = {
  name: 'provenance',
  skip: (ctx) => (ctx.cells.some((c) => c.binaries.length > 0) ? undefined : 'no binaries were built'),
  async run(ctx: RunContext) {
    const statement = buildProvenance({
      config: ctx.config,
      cells: ctx.cells,
      toolchains: ctx.toolchains,
      host: ctx.host,
      platform: ctx.buildPlatform ?? localBuildPlatform(),
      startedAt: ctx.startedAt,
      finishedAt: Date.now()
    })
    await writeFile(path.join(ctx.config.outDir, PROVENANCE_FILE), `${JSON.stringify(statement, null, 2)}\n`)
    register(ctx.files, { path: PROVENANCE_FILE, kind: 'provenance' })
    ctx.provenance = { statement: PROVENANCE_FILE, subjects: statement.subject.length, attestation: null }
    ctx.log.info(`${PROVENANCE_FILE}: SLSA provenance for ${statement.subject.length} binaries`)
  }
}
