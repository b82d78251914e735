// The SLSA provenance statement (src/evidence/provenance.ts) against the in-toto Statement v1 and SLSA
// Provenance v1 schemas, its subjects against checksums.txt, what a GitHub workflow run and a local run say
// about themselves, and the one line attest: true fails with when the job has no OIDC token.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { CellResult } from '../../src/cells/types.js'
import { buildConfig, type Config } from '../../src/config/config.js'
import { EnvironmentError, errorLine } from '../../src/errors.js'
import { renderChecksums } from '../../src/evidence/checksums.js'
import {
  BUILD_TYPE,
  LOCAL_BUILDER_ID,
  buildProvenance,
  localBuildPlatform,
  type BuildPlatform
} from '../../src/evidence/provenance.js'
import { GitHubAttestation } from '../../src/github/attest.js'
import { githubBuildPlatform } from '../../src/github/build-platform.js'
import type { InstalledToolchain } from '../../src/toolchain/install.js'
import { validateSlsaProvenance } from '../harness/provenance-schemas.js'

const workspace = mkdtempSync(path.join(os.tmpdir(), 'gcm-provenance-'))
writeFileSync(path.join(workspace, 'go.mod'), 'module example.com/m\n\ngo 1.22\n')
const config = (inputs: Record<string, string> = {}): Promise<Config> =>
  buildConfig((name) => inputs[name], workspace)

const hex = (c: string): string => c.repeat(64)
function cell(id: string, binaries: Array<[string, string]>): CellResult {
  return {
    id,
    binaries: binaries.map(([p, sha256]) => ({
      path: p,
      name: path.basename(p),
      sha256,
      size: 1,
      checks: {}
    }))
  } as unknown as CellResult
}
// Out of order on purpose: subjects come out sorted as checksums.txt is.
const CELLS = [
  cell('go1.27.4-linux-arm64', [['bin/go1.27.4-linux-arm64/hello', hex('b')]]),
  cell('go1.27.4-linux-amd64', [
    ['bin/go1.27.4-linux-amd64/hello', hex('a')],
    ['bin/go1.27.4-linux-amd64/admin', hex('c')]
  ]),
  cell('go1.27.4-linux-amd64-race', [])
]
const TOOLCHAINS: InstalledToolchain[] = [
  {
    version: '1.27.4',
    semver: '1.27.4',
    specs: ['stable'],
    path: '/toolcache/go/1.27.4/x64',
    source: 'dl',
    sha256: hex('d'),
    verified: true,
    url: 'https://go.dev/dl/go1.27.4.linux-amd64.tar.gz',
    durationMs: 1
  },
  {
    version: '1.26.1',
    semver: '1.26.1',
    specs: ['oldstable'],
    path: '/toolcache/go/1.26.1/x64',
    source: 'proxy',
    sha256: hex('e'),
    // in-toto's digest_set.md example: this h1 is dirHash 2a1bb612...
    h1: 'h1:Khu2En+0gcYPZ2kuIihfswbzxv/mIHXgzPZ018Oty48=',
    verified: true,
    url: 'https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go1.26.1.linux-amd64.zip',
    durationMs: 1
  },
  // cached before its provenance was recorded: no URL, no digest
  {
    version: '1.25.0',
    semver: '1.25.0',
    specs: ['1.25'],
    path: '/t',
    source: 'cache',
    verified: false,
    durationMs: 0
  }
]

async function statementFor(
  platform: BuildPlatform = localBuildPlatform(),
  inputs: Record<string, string> = {}
) {
  return buildProvenance({
    config: await config(inputs),
    cells: CELLS,
    toolchains: TOOLCHAINS,
    host: { goos: 'linux', goarch: 'amd64' },
    platform,
    startedAt: Date.UTC(2025, 0, 2, 3, 4, 5),
    finishedAt: Date.UTC(2025, 0, 2, 3, 9, 5)
  })
}

const GITHUB_ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo-org/hello',
  GITHUB_WORKFLOW_REF: 'octo-org/hello/.github/workflows/release.yml@refs/tags/v1.2.3',
  GITHUB_RUN_ID: '123',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REF: 'refs/tags/v1.2.3',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REPOSITORY_ID: '42',
  GITHUB_REPOSITORY_OWNER_ID: '7',
  RUNNER_ENVIRONMENT: 'github-hosted'
}

