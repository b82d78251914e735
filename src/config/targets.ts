/**
 * Build targets as users write them: `goos/goarch[/variant]`. What each port is lives in the
 * platform table (src/platform/platforms.ts); this file only reads the spelling.
 */
import { KNOWN_PORTS, variantsOf, type Target } from '../platform/platforms.js'

export { targetName, type Target } from '../platform/platforms.js'

/** Parses one target; returns an error text (naming what is valid) instead of throwing. */
export function parseTarget(text: string): Target | string {
  const parts = text.trim().split('/')
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !p)) {
    return `"${text}" is not goos/goarch[/variant] (e.g. linux/amd64, linux/arm64, linux/arm/v7)`
  }
  const [goos, goarch, variant = ''] = parts
  if (!KNOWN_PORTS.has(`${goos}/${goarch}`)) {
    return `"${goos}/${goarch}" is not a Go port (e.g. linux/amd64, linux/arm64, linux/arm, linux/riscv64, darwin/arm64, windows/amd64; see go tool dist list)`
  }
  if (variant) {
    const allowed = variantsOf(goarch)
    if (!allowed)
      return `"${text}": ${goarch} takes no variant (variants exist for arm: v5|v6|v7, amd64: v1..v4)`
    if (!allowed.includes(variant)) return `"${text}": ${goarch} variants are ${allowed.join(', ')}`
  }
  return { goos, goarch, variant }
}
