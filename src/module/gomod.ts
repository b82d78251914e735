/**
 * Reads the few facts we need from go.mod (module path, `go` and `toolchain` lines) before
 * any toolchain exists to ask. It rejects what `go` itself would reject at the directive level,
 * so a malformed go.mod is one clear line instead of an error in every cell.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { UserError } from '../errors.js'
import { parseGoVersion } from '../toolchain/go-version.js'

export interface GoMod {
  file: string
  module: string
  /** the `go` line as written, e.g. "1.22" or "1.22.3" */
  go?: string
  /** the `toolchain` line without its "go" prefix, e.g. "1.23.4"; undefined for none or "default" */
  toolchain?: string
}

const DIRECTIVES = new Set([
  'module',
  'go',
  'toolchain',
  'require',
  'exclude',
  'replace',
  'retract',
  'godebug',
  'tool',
  'ignore'
])

export async function readGoMod(dir: string): Promise<GoMod> {
  const file = path.join(dir, 'go.mod')
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new UserError(`working-directory: ${dir} has no go.mod; point it at a Go module's root`)
  }
  return parseGoMod(text, file)
}

export function parseGoMod(text: string, file = 'go.mod'): GoMod {
  const mod: GoMod = { file, module: '' }
  let block: string | undefined
  const fail = (n: number, what: string): never => {
    throw new UserError(`go.mod: ${file}:${n}: ${what}`)
  }
  text.split('\n').forEach((raw, index) => {
    const n = index + 1
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (!line) return
    if (block) {
      if (line === ')') block = undefined
      return
    }
    const [directive, ...args] = line.split(/\s+/)
    if (!DIRECTIVES.has(directive)) fail(n, `unknown directive "${directive}"`)
    if (args[0] === '(' && args.length === 1) {
      block = directive
      return
    }
    if (directive === 'module') {
      if (args.length !== 1) fail(n, 'usage: module module/path')
      mod.module = args[0].replace(/^"(.*)"$/, '$1')
    } else if (directive === 'go') {
      if (args.length !== 1 || !parseGoVersion(args[0]) || args[0].startsWith('go')) {
        fail(n, `invalid go version "${args.join(' ')}": must match format 1.23.0`)
      }
      mod.go = args[0]
    } else if (directive === 'toolchain') {
      if (args.length !== 1) fail(n, 'usage: toolchain go1.23.4')
      if (args[0] !== 'default') {
        const v = args[0].startsWith('go') ? parseGoVersion(args[0]) : undefined
        if (!v) fail(n, `invalid toolchain "${args[0]}": must look like go1.23.4`)
        mod.toolchain = args[0].slice(2)
      }
    }
  })
  if (block) fail(text.split('\n').length, `unterminated ${block} block`)
  if (!mod.module) throw new UserError(`go.mod: ${file}: no module directive`)
  return mod
}
