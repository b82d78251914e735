/** The govulncheck stage of `mode: run`: the scanner in place before the cells that use it. */
import os from 'node:os'
import semver from 'semver'
import { defaultGoModCache, goCacheDir } from '../cells/env.js'
import { toolchainOptions, type RunContext, type Stage } from '../run/context.js'
import { newestToolchain } from '../toolchain/install.js'
import { setupToolchains } from '../toolchain/setup.js'
import { Govulncheck, GOVULNCHECK_MIN_GO } from './govulncheck.js'

export const vulncheckToolStage: Stage = {
  name: 'govulncheck',
  skip: (ctx) => (ctx.config.vulncheck === 'off' ? 'vulncheck: off' : undefined),
  async run(ctx: RunContext) {
    const install = (toolchains = ctx.toolchains) =>
      Govulncheck.install({
        toolCacheDir: ctx.dirs.toolCache,
        arch: ctx.host.toolCacheArch,
        toolchains,
        env: ctx.env,
        goModCache: defaultGoModCache(ctx.env, os.homedir()),
        goCache: (version) => goCacheDir(ctx.dirs.cache, version),
        db: ctx.config.vulnDb
      })
    let tool: Govulncheck
    try {
      tool = await install()
    } catch (err) {
      // A matrix of older Go versions still gets its scan: govulncheck is only a tool here, so
      // it is built with the stable Go (installed like any toolchain) when none of the run's can.
      const newest = newestToolchain(ctx.toolchains)
      if (newest && semver.gte(newest.semver, GOVULNCHECK_MIN_GO)) throw err
      const [stable] = await setupToolchains(toolchainOptions(ctx, { ...ctx.config, goVersions: ['stable'] }))
      if (semver.lt(stable.semver, GOVULNCHECK_MIN_GO)) throw err
      ctx.log.info(
        `govulncheck needs go >= ${GOVULNCHECK_MIN_GO} to build: building it with go${stable.version}`
      )
      tool = await install([...ctx.toolchains, stable])
    }
    ctx.govulncheck = tool
    ctx.log.info(
      `govulncheck ${tool.version} (${tool.installed ? 'installed' : 'cached'}): ${tool.binary}; database ${tool.db}; vulncheck: ${ctx.config.vulncheck}, fail on ${ctx.config.vulncheckFailOn}`
    )
  }
}
