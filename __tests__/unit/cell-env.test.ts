/** A cell's environment: the runner's, with everything that picks a toolchain or target replaced by the cell's. */
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { cellEnv, defaultGoModCache, goCacheDir } from '../../src/cells/env.js'
import type { CellPlan } from '../../src/cells/types.js'
import type { Execution } from '../../src/emulation/setup.js'

function plan(
  opts: { goarch?: string; variant?: string; cgo?: boolean; race?: boolean; execution?: Execution } = {}
): CellPlan {
  return {
    id: 'cell',
    toolchain: {
      version: '1.22.8',
      semver: '1.22.8',
      specs: ['1.22.8'],
      path: '/opt/go/1.22.8',
      source: 'dl',
      verified: true,
      durationMs: 0
    },
    target: { goos: 'linux', goarch: opts.goarch ?? 'arm64', variant: opts.variant ?? '' },
    cgo: opts.cgo ?? false,
    race: opts.race ?? false,
    emulation: { target: 'linux/arm64', execution: opts.execution ?? 'native', reason: '' }
  }
}

const paths = { goCache: '/cache/go-build/1.22.8', goModCache: '/mod' }

/** A runner that set every variable a cell must own, plus a few it must keep. */
const strayRunner: NodeJS.ProcessEnv = {
  PATH: '/usr/local/bin:/usr/bin',
  HOME: '/home/runner',
  GOPROXY: 'https://proxy.example.com',
  GOPRIVATE: 'example.com/private',
  GOFLAGS: '-mod=mod',
  GOROOT: '/usr/local/go',
  GOOS: 'windows',
  GOARCH: '386',
  GOARM: '5',
  GOAMD64: 'v3',
  GOARM64: 'v8.1',
  GO386: 'softfloat',
  GOMIPS: 'softfloat',
  GOEXE: '.exe',
  GOHOSTOS: 'darwin',
  GOHOSTARCH: 'arm64',
  GOTOOLCHAIN: 'auto',
  CGO_ENABLED: '1',
  CC: 'clang',
  CXX: 'clang++',
  GOCACHE: '/runner/gocache',
  GOMODCACHE: '/runner/gomodcache',
  GOCOVERDIR: '/runner/cover',
  QEMU_LD_PREFIX: '/runner/sysroot'
}

