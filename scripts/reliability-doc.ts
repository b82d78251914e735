/**
 * Renders docs/reliability.md from the reliability suite's cases (__tests__/reliability/cases.ts).
 * `npm run docs` writes it; a unit test fails when it drifts from the cases.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { BAD_INPUTS, DOCUMENTED } from '../__tests__/reliability/cases.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cell = (text: string): string => text.replace(/\|/g, '\\|')

export function renderReliabilityDoc(): string {
  const faults = DOCUMENTED.filter((c) => c.kind === 'fault')
  const hostile = DOCUMENTED.filter((c) => c.kind === 'hostile')
  const table = (cases: typeof DOCUMENTED) => [
    '| case | what happens | how | test |',
    '|---|---|---|---|',
    ...cases.map(
      (c) =>
        `| ${cell(c.what)} | ${c.outcome} | ${cell(c.detail)} | \`${c.test.file}\`: ${cell(c.test.name)} |`
    )
  ]
  const lines = [
    '# Reliability: what was tried and what happens',
    '',
    '<!-- Generated from __tests__/reliability/cases.ts by `npm run docs`; a unit test keeps it in step. -->',
    '',
    `The suite tries ${BAD_INPUTS.length} bad inputs, ${faults.length} faults and ${hostile.length} kinds of hostile content.`,
    '',
    '## Bad input',
    '',
    'Each runs through both `dist/cli.js` (exit code 2) and `dist/index.js` (a failed step, exit code 1): one line naming the input',
    'and what is valid (below: the start of that line), no stack trace, nothing in the tool cache',
    'without its `.complete`, no results.json in out-dir.',
    '',
    '| case | the line says |',
    '|---|---|',
    ...BAD_INPUTS.map(
      (c) =>
        `| ${cell(c.id)} | \`${cell(c.line.source.replace(/^\^/, '').replace(/\\(.)/g, '$1').slice(0, 90))}\` |`
    ),
    '',
    '## Faults',
    '',
    ...table(faults),
    '',
    '## Hostile content',
    '',
    ...table(hostile),
    '',
    'After every fault case the tool cache holds only complete, verified toolchains: the tests',
    'check that no version folder exists without its `.complete` marker.',
    ''
  ]
  return lines.join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(path.join(ROOT, 'docs', 'reliability.md'), renderReliabilityDoc())
  console.log('wrote docs/reliability.md')
}
