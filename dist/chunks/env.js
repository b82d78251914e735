import { r as requireSemver, b as getDefaultExportFromCjs } from './index2.js';
import path from 'node:path';

/**
 * Errors the user can act on. Entry points print their message as one line and exit 1,
 * without a stack trace: the message must name the input (or the thing) and what is valid.
 */
class UserError extends Error {
    name = 'UserError';
}
/** A bad input value: "<input>: <what was given> is not valid; <what is>". */
class InputError extends UserError {
    input;
    constructor(input, detail) {
        super(`${input}: ${detail}`);
        this.input = input;
    }
}
/**
 * The run could not be carried out for a reason outside the inputs: no toolchain could be
 * fetched, emulation that was required cannot be set up, a service is unreachable.
 */
class EnvironmentError extends UserError {
}
/**
 * Exit codes of the CLI (README): 0 all cells passed, 1 a cell failed, 2 bad usage or input,
 * 3 could not run (toolchain, emulation, service, or anything unexpected).
 */
const EXIT = { passed: 0, cellFailed: 1, badInput: 2, couldNotRun: 3 };
function exitCodeOf(err) {
    if (err instanceof EnvironmentError)
        return EXIT.couldNotRun;
    if (err instanceof UserError)
        return EXIT.badInput;
    return EXIT.couldNotRun;
}
/** One line for any error: its message, with the class name when it is not a plain Error. */
function errorLine(err) {
    if (err instanceof UserError)
        return err.message;
    if (err instanceof Error)
        return (err.name === 'Error' ? err.message : `${err.name}: ${err.message}`).split('\n')[0];
    return String(err);
}

var semverExports = requireSemver();
var semver = /*@__PURE__*/getDefaultExportFromCjs(semverExports);

/**
 * Everything the project knows about a platform, in one table: which ports and variants Go
 * has, the env that selects a target, the executable format and ELF machine a binary must
 * have, the QEMU user emulator and its binfmt_misc magic, Debian's cross C compiler and
 * packages, where the race detector runs, what a host runs natively, and the cell-id suffix.
 * Adding a target touches this file only.
 */
/** `go tool dist list` of Go 1.27. */
const PORTS = `aix/ppc64 android/386 android/amd64 android/arm android/arm64 darwin/amd64 darwin/arm64
dragonfly/amd64 freebsd/386 freebsd/amd64 freebsd/arm freebsd/arm64 freebsd/riscv64 illumos/amd64
ios/amd64 ios/arm64 js/wasm linux/386 linux/amd64 linux/arm linux/arm64 linux/loong64 linux/mips
linux/mips64 linux/mips64le linux/mipsle linux/ppc64 linux/ppc64le linux/riscv64 linux/s390x
netbsd/386 netbsd/amd64 netbsd/arm netbsd/arm64 openbsd/386 openbsd/amd64 openbsd/arm openbsd/arm64
openbsd/ppc64 openbsd/riscv64 plan9/386 plan9/amd64 plan9/arm solaris/amd64 wasip1/wasm windows/386
windows/amd64 windows/arm64`
    .split(/\s+/)
    .filter(Boolean);
