// Checks the test harness itself: a real go1.21.13 toolchain behind the local go.dev/dl mirror and
// toolchain module proxy, plus every fault the mirror can inject.
import { describe, it, expect, beforeAll, afterAll } from '@jest/globals'
import { createHash } from 'node:crypto'
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as tar from 'tar'
import { compareGoVersions, startMirror, type GoRelease, type Mirror } from '../harness/mirror.js'
import { prepareToolchains, type PreparedToolchain } from '../harness/toolchains.js'

interface Fetched {
  status: number
  body: Buffer
  error?: Error
}

/** A plain GET that reports (rather than throws) a broken body, keeping the bytes that did arrive. */
function httpGet(url: string): Promise<Fetched> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const done = (status: number, error?: Error): void =>
      resolve({ status, body: Buffer.concat(chunks), error })
    const req = get(url, { agent: false }, (res) => {
      const status = res.statusCode ?? 0
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => done(status, res.complete ? undefined : new Error('incomplete body')))
      res.on('error', (error) => done(status, error))
      res.on('close', () => done(status, res.complete ? undefined : new Error('connection closed early')))
    })
    req.on('error', (error) => done(0, error))
  })
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')

// Index-only releases: they exercise ordering and the stable-only view without more downloads.
const extraIndexEntries: GoRelease[] = [
  { version: 'go1.21rc2', stable: false, files: [] },
  { version: 'go1.20', stable: true, files: [] },
  { version: 'go1.20.14', stable: true, files: [] },
  { version: 'go1.19.13', stable: true, files: [] }
]

