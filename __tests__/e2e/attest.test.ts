/**
 * Issue 13 end to end: dist/index.js runs like a runner with attest: true. The provenance statement
 * must pass the in-toto Statement v1 and SLSA Provenance v1 schemas and name exactly the binaries on
 * disk and in checksums.txt; @actions/attest signs it against a fake OIDC endpoint, Fulcio and Rekor
 * (reached through an HTTPS proxy, __tests__/harness/sigstore-fake.ts) and stores it through a fake
 * attestations API, whose recorded bundle must carry our statement, signed by the key in the
 * certificate. Without id-token: write the step fails with one line before any cell.
 */
import { createHash, verify, X509Certificate } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ProvenanceStatement } from '../../src/evidence/provenance.js'
import type { Results } from '../../src/report/results-types.js'
import { startActionsServices, type ActionsServices } from '../harness/actions-services.js'
import { startMirror, type Mirror } from '../harness/mirror.js'
import { validateSlsaProvenance } from '../harness/provenance-schemas.js'
import { makeRunnerDirs, REPO, runAction, type ActionResult, type RunnerDirs } from '../harness/runner.js'
import { startSigstoreFake, type SigstoreBundle, type SigstoreFake } from '../harness/sigstore-fake.js'
import { prepareToolchains } from '../harness/toolchains.js'

const STABLE = '1.27.4'
let mirror: Mirror
let services: ActionsServices
let sigstore: SigstoreFake
let dirs: RunnerDirs
let cacheHome: string

beforeAll(async () => {
  mirror = await startMirror({ toolchains: await prepareToolchains([STABLE]) })
  services = await startActionsServices()
  sigstore = await startSigstoreFake()
  dirs = makeRunnerDirs('gcm-attest-')
  cacheHome = mkdtempSync(path.join(os.tmpdir(), 'gcm-attest-cache-'))
})
afterAll(async () => {
  await mirror?.close()
  await services?.close()
  await sigstore?.close()
})

function step(
  outDir: string,
  inputs: Record<string, string>,
  env: Record<string, string>
): Promise<ActionResult> {
  return runAction(
    {
      'go-versions': STABLE,
      targets: 'linux/amd64, linux/arm64',
      race: 'false',
      emulation: 'none',
      'working-directory': 'examples/hello',
      'out-dir': outDir,
      'go-download-base-url': mirror.dlBaseUrl,
      ...inputs
    },
    dirs,
    {
      ...services.env,
      GITHUB_WORKSPACE: REPO,
      XDG_CACHE_HOME: cacheHome,
      GOMODCACHE: path.join(cacheHome, 'gomod'),
      ...env
    }
  )
}

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex')
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T
/** Rekor's canonicalized dsse entry, as far as the test reads it. */
interface RekorDsseBody {
  kind: string
  spec: { payloadHash: { value: string }; signatures: Array<{ signature: string }> }
}

