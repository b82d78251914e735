/**
 * The shapes of a SLSA v1 provenance statement (in-toto Statement v1) and of what a build
 * platform says about itself; types only, so the run context can name them without a cycle.
 */
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'

export type DigestSet = Record<string, string>

/** An in-toto ResourceDescriptor: at least one of uri, digest or content. */
export interface ResourceDescriptor {
  name?: string
  uri?: string
  digest?: DigestSet
  annotations?: Record<string, unknown>
}

export interface ProvenancePredicate {
  buildDefinition: {
    buildType: string
    externalParameters: Record<string, unknown>
    internalParameters?: Record<string, unknown>
    resolvedDependencies?: ResourceDescriptor[]
  }
  runDetails: {
    builder: { id: string; version?: Record<string, string> }
    metadata?: { invocationId?: string; startedOn?: string; finishedOn?: string }
  }
}

export interface ProvenanceStatement {
  _type: typeof STATEMENT_TYPE
  subject: Array<{ name: string; digest: { sha256: string } }>
  predicateType: typeof SLSA_PROVENANCE_V1
  predicate: ProvenancePredicate
}

/**
 * What the platform running the build says about itself. The engine knows nothing of GitHub:
 * the action's entry point describes the workflow run (src/github/build-platform.ts).
 */
export interface BuildPlatform {
  /** runDetails.builder.id */
  builderId: string
  /** runDetails.metadata.invocationId: globally unique, names where the logs are */
  invocationId?: string
  /** externalParameters.workflow: the workflow that asked for the build */
  workflow?: { ref: string; repository: string; path: string }
  /** the checked-out source, as a resolved dependency (uri and gitCommit) */
  source?: ResourceDescriptor
  /** internalParameters set by the platform, not by the user */
  internal?: Record<string, unknown>
}