describe('harness mirror (real go1.21.13)', () => {
  let toolchain: PreparedToolchain
  let mirror: Mirror
  let archiveUrl: string

  beforeAll(async () => {
    ;[toolchain] = await prepareToolchains(['go1.21.13'])
    mirror = await startMirror({ toolchains: [toolchain], extraIndexEntries })
    archiveUrl = `${mirror.dlBaseUrl}/go1.21.13.linux-amd64.tar.gz`
  })

  afterAll(async () => {
    await mirror?.close()
  })

  it('prepares the toolchain with Go spellings and cache paths outside the repo', () => {
    expect(toolchain).toMatchObject({
      version: '1.21.13',
      platform: 'linux-amd64',
      moduleVersion: 'v0.0.1-go1.21.13.linux-amd64'
    })
    expect(toolchain.h1).toMatch(/^h1:[A-Za-z0-9+/]{43}=$/)
    expect(toolchain.archivePath).toMatch(/go-cross-matrix-mirror\/go1\.21\.13\.linux-amd64\.tar\.gz$/)
    expect(toolchain.archivePath.startsWith(process.cwd())).toBe(false)
  })

  it('orders Go versions like go.dev', () => {
    const versions = ['1.26.11', '1.27rc1', '1.27.4', '1.20', '1.27.0', '1.27rc2', '1.27beta1', '1.20.1']
    expect([...versions].sort((a, b) => compareGoVersions(b, a))).toEqual([
      '1.27.4',
      '1.27.0',
      '1.27rc2',
      '1.27rc1',
      '1.27beta1',
      '1.26.11',
      '1.20.1',
      '1.20'
    ])
  })

  it('serves a go.dev-shaped index, newest first', async () => {
    const { status, body } = await httpGet(`${mirror.dlBaseUrl}/?mode=json&include=all`)
    expect(status).toBe(200)
    const index = JSON.parse(body.toString()) as GoRelease[]
    expect(index.map((r) => r.version)).toEqual([
      'go1.21.13',
      'go1.21rc2',
      'go1.20.14',
      'go1.20',
      'go1.19.13'
    ])
    expect(index[0]).toEqual({
      version: 'go1.21.13',
      stable: true,
      files: [
        {
          filename: 'go1.21.13.linux-amd64.tar.gz',
          os: 'linux',
          arch: 'amd64',
          version: 'go1.21.13',
          sha256: toolchain.sha256,
          size: toolchain.size,
          kind: 'archive'
        }
      ]
    })
    const stable = JSON.parse(
      (await httpGet(`${mirror.dlBaseUrl}/?mode=json`)).body.toString()
    ) as GoRelease[]
    expect(stable.map((r) => r.version)).toEqual(['go1.21.13', 'go1.20.14'])
  })

  it('serves an archive matching the index, laid out like go.dev with exec bits', async () => {
    const { status, body, error } = await httpGet(archiveUrl)
    expect(error).toBeUndefined()
    expect(status).toBe(200)
    expect(body.length).toBe(toolchain.size)
    expect(sha256(body)).toBe(toolchain.sha256)

    const dir = await mkdtemp(join(tmpdir(), 'harness-mirror-'))
    try {
      await writeFile(join(dir, 'go.tar.gz'), body)
      const modes = new Map<string, number>()
      await tar.t({
        file: join(dir, 'go.tar.gz'),
        onReadEntry: (e) => void modes.set(e.path, (e.mode ?? 0) & 0o777)
      })
      expect([...modes.keys()].every((p) => p.startsWith('go/'))).toBe(true)
      expect(modes.get('go/bin/go')).toBe(0o755)
      expect(modes.get('go/pkg/tool/linux_amd64/compile')).toBe(0o755)
      expect(modes.get('go/VERSION')).toBe(0o644)
      expect(modes.get('go/src/')).toBe(0o755)
      expect(modes.has('go/src/go.mod')).toBe(true) // the module zip's _go.mod is renamed back
      expect([...modes.keys()].some((p) => p.endsWith('/_go.mod'))).toBe(false)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('serves the toolchain module over the proxy protocol, with its checksum-db lookup', async () => {
    const base = `${mirror.proxyUrl}/golang.org/toolchain/@v`
    expect((await httpGet(`${base}/list`)).body.toString()).toBe('v0.0.1-go1.21.13.linux-amd64\n')
    const info = JSON.parse((await httpGet(`${base}/${toolchain.moduleVersion}.info`)).body.toString())
    expect(info.Version).toBe(toolchain.moduleVersion)
    expect((await httpGet(`${base}/${toolchain.moduleVersion}.mod`)).body.toString()).toBe(
      'module golang.org/toolchain\n'
    )
    const zip = await httpGet(`${base}/${toolchain.moduleVersion}.zip`)
    expect(zip.status).toBe(200)
    expect(sha256(zip.body)).toBe(sha256(await readFile(toolchain.zipPath)))
    expect((await httpGet(`${base}/v0.0.1-go1.99.0.linux-amd64.zip`)).status).toBe(404)

    expect((await httpGet(`${mirror.proxyUrl}/sumdb/sum.golang.org/supported`)).status).toBe(200)
    const lookup = await httpGet(
      `${mirror.proxyUrl}/sumdb/sum.golang.org/lookup/golang.org/toolchain@${toolchain.moduleVersion}`
    )
    expect(lookup.status).toBe(200)
    expect(lookup.body.toString()).toContain(
      `golang.org/toolchain ${toolchain.moduleVersion} ${toolchain.h1}\n`
    )
  })

  it('answers an injected status a given number of times, then normally', async () => {
    mirror.setFault('.tar.gz', { kind: 'status', status: 503, times: 2 })
    expect((await httpGet(archiveUrl)).status).toBe(503)
    expect((await httpGet(archiveUrl)).status).toBe(503)
    const third = await httpGet(archiveUrl)
    expect(third.status).toBe(200)
    expect(sha256(third.body)).toBe(toolchain.sha256)
  })

  it('truncates a body that promised its full length', async () => {
    mirror.setFault('go1.21.13.linux-amd64.tar.gz', { kind: 'truncate', bytes: 100_000, times: 1 })
    const { status, body, error } = await httpGet(archiveUrl)
    expect(status).toBe(200)
    expect(error).toBeDefined()
    expect(body.length).toBeLessThan(toolchain.size)
  })

  it('corrupts a body without changing its length', async () => {
    mirror.setFault('.tar.gz', { kind: 'corrupt', times: 1 })
    const { status, body, error } = await httpGet(archiveUrl)
    expect(status).toBe(200)
    expect(error).toBeUndefined()
    expect(body.length).toBe(toolchain.size)
    expect(sha256(body)).not.toBe(toolchain.sha256)
  })

  it('resets the connection mid-body', async () => {
    mirror.setFault('.tar.gz', { kind: 'reset', afterBytes: 1 << 20, times: 1 })
    const { error, body } = await httpGet(archiveUrl)
    expect(error).toBeDefined()
    expect(body.length).toBeLessThan(toolchain.size)
  })

  it('delays, then answers normally; clearFaults removes pending faults', async () => {
    mirror.setFault('.info', { kind: 'delay', ms: 300, times: 1 })
    const started = Date.now()
    expect(
      (await httpGet(`${mirror.proxyUrl}/golang.org/toolchain/@v/${toolchain.moduleVersion}.info`)).status
    ).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)

    mirror.setFault('/list', { kind: 'status', status: 500 })
    mirror.clearFaults()
    expect((await httpGet(`${mirror.proxyUrl}/golang.org/toolchain/@v/list`)).status).toBe(200)
  })

  it('logs every request path with its query, in order', () => {
    expect(mirror.requests).toContain('/dl/?mode=json&include=all')
    expect(
      mirror.requests.filter((r) => r === '/dl/go1.21.13.linux-amd64.tar.gz').length
    ).toBeGreaterThanOrEqual(7)
    expect(mirror.requests.at(-1)).toBe('/proxy/golang.org/toolchain/@v/list')
  })
})
