/**
 * Several Go modules in one run: go.work's `use` lines, the working-directory list, module keys
 * and the cell ids they lead, the go line go.mod specs start from, and the cells per module.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { buildConfig, type Config } from '../../src/config/config.js'
import { planCells } from '../../src/cells/plan.js'
import { cellId, resultOf, type CellPlan } from '../../src/cells/types.js'
import { cellEnvValues } from '../../src/cells/env.js'
import { planMatrix } from '../../src/plan/matrix.js'
import {
  writeRunWorkspace,
  loadModules,
  lowestGoMod,
  moduleKeys,
  parseGoWorkUses,
  runModules,
  type GoModule
} from '../../src/module/modules.js'
import { resolveVersionSpecs, type GoRelease } from '../../src/toolchain/resolve.js'
import type { InstalledToolchain } from '../../src/toolchain/install.js'
import type { TargetEmulation } from '../../src/emulation/setup.js'

/** A workspace folder with go.mod files (folder -> go line) and, when given, a go.work. */
function workspaceWith(mods: Record<string, string | undefined>, goWork?: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gcm-modules-'))
  for (const [dir, go] of Object.entries(mods)) {
    mkdirSync(path.join(root, dir), { recursive: true })
    const name = dir === '.' ? 'root' : dir.replace(/\//g, '-')
    writeFileSync(path.join(root, dir, 'go.mod'), `module example.com/${name}\n${go ? `\ngo ${go}\n` : ''}`)
  }
  if (goWork !== undefined) writeFileSync(path.join(root, 'go.work'), goWork)
  return root
}

describe('go.work', () => {
  it('reads use lines and blocks, quoted or not, skipping comments and other directives and blocks', () => {
    const text = [
      '// a workspace',
      'go 1.26',
      'toolchain go1.26.1',
      'use ./one // the first',
      'use (',
      '\t./two',
      '\t"./three dir"',
      '\t// ./not-this',
      ')',
      'replace (',
      '\texample.com/x => ./x',
      ')',
      'godebug default=go1.21',
      'use ../outside'
    ].join('\n')
    expect(parseGoWorkUses(text)).toEqual(['./one', './two', './three dir', '../outside'])
  })

  it('refuses an unterminated block and a use with two paths, naming the file and line', () => {
    expect(() => parseGoWorkUses('use (\n./a\n', '/w/go.work')).toThrow(
      /^go.work: \/w\/go.work: unterminated use block/
    )
    expect(() => parseGoWorkUses('go 1.22\nuse ./a ./b\n', '/w/go.work')).toThrow(
      /^go.work: \/w\/go.work:2: usage: use local\/dir/
    )
  })
})

describe('module keys', () => {
  it('use the folder name, growing by parent folders only where names clash', () => {
    expect(
      moduleKeys([
        { dir: 'services/api', path: 'x/a' },
        { dir: 'tools/api', path: 'x/b' },
        { dir: 'tools/cli', path: 'x/c' }
      ])
    ).toEqual(['services-api', 'tools-api', 'cli'])
  })

  it('key the workspace folder by its module path, and stay filename-safe and unique', () => {
    expect(
      moduleKeys([
        { dir: '.', path: 'example.com/root' },
        { dir: 'a b/.hidden', path: 'x/h' },
        { dir: 'x/b', path: 'x/1' },
        { dir: 'a/b', path: 'x/2' },
        { dir: 'a-b', path: 'x/3' },
        { dir: 'c d', path: 'x/4' }
      ])
    ).toEqual(['root', '_hidden', 'x-b', 'a-b', 'a-b-2', 'c_d'])
  })

  it('lead the cell id, and one module (no key) keeps the id it always had', () => {
    const target = { goos: 'linux', goarch: 'arm', variant: 'v7' }
    expect(cellId('1.22.8', target, true, false, 'api')).toBe('api-go1.22.8-linux-arm-v7-cgo')
    expect(cellId('1.22.8', target, true, true, 'api')).toBe('api-go1.22.8-linux-arm-v7-race')
    expect(cellId('1.22.8', target, true)).toBe('go1.22.8-linux-arm-v7-cgo')
    expect(cellId('1.22.8', target, false, false, '')).toBe('go1.22.8-linux-arm-v7')
  })
})

describe('the working-directory list', () => {
  it('expands a go.work to its use folders (relative to the go.work), in order, each once', () => {
    const root = workspaceWith(
      { 'svc/api': '1.21', tool: '1.26', extra: '1.22' },
      'go 1.26\nuse (\n\t./tool\n\t./svc/api\n)\n'
    )
    const modules = loadModules(['.', 'extra', 'tool'], root, true)
    expect(modules.map((m) => [m.key, m.dir, m.path, m.goMod.go])).toEqual([
      ['tool', 'tool', 'example.com/tool', '1.26'],
      ['api', 'svc/api', 'example.com/svc-api', '1.21'],
      ['extra', 'extra', 'example.com/extra', '1.22']
    ])
    expect(modules[1].root).toBe(path.join(root, 'svc', 'api'))
  })

  it('gives one module no key: its cells keep their ids', () => {
    const root = workspaceWith({ '.': '1.22' })
    expect(loadModules(['.'], root, true).map((m) => [m.key, m.dir])).toEqual([['', '.']])
  })

  it('refuses a folder without go.mod or go.work, and a go.work using one, in one line naming the input', () => {
    const root = workspaceWith({ a: '1.22' }, 'use ./a\nuse ./missing\n')
    mkdirSync(path.join(root, 'empty'))
    expect(() => loadModules(['a', 'empty'], root, true)).toThrow(
      new RegExp(`^working-directory: ${path.join(root, 'empty')} has no go.mod \\(nor a go.work\\)`)
    )
    expect(() => loadModules(['a', 'nope'], root, true)).toThrow(
      new RegExp(`^working-directory: ${path.join(root, 'nope')} does not exist`)
    )
    expect(() => loadModules(['.'], root, true)).toThrow(
      new RegExp(`^working-directory: ${path.join(root, 'go.work')} uses ./missing, which holds no go.mod`)
    )
    // mode: setup without go.mod specs needs no module: the empty folder is passed over.
    expect(loadModules(['a', 'empty'], root, false).map((m) => m.dir)).toEqual(['a'])
  })

  it('comes from the input as a comma/newline list, through buildConfig', async () => {
    const root = workspaceWith({ api: '1.21', tool: '1.26' })
    const config = await buildConfig((n) => ({ 'working-directory': 'api,\n tool' })[n], root)
    expect(config.modules.map((m) => m.key)).toEqual(['api', 'tool'])
    expect(config.goMod?.go).toBe('1.21')
    await expect(buildConfig((n) => ({ 'working-directory': 'api, nowhere' })[n], root)).rejects.toThrow(
      /^working-directory: .*nowhere does not exist/
    )
  })
})

describe('go.mod specs over several modules', () => {
  const releases: GoRelease[] = ['1.21.13', '1.22.12', '1.23.9', '1.24.3'].map((v) => ({
    version: v,
    semver: v,
    stable: true
  }))
  it('span from the lowest go line of the modules to stable', () => {
    const root = workspaceWith({ a: '1.23', b: '1.22', c: '1.24' })
    const modules = loadModules(['a', 'b', 'c'], root, true)
    expect(lowestGoMod(modules)?.go).toBe('1.22')
    expect(
      resolveVersionSpecs(['go.mod..stable'], releases, lowestGoMod(modules)).map((r) => r.version)
    ).toEqual(['1.22.12', '1.23.9', '1.24.3'])
    expect(resolveVersionSpecs(['go.mod'], releases, lowestGoMod(modules)).map((r) => r.version)).toEqual([
      '1.22.12'
    ])
  })

  it('name a module without a go line, rather than skip it', () => {
    const root = workspaceWith({ a: '1.23', b: undefined })
    expect(() =>
      resolveVersionSpecs(['go.mod'], releases, lowestGoMod(loadModules(['a', 'b'], root, true)))
    ).toThrow(/b\/go.mod has no go line/)
  })
})

describe('cells per module', () => {
  const toolchain = (version: string): InstalledToolchain => ({
    version,
    semver: version,
    specs: [version],
    path: `/opt/go/${version}`,
    source: 'dl',
    verified: true,
    durationMs: 0
  })
  const amd64 = { goos: 'linux', goarch: 'amd64', variant: '' }
  const emulation = new Map<string, TargetEmulation>([
    ['linux/amd64', { target: 'linux/amd64', execution: 'native', reason: '' }]
  ])
  const host = { goos: 'linux', goarch: 'amd64', toolCacheArch: 'x64' }
  const root = workspaceWith({ api: '1.21', tool: '1.26' })
  const modules: GoModule[] = loadModules(['api', 'tool'], root, true)
  const configOf = (mods: GoModule[]) =>
    ({ targets: [amd64], cgo: [false], modules: mods }) as unknown as Config

  it('are module x Go version x target x cgo, race cells per module, each cell carrying its module', () => {
    const plans = planCells(
      configOf(modules),
      [toolchain('1.21.13'), toolchain('1.26.11')],
      emulation,
      host,
      {
        enabled: true
      }
    )
    expect(plans.map((p) => p.id)).toEqual([
      'api-go1.21.13-linux-amd64',
      'api-go1.21.13-linux-amd64-race',
      'api-go1.26.11-linux-amd64',
      'api-go1.26.11-linux-amd64-race',
      'tool-go1.21.13-linux-amd64',
      'tool-go1.21.13-linux-amd64-race',
      'tool-go1.26.11-linux-amd64',
      'tool-go1.26.11-linux-amd64-race'
    ])
    expect(plans.map((p) => p.module?.root)).toEqual([
      ...Array(4).fill(path.join(root, 'api')),
      ...Array(4).fill(path.join(root, 'tool'))
    ])
    // results.json: each cell names its module (folder and path), and the run lists them.
    const result = resultOf(plans[4], 'skipped', 'x')
    expect(result.module).toEqual({ key: 'tool', dir: 'tool', path: 'example.com/tool' })
    expect(runModules(modules, [])).toEqual([
      { key: 'api', dir: 'api', path: 'example.com/api', go: '1.21' },
      { key: 'tool', dir: 'tool', path: 'example.com/tool', go: '1.26' }
    ])
    // Merged cells bring their modules with them.
    expect(runModules([], [result, { ...result, id: 'again' }])).toEqual([
      { key: 'tool', dir: 'tool', path: 'example.com/tool' }
    ])
  })

  it('test their module on its own (GOWORK=off); one module keeps the environment it had', () => {
    const plans = planCells(configOf(modules), [toolchain('1.26.11')], emulation, host, { enabled: false })
    const paths = { goCache: '/c', goModCache: '/m' }
    expect(cellEnvValues(plans[0], paths).extra).toEqual({ GOWORK: 'off' })
    const single = planCells(configOf([modules[0]]), [toolchain('1.26.11')], emulation, host, {
      enabled: false
    })
    expect(single.map((p: CellPlan) => [p.id, p.module])).toEqual([['go1.26.11-linux-amd64', undefined]])
    expect(cellEnvValues(single[0], paths).extra).toBeUndefined()
    expect(resultOf(single[0], 'passed', '')).not.toHaveProperty('module')
  })
})

describe('mode: plan and the run-wide go.work', () => {
  const root = workspaceWith({ api: '1.21', 'svc/tool': '1.26' })
  const modules = loadModules(['api', 'svc/tool'], root, true)
  const amd64 = { goos: 'linux', goarch: 'amd64', variant: '' }
  const arm64 = { goos: 'linux', goarch: 'arm64', variant: '' }

  it('plans every module in every job: planned cells carry their module, ids their key', () => {
    const config = {
      targets: [amd64, arm64],
      cgo: [false],
      race: 'false',
      planGranularity: 'target',
      runnerMap: new Map(),
      packages: ['./...'],
      modules
    } as unknown as Config
    const plan = planMatrix(config, ['1.21.13'])
    expect(plan.include.map((e) => e.cells)).toEqual([
      'api-go1.21.13-linux-amd64 tool-go1.21.13-linux-amd64',
      'api-go1.21.13-linux-arm64 tool-go1.21.13-linux-arm64'
    ])
    expect(plan.cells.map((c) => [c.id, c.module])).toEqual([
      ['api-go1.21.13-linux-amd64', { key: 'api', dir: 'api', path: 'example.com/api' }],
      ['tool-go1.21.13-linux-amd64', { key: 'tool', dir: 'svc/tool', path: 'example.com/svc-tool' }],
      ['api-go1.21.13-linux-arm64', { key: 'api', dir: 'api', path: 'example.com/api' }],
      ['tool-go1.21.13-linux-arm64', { key: 'tool', dir: 'svc/tool', path: 'example.com/svc-tool' }]
    ])
    // One module: the plan it always made.
    expect(
      planMatrix({ ...config, modules: [modules[0]] }, ['1.21.13']).cells.map((c) => [c.id, c.module])
    ).toEqual([
      ['go1.21.13-linux-amd64', undefined],
      ['go1.21.13-linux-arm64', undefined]
    ])
  })

  it('writes a go.work of every module under the newest go line, and none for one module', async () => {
    const temp = mkdtempSync(path.join(os.tmpdir(), 'gcm-work-'))
    const file = await writeRunWorkspace(modules, [], root, temp)
    expect(readFileSync(file!, 'utf8')).toBe(
      `go 1.26\n\nuse (\n\t${JSON.stringify(path.join(root, 'api'))}\n\t${JSON.stringify(path.join(root, 'svc', 'tool'))}\n)\n`
    )
    // mode: merge: the modules come from the cells.
    const cells = [
      { module: { key: 'api', dir: 'api', path: 'example.com/api' } },
      { module: { key: 'tool', dir: 'svc/tool', path: 'x' } }
    ]
    expect(await writeRunWorkspace([], cells, root, temp)).toBe(file)
    expect(await writeRunWorkspace([modules[0]], [], root, temp)).toBeUndefined()
  })
})
