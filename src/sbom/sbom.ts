/**
 * SBOMs for one built binary: CycloneDX 1.6 and/or SPDX 2.3 JSON, both rendered from the same
 * model of its embedded build info (see model.ts for purls, replacements and properties).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { SbomFormat, SbomSubject, SbomTool } from './types.js'
import { renderCycloneDx } from './cyclonedx.js'
import { buildSbomModel } from './model.js'
import { renderSpdx } from './spdx.js'

export type { SbomFormat, SbomSubject, SbomTool } from './types.js'

const EXTENSIONS: Record<SbomFormat, string> = { cyclonedx: '.cdx.json', spdx: '.spdx.json' }

/**
 * Writes <outDir>/sbom/<cellId>/<binaryName>.cdx.json and/or .spdx.json; returns their paths
 * relative to outDir (forward slashes, in the order of `formats`, each format once).
 * The documents are deterministic but for the CycloneDX serialNumber, the SPDX documentNamespace
 * and their timestamps.
 */
export async function writeSboms(
  subject: SbomSubject,
  formats: SbomFormat[],
  outDir: string,
  cellId: string,
  tool: SbomTool
): Promise<string[]> {
  const wanted = [...new Set(formats)]
  if (wanted.length === 0) return []
  const model = buildSbomModel(subject, cellId)
  const now = new Date()
  const dir = path.join(outDir, 'sbom', cellId)
  await mkdir(dir, { recursive: true })
  const written: string[] = []
  for (const format of wanted) {
    const text =
      format === 'cyclonedx'
        ? renderCycloneDx(model, { tool, now })
        : renderSpdx(model, { tool, now, documentName: `${cellId}/${subject.binaryName}` })
    const file = `${subject.binaryName}${EXTENSIONS[format]}`
    await writeFile(path.join(dir, file), text + '\n')
    written.push(path.posix.join('sbom', cellId, file))
  }
  return written
}
