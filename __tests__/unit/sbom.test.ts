// SBOMs for a real Go binary: a module requiring rsc.io/quote (which pulls rsc.io/sampler and
// golang.org/x/text) with sampler replaced by a local copy, so build info has `dep` and `=>` lines.
// Both documents must pass their official JSON schemas and list exactly what `go version -m` lists.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Validation, Spec } from '@cyclonedx/cyclonedx-library'
import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { buildSbomModel, goPurl, h1ToSha256Hex } from '../../src/sbom/model.js'
import { writeSboms, type SbomSubject } from '../../src/sbom/sbom.js'
import { parseBuildInfo, type BuildInfo, type ModuleInfo } from '../../src/verify/buildinfo.js'

const execFileAsync = promisify(execFile)
const SPDX_SCHEMA = path.join(import.meta.dirname, '../fixtures/schemas/spdx-schema-v2.3.json')
const TOOL = { name: 'go-cross-matrix', version: '0.1.0' }
// rsc.io/quote v1.5.2's go.sum h1 decoded outside Node (`base64 -d | od -An -tx1`), to check the decoder.
const QUOTE_SHA256 = 'c397dccac8ebc7bcaab43fda3be43046361938a9da33d521d9be34b44953b376'

interface CdxComponent {
  'bom-ref': string
  name: string
  version?: string
  purl?: string
  hashes?: { alg: string; content: string }[]
  properties?: { name: string; value: string }[]
}
interface CdxBom {
  metadata: { component: CdxComponent }
  components: CdxComponent[]
  dependencies: { ref: string; dependsOn?: string[] }[]
}
interface SpdxPkg {
  SPDXID: string
  name: string
  versionInfo?: string
  sourceInfo?: string
  checksums?: { algorithm: string; checksumValue: string }[]
  externalRefs?: { referenceType: string; referenceLocator: string }[]
  annotations?: { comment: string }[]
}
interface SpdxDoc {
  packages: SpdxPkg[]
  relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[]
}

/** The purl each module line of `go version -m` must come out as (see model.ts for the rules). */
function expectedPurl(mod: ModuleInfo, qualifiers = ''): string {
  if (mod.replace?.path.startsWith('./')) return `pkg:golang/${mod.path}${qualifiers}`
  const built = mod.replace ?? mod
  const version = built.version === '(devel)' ? '' : `@${built.version.replace(/\+/g, '%2B')}`
  return `pkg:golang/${built.path}${version}${qualifiers}`
}

