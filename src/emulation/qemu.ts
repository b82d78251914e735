/**
 * QEMU user-mode emulation for one Go architecture: its qemu name, the ELF magic and mask that
 * binfmt_misc matches (from QEMU's qemu-binfmt-conf.sh), and the qemu-<arch>-static binary.
 */
import { runProcess, which } from '../util/process.js'

export interface QemuArch {
  /** qemu's name: aarch64, arm, riscv64 ... */
  name: string
  magic: string
  mask: string
}

const ELF64_MASK =
  '\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x00\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\xff'
const ELF_HEAD = '\\x7fELF'

const ARCHES: Record<string, QemuArch> = {
  arm64: {
    name: 'aarch64',
    magic: `${ELF_HEAD}\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xb7\\x00`,
    mask: ELF64_MASK
  },
  arm: {
    name: 'arm',
    magic: `${ELF_HEAD}\\x01\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x28\\x00`,
    mask: ELF64_MASK
  },
  riscv64: {
    name: 'riscv64',
    magic: `${ELF_HEAD}\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\xf3\\x00`,
    mask: ELF64_MASK
  },
  ppc64le: {
    name: 'ppc64le',
    magic: `${ELF_HEAD}\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x15\\x00`,
    mask: '\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfc\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff\\x00'
  },
  s390x: {
    name: 's390x',
    magic: `${ELF_HEAD}\\x02\\x02\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x16`,
    mask: '\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xfe\\xff\\xff'
  },
  loong64: {
    name: 'loongarch64',
    magic: `${ELF_HEAD}\\x02\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x02\\x01`,
    mask: ELF64_MASK
  },
  '386': {
    name: 'i386',
    magic: `${ELF_HEAD}\\x01\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x02\\x00\\x03\\x00`,
    mask: ELF64_MASK
  }
}

export function qemuArch(goarch: string): QemuArch | undefined {
  return ARCHES[goarch]
}

/** qemu-<arch>-static (or the dynamic qemu-<arch>) on PATH. */
export function findQemu(arch: QemuArch, pathEnv?: string): string | undefined {
  return which(`qemu-${arch.name}-static`, pathEnv) ?? which(`qemu-${arch.name}`, pathEnv)
}

/** "qemu-aarch64 version 7.2.22 (Debian ...)" -> that first line. */
export async function qemuVersion(binary: string): Promise<string> {
  const result = await runProcess(binary, ['--version'], { timeoutMs: 10_000 })
  return result.stdout.split('\n')[0].trim() || 'unknown'
}
