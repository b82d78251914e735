/** The QEMU user emulator of an architecture (the table: src/platform/platforms.ts): found on PATH, and its version. */
import type { QemuArch } from '../platform/platforms.js'
import { runProcess, which } from '../util/process.js'

export { qemuArch, type QemuArch } from '../platform/platforms.js'

/** qemu-<arch>-static (or the dynamic qemu-<arch>) on PATH. */
export function findQemu(arch: QemuArch, pathEnv?: string): string | undefined {
  return which(`qemu-${arch.name}-static`, pathEnv) ?? which(`qemu-${arch.name}`, pathEnv)
}

/** "qemu-aarch64 version 7.2.22 (Debian ...)" -> that first line. */
export async function qemuVersion(binary: string): Promise<string> {
  const result = await runProcess(binary, ['--version'], { timeoutMs: 10_000 })
  return result.stdout.split('\n')[0].trim() || 'unknown'
}