describe('SBOMs of a real Go binary', () => {
  let work: string
  let outDir: string
  let info: BuildInfo
  let subject: SbomSubject
  let written: string[]
  let cdx: CdxBom
  let spdx: SpdxDoc

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'gcm-sbom-'))
    const app = path.join(work, 'app')
    outDir = path.join(work, 'out')
    const env = { ...process.env, GOFLAGS: '-mod=mod -buildvcs=false', GOTOOLCHAIN: 'local', GOWORK: 'off' }
    const go = async (args: string[]): Promise<string> =>
      (await execFileAsync('go', args, { cwd: app, env, timeout: 300_000 })).stdout
    await mkdir(path.join(app, 'third_party/sampler'), { recursive: true })
    // A local copy of rsc.io/sampler (a flat directory), written anew so it is not read-only like the cache.
    const sampler = JSON.parse(await go(['mod', 'download', '-json', 'rsc.io/sampler@v1.3.0'])) as {
      Dir: string
    }
    for (const file of await readdir(sampler.Dir)) {
      await writeFile(
        path.join(app, 'third_party/sampler', file),
        await readFile(path.join(sampler.Dir, file))
      )
    }
    await writeFile(
      path.join(app, 'go.mod'),
      'module example.com/hello\n\ngo 1.21\n\nrequire rsc.io/quote v1.5.2\n\nreplace rsc.io/sampler => ./third_party/sampler\n'
    )
    await writeFile(
      path.join(app, 'main.go'),
      'package main\n\nimport (\n\t"fmt"\n\n\t"rsc.io/quote"\n)\n\nfunc main() { fmt.Println(quote.Hello()) }\n'
    )
    const binary = path.join(app, 'hello')
    await go(['build', '-o', binary, '.'])
    info = parseBuildInfo(await go(['version', '-m', binary]))!
    const bytes = await readFile(binary)
    subject = {
      binaryName: 'hello',
      binaryRelPath: `bin/${info.goVersion}-${info.settings.GOOS}-${info.settings.GOARCH}/hello`,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: (await stat(binary)).size,
      goos: info.settings.GOOS,
      goarch: info.settings.GOARCH,
      variant: info.settings.GOAMD64 ?? '',
      cgo: info.settings.CGO_ENABLED === '1',
      buildInfo: info
    }
    written = await writeSboms(subject, ['cyclonedx', 'spdx'], outDir, 'cell-1', TOOL)
    cdx = JSON.parse(await readFile(path.join(outDir, written[0]), 'utf8')) as CdxBom
    spdx = JSON.parse(await readFile(path.join(outDir, written[1]), 'utf8')) as SpdxDoc
  })

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('builds a binary whose build info has deps and a local replacement', () => {
    expect(info.main.path).toBe('example.com/hello')
    expect(info.deps.map((d) => d.path)).toEqual(['golang.org/x/text', 'rsc.io/quote', 'rsc.io/sampler'])
    expect(info.deps[2].replace).toMatchObject({ path: './third_party/sampler', version: '(devel)' })
    expect(h1ToSha256Hex(info.deps[1].sum)).toBe(QUOTE_SHA256)
  })

  it('writes both files under sbom/<cell>/ and returns their out-dir-relative paths', () => {
    expect(written).toEqual(['sbom/cell-1/hello.cdx.json', 'sbom/cell-1/hello.spdx.json'])
  })

  it('writes CycloneDX that passes the official 1.6 JSON schema (strict)', async () => {
    const text = await readFile(path.join(outDir, written[0]), 'utf8')
    const errors = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text)
    expect(errors).toBeNull()
    expect(JSON.parse(text)).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' })
  })

  it('writes SPDX that passes the official SPDX 2.3 JSON schema', async () => {
    const schema = JSON.parse(await readFile(SPDX_SCHEMA, 'utf8')) as object
    const ajv = new Ajv2019({ allErrors: true, strict: true })
    addFormats.default(ajv)
    const validate = ajv.compile(schema)
    const valid = validate(spdx)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(spdx).toMatchObject({
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT'
    })
  })

  it('lists the binary with its SHA-256 in both', () => {
    expect(cdx.metadata.component.name).toBe('hello')
    expect(cdx.metadata.component.hashes).toEqual([{ alg: 'SHA-256', content: subject.sha256 }])
    expect(cdx.metadata.component.properties).toContainEqual({
      name: 'go-cross-matrix:binary:size',
      value: String(subject.size)
    })
    expect(cdx.metadata.component.properties).toContainEqual({
      name: 'go:build:GOARCH',
      value: subject.goarch
    })
    const binary = spdx.packages.find((p) => p.name === 'hello')!
    expect(binary.checksums).toEqual([{ algorithm: 'SHA256', checksumValue: subject.sha256 }])
    expect(binary.annotations?.map((a) => a.comment)).toContain(`go:build:GOARCH=${subject.goarch}`)
    expect(spdx.relationships).toContainEqual({
      spdxElementId: 'SPDXRef-DOCUMENT',
      relationshipType: 'DESCRIBES',
      relatedSpdxElement: binary.SPDXID
    })
  })

  it('lists the stdlib and every module of `go version -m` with purl and decoded h1, in both', () => {
    const qualifiers = `?goarch=${subject.goarch}&goos=${subject.goos}`
    const expected = [
      { name: info.main.path, purl: expectedPurl(info.main, qualifiers), sum: info.main.sum },
      { name: 'stdlib', purl: `pkg:golang/stdlib@${info.goVersion.slice(2)}`, sum: '' },
      ...info.deps.map((d) => ({
        name: d.path,
        purl: expectedPurl(d),
        sum: d.replace ? d.replace.sum : d.sum
      }))
    ]
    expect(cdx.components).toHaveLength(expected.length)
    expect(spdx.packages).toHaveLength(expected.length + 1)
    const cdxDeps = new Map(cdx.dependencies.map((d) => [d.ref, d.dependsOn ?? []]))
    for (const want of expected) {
      const sha256 = want.sum ? Buffer.from(want.sum.slice(3), 'base64').toString('hex') : undefined
      const c = cdx.components.find((x) => x.purl === want.purl)
      expect(c).toBeDefined()
      expect(c!.name).toBe(want.name)
      expect(c!.hashes).toEqual(sha256 ? [{ alg: 'SHA-256', content: sha256 }] : undefined)
      expect(cdxDeps.get(cdx.metadata.component['bom-ref'])).toContain(c!['bom-ref'])
      const p = spdx.packages.find((x) =>
        x.externalRefs?.some((r) => r.referenceType === 'purl' && r.referenceLocator === want.purl)
      )
      expect(p).toBeDefined()
      expect(p!.name).toBe(want.name)
      expect(p!.checksums).toEqual(sha256 ? [{ algorithm: 'SHA256', checksumValue: sha256 }] : undefined)
      if (sha256) {
        expect(c!.properties).toContainEqual({ name: 'go:module:sum', value: want.sum })
        expect(
          p!.annotations?.some(
            (a) => a.comment.startsWith('go:module:hash-note=') && a.comment.includes('dirhash')
          )
        ).toBe(true)
      }
    }
    const quote = cdx.components.find((c) => c.name === 'rsc.io/quote')!
    expect(quote).toMatchObject({ version: 'v1.5.2', purl: 'pkg:golang/rsc.io/quote@v1.5.2' })
    expect(quote.hashes).toEqual([{ alg: 'SHA-256', content: QUOTE_SHA256 }])
    const stdlib = spdx.packages.find((p) => p.name === 'stdlib')!
    expect(stdlib.versionInfo).toBe(info.goVersion)
  })

  it('records the local replacement and the module it replaces, in both', () => {
    const sampler = cdx.components.find((c) => c.name === 'rsc.io/sampler')!
    expect(sampler.purl).toBe('pkg:golang/rsc.io/sampler')
    expect(sampler.version).toBeUndefined()
    expect(sampler.properties).toEqual(
      expect.arrayContaining([
        { name: 'go:module:replaces', value: 'rsc.io/sampler@v1.3.0' },
        { name: 'go:module:replacement', value: './third_party/sampler' }
      ])
    )
    const pkg = spdx.packages.find((p) => p.name === 'rsc.io/sampler')!
    expect(pkg.sourceInfo).toBe(
      "built from ./third_party/sampler, put by go.mod's replace directive in place of rsc.io/sampler@v1.3.0"
    )
    expect(pkg.annotations?.map((a) => a.comment)).toContain('go:module:replaces=rsc.io/sampler@v1.3.0')
  })

  it('relates the main module to every dep and the stdlib', () => {
    const main = cdx.components.find((c) => c.name === 'example.com/hello')!
    const others = cdx.components.filter((c) => c !== main).map((c) => c['bom-ref'])
    expect(new Set(cdx.dependencies.find((d) => d.ref === main['bom-ref'])!.dependsOn)).toEqual(
      new Set(others)
    )
    const mainId = spdx.packages.find((p) => p.name === 'example.com/hello')!.SPDXID
    const dependsOn = spdx.relationships.filter(
      (r) => r.spdxElementId === mainId && r.relationshipType === 'DEPENDS_ON'
    )
    expect(dependsOn).toHaveLength(spdx.packages.length - 2)
  })

  it('is deterministic except for serial number, namespace and timestamps', async () => {
    const again = path.join(work, 'again')
    await writeSboms(subject, ['spdx', 'cyclonedx', 'spdx'], again, 'cell-1', TOOL)
    const volatile = /"(serialNumber|timestamp|documentNamespace|created|annotationDate)": "[^"]*"/g
    for (const file of written) {
      const a = (await readFile(path.join(outDir, file), 'utf8')).replace(volatile, '"$1": ""')
      const b = (await readFile(path.join(again, file), 'utf8')).replace(volatile, '"$1": ""')
      expect(b).toBe(a)
    }
  })
})

