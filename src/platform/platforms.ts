/**
 * Everything the project knows about a platform, in one table: which ports and variants Go
 * has, the env that selects a target, the executable format and ELF machine a binary must
 * have, the QEMU user emulator and its binfmt_misc magic, Debian's cross C compiler and
 * packages, where the race detector runs, what a host runs natively, and the cell-id suffix.
 * Adding a target touches this file only.
 */

export interface Target {
  goos: string
  goarch: string
  /** "" or v5|v6|v7 (arm), v1..v4 (amd64) */
  variant: string
}

/** `go tool dist list` of Go 1.27. */
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

export interface QemuArch {
  /** qemu's name: aarch64, arm, riscv64 ... (the binary is qemu-<name>-static) */
  name: string
  /** binfmt_misc magic and mask (QEMU's qemu-binfmt-conf.sh) */
  magic: string
  mask: string
}

interface Arch {
  /** the variants Go knows (GOARM, GOAMD64) and the env variable that selects one */
  variants?: { values: readonly string[]; env: (variant: string) => Record<string, string> }
  /** ELF e_machine, and whether the port is big-endian (several GOARCHes share a machine) */
  elf: { machine: number; name: string; bigEndian: boolean }
  pe?: number
  macho?: number
  qemu?: QemuArch
  /** Debian's cross compiler triplet and libc-dev-cross architecture, per variant when they differ */
  debian?: (variant: string) => { triplet: string; debArch: string }
  /** the race detector runs on linux for it */
  race?: boolean
  /** host architectures whose CPU runs its binaries natively */
  nativeOn: readonly string[]
  /** node's os.arch() name on a host of this architecture */
  nodeArch?: string
}

const ELF_HEAD = '\\x7fELF'
const ELF64_MASK =
  '\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff'
const elfMagic = (cls: string, data: string, machine: string) =>
  `${ELF_HEAD}${cls}${data}\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00${machine}`

const ARCHES: Record<string, Arch> = {
  amd64: {
    variants: { values: ['v1', 'v2', 'v3', 'v4'], env: (v) => ({ GOAMD64: v }) },
    elf: { machine: 0x3e, name: 'amd64', bigEndian: false },
    pe: 0x8664,
    macho: 0x01000007,
    race: true,
    nativeOn: ['amd64'],
    nodeArch: 'x64'
  },
  '386': {
    elf: { machine: 0x03, name: '386', bigEndian: false },
    pe: 0x14c,
    qemu: { name: 'i386', magic: elfMagic('\\x01', '\\x01', '\\x03\\x00'), mask: ELF64_MASK },
    debian: () => ({ triplet: 'i686-linux-gnu', debArch: 'i386' }),
    nativeOn: ['amd64', '386'],
    nodeArch: 'ia32'
  },
  arm64: {
    elf: { machine: 0xb7, name: 'arm64', bigEndian: false },
    pe: 0xaa64,
    macho: 0x0100000c,
    qemu: { name: 'aarch64', magic: elfMagic('\\x02', '\\x01', '\\xb7\\x00'), mask: ELF64_MASK },
    debian: () => ({ triplet: 'aarch64-linux-gnu', debArch: 'arm64' }),
    race: true,
    nativeOn: ['arm64'],
    nodeArch: 'arm64'
  },
  arm: {
    variants: { values: ['v5', 'v6', 'v7'], env: (v) => ({ GOARM: v.slice(1) }) },
    elf: { machine: 0x28, name: 'arm', bigEndian: false },
    pe: 0x1c4,
    qemu: { name: 'arm', magic: elfMagic('\\x01', '\\x01', '\\x28\\x00'), mask: ELF64_MASK },
    debian: (v) =>
      v === 'v5'
        ? { triplet: 'arm-linux-gnueabi', debArch: 'armel' }
        : { triplet: 'arm-linux-gnueabihf', debArch: 'armhf' },
    nativeOn: ['arm'],
    nodeArch: 'arm'
  },
  riscv64: {
    elf: { machine: 0xf3, name: 'riscv64', bigEndian: false },
    qemu: { name: 'riscv64', magic: elfMagic('\\x02', '\\x01', '\\xf3\\x00'), mask: ELF64_MASK },
    debian: () => ({ triplet: 'riscv64-linux-gnu', debArch: 'riscv64' }),
    nativeOn: ['riscv64'],
    nodeArch: 'riscv64'
  },
  ppc64le: {
    elf: { machine: 0x15, name: 'ppc64', bigEndian: false },
    qemu: {
      name: 'ppc64le',
      magic: elfMagic('\\x02', '\\x01', '\\x15\\x00'),
      mask: '\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfc\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\x00'
    },
    debian: () => ({ triplet: 'powerpc64le-linux-gnu', debArch: 'ppc64el' }),
    race: true,
    nativeOn: ['ppc64le'],
    nodeArch: 'ppc64'
  },
  ppc64: { elf: { machine: 0x15, name: 'ppc64', bigEndian: true }, nativeOn: ['ppc64'] },
  s390x: {
    elf: { machine: 0x16, name: 's390x', bigEndian: true },
    qemu: {
      name: 's390x',
      magic: `${ELF_HEAD}\\x02\\x02\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x16`,
      mask: '\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff'
    },
    debian: () => ({ triplet: 's390x-linux-gnu', debArch: 's390x' }),
    race: true,
    nativeOn: ['s390x'],
    nodeArch: 's390x'
  },
  loong64: {
    elf: { machine: 0x102, name: 'loong64', bigEndian: false },
    qemu: { name: 'loongarch64', magic: elfMagic('\\x02', '\\x01', '\\x02\\x01'), mask: ELF64_MASK },
    nativeOn: ['loong64'],
    nodeArch: 'loong64'
  },
  mips: { elf: { machine: 0x08, name: 'mips', bigEndian: true }, nativeOn: ['mips'] },
  mipsle: { elf: { machine: 0x08, name: 'mips', bigEndian: false }, nativeOn: ['mipsle'] },
  mips64: { elf: { machine: 0x08, name: 'mips', bigEndian: true }, nativeOn: ['mips64'] },
  mips64le: { elf: { machine: 0x08, name: 'mips', bigEndian: false }, nativeOn: ['mips64le'] },
  wasm: { elf: { machine: 0, name: 'wasm', bigEndian: false }, nativeOn: [] }
}

