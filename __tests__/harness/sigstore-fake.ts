// Stand-ins for what attest: true talks to and a test cannot reach: GitHub's OIDC token endpoint, Sigstore's
// Fulcio (a certificate for the posted key) and Rekor (a transparency log entry), and GitHub's attestations API.
// @sigstore/sign calls fixed https hosts (fulcio.sigstore.dev, rekor.sigstore.dev; fulcio./timestamp.<GitHub
// host> for private repositories), so they are faked at their HTTP boundary: an HTTPS_PROXY on 127.0.0.1 that
// answers CONNECT for those host names only, terminating TLS with a certificate of a test CA the child process
// trusts through NODE_EXTRA_CA_CERTS, and refuses every other host. The OIDC endpoint and the API are plain
// http on 127.0.0.1, which NO_PROXY keeps off the proxy. Nothing here is a security boundary: keys are made
// per harness, in memory.
import {
  createHash,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  sign,
  verify,
  webcrypto
} from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { once } from 'node:events'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { text } from 'node:stream/consumers'
import type * as X509 from '@peculiar/x509'
import './reflect-metadata.js'

// Loaded after the Reflect metadata API is in place (tsyringe, under @peculiar/x509, checks for it as it
// loads, and a static import of a CommonJS package may be evaluated before this module's own imports).
const x509 = await import('@peculiar/x509')
// Node's WebCrypto is the Crypto x509 wants; the DOM's type name is not in this project's lib.
x509.cryptoProvider.set(webcrypto as unknown as Parameters<X509.CryptoProvider['set']>[1])

const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const
const SIGN_EC = { name: 'ECDSA', hash: 'SHA-256' } as const
/** Fulcio's OID arc for what the OIDC token said (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const FULCIO_ISSUER_V1 = '1.3.6.1.4.1.57264.1.1'
const OIDC_ISSUER = 'https://token.actions.githubusercontent.com'
const REPOSITORY = 'octo-org/go-cross-matrix-fixture'
const WORKFLOW_REF = `${REPOSITORY}/.github/workflows/ci.yml@refs/heads/main`
const SIGSTORE_HOSTS = ['fulcio.sigstore.dev', 'rekor.sigstore.dev']

export interface StoredAttestation {
  owner: string
  repo: string
  authorization: string | undefined
  bundle: SigstoreBundle
}

/** The JSON of a Sigstore bundle v0.3 with a DSSE envelope, as far as the tests read it. */
export interface SigstoreBundle {
  mediaType: string
  verificationMaterial: {
    certificate?: { rawBytes: string }
    x509CertificateChain?: { certificates: Array<{ rawBytes: string }> }
    tlogEntries: Array<{
      logIndex?: string
      logId: { keyId: string }
      kindVersion: { kind: string; version: string }
      integratedTime: string
      inclusionPromise?: { signedEntryTimestamp: string }
      inclusionProof?: {
        logIndex: string
        rootHash: string
        treeSize: string
        hashes: string[]
        checkpoint: { envelope: string }
      }
      canonicalizedBody: string
    }>
  }
  dsseEnvelope: { payload: string; payloadType: string; signatures: Array<{ sig: string; keyid?: string }> }
}

export interface SigstoreFake {
  /** For the action's step: token endpoint, proxy, CA, API; GITHUB_EVENT_PATH says the repository is public. */
  env: Record<string, string>
  /** The token the API expects as github-token. */
  githubToken: string
  /** What reached POST /repos/{owner}/{repo}/attestations. */
  attestations: StoredAttestation[]
  /** Fulcio's root (PEM): the signing certificates chain to it. */
  fulcioRootPem: string
  /** Rekor's public key: signs the inclusion promises and checkpoints. */
  rekorKey: KeyObject
  /** Host names a CONNECT asked for that are not faked (refused); expected empty. */
  refusedHosts: string[]
  /** Every request the fakes answered: "<host> <method> <path> <status>". */
  requests: string[]
  close(): Promise<void>
}

async function ecKeys(): Promise<webcrypto.CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(EC, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair
}

async function pkcs8Pem(key: webcrypto.CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key))
  return `-----BEGIN PRIVATE KEY-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END PRIVATE KEY-----\n`
}

/** A self-signed CA certificate and its keys. */
async function makeCa(name: string): Promise<{ cert: X509.X509Certificate; keys: webcrypto.CryptoKeyPair }> {
  const keys = await ecKeys()
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    name,
    keys,
    signingAlgorithm: SIGN_EC,
    notBefore: new Date(Date.now() - 3600_000),
    notAfter: new Date(Date.now() + 24 * 3600_000),
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)
    ]
  })
  return { cert, keys }
}

