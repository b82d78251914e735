/** The emulation and cells stages of `mode: run`. */
import { mkdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import semver from 'semver'
import { targetName } from '../platform/platforms.js'
import { probeTarget } from '../emulation/probe.js'
import { setupEmulation } from '../emulation/setup.js'
import type { RunContext, Stage } from '../run/context.js'
import { Apt, Privileged, systemChangesAllowed } from '../system/privileged.js'
import { goToSemver } from '../toolchain/go-version.js'
import { firstLines } from '../util/process.js'
import { Go } from '../go/go.js'
import { CCompilers } from './c-compiler.js'
import { MODULE_ON_ITS_OWN, defaultGoModCache, goCacheDir } from './env.js'
import { moduleAxis } from '../module/modules.js'
import { planCells, racePlan } from './plan.js'
import { runCell } from './run-cell.js'
import { isFailing, scheduleCells } from './schedule.js'
import type { CellResult } from './types.js'
import { cellFiles, register } from '../run/files.js'
import { TOOL } from '../version.js'
import { newestToolchain } from '../toolchain/install.js'
import { vulncheckWarnings } from '../vulncheck/report.js'

export const emulationStage: Stage = {
  name: 'emulation',
  async run(ctx) {
    ctx.emulation = await setupEmulation({
      config: ctx.config,
      host: ctx.host,
      env: ctx.env,
      log: ctx.log,
      consent: systemChangesAllowed(ctx.config.installDeps, ctx.entry, ctx.env)
    })
    const newest = newestToolchain(ctx.toolchains)
    if (!newest) return
    const probeDir = path.join(ctx.dirs.temp, 'probes')
    await Promise.all(
      ctx.config.targets.map(async (target) => {
        const emulation = ctx.emulation.get(targetName(target))!
        if (emulation.execution !== 'qemu-binfmt' && emulation.execution !== 'qemu-exec') return
        await probeTarget(
          target,
          emulation,
          newest.path,
          probeDir,
          ctx.env,
          goCacheDir(ctx.dirs.cache, newest.version)
        )
        if (emulation.error) ctx.log.warning(`${emulation.target}: ${emulation.error}`)
        else
          ctx.log.info(`${emulation.target}: probe ran as ${emulation.probe} under ${emulation.qemuVersion}`)
      })
    )
    await rm(probeDir, { recursive: true, force: true })
  }
}

/**
 * Fills the shared module cache once, so parallel cells never race to download modules: in
 * each module, with the newest toolchain its go line allows (on its own, as its cells run).
 */
async function downloadModules(ctx: RunContext, goModCache: string): Promise<void> {
  for (const module of moduleAxis(ctx.config.modules)) {
    const required = module ? module.goMod.go : ctx.config.goMod?.go
    const able = ctx.toolchains
      .filter((t) => !required || semver.gte(t.semver, goToSemver(required)))
      .sort((a, b) => semver.rcompare(a.semver, b.semver))[0]
    if (!able) continue
    const go = new Go(
      ctx.env,
      {
        goroot: able.path,
        goModCache,
        goCache: goCacheDir(ctx.dirs.cache, able.version),
        ...(module ? { extra: MODULE_ON_ITS_OWN } : {})
      },
      module?.root ?? ctx.config.workingDirectory,
      () => ctx.config.cellTimeoutMs
    )
    const result = await go.modDownload()
    if (result.code !== 0)
      ctx.log.warning(
        `go mod download${module ? ` in ${module.dir}` : ''} failed (cells will report it): ${firstLines(result.stderr)}`
      )
  }
}

export const cellsStage: Stage = {
  name: 'cells',
  async run(ctx) {
    const { config, log } = ctx
    const goModCache = defaultGoModCache(ctx.env, os.homedir())
    await mkdir(config.outDir, { recursive: true })
    await downloadModules(ctx, goModCache)
    const consent = systemChangesAllowed(config.installDeps, ctx.entry, ctx.env)
    const compilers = new CCompilers(ctx.env, new Apt(new Privileged(ctx.env, consent), ctx.env.PATH), log)
    const race = racePlan(config, ctx.host, Boolean(compilers.host()))
    if (!race.enabled && race.error && config.race === 'auto') log.info(`no race cells: ${race.error}`)
    const plans = planCells(config, ctx.toolchains, ctx.emulation, ctx.host, race)
    const modules =
      config.modules.length > 1
        ? ` over ${config.modules.length} modules (${config.modules.map((m) => `${m.key}: ${m.dir}`).join(', ')})`
        : ''
    log.info(`${plans.length} cells${modules}, ${config.parallel} at a time`)
    // On a terminal, a live line with each running cell and how long it has run (the first cells
    // of a Go version compile its standard library for the target: minutes, silently).
    const running = new Map<string, number>()
    const tick = log.progress
      ? setInterval(() => {
          for (const [id, since] of running)
            log.progress!(id, `${id} ${Math.round((Date.now() - since) / 1000)}s`)
        }, 1000)
      : undefined
    const results = await scheduleCells(
      plans,
      config.parallel,
      config.failFast,
      (plan) =>
        runCell(plan, {
          config,
          baseEnv: ctx.env,
          compilers,
          paths: (p) => ({ goCache: goCacheDir(ctx.dirs.cache, p.toolchain.version), goModCache }),
          tempDir: ctx.dirs.temp,
          tool: TOOL,
          vulncheck: ctx.govulncheck
        }),
      {
        onStart: (plan) => {
          running.set(plan.id, Date.now())
          log.info(`▶ ${plan.id} (${plan.race ? 'native, -race' : plan.emulation.execution})`)
        },
        onEnd: (r) => {
          running.delete(r.id)
          log.progress?.(r.id, '')
          log.info(`${statusMark(r)} ${r.id} ${r.status}${describe(r)}`)
          if (r.status === 'skipped') log.warning(`${r.id} skipped: ${r.reason}`)
          if (r.status === 'no-tests') log.warning(`${r.id}: ${r.reason}`)
        }
      }
    )
    if (tick) clearInterval(tick)
    ctx.cells = results
    for (const cell of results) register(ctx.files, ...cellFiles(cell, config.outDir))
    for (const warning of vulncheckWarnings(results)) log.warning(warning)
    ctx.timings['cells:evidence'] = results.reduce((sum, r) => sum + r.evidenceMs, 0)
    ctx.timings['cells:total'] = results.reduce((sum, r) => sum + r.durationMs, 0)
    const failing = results.filter(isFailing)
    if (failing.length) {
      ctx.failure = `${failing.length} of ${results.length} cells failed: ${failing
        .slice(0, 3)
        .map((r) => `${r.id} (${r.status})`)
        .join(', ')}${failing.length > 3 ? ', ...' : ''}`
    }
  }
}

function statusMark(r: CellResult): string {
  const marks: Record<CellResult['status'], string> = {
    passed: '✔',
    built: '◇',
    'no-tests': '∅',
    skipped: '○',
    failed: '✘',
    'build-failed': '✘',
    timeout: '⏱',
    error: '!'
  }
  return marks[r.status]
}

function describe(r: CellResult): string {
  const parts: string[] = []
  const t = r.tests
  if (t.passed + t.failed + t.skipped)
    parts.push(`${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`)
  if (r.coverage !== null) parts.push(`coverage ${r.coverage}%`)
  parts.push(`${(r.durationMs / 1000).toFixed(1)}s`)
  if (r.reason) parts.push(r.reason)
  return ` (${parts.join('; ')})`
}