describe('SBOM model details', () => {
  const base: BuildInfo = {
    goVersion: 'go1.23rc1',
    path: 'example.com/m/cmd/app',
    main: { path: 'example.com/m', version: 'v0.0.0-20240501120000-abcdef123456+dirty', sum: '' },
    deps: [
      { path: 'github.com/BurntSushi/toml', version: 'v1.3.2', sum: 'h1:not-base64-of-32-bytes' },
      {
        path: 'example.com/orig',
        version: 'v1.0.0',
        sum: '',
        replace: {
          path: 'example.com/fork',
          version: 'v1.0.1+incompatible',
          sum: `h1:${Buffer.alloc(32, 1).toString('base64')}`
        }
      }
    ],
    settings: { GOOS: 'linux', GOARCH: 'arm', GOARM: '7', '-ldflags': '-s -w' }
  }
  const subject: SbomSubject = {
    binaryName: 'app',
    binaryRelPath: 'bin/x/app',
    sha256: 'AB'.repeat(32),
    size: 1,
    goos: 'linux',
    goarch: 'arm',
    variant: 'v7',
    cgo: false,
    buildInfo: base
  }

  it('percent-encodes versions, keeps path case, sorts qualifiers and drops (devel)', () => {
    expect(goPurl('github.com/BurntSushi/toml', 'v1.3.2')).toBe(
      'pkg:golang/github.com/BurntSushi/toml@v1.3.2'
    )
    expect(goPurl('example.com/m', '(devel)', { goos: 'linux', goarch: 'arm64' })).toBe(
      'pkg:golang/example.com/m?goarch=arm64&goos=linux'
    )
    expect(goPurl('example.com/m', 'v1.0.0+incompatible')).toBe(
      'pkg:golang/example.com/m@v1.0.0%2Bincompatible'
    )
  })

  it('models a module replacement as the fork, a release-candidate stdlib with its CPE, and bad sums as no hash', () => {
    const model = buildSbomModel(subject, 'c')
    const [main, stdlib, toml, fork] = model.components
    expect(main.purl).toBe(
      'pkg:golang/example.com/m@v0.0.0-20240501120000-abcdef123456%2Bdirty?goarch=arm&goos=linux'
    )
    expect(stdlib).toMatchObject({
      version: 'go1.23rc1',
      purl: 'pkg:golang/stdlib@1.23rc1',
      cpe: 'cpe:2.3:a:golang:go:1.23:rc1:*:*:*:*:*:*'
    })
    expect(toml.sha256).toBeUndefined()
    expect(fork).toMatchObject({
      name: 'example.com/fork',
      version: 'v1.0.1+incompatible',
      purl: 'pkg:golang/example.com/fork@v1.0.1%2Bincompatible',
      sha256: '01'.repeat(32),
      replaces: 'example.com/orig@v1.0.0'
    })
    expect(fork.properties).toContainEqual(['go:module:replacement', 'example.com/fork@v1.0.1+incompatible'])
    expect(model.binary.sha256).toBe('ab'.repeat(32))
    expect(model.binary.properties).toContainEqual(['go-cross-matrix:target:variant', 'v7'])
    expect(model.binary.properties).toContainEqual(['go:build:-ldflags', '-s -w'])
  })

  it('writes nothing for no formats', async () => {
    expect(await writeSboms(subject, [], '/nonexistent/dir', 'c', TOOL)).toEqual([])
  })
})
