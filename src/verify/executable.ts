/**
 * Reads what an executable is without running it: its format (ELF, PE, Mach-O, wasm), the
 * machine it is for, and for ELF whether it is statically linked (no PT_INTERP program header,
 * no DT_NEEDED entries) and which libraries it needs.
 */
import { open } from 'node:fs/promises'
import { ELF_MACHINES, MACHO_CPUS, PE_MACHINES, type ExecutableFormat } from '../platform/platforms.js'

export type { ExecutableFormat } from '../platform/platforms.js'

export interface ExecutableFacts {
  format: ExecutableFormat
  /** the machine by Go's name (amd64, arm64, ...) or a "0x.." code Go has no name for */
  goarch: string
  bigEndian?: boolean
  /** ELF only */
  interpreter?: string
  needed?: string[]
}

const PT_DYNAMIC = 2
const PT_INTERP = 3
const PT_LOAD = 1
const DT_NEEDED = 1
const DT_STRTAB = 5
const MAX_READ = 64 * 1024 * 1024

export async function readExecutable(file: string): Promise<ExecutableFacts> {
  const handle = await open(file, 'r')
  try {
    const { size } = await handle.stat()
    const buf = Buffer.alloc(Math.min(size, MAX_READ))
    await handle.read(buf, 0, buf.length, 0)
    return parseExecutable(buf)
  } finally {
    await handle.close()
  }
}

export function parseExecutable(buf: Buffer): ExecutableFacts {
  if (buf.length >= 20 && buf.readUInt32BE(0) === 0x7f454c46) return parseElf(buf)
  if (buf.length >= 64 && buf.toString('latin1', 0, 2) === 'MZ') {
    const pe = buf.readUInt32LE(0x3c)
    if (pe + 6 <= buf.length && buf.toString('latin1', pe, pe + 4) === 'PE\0\0') {
      const machine = buf.readUInt16LE(pe + 4)
      return { format: 'pe', goarch: PE_MACHINES[machine] ?? `0x${machine.toString(16)}` }
    }
  }
  if (buf.length >= 8 && buf.readUInt32LE(0) === 0xfeedfacf) {
    const cpu = buf.readUInt32LE(4)
    return { format: 'macho', goarch: MACHO_CPUS[cpu] ?? `0x${cpu.toString(16)}` }
  }
  if (buf.length >= 4 && buf.toString('latin1', 0, 4) === '\0asm') return { format: 'wasm', goarch: 'wasm' }
  return { format: 'unknown', goarch: '' }
}

function parseElf(buf: Buffer): ExecutableFacts {
  const is64 = buf[4] === 2
  const bigEndian = buf[5] === 2
  const u16 = (o: number) => (bigEndian ? buf.readUInt16BE(o) : buf.readUInt16LE(o))
  const u32 = (o: number) => (bigEndian ? buf.readUInt32BE(o) : buf.readUInt32LE(o))
  const word = (o: number) =>
    is64 ? Number(bigEndian ? buf.readBigUInt64BE(o) : buf.readBigUInt64LE(o)) : u32(o)
  const machine = u16(18)
  const phoff = word(is64 ? 32 : 28)
  const phentsize = u16(is64 ? 54 : 42)
  const phnum = u16(is64 ? 56 : 44)
  const segments: Array<{ type: number; offset: number; vaddr: number; filesz: number }> = []
  for (let i = 0; i < phnum; i++) {
    const p = phoff + i * phentsize
    if (p + phentsize > buf.length) break
    segments.push(
      is64
        ? { type: u32(p), offset: word(p + 8), vaddr: word(p + 16), filesz: word(p + 32) }
        : { type: u32(p), offset: word(p + 4), vaddr: word(p + 8), filesz: word(p + 16) }
    )
  }
  const facts: ExecutableFacts = {
    format: 'elf',
    goarch: ELF_MACHINES[machine] ?? `0x${machine.toString(16)}`,
    bigEndian,
    needed: []
  }
  const interp = segments.find((s) => s.type === PT_INTERP)
  if (interp)
    facts.interpreter = buf
      .toString('latin1', interp.offset, interp.offset + interp.filesz)
      .replace(/\0+$/, '')
  const dynamic = segments.find((s) => s.type === PT_DYNAMIC)
  if (dynamic) {
    const entry = is64 ? 16 : 8
    const tags: Array<[number, number]> = []
    for (
      let o = dynamic.offset;
      o + entry <= dynamic.offset + dynamic.filesz && o + entry <= buf.length;
      o += entry
    ) {
      const tag = word(o)
      if (tag === 0) break
      tags.push([tag, word(o + entry / 2)])
    }
    const strtabAddr = tags.find(([t]) => t === DT_STRTAB)?.[1]
    const load = segments.find(
      (s) =>
        s.type === PT_LOAD &&
        strtabAddr !== undefined &&
        strtabAddr >= s.vaddr &&
        strtabAddr < s.vaddr + s.filesz
    )
    if (strtabAddr !== undefined && load) {
      const strtab = strtabAddr - load.vaddr + load.offset
      for (const [tag, value] of tags) {
        if (tag !== DT_NEEDED) continue
        const start = strtab + value
        const end = buf.indexOf(0, start)
        facts.needed!.push(buf.toString('latin1', start, end < 0 ? undefined : end))
      }
    } else {
      facts.needed!.push(...tags.filter(([t]) => t === DT_NEEDED).map(() => '?'))
    }
  }
  return facts
}

/** The format a Go binary for goos must have. */
