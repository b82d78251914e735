/**
 * Runs cells with at most `parallel` at once, emulated cells first (they take longest, so they
 * should not be the tail). With fail-fast, cells not yet started after a failure end as
 * `skipped`; cells already running finish, and every result is kept.
 */
import { mapLimit } from '../util/pool.js'
import { resultOf, type CellPlan, type CellResult } from './types.js'

const FAILING = new Set(['failed', 'build-failed', 'timeout', 'error'])

export function isFailing(result: CellResult): boolean {
  return FAILING.has(result.status)
}

function weight(plan: CellPlan): number {
  if (plan.race) return 1
  return { 'qemu-binfmt': 0, 'qemu-exec': 0, native: 1, 'build-only': 2 }[plan.emulation.execution]
}

export interface ScheduleHooks {
  onStart?: (plan: CellPlan) => void
  onEnd?: (result: CellResult) => void
}

export async function scheduleCells(
  plans: CellPlan[],
  parallel: number,
  failFast: boolean,
  run: (plan: CellPlan) => Promise<CellResult>,
  hooks: ScheduleHooks = {}
): Promise<CellResult[]> {
  const order = plans
    .map((plan, index) => ({ plan, index }))
    .sort((a, b) => weight(a.plan) - weight(b.plan) || a.index - b.index)
  let firstFailure: string | undefined
  const results = new Array<CellResult>(plans.length)
  await mapLimit(order, parallel, async ({ plan, index }) => {
    if (failFast && firstFailure) {
      results[index] = resultOf(plan, 'skipped', `fail-fast: not started after ${firstFailure} failed`)
    } else {
      hooks.onStart?.(plan)
      results[index] = await run(plan)
      if (isFailing(results[index])) firstFailure ??= plan.id
    }
    hooks.onEnd?.(results[index])
  })
  return results
}
