/**
 * Coverage as Go's own tool counts it: `go tool cover -func` counts only blocks inside function
 * declarations (a closure assigned to a package-level var is not), so its total can differ from
 * a plain sum of the profile's blocks, and it is the number users compare with.
 */
import type { Go } from '../go/go.js'
import { coveragePercent, type CoverageProfile } from './profile.js'

/** The `total:` percentage of `go tool cover -func` output. */
export function coverFuncTotal(stdout: string): number | undefined {
  const total = /^total:\s+\(statements\)\s+([\d.]+)%/m.exec(stdout)
  return total ? Number(total[1]) : undefined
}

/** `go tool cover -func`'s total for the profile in `file`; our own sum when go cannot load the packages (or there is no go). */
export async function coverageByGoTool(
  go: Go | undefined,
  file: string,
  profile: CoverageProfile
): Promise<number | null> {
  if (go) {
    const func = await go.cover('func', file)
    const total = func.code === 0 ? coverFuncTotal(func.stdout) : undefined
    if (total !== undefined) return total
  }
  return coveragePercent(profile)
}
