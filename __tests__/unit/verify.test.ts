import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from '@jest/globals'
import { parseBuildInfo, type BuildInfo } from '../../src/verify/buildinfo.js'
import { checkBinary } from '../../src/verify/check-binary.js'
import { parseExecutable, readExecutable } from '../../src/verify/executable.js'

const SAMPLE = [
  '/tmp/bin/app: go1.22.8',
  '\tpath\texample.com/m/cmd/app',
  '\tmod\texample.com/m\t(devel)\t',
  '\tdep\tgolang.org/x/text\tv0.14.0\th1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=',
  '\tdep\trsc.io/quote\tv1.5.2\th1:w5fcysjrx7yqtD/aO+QwRjYZOKnaM9Uh2b40tElTs3Y=',
  '\t=>\t./local/quote\t(devel)\t',
  '\tbuild\t-buildmode=exe',
  '\tbuild\t-ldflags="-s -w"',
  '\tbuild\tCGO_ENABLED=0',
  '\tbuild\tGOARCH=arm',
  '\tbuild\tGOOS=linux',
  '\tbuild\tGOARM=7',
  ''
].join('\n')

describe('build info', () => {
  it('parses go version -m output, replacements and quoted settings', () => {
    const info = parseBuildInfo(SAMPLE)!
    expect(info.goVersion).toBe('go1.22.8')
    expect(info.path).toBe('example.com/m/cmd/app')
    expect(info.main).toEqual({ path: 'example.com/m', version: '(devel)', sum: '' })
    expect(info.deps[1]).toEqual({
      path: 'rsc.io/quote',
      version: 'v1.5.2',
      sum: 'h1:w5fcysjrx7yqtD/aO+QwRjYZOKnaM9Uh2b40tElTs3Y=',
      replace: { path: './local/quote', version: '(devel)', sum: '' }
    })
    expect(info.settings['-ldflags']).toBe('-s -w')
    expect(info.settings.GOARM).toBe('7')
  })

  it('returns undefined for text that is not build info', () => {
    expect(parseBuildInfo('go: not a Go binary')).toBeUndefined()
  })
})

describe('binary checks against a real Go binary', () => {
  let amd64: string
  let info: BuildInfo
  const goVersion = execFileSync('go', ['env', 'GOVERSION']).toString().trim().slice(2)

  beforeAll(() => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gcm-verify-'))
    writeFileSync(path.join(dir, 'go.mod'), 'module example.com/probe\n\ngo 1.21\n')
    writeFileSync(path.join(dir, 'main.go'), 'package main\n\nfunc main() { println("hi") }\n')
    amd64 = path.join(dir, 'probe')
    const env = {
      ...process.env,
      GOOS: 'linux',
      GOARCH: 'amd64',
      CGO_ENABLED: '0',
      GOTOOLCHAIN: 'local',
      GOFLAGS: '-buildvcs=false'
    }
    execFileSync('go', ['build', '-trimpath', '-o', amd64, '.'], { cwd: dir, env })
    info = parseBuildInfo(execFileSync('go', ['version', '-m', amd64]).toString())!
  })

  it('passes a static linux/amd64 binary in a linux/amd64 cell', async () => {
    const checks = checkBinary(await readExecutable(amd64), info, {
      target: { goos: 'linux', goarch: 'amd64', variant: '' },
      goVersion,
      cgo: false
    })
    expect(checks).toMatchObject({
      format: 'elf',
      machine: true,
      static: true,
      needed: [],
      buildinfo: true,
      problems: []
    })
  })

  it('names the machine and build-info fields when an amd64 binary lands in an arm64 cell', async () => {
    const checks = checkBinary(await readExecutable(amd64), info, {
      target: { goos: 'linux', goarch: 'arm64', variant: '' },
      goVersion: '1.21.13',
      cgo: true
    })
    expect(checks.machine).toBe(false)
    expect(checks.buildinfo).toBe(false)
    expect(checks.problems).toEqual([
      'machine is amd64, expected arm64',
      `buildinfo go version is go${goVersion}, expected go1.21.13`,
      'buildinfo GOARCH is amd64, expected arm64',
      'buildinfo CGO_ENABLED is 0, expected 1'
    ])
  })

  it('refuses a dynamically linked binary in a cgo-off cell, naming what it needs', () => {
    // /bin/true is a dynamically linked x86-64 ELF on this machine.
    const facts = parseExecutable(readFileSync('/bin/true'))
    expect(facts.interpreter).toMatch(/ld-linux/)
    expect(facts.needed).toContain('libc.so.6')
    const checks = checkBinary(facts, info, {
      target: { goos: 'linux', goarch: 'amd64', variant: '' },
      goVersion,
      cgo: false
    })
    expect(checks.static).toBe(false)
    expect(checks.problems[0]).toMatch(/^static: a CGO_ENABLED=0 binary needs .*ld-linux.*libc\.so\.6/)
  })

  it('reads PE and Mach-O machines', () => {
    const pe = Buffer.alloc(256)
    pe.write('MZ', 0, 'latin1')
    pe.writeUInt32LE(0x80, 0x3c)
    pe.write('PE\0\0', 0x80, 'latin1')
    pe.writeUInt16LE(0xaa64, 0x84)
    expect(parseExecutable(pe)).toEqual({ format: 'pe', goarch: 'arm64' })
    const macho = Buffer.alloc(32)
    macho.writeUInt32LE(0xfeedfacf, 0)
    macho.writeUInt32LE(0x01000007, 4)
    expect(parseExecutable(macho)).toEqual({ format: 'macho', goarch: 'amd64' })
  })
})
