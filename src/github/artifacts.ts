/**
 * Uploads the run's evidence as four artifacts through @actions/artifact: <name>-binaries (bin/,
 * checksums.txt and the provenance), -sbom, -coverage and -results (results.json, summary.md, logs/). Names
 * carry a suffix derived from the job's cells, so several jobs of one workflow run (a matrix)
 * never collide. Whatever exists is uploaded even when cells failed.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import type { CellResult } from '../cells/types.js'
import { cellIdSuffix } from '../platform/platforms.js'
import { errorLine } from '../errors.js'
import type { Stage } from '../run/context.js'
import type { Shard } from '../plan/types.js'
import type { FileKind } from '../run/files.js'

export type ArtifactKind = 'binaries' | 'sbom' | 'coverage' | 'results'

/** Which registered files go into which artifact of a run job (the run's file list, src/run/files.ts). */
const CONTENTS: Record<ArtifactKind, FileKind[]> = {
  binaries: ['binary', 'checksums', 'provenance'],
  sbom: ['sbom'],
  coverage: ['coverage'],
  results: ['results', 'report', 'log', 'junit']
}

/** "-linux-amd64-linux-arm64-1a2b3c": readable for small jobs, always unique by the cell-id hash. */
export function jobSuffix(cells: CellResult[], shard?: Shard | null): string {
  const targets = [...new Set(cells.map((c) => cellIdSuffix(c)))]
  const readable = [
    targets.length <= 3 ? targets.join('-') : `${targets.length}-targets`,
    // the shards of one job hold the same cells: the shard keeps their artifacts apart
    ...(shard ? [`shard${shard.index}of${shard.count}`] : [])
  ].join('-')
  const ids = cells
    .map((c) => c.id)
    .sort()
    .join(',')
  return `-${readable}-${createHash('sha256').update(ids).digest('hex').slice(0, 6)}`
}

export function artifactName(
  prefix: string,
  kind: ArtifactKind,
  cells: CellResult[],
  shard?: Shard | null
): string {
  return `${prefix}-${kind}${jobSuffix(cells, shard)}`
}

export const uploadArtifactsStage: Stage = {
  name: 'artifacts',
  always: true,
  skip: (ctx) =>
    !ctx.config.upload
      ? 'upload: false'
      : !process.env.ACTIONS_RUNTIME_TOKEN
        ? 'not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN)'
        : undefined,
  async run(ctx) {
    const client = new DefaultArtifactClient()
    const { outDir, artifactName: prefix, retentionDays } = ctx.config
    // A merge job uploads one artifact of its own (what it wrote, not the cells' files it read),
    // whose name never matches the `-results-` jobs it merged; a plan job uploads plan.json.
    const of = (kinds: FileKind[], runWideOnly = false) =>
      ctx.files.filter((f) => kinds.includes(f.kind) && !(runWideOnly && f.cell)).map((f) => f.path)
    const uploads: Array<[string, string[]]> =
      ctx.config.mode === 'plan'
        ? [[`${prefix}-plan`, of(['plan'])]]
        : ctx.config.mode === 'merge'
          ? [[`${prefix}-merged`, of(['results', 'report', 'checksums', 'coverage', 'junit'], true)]]
          : (Object.keys(CONTENTS) as ArtifactKind[]).map((kind) => [
              artifactName(prefix, kind, ctx.cells, ctx.config.shard),
              of(CONTENTS[kind])
            ])
    for (const [name, entries] of uploads) {
      const files = entries.map((entry) => path.join(outDir, entry)).filter((f) => existsSync(f))
      if (files.length === 0) continue
      try {
        const { id, size } = await client.uploadArtifact(name, files, outDir, { retentionDays })
        if (id !== undefined) ctx.artifacts[name] = id
        ctx.log.info(`artifact ${name}: ${files.length} files, ${size ?? '?'} bytes (id ${id})`)
      } catch (err) {
        ctx.log.warning(`artifact ${name}: upload failed: ${errorLine(err)}`)
      }
    }
  }
}

/** A link to an artifact of this workflow run, for the summary. */
export function artifactUrl(id: number): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${id}` : undefined
}
