import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { helpText, parseCliArgs } from '../../src/cli/args.js'
import { INPUTS, OUTPUTS } from '../../src/config/inputs.js'
import { TOOL } from '../../src/version.js'
import {
  ROOT,
  WORKFLOW_FILE,
  renderActionYml,
  renderReadmeTables,
  renderWorkflow
} from '../../scripts/interface-docs.js'

const actionYml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8')
const workflowYml = readFileSync(path.join(ROOT, WORKFLOW_FILE), 'utf8')

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

  it('the reusable workflow is exactly what the declaration renders (run npm run docs)', () => {
    expect(workflowYml).toBe(renderWorkflow())
    expect(workflowYml.split('\n')[0]).toMatch(/^# Generated from src\/config\/inputs\.ts by `npm run docs`/)
  })

  it('the reusable workflow takes every input but mode, and every job declares its permissions', () => {
    const doc = parse(workflowYml)
    const inputs = doc.on.workflow_call.inputs
    for (const i of INPUTS.filter((i) => i.name !== 'mode')) {
      expect(inputs[i.name]).toEqual({ description: i.description, type: 'string', default: i.default })
    }
    expect(inputs.mode).toBeUndefined()
    expect(inputs['runs-on']).toMatchObject({ type: 'string', default: 'ubuntu-24.04' })
    expect(Object.keys(doc.jobs)).toEqual(['plan', 'run', 'merge'])
    for (const [name, job] of Object.entries<{ permissions?: unknown }>(doc.jobs)) {
      expect([name, job.permissions]).toEqual([name, { contents: 'read' }])
    }
  })

  it('the reusable workflow sets each job its mode and passes the inputs through', () => {
    const doc = parse(workflowYml)
    const step = (job: string) =>
      doc.jobs[job].steps.find((s: { uses: string }) => s.uses.startsWith('go-cross-matrix/')).with as Record<
        string,
        string
      >
    const plan = step('plan')
    const run = step('run')
    const merge = step('merge')
    expect([plan.mode, run.mode, merge.mode]).toEqual(['plan', 'run', 'merge'])
    // every run job gets every input but the plan-only ones; its share of the plan from the matrix
    const runInputs = INPUTS.map((i) => i.name).filter(
      (n) => !['mode', 'plan-granularity', 'runner-map', 'shards', 'shard-history'].includes(n)
    )
    expect(Object.keys(run)).toEqual(['mode', ...runInputs])
    for (const n of runInputs) {
      const from = ['go-versions', 'targets', 'cgo', 'race', 'packages', 'shard'].includes(n)
        ? 'matrix'
        : 'inputs'
      expect(run[n]).toBe(`\${{ ${from}.${n} }}`)
    }
    for (const n of [
      'go-versions',
      'targets',
      'cgo',
      'race',
      'plan-granularity',
      'runner-map',
      'artifact-name'
    ])
      expect(plan[n]).toBe(`\${{ inputs.${n} }}`)
    for (const n of ['working-directory', 'artifact-name', 'out-dir'])
      expect(merge[n]).toBe(`\${{ inputs.${n} }}`)
    expect(doc.jobs.run.strategy.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}')
    // the outputs the caller gets: the merged verdict from merge, the plan's from plan
    const outputs = doc.on.workflow_call.outputs
    expect(outputs.passed.value).toBe('${{ jobs.merge.outputs.passed }}')
    expect(outputs.matrix.value).toBe('${{ jobs.plan.outputs.matrix }}')
    for (const [name, out] of Object.entries<{ value: string }>(outputs)) {
      expect(OUTPUTS.map((o) => o.name)).toContain(name)
      const [, job] = /^\$\{\{ jobs\.(\w+)\.outputs\./.exec(out.value) ?? []
      expect(doc.jobs[job].outputs[name]).toBe(`\${{ steps.${job}.outputs.${name} }}`)
    }
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
