/**
 * The schemas a provenance statement must pass: the in-toto Statement v1 and SLSA Provenance v1,
 * written from their spec text (neither project publishes a JSON schema; see
 * __tests__/fixtures/schemas/README.md). Returns the list of errors, empty when valid.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'

const SCHEMAS = path.join(import.meta.dirname, '../fixtures/schemas')

let slsaValidator: ReturnType<Ajv2019['compile']> | undefined

export function validateSlsaProvenance(statement: unknown): unknown[] {
  if (!slsaValidator) {
    // strictRequired off: `required` inside anyOf/allOf names properties the enclosing schema declares.
    const ajv = new Ajv2019({ allErrors: true, strict: true, strictRequired: false })
    addFormats.default(ajv)
    const load = (file: string) => JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8')) as object
    ajv.addSchema(load('in-toto-statement-v1.schema.json'))
    slsaValidator = ajv.compile(load('slsa-provenance-v1.schema.json'))
  }
  return slsaValidator(statement) ? [] : [...(slsaValidator.errors ?? [])]
}
