/**
 * The action's main step: inputs from INPUT_*, the runner's folders, outputs to GITHUB_OUTPUT.
 * Any error ends as one `::error::` line and exit code 1, never a stack trace.
 */
import { existsSync } from 'node:fs'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import * as core from '@actions/core'
import { errorLine } from '../errors.js'
import { runEngine } from '../run/engine.js'
import { outputsOf } from '../run/stages.js'
import { actionLog } from './action-log.js'
import { attestCheckStage, attestStage } from './attest.js'
import { uploadArtifactsStage } from './artifacts.js'
import { githubBuildPlatform } from './build-platform.js'
import { artifactSources } from './merge-artifacts.js'
import { restoreCachesStage, restoreShardHistoryStage, saveShardHistoryStage } from './cache.js'
import { annotateStage, jobSummaryStage } from './report.js'

/**
 * matchers.json sits at the action's root; the bundle that runs this may be dist/index.js or a
 * chunk under dist/chunks/, so look upward from it. Removable with ::remove-matcher owner=...::
 */
function addProblemMatcher(): void {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let up = 0; up < 4; up++, dir = path.dirname(dir)) {
    const file = path.join(dir, 'matchers.json')
    if (existsSync(file)) {
      process.stdout.write(`::add-matcher::${file}${os.EOL}`)
      return
    }
  }
}

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
      entry: 'action',
      mergeSource: artifactSources,
      buildPlatform: githubBuildPlatform(env),
      hooks: {
        beforePlan: [restoreShardHistoryStage],
        beforeCells: [attestCheckStage, restoreCachesStage],
        afterProvenance: [attestStage],
        afterResults: [annotateStage, uploadArtifactsStage, saveShardHistoryStage, jobSummaryStage]
      }
    })
    for (const [name, value] of Object.entries(outputsOf(ctx))) core.setOutput(name, value)
    if (ctx.config.mode === 'setup' && ctx.toolchains[0]) {
      // Like setup-go: the first requested version is the `go` on PATH for later steps, and
      // a problem matcher turns their compile, vet and test-failure lines into annotations.
      core.addPath(path.join(ctx.toolchains[0].path, 'bin'))
      addProblemMatcher()
    }
    if (ctx.failure) core.setFailed(ctx.failure)
  } catch (err) {
    core.debug(err instanceof Error && err.stack ? err.stack : String(err))
    core.setFailed(errorLine(err))
  }
}