/** The canonical JSON Rekor signs (RFC 8785 for these flat string/number objects: sorted keys, no spaces). */
function canonicalJson(value: Record<string, string | number>): string {
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${JSON.stringify(value[k])}`)
    .join(',')}}`
}

const sha256 = (data: Buffer | string): Buffer => createHash('sha256').update(data).digest()

/** RFC 6962 Merkle tree hash of leaves[lo, hi). */
function treeHash(leaves: Buffer[], lo: number, hi: number): Buffer {
  if (hi - lo === 1) return leaves[lo]
  let k = 1
  while (k * 2 < hi - lo) k *= 2
  return sha256(Buffer.concat([Buffer.from([1]), treeHash(leaves, lo, lo + k), treeHash(leaves, lo + k, hi)]))
}

/** RFC 6962 audit path of leaf m in leaves[lo, hi), bottom first. */
function auditPath(leaves: Buffer[], m: number, lo: number, hi: number): Buffer[] {
  if (hi - lo === 1) return []
  let k = 1
  while (k * 2 < hi - lo) k *= 2
  return m - lo < k
    ? [...auditPath(leaves, m, lo, lo + k), treeHash(leaves, lo + k, hi)]
    : [...auditPath(leaves, m, lo + k, hi), treeHash(leaves, lo, lo + k)]
}

