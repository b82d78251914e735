/**
 * Build targets: `goos/goarch[/variant]`. The variant sets GOARM (arm/v5..v7) or GOAMD64
 * (amd64/v1..v4). The port list is `go tool dist list` of Go 1.27.
 */
export interface Target {
  goos: string
  goarch: string
  /** "" or v5|v6|v7 (arm), v1..v4 (amd64) */
  variant: string
}

const PORTS = `aix/ppc64 android/386 android/amd64 android/arm android/arm64 darwin/amd64 darwin/arm64
dragonfly/amd64 freebsd/386 freebsd/amd64 freebsd/arm freebsd/arm64 freebsd/riscv64 illumos/amd64
ios/amd64 ios/arm64 js/wasm linux/386 linux/amd64 linux/arm linux/arm64 linux/loong64 linux/mips
linux/mips64 linux/mips64le linux/mipsle linux/ppc64 linux/ppc64le linux/riscv64 linux/s390x
netbsd/386 netbsd/amd64 netbsd/arm netbsd/arm64 openbsd/386 openbsd/amd64 openbsd/arm openbsd/arm64
openbsd/ppc64 openbsd/riscv64 plan9/386 plan9/amd64 plan9/arm solaris/amd64 wasip1/wasm windows/386
windows/amd64 windows/arm64`
  .split(/\s+/)
  .filter(Boolean)

export const KNOWN_PORTS: ReadonlySet<string> = new Set(PORTS)

const VARIANTS: Record<string, readonly string[]> = {
  arm: ['v5', 'v6', 'v7'],
  amd64: ['v1', 'v2', 'v3', 'v4']
}

/** `linux/arm/v7`: the spelling users write and we print. */
export function targetName(t: Target): string {
  return t.variant ? `${t.goos}/${t.goarch}/${t.variant}` : `${t.goos}/${t.goarch}`
}

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
    const allowed = VARIANTS[goarch]
    if (!allowed)
      return `"${text}": ${goarch} takes no variant (variants exist for arm: v5|v6|v7, amd64: v1..v4)`
    if (!allowed.includes(variant)) return `"${text}": ${goarch} variants are ${allowed.join(', ')}`
  }
  return { goos, goarch, variant }
}

/** The env that selects a target in `go build` (no variant: Go's own default GOARM/GOAMD64). */
export function targetEnv(t: Target): Record<string, string> {
  const env: Record<string, string> = { GOOS: t.goos, GOARCH: t.goarch }
  if (t.goarch === 'arm' && t.variant) env.GOARM = t.variant.slice(1)
  if (t.goarch === 'amd64' && t.variant) env.GOAMD64 = t.variant
  return env
}
