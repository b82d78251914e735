/**
 * The official schemas the SBOMs must pass: CycloneDX 1.6 through @cyclonedx/cyclonedx-library's
 * strict validator, SPDX 2.3 through ajv with the schema from the SPDX tools (see
 * __tests__/fixtures/schemas/README.md). Each returns the list of errors, empty when valid.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Spec, Validation } from '@cyclonedx/cyclonedx-library'
import { Ajv2019 } from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'

const SPDX_SCHEMA = path.join(import.meta.dirname, '../fixtures/schemas/spdx-schema-v2.3.json')

export async function validateCycloneDx(text: string): Promise<unknown[]> {
  const errors = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(text)
  return errors === null ? [] : [errors]
}

let spdxValidator: ReturnType<Ajv2019['compile']> | undefined

export function validateSpdx(text: string): unknown[] {
  if (!spdxValidator) {
    const ajv = new Ajv2019({ allErrors: true, strict: true })
    addFormats.default(ajv)
    spdxValidator = ajv.compile(JSON.parse(readFileSync(SPDX_SCHEMA, 'utf8')) as object)
  }
  return spdxValidator(JSON.parse(text)) ? [] : [...(spdxValidator.errors ?? [])]
}
