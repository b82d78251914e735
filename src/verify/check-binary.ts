/**
 * Checks one built binary against the cell that built it: format and machine, static linking
 * (a cgo-off linux binary must need nothing), and the build info the cell's own `go version -m`
 * reads from it (Go version, GOOS, GOARCH, GOARM/GOAMD64, CGO_ENABLED). Every mismatch is a
 * problem that names the field.
 */
import type { Target } from '../platform/platforms.js'
import type { BuildInfo } from './buildinfo.js'
import type { ExecutableFacts } from './executable.js'
import { elfArchOf, expectedFormat } from '../platform/platforms.js'

export interface BinaryChecks {
  format: string
  /** format and machine match the target */
  machine: boolean
  /** ELF: no PT_INTERP and no DT_NEEDED; null for other formats */
  static: boolean | null
  needed: string[]
  interpreter: string | null
  /** build info matches the cell */
  buildinfo: boolean
  goVersion: string | null
  problems: string[]
}

export interface BinaryExpectation {
  target: Target
  goVersion: string
  cgo: boolean
}

export function checkBinary(
  facts: ExecutableFacts,
  info: BuildInfo | undefined,
  want: BinaryExpectation
): BinaryChecks {
  const problems: string[] = []
  const { target } = want
  const format = expectedFormat(target.goos)
  let machine = facts.format === format
  if (!machine) problems.push(`format is ${facts.format}, expected ${format}`)
  if (machine && facts.format === 'elf') {
    const elf = elfArchOf(target.goarch)
    if (facts.goarch !== elf.arch || facts.bigEndian !== elf.bigEndian) {
      machine = false
      problems.push(
        `machine is ${facts.goarch}${facts.bigEndian ? ' (big-endian)' : ''}, expected ${target.goarch}`
      )
    }
  } else if (machine && facts.goarch !== target.goarch && facts.format !== 'wasm') {
    machine = false
    problems.push(`machine is ${facts.goarch}, expected ${target.goarch}`)
  }
  const isStatic = facts.format === 'elf' ? !facts.interpreter && (facts.needed ?? []).length === 0 : null
  if (facts.format === 'elf' && !want.cgo && target.goos === 'linux' && !isStatic) {
    problems.push(
      `static: a CGO_ENABLED=0 binary needs ${[facts.interpreter, ...(facts.needed ?? [])].filter(Boolean).join(', ')}`
    )
  }
  const infoProblems = info ? buildInfoProblems(info, want) : ['buildinfo: go version -m found no build info']
  problems.push(...infoProblems)
  return {
    format: facts.format,
    machine,
    static: isStatic,
    needed: facts.needed ?? [],
    interpreter: facts.interpreter ?? null,
    buildinfo: infoProblems.length === 0,
    goVersion: info?.goVersion ?? null,
    problems
  }
}

function buildInfoProblems(info: BuildInfo, want: BinaryExpectation): string[] {
  const expected: Record<string, string> = {
    GOOS: want.target.goos,
    GOARCH: want.target.goarch,
    CGO_ENABLED: want.cgo ? '1' : '0'
  }
  if (want.target.goarch === 'arm' && want.target.variant) expected.GOARM = want.target.variant.slice(1)
  if (want.target.goarch === 'amd64' && want.target.variant) expected.GOAMD64 = want.target.variant
  const problems: string[] = []
  if (info.goVersion !== `go${want.goVersion}`)
    problems.push(`buildinfo go version is ${info.goVersion}, expected go${want.goVersion}`)
  for (const [key, value] of Object.entries(expected)) {
    const got = info.settings[key]
    // GOARM may carry a float ABI suffix (7,softfloat) since Go 1.22.
    if (got === undefined) problems.push(`buildinfo ${key} is missing, expected ${value}`)
    else if (got !== value && got.split(',')[0] !== value)
      problems.push(`buildinfo ${key} is ${got}, expected ${value}`)
  }
  return problems
}
