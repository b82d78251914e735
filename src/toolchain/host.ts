/** The machine we run on, in Go's words and in @actions/tool-cache's. */
import os from 'node:os'
import { goPlatformOf } from '../platform/platforms.js'

export interface HostPlatform {
  goos: string
  goarch: string
  /** the arch folder of the tool cache: setup-go caches Go under os.arch() (x64, arm64) */
  toolCacheArch: string
}

export function hostPlatform(): HostPlatform {
  return { ...goPlatformOf(process.platform, os.arch()), toolCacheArch: os.arch() }
}
