/**
 * Where mode: merge finds the jobs on GitHub: this workflow run's `<artifact-name>-results-*`,
 * `-coverage-*` and `-plan` artifacts. The action hands it to the engine; the CLI merges
 * local out-dirs (merge-from) through the same merge stage.
 */
import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import { EnvironmentError, UserError } from '../errors.js'
import type { MergeSources } from '../merge/types.js'
import { PLAN_FILE, type PlanFile } from '../plan/matrix.js'
import type { Results } from '../report/results.js'
import type { RunContext } from '../run/context.js'

/** This workflow run's `<name>-results-*`, `-coverage-*` and `-plan` artifacts. */
export async function artifactSources(ctx: RunContext): Promise<MergeSources> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    throw new EnvironmentError(
      'mode: merge reads the artifacts of a GitHub Actions workflow run; it needs ACTIONS_RUNTIME_TOKEN (run it as a job after the matrix jobs), or merge-from with the out-dirs to merge'
    )
  }
  const { outDir, artifactName: prefix } = ctx.config
  const client = new DefaultArtifactClient()
  const { artifacts } = await client.listArtifacts({ latest: true })
  const results = artifacts.filter((a) => a.name.startsWith(`${prefix}-results-`))
  if (results.length === 0) {
    throw new UserError(
      `mode: merge found no artifact named ${prefix}-results-* in this workflow run; run the mode: run jobs first with the same artifact-name`
    )
  }
  const sources: MergeSources = { parts: [], planWhere: `a ${prefix}-plan artifact in this workflow run` }
  for (const artifact of results) {
    const dir = path.join(ctx.dirs.temp, 'merge', artifact.name)
    await client.downloadArtifact(artifact.id, { path: dir })
    const parsed = JSON.parse(await readFile(path.join(dir, 'results.json'), 'utf8')) as Results
    sources.parts.push({ name: artifact.name, results: parsed, dir })
  }
  await mkdir(outDir, { recursive: true })
  // Coverage profiles go straight where the cells list them.
  for (const artifact of artifacts.filter((a) => a.name.startsWith(`${prefix}-coverage-`)))
    await client.downloadArtifact(artifact.id, { path: outDir })
  const planArtifact = artifacts.find((a) => a.name === `${prefix}-plan`)
  if (planArtifact) {
    const dir = path.join(ctx.dirs.temp, 'merge', planArtifact.name)
    await client.downloadArtifact(planArtifact.id, { path: dir })
    sources.plan = JSON.parse(await readFile(path.join(dir, PLAN_FILE), 'utf8')) as PlanFile
  }
  return sources
}
