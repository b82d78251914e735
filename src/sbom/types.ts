/** What an SBOM describes and who wrote it (shared by the writers; imports nothing back). */
import type { BuildInfo } from '../verify/buildinfo.js'
import type { VulnFinding } from '../vulncheck/types.js'

export interface SbomSubject {
  /** File name of the binary: "hello" or "hello.exe". */
  binaryName: string
  /** Path relative to the out-dir, with forward slashes: "bin/go1.22.8-linux-arm64/hello". */
  binaryRelPath: string
  /** Hex SHA-256 of the binary file. */
  sha256: string
  /** Size of the binary in bytes. */
  size: number
  goos: string
  goarch: string
  /** "" or the GOARM/GOAMD64/... level ("v7", "v3"). */
  variant: string
  cgo: boolean
  buildInfo: BuildInfo
  /** govulncheck's findings for the binary (vulncheck: binary), for CycloneDX `vulnerabilities` */
  vulnerabilities?: VulnFinding[]
}

export type SbomFormat = 'cyclonedx' | 'spdx'

export interface SbomTool {
  name: string
  version: string
}