/** GOOS values node reports differently (process.platform). */
const NODE_PLATFORMS: Record<string, string> = { win32: 'windows' }

/** CPU features a GOAMD64 level needs, as /proc/cpuinfo names them. */
export const AMD64_LEVEL_FLAGS: Record<string, readonly string[]> = {
  v2: ['sse4_2', 'popcnt'],
  v3: ['avx2', 'bmi2', 'fma'],
  v4: ['avx512f', 'avx512bw']
}

export type ExecutableFormat = 'elf' | 'pe' | 'macho' | 'wasm' | 'unknown'

/** `linux/arm/v7`: the spelling users write and we print. */
export function targetName(t: Target): string {
  return t.variant ? `${t.goos}/${t.goarch}/${t.variant}` : `${t.goos}/${t.goarch}`
}

/** The suffix of a cell id for a target: `linux-arm64`, `linux-arm-v7`. */
export function cellIdSuffix(t: Target): string {
  return [t.goos, t.goarch, t.variant].filter(Boolean).join('-')
}

/** The variants of a GOARCH, or undefined when it takes none. */
export function variantsOf(goarch: string): readonly string[] | undefined {
  return ARCHES[goarch]?.variants?.values
}

/** The env that selects a target in `go build` (no variant: Go's own default GOARM/GOAMD64). */
export function targetEnv(t: Target): Record<string, string> {
  const env: Record<string, string> = { GOOS: t.goos, GOARCH: t.goarch }
  const variants = ARCHES[t.goarch]?.variants
  if (t.variant && variants) Object.assign(env, variants.env(t.variant))
  return env
}

export function expectedFormat(goos: string): ExecutableFormat {
  if (goos === 'windows') return 'pe'
  if (goos === 'darwin' || goos === 'ios') return 'macho'
  if (goos === 'js' || goos === 'wasip1') return 'wasm'
  return 'elf'
}

/** How an ELF binary for goarch names its machine (ELF groups GOARCHes: ppc64le is "ppc64"). */
export function elfArchOf(goarch: string): { arch: string; bigEndian: boolean } {
  const elf = ARCHES[goarch]?.elf
  return elf ? { arch: elf.name, bigEndian: elf.bigEndian } : { arch: goarch, bigEndian: false }
}

function byCode(pick: (a: Arch) => number | undefined, name: (goarch: string, a: Arch) => string) {
  const table: Record<number, string> = {}
  for (const [goarch, a] of Object.entries(ARCHES)) {
    const code = pick(a)
    if (code !== undefined && !(code in table)) table[code] = name(goarch, a)
  }
  return table
}

/** Machine codes to Go's names, for reading a binary. */
export const ELF_MACHINES = byCode(
  (a) => (a.elf.machine ? a.elf.machine : undefined),
  (_g, a) => a.elf.name
)
export const PE_MACHINES = byCode(
  (a) => a.pe,
  (g) => g
)
export const MACHO_CPUS = byCode(
  (a) => a.macho,
  (g) => g
)

export function qemuArch(goarch: string): QemuArch | undefined {
  return ARCHES[goarch]?.qemu
}

/** Debian's cross compiler for a linux target: its triplet and the packages that bring it. */
export function crossCompiler(
  t: Target
): { triplet: string; debArch: string; packages: string[] } | undefined {
  const deb = t.goos === 'linux' ? ARCHES[t.goarch]?.debian?.(t.variant) : undefined
  return deb && { ...deb, packages: [`gcc-${deb.triplet}`, `libc6-dev-${deb.debArch}-cross`] }
}

/** Whether `go test -race` can run on a host (the race detector's platforms that runners have). */
export function raceSupported(host: { goos: string; goarch: string }): boolean {
  if (host.goos === 'darwin') return host.goarch === 'amd64' || host.goarch === 'arm64'
  if (host.goos === 'windows') return host.goarch === 'amd64'
  return host.goos === 'linux' && Boolean(ARCHES[host.goarch]?.race)
}

/** Whether a host runs the target's binaries without emulation. */
export function runsNatively(host: { goos: string; goarch: string }, t: Target): boolean {
  return t.goos === host.goos && (ARCHES[t.goarch]?.nativeOn ?? [t.goarch]).includes(host.goarch)
}

/** The host in Go's words, from node's process.platform and os.arch(). */
export function goPlatformOf(platform: string, nodeArch: string): { goos: string; goarch: string } {
  const goarch = Object.entries(ARCHES).find(([, a]) => a.nodeArch === nodeArch)?.[0] ?? nodeArch
  return { goos: NODE_PLATFORMS[platform] ?? platform, goarch }
}
