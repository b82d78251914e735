import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { helpText, parseCliArgs } from '../../src/cli/args.js'
import { INPUTS, OUTPUTS } from '../../src/config/inputs.js'
import { TOOL } from '../../src/version.js'
import { ROOT, renderActionYml, renderReadmeTables } from '../../scripts/interface-docs.js'

const actionYml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')

describe('one declaration of the inputs drives action.yml, the README and the CLI', () => {
  it('action.yml is exactly what the declaration renders (run npm run docs)', () => {
    expect(actionYml).toBe(renderActionYml())
  })

  it('action.yml runs on node24 and lists every input with its default and every output', () => {
    const doc = parse(actionYml)
    expect(doc.runs).toMatchObject({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js' })
    expect(Object.keys(doc.inputs)).toEqual(INPUTS.map((i) => i.name))
    for (const i of INPUTS) expect(doc.inputs[i.name].default).toBe(i.default)
    expect(Object.keys(doc.outputs)).toEqual(OUTPUTS.map((o) => o.name))
  })

  it('the README tables are the rendered ones', () => {
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain(renderReadmeTables())
  })

  it('every input is a CLI flag listed by --help', () => {
    const help = helpText()
    for (const i of INPUTS) {
      expect(help).toContain(`--${i.name} `)
      expect(parseCliArgs([`--${i.name}=x`]).values.get(i.name)).toBe('x')
    }
  })

  it('takes a positional working-directory, bare boolean flags, and refuses unknown flags', () => {
    const args = parseCliArgs(['--fail-fast', '--go-versions', '1.22', 'examples/hello'])
    expect(Object.fromEntries(args.values)).toEqual({
      'fail-fast': 'true',
      'go-versions': '1.22',
      'working-directory': 'examples/hello'
    })
    expect(() => parseCliArgs(['--go-version', '1.22'])).toThrow(
      'unknown flag --go-version; run go-cross-matrix --help for the flags'
    )
    expect(() => parseCliArgs(['a', 'b'])).toThrow(/working-directory: give one module folder/)
  })
})

describe('version', () => {
  it('TOOL.version (--version, SBOMs) is package.json version', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }
    expect(TOOL.version).toBe(pkg.version)
  })
})