/** DSSE's pre-authentication encoding: what the signature is over. */
function pae(type: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} ${type} ${body.length} `), body])
}

describe('attest: true on a job with id-token: write', () => {
  let run: ActionResult
  let outDir: string
  let statement: ProvenanceStatement

  beforeAll(async () => {
    outDir = path.join(dirs.root, 'out-attest')
    run = await step(outDir, { attest: 'true', 'github-token': sigstore.githubToken }, sigstore.env)
    statement = readJson<ProvenanceStatement>(path.join(outDir, 'provenance.intoto.json'))
  })

  it('passes, touching no host but the faked ones', () => {
    expect([run.code, run.stdout.match(/^::error.*$/m)?.[0]]).toEqual([0, undefined])
    expect(sigstore.refusedHosts).toEqual([])
    expect(
      sigstore.requests.map((r) =>
        r
          .replace(/\s\d+$/, '')
          .split(' ')
          .slice(0, 2)
          .join(' ')
      )
    ).toEqual(expect.arrayContaining(['fulcio.sigstore.dev POST', 'rekor.sigstore.dev POST']))
  })

  it('writes a statement that passes the in-toto Statement v1 and SLSA Provenance v1 schemas', () => {
    expect(validateSlsaProvenance(statement)).toEqual([])
    expect(statement.predicate.runDetails.builder.id).toBe(
      `https://github.localhost/${sigstore.env.GITHUB_WORKFLOW_REF}`
    )
    expect(statement.predicate.buildDefinition.resolvedDependencies).toEqual([
      {
        uri: 'git+https://github.localhost/octo-org/go-cross-matrix-fixture@refs/heads/main',
        digest: { gitCommit: sigstore.env.GITHUB_SHA }
      },
      expect.objectContaining({
        name: `go${STABLE}`,
        uri: expect.stringContaining(mirror.dlBaseUrl),
        digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }
      })
    ])
  })

  it('names every binary: each digest is the sha256 of the file and its line in checksums.txt', () => {
    const results = readJson<Results>(path.join(outDir, 'results.json'))
    const binaries = results.cells.flatMap((c) => c.binaries)
    expect(binaries.length).toBe(2)
    const subjects = statement.subject as Array<{ name: string; digest: { sha256: string } }>
    expect(subjects.map((s) => s.name).sort()).toEqual(binaries.map((b) => b.path).sort())
    for (const s of subjects)
      expect([s.name, s.digest.sha256]).toEqual([s.name, sha256(readFileSync(path.join(outDir, s.name)))])
    const checksums = readFileSync(path.join(outDir, 'checksums.txt'), 'utf8')
    expect(subjects.map((s) => `${s.digest.sha256}  ${s.name}`).join('\n') + '\n').toBe(checksums)
  })

  it('stores a bundle whose DSSE payload is the statement, signed by the key Fulcio certified', () => {
    expect(sigstore.attestations.length).toBe(1)
    const stored = sigstore.attestations[0]
    expect([stored.owner, stored.repo]).toEqual(['octo-org', 'go-cross-matrix-fixture'])
    const bundle: SigstoreBundle = stored.bundle
    const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64')
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json')
    expect(JSON.parse(payload.toString())).toEqual(statement)

    const der = Buffer.from(bundle.verificationMaterial.certificate!.rawBytes, 'base64')
    const cert = new X509Certificate(der)
    expect(cert.verify(new X509Certificate(sigstore.fulcioRootPem).publicKey)).toBe(true)
    expect(cert.subjectAltName).toContain(sigstore.env.GITHUB_WORKFLOW_REF)
    const signature = Buffer.from(bundle.dsseEnvelope.signatures[0].sig, 'base64')
    expect(verify('sha256', pae(bundle.dsseEnvelope.payloadType, payload), cert.publicKey, signature)).toBe(
      true
    )
    // The same signature over anything else does not verify: the check is not vacuous.
    expect(
      verify('sha256', pae(bundle.dsseEnvelope.payloadType, Buffer.from('{}')), cert.publicKey, signature)
    ).toBe(false)
  })

  it('has the signature logged in Rekor: the entry hashes the payload and the promise verifies', () => {
    const bundle = sigstore.attestations[0].bundle
    const [entry] = bundle.verificationMaterial.tlogEntries
    const body = JSON.parse(Buffer.from(entry.canonicalizedBody, 'base64').toString()) as RekorDsseBody
    expect(body.kind).toBe('dsse')
    expect(body.spec.payloadHash.value).toBe(sha256(Buffer.from(bundle.dsseEnvelope.payload, 'base64')))
    expect(body.spec.signatures[0].signature).toBe(bundle.dsseEnvelope.signatures[0].sig)
    const signed = JSON.stringify({
      body: entry.canonicalizedBody,
      integratedTime: Number(entry.integratedTime),
      logID: Buffer.from(entry.logId.keyId, 'base64').toString('hex'),
      // protobuf JSON leaves out a zero: the first entry of the log has no logIndex in the bundle
      logIndex: Number(entry.logIndex ?? 0)
    })
    const promise = Buffer.from(entry.inclusionPromise!.signedEntryTimestamp, 'base64')
    expect(verify('sha256', Buffer.from(signed), sigstore.rekorKey, promise)).toBe(true)
  })

  it('keeps the bundle in out-dir, records both files in results.json and uploads them with the binaries', async () => {
    expect(readJson(path.join(outDir, 'provenance.sigstore.json'))).toEqual(sigstore.attestations[0].bundle)
    const results = readJson<Results>(path.join(outDir, 'results.json'))
    expect(results.provenance).toEqual({
      statement: 'provenance.intoto.json',
      subjects: 2,
      attestation: {
        id: '4711',
        url: 'https://github.localhost/octo-org/go-cross-matrix-fixture/attestations/4711',
        bundle: 'provenance.sigstore.json',
        tlogIndex: expect.stringMatching(/^\d+$/)
      }
    })
    expect(results.files).toEqual(
      expect.arrayContaining([
        { path: 'provenance.intoto.json', kind: 'provenance' },
        { path: 'provenance.sigstore.json', kind: 'provenance' }
      ])
    )
    const binaries = Object.keys(JSON.parse(run.outputs['artifact-ids']) as object).find((n) =>
      n.startsWith('go-cross-matrix-binaries-')
    )!
    const dest = mkdtempSync(path.join(dirs.root, 'download-'))
    await services.downloadArtifact(binaries, dest)
    for (const file of ['provenance.intoto.json', 'provenance.sigstore.json'])
      expect(readFileSync(path.join(dest, file), 'utf8')).toBe(readFileSync(path.join(outDir, file), 'utf8'))
  })
})

describe('attest: true on a job without id-token: write', () => {
  it('fails before any cell with one line naming id-token: write, and signs nothing', async () => {
    // What the runner gives a job without id-token: write: no ACTIONS_ID_TOKEN_REQUEST_* at all.
    const env = Object.fromEntries(
      Object.entries(sigstore.env).filter(([name]) => !name.startsWith('ACTIONS_ID_TOKEN_REQUEST_'))
    )
    const before = sigstore.requests.length
    const outDir = path.join(dirs.root, 'out-no-id-token')
    const run = await step(outDir, { attest: 'true', 'github-token': sigstore.githubToken }, env)
    expect(run.code).toBe(1)
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'))
    expect(errors).toEqual([
      expect.stringMatching(/^::error::attest: true needs .*`permissions: id-token: write`/)
    ])
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m)
    expect(readJson<Results>(path.join(outDir, 'results.json')).cells).toEqual([])
    expect(existsSync(path.join(outDir, 'provenance.intoto.json'))).toBe(false)
    expect(sigstore.requests.length).toBe(before)
  })
})