const KNOWN_PORTS = new Set(PORTS);
const ELF_HEAD = '\\x7fELF';
const ELF64_MASK = '\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff';
const elfMagic = (cls, data, machine) => `${ELF_HEAD}${cls}${data}\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00${machine}`;
const ARCHES = {
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
        debian: (v) => v === 'v5'
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
};
/** GOOS values node reports differently (process.platform). */
const NODE_PLATFORMS = { win32: 'windows' };
/** CPU features a GOAMD64 level needs, as /proc/cpuinfo names them. */
const AMD64_LEVEL_FLAGS = {
    v2: ['sse4_2', 'popcnt'],
    v3: ['avx2', 'bmi2', 'fma'],
    v4: ['avx512f', 'avx512bw']
};
/** `linux/arm/v7`: the spelling users write and we print. */
function targetName(t) {
    return t.variant ? `${t.goos}/${t.goarch}/${t.variant}` : `${t.goos}/${t.goarch}`;
}
/** The suffix of a cell id for a target: `linux-arm64`, `linux-arm-v7`. */
function cellIdSuffix(t) {
    return [t.goos, t.goarch, t.variant].filter(Boolean).join('-');
}
/** The variants of a GOARCH, or undefined when it takes none. */
function variantsOf(goarch) {
    return ARCHES[goarch]?.variants?.values;
}
/** The env that selects a target in `go build` (no variant: Go's own default GOARM/GOAMD64). */
function targetEnv(t) {
    const env = { GOOS: t.goos, GOARCH: t.goarch };
    const variants = ARCHES[t.goarch]?.variants;
    if (t.variant && variants)
        Object.assign(env, variants.env(t.variant));
    return env;
}
function expectedFormat(goos) {
    if (goos === 'windows')
        return 'pe';
    if (goos === 'darwin' || goos === 'ios')
        return 'macho';
    if (goos === 'js' || goos === 'wasip1')
        return 'wasm';
    return 'elf';
}
/** How an ELF binary for goarch names its machine (ELF groups GOARCHes: ppc64le is "ppc64"). */
function elfArchOf(goarch) {
    const elf = ARCHES[goarch]?.elf;
    return elf ? { arch: elf.name, bigEndian: elf.bigEndian } : { arch: goarch, bigEndian: false };
}
function byCode(pick, name) {
    const table = {};
    for (const [goarch, a] of Object.entries(ARCHES)) {
        const code = pick(a);
        if (code !== undefined && !(code in table))
            table[code] = name(goarch, a);
    }
    return table;
}
/** Machine codes to Go's names, for reading a binary. */
const ELF_MACHINES = byCode((a) => (a.elf.machine ? a.elf.machine : undefined), (_g, a) => a.elf.name);
const PE_MACHINES = byCode((a) => a.pe, (g) => g);
const MACHO_CPUS = byCode((a) => a.macho, (g) => g);
function qemuArch(goarch) {
    return ARCHES[goarch]?.qemu;
}
/** Debian's cross compiler for a linux target: its triplet and the packages that bring it. */
function crossCompiler(t) {
    const deb = t.goos === 'linux' ? ARCHES[t.goarch]?.debian?.(t.variant) : undefined;
    return deb && { ...deb, packages: [`gcc-${deb.triplet}`, `libc6-dev-${deb.debArch}-cross`] };
}
/** Whether `go test -race` can run on a host (the race detector's platforms that runners have). */
function raceSupported(host) {
    if (host.goos === 'darwin')
        return host.goarch === 'amd64' || host.goarch === 'arm64';
    if (host.goos === 'windows')
        return host.goarch === 'amd64';
    return host.goos === 'linux' && Boolean(ARCHES[host.goarch]?.race);
}
/** Whether a host runs the target's binaries without emulation. */
function runsNatively(host, t) {
    return t.goos === host.goos && (ARCHES[t.goarch]?.nativeOn ?? [t.goarch]).includes(host.goarch);
}
/** The host in Go's words, from node's process.platform and os.arch(). */
function goPlatformOf(platform, nodeArch) {
    const goarch = Object.entries(ARCHES).find(([, a]) => a.nodeArch === nodeArch)?.[0] ?? nodeArch;
    return { goos: NODE_PLATFORMS[platform] ?? platform, goarch };
}

/** Whether the `shards` input asks for more than one job per planned job. */
const isSharded = (spec) => !('count' in spec && spec.count === 1);

/**
 * A cell's environment: the runner's (so GOPROXY, GOPRIVATE, GOFLAGS, HOME/.netrc reach private
 * modules) with the cell's own values laid over it, by the one policy of src/go/env.ts.
 */
/**
 * With several modules each cell tests its module on its own, as its go.mod alone says: a go.work
 * above it would put every module in one build, under a `go` line no older Go of the matrix
 * accepts (go.work must say at least the newest module's go line).
 */
const MODULE_ON_ITS_OWN = { GOWORK: 'off' };
/** What a cell lays over the runner's environment (see src/go/env.ts for the policy). */
function cellEnvValues(plan, paths, cc) {
    const emulated = plan.emulation.execution === 'qemu-binfmt' || plan.emulation.execution === 'qemu-exec';
    return {
        goroot: plan.toolchain.path,
        goCache: paths.goCache,
        goModCache: paths.goModCache,
        target: plan.target,
        cgo: plan.cgo,
        cc,
        // Race cells run natively; only emulated test binaries need the emulation settings.
        emulated: emulated && !plan.race,
        ...(plan.module ? { extra: MODULE_ON_ITS_OWN } : {})
    };
}
/** Where a Go version's build cache lives (one per version: caches are not shared across Go releases). */
function goCacheDir(cacheRoot, version) {
    return path.join(cacheRoot, 'go-build', version);
}
/** GOMODCACHE as `go env` would default it, so the CLI shares the user's module cache. */
function defaultGoModCache(env, home) {
    if (env.GOMODCACHE)
        return env.GOMODCACHE;
    const gopath = (env.GOPATH ?? '').split(path.delimiter).find(Boolean) ?? path.join(home, 'go');
    return path.join(gopath, 'pkg', 'mod');
}

export { AMD64_LEVEL_FLAGS as A, EnvironmentError as E, InputError as I, KNOWN_PORTS as K, MODULE_ON_ITS_OWN as M, PE_MACHINES as P, UserError as U, EXIT as a, exitCodeOf as b, cellIdSuffix as c, goPlatformOf as d, errorLine as e, targetEnv as f, goCacheDir as g, crossCompiler as h, isSharded as i, raceSupported as j, expectedFormat as k, elfArchOf as l, MACHO_CPUS as m, ELF_MACHINES as n, cellEnvValues as o, defaultGoModCache as p, qemuArch as q, runsNatively as r, semver as s, targetName as t, semverExports as u, variantsOf as v };
