/**
 * The workflow run as the build platform of the provenance: builder.id is the workflow file at
 * its ref (GITHUB_WORKFLOW_REF), the invocation is the run's attempt, the source is the
 * repository at GITHUB_SHA. Outside a workflow run (no GITHUB_WORKFLOW_REF) there is none, and
 * the provenance names the local builder.
 */
import type { BuildPlatform } from '../evidence/provenance-types.js'

export function githubBuildPlatform(env: NodeJS.ProcessEnv): BuildPlatform | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const { GITHUB_REPOSITORY: repository, GITHUB_WORKFLOW_REF: workflowRef } = env
  if (!repository || !workflowRef) return undefined
  // "octo-org/repo/.github/workflows/ci.yml@refs/heads/main": the workflow's own repository
  // (a reusable workflow's may differ from the one being built), its path and its ref.
  const at = workflowRef.lastIndexOf('@')
  const [owner, name, ...file] = workflowRef.slice(0, at < 0 ? undefined : at).split('/')
  const { GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt, GITHUB_SHA: sha, GITHUB_REF: ref } = env
  const internal = Object.fromEntries(
    Object.entries({
      event_name: env.GITHUB_EVENT_NAME,
      repository_id: env.GITHUB_REPOSITORY_ID,
      repository_owner_id: env.GITHUB_REPOSITORY_OWNER_ID,
      runner_environment: env.RUNNER_ENVIRONMENT
    }).filter(([, value]) => value)
  )
  return {
    builderId: `${server}/${workflowRef}`,
    invocationId: runId
      ? `${server}/${repository}/actions/runs/${runId}/attempts/${attempt || '1'}`
      : undefined,
    workflow: {
      ref: at < 0 ? '' : workflowRef.slice(at + 1),
      repository: `${server}/${owner}/${name}`,
      path: file.join('/')
    },
    source: sha
      ? { uri: `git+${server}/${repository}${ref ? `@${ref}` : ''}`, digest: { gitCommit: sha } }
      : undefined,
    internal: Object.keys(internal).length ? { github: internal } : undefined
  }
}
