/**
 * Runs the built dist/ entry points the way a GitHub runner does (INPUT_* env, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_PATH, RUNNER_TEMP, RUNNER_TOOL_CACHE, GITHUB_WORKSPACE), or the
 * CLI the way a person does, and collects what they wrote.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const DIST_ACTION = path.join(REPO, 'dist', 'index.js')
export const DIST_CLI = path.join(REPO, 'dist', 'cli.js')

export interface ProcessResult {
  code: number | null
  stdout: string
  stderr: string
  durationMs: number
}

export interface ActionResult extends ProcessResult {
  outputs: Record<string, string>
  /** what the step saved with core.saveState: the runner hands it to the post step as STATE_<name> */
  state: Record<string, string>
  summary: string
  path: string[]
}

export const DIST_POST = path.join(REPO, 'dist', 'post.js')

/** Environment with nothing of the test machine's Go settings leaking in. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(GO|INPUT_|GITHUB_|RUNNER_|ACTIONS_|STATE_|CGO_)/.test(k) || k === 'NODE_OPTIONS') continue
    env[k] = v
  }
  // The tests run as CI does (CI=true: install-deps auto may install); a test that needs a
  // developer's machine says CI=false.
  return { ...env, CI: 'true', ...extra }
}

export function runNode(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string
): Promise<ProcessResult> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr, durationMs: Date.now() - started }))
  })
}

/** Parses GITHUB_OUTPUT's `name<<delimiter ... delimiter` records. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const end = lines.indexOf(m[2], i + 1)
      outputs[m[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=')
      outputs[lines[i].slice(0, eq)] = lines[i].slice(eq + 1)
    }
  }
  return outputs
}

export interface RunnerDirs {
  root: string
  workspace: string
  toolCache: string
  temp: string
}

/**
 * Every runner folder a test file makes (each holds a tool cache of real toolchains, ~250 MB a
 * version) is removed after the file: a full suite would otherwise leave tens of GB in the temp
 * dir, and the machine's disk is shared with the next runs. (Jest ends its workers without
 * running exit handlers, so the cleanup is an afterAll of every file.)
 */
const madeRoots: string[] = []

/** Removes the runner folders made so far (jest calls it after each test file: setup-after-env.ts). */
export function removeRunnerDirs(): void {
  for (const root of madeRoots.splice(0)) rmSync(root, { recursive: true, force: true })
}
// Outside jest (benches), when the process ends normally.
process.on('exit', removeRunnerDirs)

export function makeRunnerDirs(prefix = 'gcm-runner-'): RunnerDirs {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix))
  madeRoots.push(root)
  const dirs = {
    root,
    workspace: path.join(root, 'workspace'),
    toolCache: path.join(root, 'toolcache'),
    temp: path.join(root, 'temp')
  }
  for (const d of [dirs.workspace, dirs.toolCache, dirs.temp]) mkdirSync(d, { recursive: true })
  return dirs
}

export async function runAction(
  inputs: Record<string, string>,
  dirs: RunnerDirs,
  env: Record<string, string> = {},
  script = DIST_ACTION
): Promise<ActionResult> {
  const files = {
    output: path.join(dirs.root, `output-${Date.now()}`),
    summary: path.join(dirs.root, `summary-${Date.now()}`),
    path: path.join(dirs.root, `path-${Date.now()}`),
    state: path.join(dirs.root, `state-${Date.now()}`),
    envFile: path.join(dirs.root, `env-${Date.now()}`)
  }
  for (const f of Object.values(files)) writeFileSync(f, '')
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  const result = await runNode(
    script,
    [],
    cleanEnv({
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: dirs.workspace,
      RUNNER_TEMP: dirs.temp,
      RUNNER_TOOL_CACHE: dirs.toolCache,
      RUNNER_OS: 'Linux',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_PATH: files.path,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.envFile,
      ...inputEnv,
      ...env
    }),
    dirs.workspace
  )
  return {
    ...result,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    state: parseOutputFile(readFileSync(files.state, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    path: readFileSync(files.path, 'utf8').split('\n').filter(Boolean)
  }
}

/** Runs the post step with the main step's saved state, as the runner does at the end of the job. */
export function runPost(
  main: ActionResult,
  dirs: RunnerDirs,
  env: Record<string, string> = {}
): Promise<ActionResult> {
  const stateEnv = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]))
  return runAction({}, dirs, { ...stateEnv, ...env }, DIST_POST)
}

export async function runCli(
  args: string[],
  dirs: RunnerDirs,
  env: Record<string, string> = {},
  cwd = dirs.workspace
): Promise<ProcessResult> {
  return runNode(
    DIST_CLI,
    args,
    cleanEnv({ RUNNER_TOOL_CACHE: dirs.toolCache, RUNNER_TEMP: dirs.temp, ...env }),
    cwd
  )
}