describe('the provenance statement', () => {
  it('passes the in-toto Statement v1 and SLSA Provenance v1 schemas, locally and on GitHub', async () => {
    expect(validateSlsaProvenance(await statementFor())).toEqual([])
    expect(validateSlsaProvenance(await statementFor(githubBuildPlatform(GITHUB_ENV)))).toEqual([])
  })

  it('fails those schemas when a required field is missing or malformed (the check is live)', async () => {
    const statement = structuredClone(await statementFor())
    const { buildDefinition, runDetails } = statement.predicate
    delete (buildDefinition as Partial<typeof buildDefinition>).buildType
    runDetails.builder.id = 'HTTPS://Example.com/builder'
    ;(statement.subject as object[]).push({ name: 'no-digest' })
    runDetails.metadata!.startedOn = '2025-01-02 03:04:05+01:00'
    const errors = validateSlsaProvenance(statement).map((e) => (e as { instancePath: string }).instancePath)
    expect(errors).toEqual(
      expect.arrayContaining([
        '/predicate/buildDefinition',
        '/predicate/runDetails/builder/id',
        '/subject/3',
        '/predicate/runDetails/metadata/startedOn'
      ])
    )
  })

  it('names every binary by its out-dir path and sha256, exactly the lines of checksums.txt', async () => {
    const { subject } = await statementFor()
    const checksums = renderChecksums(CELLS)
      .trim()
      .split('\n')
      .map((line) => line.split('  '))
    expect(subject.map((s) => [s.digest.sha256, s.name])).toEqual(checksums)
    expect(subject.map((s) => s.name)).toEqual([
      'bin/go1.27.4-linux-amd64/admin',
      'bin/go1.27.4-linux-amd64/hello',
      'bin/go1.27.4-linux-arm64/hello'
    ])
  })

  it('records the inputs that shape the build and every toolchain with its download and digests', async () => {
    const { predicate } = await statementFor(localBuildPlatform(), {
      targets: 'linux/amd64, linux/arm/v7',
      cgo: '0,1',
      tags: 'netgo',
      'build-flags': '-trimpath -buildvcs=false'
    })
    expect(predicate.buildDefinition.buildType).toBe(BUILD_TYPE)
    expect(predicate.buildDefinition.externalParameters).toEqual({
      inputs: {
        'go-versions': ['stable'],
        targets: ['linux/amd64', 'linux/arm/v7'],
        cgo: ['0', '1'],
        'working-directory': '.',
        build: ['./...'],
        packages: ['./...'],
        'build-flags': ['-trimpath', '-buildvcs=false'],
        ldflags: '-s -w',
        tags: ['netgo'],
        reproducible: false
      }
    })
    expect(predicate.buildDefinition.resolvedDependencies).toEqual([
      {
        name: 'go1.27.4',
        uri: 'https://go.dev/dl/go1.27.4.linux-amd64.tar.gz',
        digest: { sha256: hex('d') },
        annotations: { specs: ['stable'], source: 'dl', verified: true }
      },
      {
        name: 'go1.26.1',
        uri: 'https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go1.26.1.linux-amd64.zip',
        digest: {
          sha256: hex('e'),
          dirHash: '2a1bb6127fb481c60f67692e22285fb306f3c6ffe62075e0ccf674d7c3adcb8f'
        },
        annotations: { specs: ['oldstable'], source: 'proxy', verified: true }
      },
      {
        name: 'go1.25.0',
        uri: 'pkg:golang/golang.org/toolchain@v0.0.1-go1.25.0.linux-amd64',
        annotations: { specs: ['1.25'], source: 'cache', verified: false }
      }
    ])
    expect(predicate.runDetails.metadata).toMatchObject({
      startedOn: '2025-01-02T03:04:05.000Z',
      finishedOn: '2025-01-02T03:09:05.000Z'
    })
  })

  it('on GitHub: builder is the workflow at its ref, the run attempt is the invocation, the commit a dependency', async () => {
    const { predicate } = await statementFor(githubBuildPlatform(GITHUB_ENV))
    expect(predicate.runDetails.builder.id).toBe(
      'https://github.com/octo-org/hello/.github/workflows/release.yml@refs/tags/v1.2.3'
    )
    expect(predicate.runDetails.metadata?.invocationId).toBe(
      'https://github.com/octo-org/hello/actions/runs/123/attempts/2'
    )
    expect(predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/tags/v1.2.3',
      repository: 'https://github.com/octo-org/hello',
      path: '.github/workflows/release.yml'
    })
    expect(predicate.buildDefinition.resolvedDependencies?.[0]).toEqual({
      uri: 'git+https://github.com/octo-org/hello@refs/tags/v1.2.3',
      digest: { gitCommit: GITHUB_ENV.GITHUB_SHA }
    })
    expect(predicate.buildDefinition.internalParameters).toEqual({
      host: { os: 'linux', arch: 'amd64' },
      github: {
        event_name: 'push',
        repository_id: '42',
        repository_owner_id: '7',
        runner_environment: 'github-hosted'
      }
    })
  })

  it('off a workflow run: the local builder and a fresh invocation id', async () => {
    expect(githubBuildPlatform({ GITHUB_REPOSITORY: 'octo-org/hello' })).toBeUndefined()
    const a = await statementFor()
    const b = await statementFor()
    expect(a.predicate.runDetails.builder.id).toBe(LOCAL_BUILDER_ID)
    expect(a.predicate.runDetails.metadata?.invocationId).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    expect(a.predicate.runDetails.metadata?.invocationId).not.toBe(
      b.predicate.runDetails.metadata?.invocationId
    )
    expect(a.predicate.buildDefinition.externalParameters.workflow).toBeUndefined()
  })
})

describe('attest: true in a job that cannot attest', () => {
  it('fails with one line naming the missing permission, id-token: write', () => {
    const attempt = () => GitHubAttestation.forJob({ GITHUB_REPOSITORY: 'octo-org/hello' }, 'ghs_token')
    expect(attempt).toThrow(EnvironmentError)
    let line = ''
    try {
      attempt()
    } catch (err) {
      line = errorLine(err)
    }
    expect(line).toContain('id-token: write')
    expect(line).not.toContain('\n')
  })

  it('fails naming github-token when the token is empty, and passes with both', () => {
    const env = {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't'
    }
    expect(() => GitHubAttestation.forJob(env, '')).toThrow(/github-token/)
    expect(GitHubAttestation.forJob(env, 'ghs_token')).toBeInstanceOf(GitHubAttestation)
  })
})