describe('cellEnv', () => {
  it('removes the runner stray target, toolchain and cache settings and sets the cell ones', () => {
    const env = cellEnv(strayRunner, plan(), paths)
    expect(env).toMatchObject({
      GOROOT: '/opt/go/1.22.8',
      GOOS: 'linux',
      GOARCH: 'arm64',
      GOTOOLCHAIN: 'local',
      CGO_ENABLED: '0',
      GOCACHE: '/cache/go-build/1.22.8',
      GOMODCACHE: '/mod'
    })
    for (const key of [
      'GOARM',
      'GOAMD64',
      'GOARM64',
      'GO386',
      'GOMIPS',
      'GOEXE',
      'GOHOSTOS',
      'GOHOSTARCH',
      'CC',
      'CXX',
      'GOCOVERDIR',
      'QEMU_LD_PREFIX',
      'GODEBUG'
    ])
      expect(env[key]).toBeUndefined()
  })

  it('passes GOPROXY, GOPRIVATE, GOFLAGS and HOME through', () => {
    const env = cellEnv(strayRunner, plan(), paths)
    expect(env.GOPROXY).toBe('https://proxy.example.com')
    expect(env.GOPRIVATE).toBe('example.com/private')
    expect(env.GOFLAGS).toBe('-mod=mod')
    expect(env.HOME).toBe('/home/runner')
  })

  it('does not change the runner environment it was given', () => {
    const base = { ...strayRunner }
    cellEnv(base, plan({ cgo: true, execution: 'qemu-binfmt' }), paths, { cc: 'gcc', ldPrefix: '/x' })
    expect(base).toEqual(strayRunner)
  })

  it("puts the toolchain's bin first on PATH, keeping the runner's PATH after it", () => {
    const env = cellEnv(strayRunner, plan(), paths)
    expect(env.PATH).toBe(['/opt/go/1.22.8/bin', '/usr/local/bin:/usr/bin'].join(path.delimiter))
    expect(cellEnv({}, plan(), paths).PATH).toBe('/opt/go/1.22.8/bin')
  })

  it('sets the variant env: GOARM for arm/v7, GOAMD64 for amd64/v3', () => {
    const arm = cellEnv(strayRunner, plan({ goarch: 'arm', variant: 'v7' }), paths)
    expect([arm.GOARCH, arm.GOARM, arm.GOAMD64]).toEqual(['arm', '7', undefined])
    const amd = cellEnv(strayRunner, plan({ goarch: 'amd64', variant: 'v3' }), paths)
    expect([amd.GOARCH, amd.GOAMD64, amd.GOARM]).toEqual(['amd64', 'v3', undefined])
  })

  it('sets CGO_ENABLED per cell and CC from the C compiler', () => {
    const off = cellEnv({ ...strayRunner, CGO_ENABLED: '1' }, plan({ cgo: false }), paths)
    expect(off.CGO_ENABLED).toBe('0')
    expect(off.CC).toBeUndefined()
    const on = cellEnv({ ...strayRunner, CGO_ENABLED: '0' }, plan({ cgo: true }), paths, { cc: 'gcc' })
    expect(on.CGO_ENABLED).toBe('1')
    expect(on.CC).toBe('gcc')
  })

  describe('GODEBUG=asyncpreemptoff=1', () => {
    const noGodebug = { PATH: '/usr/bin' }
    it.each(['qemu-binfmt', 'qemu-exec'] as Execution[])('is set for a %s cell', (execution) => {
      expect(cellEnv(noGodebug, plan({ execution }), paths).GODEBUG).toBe('asyncpreemptoff=1')
    })

    it.each(['native', 'build-only'] as Execution[])('is not set for a %s cell', (execution) => {
      expect(cellEnv(noGodebug, plan({ execution }), paths).GODEBUG).toBeUndefined()
    })

    it('is not set for a race cell, even when its plan says emulated', () => {
      expect(
        cellEnv(noGodebug, plan({ execution: 'qemu-binfmt', race: true, cgo: true }), paths).GODEBUG
      ).toBeUndefined()
    })

    it("leaves the runner's own GODEBUG as it is, even an empty one", () => {
      const env = cellEnv(
        { ...noGodebug, GODEBUG: 'madvdontneed=1' },
        plan({ execution: 'qemu-exec' }),
        paths
      )
      expect(env.GODEBUG).toBe('madvdontneed=1')
      expect(cellEnv({ GODEBUG: '' }, plan({ execution: 'qemu-exec' }), paths).GODEBUG).toBe('')
    })
  })

  describe('QEMU_LD_PREFIX', () => {
    const cross = { cc: 'aarch64-linux-gnu-gcc', ldPrefix: '/usr/aarch64-linux-gnu' }

    it.each(['qemu-binfmt', 'qemu-exec'] as Execution[])(
      'is the sysroot for an emulated (%s) cgo cell',
      (execution) => {
        const env = cellEnv(strayRunner, plan({ cgo: true, execution }), paths, cross)
        expect(env.QEMU_LD_PREFIX).toBe('/usr/aarch64-linux-gnu')
        expect(env.CC).toBe('aarch64-linux-gnu-gcc')
      }
    )

    it('is not set for a build-only or native cgo cell with a cross compiler', () => {
      expect(
        cellEnv(strayRunner, plan({ cgo: true, execution: 'build-only' }), paths, cross).QEMU_LD_PREFIX
      ).toBeUndefined()
      expect(
        cellEnv(strayRunner, plan({ cgo: true, execution: 'native' }), paths, cross).QEMU_LD_PREFIX
      ).toBeUndefined()
    })

    it('is not set for an emulated cgo cell whose compiler has no sysroot', () => {
      const env = cellEnv(strayRunner, plan({ cgo: true, execution: 'qemu-binfmt' }), paths, { cc: 'gcc' })
      expect(env.QEMU_LD_PREFIX).toBeUndefined()
    })

    it('is not set for an emulated cell without cgo (no compiler)', () => {
      expect(
        cellEnv(strayRunner, plan({ cgo: false, execution: 'qemu-binfmt' }), paths).QEMU_LD_PREFIX
      ).toBeUndefined()
    })

    it('is not set for a race cell', () => {
      const env = cellEnv(
        strayRunner,
        plan({ cgo: true, race: true, execution: 'qemu-binfmt' }),
        paths,
        cross
      )
      expect(env.QEMU_LD_PREFIX).toBeUndefined()
    })
  })
})

describe('goCacheDir', () => {
  it('keeps one build cache per Go version under the cache root', () => {
    expect(goCacheDir('/cache', '1.22.8')).toBe(path.join('/cache', 'go-build', '1.22.8'))
    expect(goCacheDir('/cache', '1.21.13')).not.toBe(goCacheDir('/cache', '1.22.8'))
  })
})

describe('defaultGoModCache', () => {
  it('is GOMODCACHE when the runner set it', () => {
    expect(defaultGoModCache({ GOMODCACHE: '/m', GOPATH: '/gp' }, '/home/u')).toBe('/m')
  })

  it('is the first GOPATH entry /pkg/mod otherwise', () => {
    const gopath = ['', '/gp1', '/gp2'].join(path.delimiter)
    expect(defaultGoModCache({ GOPATH: gopath }, '/home/u')).toBe(path.join('/gp1', 'pkg', 'mod'))
  })

  it('is ~/go/pkg/mod without GOPATH, or with an empty one or an empty GOMODCACHE', () => {
    expect(defaultGoModCache({}, '/home/u')).toBe(path.join('/home/u', 'go', 'pkg', 'mod'))
    expect(defaultGoModCache({ GOPATH: '', GOMODCACHE: '' }, '/home/u')).toBe(
      path.join('/home/u', 'go', 'pkg', 'mod')
    )
  })
})
