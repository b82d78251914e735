/**
 * The action's main step: inputs from INPUT_*, the runner's folders, outputs to GITHUB_OUTPUT.
 * Any error ends as one `::error::` line and exit code 1, never a stack trace.
 */
import os from 'node:os'
import path from 'node:path'
import * as core from '@actions/core'
import { errorLine } from '../errors.js'
import { runEngine } from '../run/engine.js'
import { outputsOf } from '../run/stages.js'
import { actionLog } from './action-log.js'
import { uploadArtifactsStage } from './artifacts.js'
import { restoreCachesStage } from './cache.js'
import { annotateStage, jobSummaryStage } from './report.js'

export async function runAction(): Promise<void> {
  // Tokens never reach the log, whatever a tool or a test prints later.
  for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'GITHUB_TOKEN']) {
    const secret = process.env[name]
    if (secret) core.setSecret(secret)
  }
  try {
    const env = process.env
    const ctx = await runEngine({
      raw: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`],
      workspace: env.GITHUB_WORKSPACE || process.cwd(),
      dirs: {
        toolCache:
          env.RUNNER_TOOL_CACHE || path.join(os.homedir(), '.cache', 'go-cross-matrix', 'tool-cache'),
        temp: env.RUNNER_TEMP || path.join(os.tmpdir(), 'go-cross-matrix'),
        // Like setup-go's `go env GOCACHE`: under the user's cache home, one folder per Go version.
        cache: path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'go-cross-matrix')
      },
      env: { ...env },
      log: actionLog,
      hooks: {
        beforeCells: [restoreCachesStage],
        afterResults: [annotateStage, uploadArtifactsStage, jobSummaryStage]
      }
    })
    for (const [name, value] of Object.entries(outputsOf(ctx))) core.setOutput(name, value)
    if (ctx.config.mode === 'setup' && ctx.toolchains[0]) {
      // Like setup-go: the first requested version is the `go` on PATH for later steps.
      core.addPath(path.join(ctx.toolchains[0].path, 'bin'))
    }
    if (ctx.failure) core.setFailed(ctx.failure)
  } catch (err) {
    core.debug(err instanceof Error && err.stack ? err.stack : String(err))
    core.setFailed(errorLine(err))
  }
}
