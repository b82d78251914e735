/**
 * attest: true. The one owner of attestation: signs provenance.intoto.json with a short-lived
 * Sigstore certificate for the job's OIDC identity and stores it through GitHub's attestation
 * API (POST /repos/{owner}/{repo}/attestations), so `gh attestation verify <binary>` finds it
 * by the binary's digest. @actions/attest does the work: the OIDC token from
 * ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN (needs `id-token: write`), Fulcio and Rekor of the
 * public-good Sigstore for a public repository, else GitHub's own Fulcio and timestamp
 * authority, and the API at GITHUB_API_URL with github-token (needs `attestations: write`).
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { EnvironmentError, errorLine } from '../errors.js'
import type { ProvenanceStatement } from '../evidence/provenance-types.js'
import type { RunContext, Stage } from '../run/context.js'
import { register } from '../run/files.js'
import type { AttestationRecord } from '../run/records.js'

/** The signed statement as a Sigstore bundle, for `gh attestation verify --bundle` offline. */
export const BUNDLE_FILE = 'provenance.sigstore.json'

export class GitHubAttestation {
  private constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly token: string
  ) {}

  /**
   * The job's means to attest, or an EnvironmentError of one line naming the permission it
   * lacks: without `id-token: write` the runner gives no ACTIONS_ID_TOKEN_REQUEST_URL.
   */
  static forJob(env: NodeJS.ProcessEnv, token: string): GitHubAttestation {
    if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
      throw new EnvironmentError(
        'attest: true needs an OIDC token to sign with, and this job has none: add `permissions: id-token: write` (with `attestations: write`) to the job'
      )
    }
    if (!token) {
      throw new EnvironmentError(
        'attest: true needs github-token (default ${{ github.token }}) to store the attestation, with `permissions: attestations: write`'
      )
    }
    core.setSecret(token)
    return new GitHubAttestation(env, token)
  }

  /** Signs the statement as is (the same subjects and predicate) and stores it on the repository. */
  async attest(
    statement: ProvenanceStatement
  ): Promise<{ bundle: unknown; record: Omit<AttestationRecord, 'bundle'> }> {
    // Loaded only when attesting: Sigstore's client is large, and most runs never sign.
    const { attest } = await import('@actions/attest')
    const attestation = await attest({
      subjects: statement.subject,
      predicateType: statement.predicateType,
      predicate: statement.predicate,
      token: this.token
    }).catch((err: unknown) => {
      throw new EnvironmentError(`could not sign and store the attestation: ${errorLine(err)}`)
    })
    const id = attestation.attestationID == null ? null : String(attestation.attestationID)
    const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository } = this.env
    return {
      bundle: attestation.bundle,
      record: {
        id,
        url: id && repository ? `${server}/${repository}/attestations/${id}` : null,
        tlogIndex: attestation.tlogID ?? null
      }
    }
  }
}

/** Before any cell: attest: true in a job that cannot attest fails now, not after the build. */
export const attestCheckStage: Stage = {
  name: 'attest-check',
  skip: (ctx) => (ctx.config.attest ? undefined : 'attest: false'),
  async run(ctx) {
    GitHubAttestation.forJob(ctx.env, ctx.config.githubToken)
  }
}

export const attestStage: Stage = {
  name: 'attest',
  skip: (ctx) =>
    !ctx.config.attest
      ? 'attest: false'
      : !ctx.provenance
        ? 'no provenance (no binaries were built)'
        : ctx.failure
          ? 'the run failed: its binaries are not attested'
          : undefined,
  async run(ctx: RunContext) {
    const provenance = ctx.provenance!
    const { outDir } = ctx.config
    // What is signed is the file on disk, so the attestation and provenance.intoto.json agree.
    const statement = JSON.parse(
      await readFile(path.join(outDir, provenance.statement), 'utf8')
    ) as ProvenanceStatement
    const { bundle, record } = await GitHubAttestation.forJob(ctx.env, ctx.config.githubToken).attest(
      statement
    )
    await writeFile(path.join(outDir, BUNDLE_FILE), `${JSON.stringify(bundle, null, 2)}\n`)
    register(ctx.files, { path: BUNDLE_FILE, kind: 'provenance' })
    provenance.attestation = { ...record, bundle: BUNDLE_FILE }
    ctx.log.info(
      `attestation ${record.url ?? record.id ?? '(no id)'}: ${statement.subject.length} binaries${record.tlogIndex ? `, Rekor log index ${record.tlogIndex}` : ''}`
    )
  }
}
