import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { renderReliabilityDoc } from '../../scripts/reliability-doc.js'
import { BAD_INPUTS, DOCUMENTED } from '../reliability/cases.js'

const ROOT = path.resolve(import.meta.dirname, '../..')

describe('docs/reliability.md', () => {
  it('is exactly what the cases render (run npm run docs)', () => {
    expect(readFileSync(path.join(ROOT, 'docs', 'reliability.md'), 'utf8')).toBe(renderReliabilityDoc())
  })

  it('covers at least 40 bad inputs, with unique ids', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40)
    expect(new Set(BAD_INPUTS.map((c) => c.id)).size).toBe(BAD_INPUTS.length)
  })

  it.each(DOCUMENTED.map((c) => [c.id, c.test.file, c.test.name]))(
    '%s is proven by a test in %s',
    (_id, file, name) => {
      const source = readFileSync(path.join(ROOT, '__tests__', file), 'utf8')
      expect(source).toContain(`'${name}'`)
    }
  )
})