function pemToDer(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64')
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

export async function startSigstoreFake(): Promise<SigstoreFake> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sigstore-fake-'))
  const tlsCa = await makeCa('CN=sigstore-fake TLS root')
  const fulcioCa = await makeCa('CN=sigstore-fake Fulcio root,O=sigstore.dev')
  const rekor = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const rekorKeyDer = rekor.publicKey.export({ format: 'der', type: 'spki' })
  const rekorLogId = sha256(rekorKeyDer)
  const oidc = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  const requestToken = `id-request-${randomUUID()}`
  const githubToken = `ghs_fake${randomUUID().replace(/-/g, '')}`
  const attestations: StoredAttestation[] = []
  const refusedHosts: string[] = []
  const requests: string[] = []
  const leaves: Buffer[] = []

  /** A GitHub Actions OIDC token for the workflow run, signed with the fake issuer's key (ES256). */
  function idToken(audience: string): string {
    const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
    const now = Math.floor(Date.now() / 1000)
    const claims = {
      iss: OIDC_ISSUER,
      aud: audience,
      sub: `repo:${REPOSITORY}:ref:refs/heads/main`,
      repository: REPOSITORY,
      ref: 'refs/heads/main',
      sha: '0123456789abcdef0123456789abcdef01234567',
      workflow_ref: WORKFLOW_REF,
      job_workflow_ref: WORKFLOW_REF,
      event_name: 'push',
      runner_environment: 'github-hosted',
      run_id: '4242',
      run_attempt: '1',
      iat: now,
      nbf: now,
      exp: now + 600
    }
    const signed = `${part({ alg: 'ES256', typ: 'JWT' })}.${part(claims)}`
    const signature = sign('sha256', Buffer.from(signed), { key: oidc.privateKey, dsaEncoding: 'ieee-p1363' })
    return `${signed}.${signature.toString('base64url')}`
  }

  /** Checks the token as Fulcio does (signature, issuer, audience, expiry) and returns its claims. */
  function verifiedClaims(token: string): Record<string, unknown> {
    const [header, payload, signature] = token.split('.')
    const ok = verify(
      'sha256',
      Buffer.from(`${header}.${payload}`),
      { key: oidc.publicKey, dsaEncoding: 'ieee-p1363' },
      Buffer.from(signature ?? '', 'base64url')
    )
    if (!ok) throw new HttpError(401, 'the identity token is not signed by the issuer')
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>
    if (claims.iss !== OIDC_ISSUER || claims.aud !== 'sigstore')
      throw new HttpError(401, 'wrong issuer or audience')
    if (Number(claims.exp) * 1000 < Date.now()) throw new HttpError(401, 'the identity token expired')
    return claims
  }

  /** Fulcio's POST /api/v2/signingCert: proof of possession over `sub`, then a 10-minute leaf for the key. */
  async function signingCert(body: Record<string, unknown>): Promise<object> {
    const request = body as {
      credentials?: { oidcIdentityToken?: string }
      publicKeyRequest?: { publicKey?: { content?: string }; proofOfPossession?: string }
    }
    const token = request.credentials?.oidcIdentityToken
    const keyPem = request.publicKeyRequest?.publicKey?.content
    const proof = request.publicKeyRequest?.proofOfPossession
    if (!token || !keyPem || !proof)
      throw new HttpError(400, 'token, public key and proof of possession are required')
    const claims = verifiedClaims(token)
    const publicKey = createPublicKey(keyPem)
    if (!verify('sha256', Buffer.from(String(claims.sub)), publicKey, Buffer.from(proof, 'base64')))
      throw new HttpError(400, 'the proof of possession does not verify')
    const subjectKey = await webcrypto.subtle.importKey('spki', pemToDer(keyPem), EC, true, ['verify'])
    const leaf = await x509.X509CertificateGenerator.create({
      serialNumber: randomUUID().replace(/-/g, '').slice(0, 16),
      subject: '',
      issuer: fulcioCa.cert.subject,
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + 10 * 60_000),
      signingAlgorithm: SIGN_EC,
      publicKey: subjectKey,
      signingKey: fulcioCa.keys.privateKey,
      extensions: [
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.codeSigning]),
        new x509.SubjectAlternativeNameExtension(
          [{ type: 'url', value: `https://github.com/${String(claims.job_workflow_ref)}` }],
          true
        ),
        new x509.Extension(FULCIO_ISSUER_V1, false, Buffer.from(OIDC_ISSUER))
      ]
    })
    return {
      signedCertificateEmbeddedSct: {
        chain: { certificates: [leaf.toString('pem'), fulcioCa.cert.toString('pem')] }
      }
    }
  }

  /** Rekor's POST /api/v1/log/entries for a dsse entry: canonicalized body, promise and inclusion proof. */
  function createEntry(body: Record<string, unknown>): { status: number; payload: object } {
    const proposed = body as {
      kind?: string
      apiVersion?: string
      spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } }
    }
    const envelopeText = proposed.spec?.proposedContent?.envelope
    const verifiers = proposed.spec?.proposedContent?.verifiers ?? []
    if (proposed.kind !== 'dsse' || !envelopeText || verifiers.length === 0)
      throw new HttpError(400, 'only dsse entries with an envelope and a verifier are logged')
    const envelope = JSON.parse(envelopeText) as SigstoreBundle['dsseEnvelope']
    const canonical = JSON.stringify({
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: {
        envelopeHash: { algorithm: 'sha256', value: sha256(envelopeText).toString('hex') },
        payloadHash: {
          algorithm: 'sha256',
          value: sha256(Buffer.from(envelope.payload, 'base64')).toString('hex')
        },
        signatures: envelope.signatures.map((s) => ({ signature: s.sig, verifier: verifiers[0] }))
      }
    })
    const logIndex = leaves.length
    leaves.push(sha256(Buffer.concat([Buffer.from([0]), Buffer.from(canonical)])))
    const treeSize = leaves.length
    const rootHash = treeHash(leaves, 0, treeSize)
    const entryBody = Buffer.from(canonical).toString('base64')
    const integratedTime = Math.floor(Date.now() / 1000)
    const logID = rekorLogId.toString('hex')
    const promise = sign(
      'sha256',
      Buffer.from(canonicalJson({ body: entryBody, integratedTime, logID, logIndex })),
      rekor.privateKey
    )
    const note = `rekor.sigstore.dev - 1193050959916656506\n${treeSize}\n${rootHash.toString('base64')}\n`
    const noteSignature = Buffer.concat([
      rekorLogId.subarray(0, 4),
      sign('sha256', Buffer.from(note), rekor.privateKey)
    ])
    const uuid = sha256(Buffer.from(canonical)).toString('hex')
    return {
      status: 201,
      payload: {
        [uuid]: {
          body: entryBody,
          integratedTime,
          logID,
          logIndex,
          verification: {
            signedEntryTimestamp: promise.toString('base64'),
            inclusionProof: {
              logIndex,
              treeSize,
              rootHash: rootHash.toString('hex'),
              hashes: auditPath(leaves, logIndex, 0, treeSize).map((h) => h.toString('hex')),
              checkpoint: `${note}\n— rekor.sigstore.dev ${noteSignature.toString('base64')}\n`
            }
          }
        }
      }
    }
  }

  /** The Sigstore services behind the proxy, by Host. */
  async function sigstore(
    req: IncomingMessage,
    body: Record<string, unknown>
  ): Promise<{ status: number; payload: object }> {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '')
    const route = `${req.method} ${new URL(req.url ?? '/', 'https://x').pathname}`
    if (host.startsWith('fulcio.') && route === 'POST /api/v2/signingCert')
      return { status: 201, payload: await signingCert(body) }
    if (host === 'rekor.sigstore.dev' && route === 'POST /api/v1/log/entries') return createEntry(body)
    throw new HttpError(404, `not faked: ${host} ${route}`)
  }

  /** The token endpoint and GitHub's attestations API, on 127.0.0.1. */
  async function local(
    req: IncomingMessage,
    body: Record<string, unknown>
  ): Promise<{ status: number; payload: object }> {
    const url = new URL(req.url ?? '/', 'http://x')
    if (req.method === 'GET' && url.pathname === '/oidc/token') {
      if (req.headers.authorization !== `Bearer ${requestToken}`)
        throw new HttpError(401, 'bad request token')
      return { status: 200, payload: { value: idToken(url.searchParams.get('audience') ?? '') } }
    }
    const m = /^\/repos\/([^/]+)\/([^/]+)\/attestations$/.exec(url.pathname)
    if (req.method === 'POST' && m) {
      const authorization = req.headers.authorization
      if (authorization !== `token ${githubToken}` && authorization !== `Bearer ${githubToken}`)
        throw new HttpError(401, 'Bad credentials')
      attestations.push({ owner: m[1], repo: m[2], authorization, bundle: body.bundle as SigstoreBundle })
      return { status: 201, payload: { id: 4711 + attestations.length - 1 } }
    }
    throw new HttpError(404, `no route for ${req.method} ${url.pathname}`)
  }

  function serve(
    handler: (
      req: IncomingMessage,
      body: Record<string, unknown>
    ) => Promise<{ status: number; payload: object }>
  ) {
    return (req: IncomingMessage, res: ServerResponse): void => {
      void (async () => {
        let status: number
        let payload: object
        try {
          const raw = await text(req)
          ;({ status, payload } = await handler(req, raw ? (JSON.parse(raw) as Record<string, unknown>) : {}))
        } catch (err) {
          status = err instanceof HttpError ? err.status : 500
          payload = { code: status, message: err instanceof Error ? err.message : String(err) }
        }
        requests.push(`${req.headers.host ?? ''} ${req.method} ${req.url} ${status}`)
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload))
      })()
    }
  }

  // One TLS server for the faked hosts (never listening: the proxy hands it the CONNECTed sockets).
  const serverKeys = await ecKeys()
  const serverCert = await x509.X509CertificateGenerator.create({
    subject: 'CN=sigstore-fake',
    issuer: tlsCa.cert.subject,
    notBefore: new Date(Date.now() - 3600_000),
    notAfter: new Date(Date.now() + 24 * 3600_000),
    signingAlgorithm: SIGN_EC,
    publicKey: serverKeys.publicKey,
    signingKey: tlsCa.keys.privateKey,
    extensions: [
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(SIGSTORE_HOSTS.map((value) => ({ type: 'dns', value })))
    ]
  })
  const tlsServer = createHttpsServer(
    { key: await pkcs8Pem(serverKeys.privateKey), cert: serverCert.toString('pem') },
    serve(sigstore)
  )

  const proxy: Server = createServer((req, res) => {
    // Plain-http requests through the proxy: nothing should send one (NO_PROXY covers 127.0.0.1).
    refusedHosts.push(req.headers.host ?? '?')
    res.writeHead(403).end('only CONNECT to the faked Sigstore hosts')
  })
  proxy.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const host = (req.url ?? '').replace(/:\d+$/, '')
    if (!SIGSTORE_HOSTS.includes(host)) {
      refusedHosts.push(host)
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
    if (head.length) socket.unshift(head)
    tlsServer.emit('connection', socket)
  })
  const api: Server = createServer(serve(local))
  for (const server of [proxy, api]) {
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
  }
  const origin = (server: Server): string => `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const caFile = path.join(dir, 'tls-ca.pem')
  await writeFile(caFile, tlsCa.cert.toString('pem'))
  // @actions/attest picks the public-good instance (Fulcio + Rekor) for a public repository.
  const eventFile = path.join(dir, 'event.json')
  await writeFile(
    eventFile,
    JSON.stringify({
      repository: { name: 'go-cross-matrix-fixture', owner: { login: 'octo-org' }, visibility: 'public' }
    })
  )

  return {
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${origin(api)}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
      GITHUB_API_URL: origin(api),
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_WORKFLOW_REF: WORKFLOW_REF,
      GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_EVENT_NAME: 'push',
      HTTPS_PROXY: origin(proxy),
      NO_PROXY: '127.0.0.1,localhost',
      NODE_EXTRA_CA_CERTS: caFile
    },
    githubToken,
    attestations,
    fulcioRootPem: fulcioCa.cert.toString('pem'),
    rekorKey: rekor.publicKey,
    refusedHosts,
    requests,
    async close() {
      for (const server of [proxy, api]) {
        server.close()
        server.closeAllConnections()
      }
      tlsServer.close()
      await rm(dir, { recursive: true, force: true })
    }
  }
}
