/**
 * The evidence stage, after every cell: checksums.txt over all binaries, and one coverage
 * profile merged across cells with its `go tool cover -func` and `-html` renderings.
 */
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { goCacheDir } from '../cells/env.js'
import { coveragePercent, parseProfile } from '../coverage/profile.js'
import { formatProfile, mergeProfiles } from '../coverage/merge.js'
import { coverFuncTotal } from '../coverage/go-cover.js'
import type { RunContext, Stage } from '../run/context.js'
import { firstLines } from '../util/process.js'
import { Go } from '../go/go.js'
import { renderChecksums } from './checksums.js'
import { mergeJUnit } from '../report/junit.js'
import { register } from '../run/files.js'
import { newestToolchain } from '../toolchain/install.js'
import { writeRunWorkspace } from '../module/modules.js'

export const evidenceStage: Stage = {
  name: 'evidence',
  async run(ctx) {
    const started = Date.now()
    const { outDir } = ctx.config
    const checksums = renderChecksums(ctx.cells)
    if (checksums) {
      await writeFile(path.join(outDir, 'checksums.txt'), checksums)
      register(ctx.files, { path: 'checksums.txt', kind: 'checksums' })
    }
    await mergeJUnitFiles(ctx)
    await mergeCoverage(ctx)
    ctx.timings.evidence = Date.now() - started
  }
}

/** junit/all.xml from every cell's junit/<cell-id>.xml. */
async function mergeJUnitFiles(ctx: RunContext): Promise<void> {
  const { outDir } = ctx.config
  const files = ctx.cells
    .map((c) => c.junit)
    .filter((f): f is string => Boolean(f) && existsSync(path.join(outDir, f!)))
  if (files.length === 0) return
  const texts = await Promise.all(files.map((f) => readFile(path.join(outDir, f), 'utf8')))
  await writeFile(path.join(outDir, 'junit', 'all.xml'), mergeJUnit(texts, 'go-cross-matrix'))
  register(ctx.files, { path: 'junit/all.xml', kind: 'junit' })
}

async function mergeCoverage(ctx: RunContext): Promise<void> {
  const { outDir } = ctx.config
  const cells = ctx.cells.filter((c) => c.coverageProfile)
  if (cells.length === 0) return
  const profiles = await Promise.all(
    cells.map(async (c) => parseProfile(await readFile(path.join(outDir, c.coverageProfile!), 'utf8')))
  )
  const merged = mergeProfiles(profiles)
  const rel = path.join('coverage', 'merged.out')
  const file = path.join(outDir, rel)
  await writeFile(file, formatProfile(merged))
  ctx.coverage = { merged: coveragePercent(merged), profile: rel }
  register(ctx.files, { path: 'coverage/merged.out', kind: 'coverage' })
  await renderWithGoCover(ctx, file)
}

/** merged.func.txt and merged.html through the newest toolchain's `go tool cover`. */
async function renderWithGoCover(ctx: RunContext, profile: string): Promise<void> {
  const newest = newestToolchain(ctx.toolchains)
  const goroot = ctx.toolGoroot ?? newest?.path
  if (!goroot || !existsSync(goroot)) return
  // The version's own (warm) build cache: `go tool cover` loads the packages to find the sources.
  const goCache = newest ? goCacheDir(ctx.dirs.cache, newest.version) : undefined
  // Several modules: the merged profile names all their packages, which only a go.work of them all sees.
  const gowork = await writeRunWorkspace(ctx.config.modules, ctx.cells, ctx.config.workspace, ctx.dirs.temp)
  const extra = gowork ? { extra: { GOWORK: gowork } } : {}
  const go = new Go(ctx.env, { goroot, goCache, ...extra }, ctx.config.workingDirectory, () => 120_000)
  const dir = path.dirname(profile)
  const [func, html] = await Promise.all([
    go.cover('func', profile),
    go.cover('html', profile, path.join(dir, 'merged.html'))
  ])
  if (func.code === 0) {
    await writeFile(path.join(dir, 'merged.func.txt'), func.stdout)
    register(ctx.files, { path: 'coverage/merged.func.txt', kind: 'coverage' })
    // The number we print is go tool cover's own (ours agrees, but Go's tool is the reference).
    const total = coverFuncTotal(func.stdout)
    if (total !== undefined && ctx.coverage) ctx.coverage.merged = total
  } else ctx.log.warning(`go tool cover -func on the merged profile failed: ${firstLines(func.stderr)}`)
  if (html.code === 0) register(ctx.files, { path: 'coverage/merged.html', kind: 'coverage' })
  else ctx.log.warning(`go tool cover -html on the merged profile failed: ${firstLines(html.stderr)}`)
}
