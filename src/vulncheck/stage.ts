/** The govulncheck stage of `mode: run`: the scanner in place before the cells that use it. */
import os from 'node:os'
import { defaultGoModCache, goCacheDir } from '../cells/env.js'
import type { RunContext, Stage } from '../run/context.js'
import { Govulncheck } from './govulncheck.js'

export const vulncheckToolStage: Stage = {
  name: 'govulncheck',
  skip: (ctx) => (ctx.config.vulncheck === 'off' ? 'vulncheck: off' : undefined),
  async run(ctx: RunContext) {
    const tool = await Govulncheck.install({
      toolCacheDir: ctx.dirs.toolCache,
      arch: ctx.host.toolCacheArch,
      toolchains: ctx.toolchains,
      env: ctx.env,
      goModCache: defaultGoModCache(ctx.env, os.homedir()),
      goCache: (version) => goCacheDir(ctx.dirs.cache, version),
      db: ctx.config.vulnDb
    })
    ctx.govulncheck = tool
    ctx.log.info(
      `govulncheck ${tool.version} (${tool.installed ? 'installed' : 'cached'}): ${tool.binary}; database ${tool.db}; vulncheck: ${ctx.config.vulncheck}, fail on ${ctx.config.vulncheckFailOn}`
    )
  }
}
