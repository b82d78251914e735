/** The machine we run on, in Go's words and in @actions/tool-cache's. */
import os from 'node:os'

export interface HostPlatform {
  goos: string
  goarch: string
  /** the arch folder of the tool cache: setup-go caches Go under os.arch() (x64, arm64) */
  toolCacheArch: string
}

const GOARCH: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  ia32: '386',
  arm: 'arm',
  ppc64: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64'
}

const GOOS: Record<string, string> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
  freebsd: 'freebsd'
}

export function hostPlatform(): HostPlatform {
  return {
    goos: GOOS[process.platform] ?? process.platform,
    goarch: GOARCH[os.arch()] ?? os.arch(),
    toolCacheArch: os.arch()
  }
}
