import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { buildConfig } from '../../src/config/config.js'
import { parseDuration, parseFlags, parsePackages } from '../../src/config/values.js'

const module = mkdtempSync(path.join(os.tmpdir(), 'gcm-config-'))
writeFileSync(path.join(module, 'go.mod'), 'module example.com/m\n\ngo 1.22\n')

const build = (inputs: Record<string, string>) => buildConfig((name) => inputs[name], module)

describe('config', () => {
  it('applies the defaults of design.md', async () => {
    const config = await build({})
    expect(config).toMatchObject({
      goVersions: ['stable'],
      cgo: [false],
      packages: ['./...'],
      build: ['./...'],
      buildFlags: ['-trimpath'],
      ldflags: '-s -w',
      race: 'auto',
      coverage: true,
      sbom: ['cyclonedx', 'spdx'],
      emulation: 'auto',
      cellTimeoutMs: 30 * 60_000,
      goDownloadBaseUrl: 'https://go.dev/dl',
      mode: 'run',
      workingDirectory: module,
      outDir: path.join(module, 'go-cross-matrix-out')
    })
    expect(config.targets.map((t) => `${t.goos}/${t.goarch}`)).toEqual(['linux/amd64', 'linux/arm64'])
    expect(config.parallel).toBe(os.availableParallelism())
    expect(config.goMod?.go).toBe('1.22')
  })

  it('warns, and goes on, when a run-only or plan-only input is given to another mode', async () => {
    expect(
      (await build({ mode: 'plan', attest: 'true', 'test-cache': 'true', shard: '1/2' })).warnings
    ).toEqual([
      'attest is only used with mode: run; ignored in mode: plan',
      'shard is only used with mode: run; ignored in mode: plan',
      'test-cache is only used with mode: run; ignored in mode: plan'
    ])
    expect((await build({ shards: '3' })).warnings).toEqual([
      'shards is only used with mode: plan; ignored in mode: run'
    ])
    expect((await build({ mode: 'plan', shards: '3' })).warnings).toEqual([])
  })

  it('parses lists, variants and cgo modes', async () => {
    const config = await build({
      'go-versions': '1.21,\n stable ,go.mod',
      targets: 'linux/arm/v7\nlinux/amd64/v3, linux/arm/v7',
      cgo: '0,1'
    })
    expect(config.goVersions).toEqual(['1.21', 'stable', 'go.mod'])
    expect(config.targets).toEqual([
      { goos: 'linux', goarch: 'arm', variant: 'v7' },
      { goos: 'linux', goarch: 'amd64', variant: 'v3' }
    ])
    expect(config.cgo).toEqual([false, true])
  })

  it.each([
    [{ 'go-versions': 'latest' }, /^go-versions: "latest" is not a version spec; valid: 1.22.8, /],
    [{ 'go-versions': ' , ' }, /^go-versions: no version given/],
    [{ targets: 'linux/amd65' }, /^targets: "linux\/amd65" is not a Go port/],
    [{ targets: 'linux/arm/v9' }, /^targets: "linux\/arm\/v9": arm variants are v5, v6, v7/],
    [{ targets: 'linux' }, /^targets: "linux" is not goos\/goarch/],
    [{ cgo: '2' }, /^cgo: "2" is not valid; use 0, 1 or 0,1/],
    [{ race: 'maybe' }, /^race: "maybe" is not one of auto, true, false/],
    [{ parallel: '0' }, /^parallel: "0" is not a whole number from 1 to 256/],
    [{ 'cell-timeout': '-5m' }, /^cell-timeout: "-5m" is not a duration/],
    [{ 'cell-timeout': '1000h' }, /^cell-timeout: "1000h" is not a duration from 1s to 24h/],
    [{ 'go-download-base-url': 'ftp://x' }, /^go-download-base-url: "ftp:\/\/x" is not an http\(s\) URL/],
    [{ 'working-directory': 'nope' }, /^working-directory: .*nope does not exist/],
    [{ 'build-flags': '-v; rm -rf /' }, /^build-flags: .* contains shell syntax ";"/],
    [{ packages: '-exec=evil' }, /^packages: "-exec=evil" is not a package pattern/],
    [{ reproducible: 'true', build: '' }, /^reproducible: true needs binaries/],
    [
      { 'toolchain-source': 'proxy', 'go-download-base-url': 'http://127.0.0.1:1/dl' },
      /^go-download-base-url: is not used with toolchain-source: proxy/
    ],
    [{ mode: 'deploy' }, /^mode: "deploy" is not one of run, setup, plan, merge/],
    [{ 'runner-map': 'linux/arm64 ubuntu' }, /^runner-map: "linux\/arm64 ubuntu" is not a target=runner line/]
  ])('refuses %j with one line naming the input', async (inputs, message) => {
    await expect(build(inputs)).rejects.toThrow(message)
  })

  it('counts an input equal to its default as not given (the runner fills defaults)', async () => {
    const config = await build({ 'toolchain-source': 'proxy', 'go-download-base-url': 'https://go.dev/dl' })
    expect(config.explicit.has('go-download-base-url')).toBe(false)
  })

  it('needs no go.mod in setup mode unless a spec reads it', async () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'gcm-nomod-'))
    await expect(buildConfig((n) => ({ mode: 'setup' })[n], empty)).resolves.toMatchObject({
      goMod: undefined
    })
    await expect(buildConfig((n) => ({ mode: 'setup', 'go-versions': 'go.mod' })[n], empty)).rejects.toThrow(
      /^working-directory: .* has no go.mod/
    )
  })
})

describe('values', () => {
  it('splits flags like a shell without running one', () => {
    expect(parseFlags(`-trimpath -ldflags='-X main.v=1 -s' "a b" $HOME`, 'build-flags')).toEqual([
      '-trimpath',
      '-ldflags=-X main.v=1 -s',
      'a b',
      '$HOME'
    ])
    expect(() => parseFlags('-v $(id)', 'test-flags')).toThrow(/shell syntax/)
    expect(() => parseFlags('-v | tee x', 'test-flags')).toThrow(/shell syntax "\|"/)
  })

  it('parses Go durations', () => {
    expect(parseDuration('1h30m', 'x', 1, 1e9)).toBe(5_400_000)
    expect(parseDuration('90s', 'x', 1, 1e9)).toBe(90_000)
    expect(() => parseDuration('30', 'x', 1, 1e9)).toThrow(/not a duration/)
  })

  it('accepts package patterns and refuses flags', () => {
    expect(parsePackages('./... ./cmd/x,example.com/m/pkg', 'packages')).toEqual([
      './...',
      './cmd/x',
      'example.com/m/pkg'
    ])
    expect(() => parsePackages('./x -toolexec=sh', 'packages')).toThrow(
      /"-toolexec=sh" is not a package pattern/
    )
  })
})
