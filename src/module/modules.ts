/**
 * The Go modules of a run: `working-directory` lists folders, each a module (go.mod) or a
 * workspace (go.work, expanded to its `use` folders). One module runs exactly as it always did;
 * with several, every cell belongs to one module and its id starts with the module's key.
 */
import { readFileSync, statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import semver from 'semver'
import { InputError, UserError } from '../errors.js'
import { goToSemver } from '../toolchain/go-version.js'
import { parseGoMod, type GoMod } from './gomod.js'

/** What results.json says of a cell's module. */
export interface ModuleRef {
  /** the short, filename-safe key that starts the ids of its cells, e.g. "api" */
  key: string
  /** its folder relative to the workspace, with forward slashes ("." for the workspace itself) */
  dir: string
  /** its module path (go.mod's `module` line) */
  path: string
}

export interface GoModule extends ModuleRef {
  /** its folder, absolute */
  root: string
  goMod: GoMod
}

/**
 * The `use` folders of a go.work, as written (relative to the go.work's folder, or absolute).
 * Other directives (go, toolchain, godebug, replace) are skipped; their blocks too.
 */
export function parseGoWorkUses(text: string, file = 'go.work'): string[] {
  const uses: string[] = []
  let block: string | undefined
  // A path is one word, or a quoted string (which may hold spaces).
  const args = (rest: string): string[] =>
    [...rest.matchAll(/"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3])
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (!line) return
    if (block) {
      if (line === ')') block = undefined
      else if (block === 'use') uses.push(args(line)[0])
      return
    }
    const [directive, ...rest] = args(line)
    if (rest.length === 1 && rest[0] === '(') {
      block = directive
      return
    }
    if (directive === 'use') {
      if (rest.length !== 1) throw new UserError(`go.work: ${file}:${index + 1}: usage: use local/dir`)
      uses.push(rest[0])
    }
  })
  if (block) throw new UserError(`go.work: ${file}: unterminated ${block} block`)
  return uses
}

/**
 * Cell-id keys for the modules' folders (relative, forward slashes): each folder's last
 * element, with as many parent elements (joined by "-") as it takes to tell it from the others;
 * the workspace folder itself is keyed by its module path's last element. Characters outside
 * [A-Za-z0-9._-] become "_", and a key never starts with "." or "-", so it is safe in a file
 * name and an artifact name. Keys still equal after all that get "-2", "-3" in order.
 */
export function moduleKeys(modules: Array<{ dir: string; path: string }>): string[] {
  const elements = modules.map((m) =>
    (m.dir === '.' ? [m.path.split('/').pop() || 'root'] : m.dir.split('/')).filter(
      (e) => e !== '' && e !== '.'
    )
  )
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.-]/, '_')
  const keyOf = (parts: string[], n: number) => safe(parts.slice(-n).join('-'))
  const depth = elements.map(() => 1)
  for (;;) {
    const keys = elements.map((parts, i) => keyOf(parts, depth[i]))
    let grew = false
    keys.forEach((key, i) => {
      const clash = keys.some((other, j) => j !== i && other === key)
      if (clash && depth[i] < elements[i].length) {
        depth[i]++
        grew = true
      }
    })
    if (!grew) break
  }
  const taken = new Set<string>()
  return elements.map((parts, i) => {
    const key = keyOf(parts, depth[i]) || 'root'
    let unique = key
    for (let n = 2; taken.has(unique); n++) unique = `${key}-${n}`
    taken.add(unique)
    return unique
  })
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false
}

/**
 * The modules the working-directory entries name, in order, each once: a folder with a go.work
 * gives its `use` folders, else its go.mod. With `required` false (mode: setup without go.mod
 * specs), a folder holding neither is passed over instead of refused.
 */
export function loadModules(entries: string[], workspace: string, required: boolean): GoModule[] {
  const roots: string[] = []
  const add = (dir: string) => {
    if (!roots.includes(dir)) roots.push(dir)
  }
  for (const entry of entries) {
    const dir = path.resolve(workspace, entry)
    const stat = statSync(dir, { throwIfNoEntry: false })
    if (!stat)
      throw new InputError('working-directory', `${dir} does not exist; give the folder of a Go module`)
    if (!stat.isDirectory())
      throw new InputError('working-directory', `${dir} is not a directory; give the folder of a Go module`)
    const work = path.join(dir, 'go.work')
    if (isFile(work)) {
      for (const use of parseGoWorkUses(readFileSync(work, 'utf8'), work)) {
        const used = path.resolve(dir, use)
        if (!isFile(path.join(used, 'go.mod')))
          throw new InputError('working-directory', `${work} uses ${use}, which holds no go.mod`)
        add(used)
      }
    } else if (isFile(path.join(dir, 'go.mod'))) add(dir)
    else if (required)
      throw new InputError(
        'working-directory',
        `${dir} has no go.mod (nor a go.work); point it at a Go module's root or a workspace`
      )
  }
  const found = roots.map((root) => {
    const file = path.join(root, 'go.mod')
    const goMod = parseGoMod(readFileSync(file, 'utf8'), file)
    const dir = path.relative(workspace, root).split(path.sep).join('/') || '.'
    return { root, dir, path: goMod.module, goMod }
  })
  // One module keeps today's cell ids: no key.
  const keys = found.length > 1 ? moduleKeys(found) : found.map(() => '')
  return found.map((m, i) => ({ ...m, key: keys[i] }))
}

/**
 * The go.mod that go.mod version specs start from: the lowest `go` line across the modules, so
 * `go.mod..stable` spans every module's window (a module without a go line wins, so its error
 * names it).
 */
export function lowestGoMod(modules: GoModule[]): GoMod | undefined {
  const lowest = (a: GoMod, b: GoMod): GoMod =>
    !a.go ? a : !b.go ? b : semver.lte(goToSemver(a.go), goToSemver(b.go)) ? a : b
  return modules.map((m) => m.goMod).reduce<GoMod | undefined>((a, b) => (a ? lowest(a, b) : b), undefined)
}

/** The module axis of the cells: each module, or one `undefined` (today's cells) for a single module. */
export function moduleAxis(modules: readonly GoModule[] | undefined): Array<GoModule | undefined> {
  return modules && modules.length > 1 ? [...modules] : [undefined]
}

export function moduleRef(m: ModuleRef): ModuleRef {
  return { key: m.key, dir: m.dir, path: m.path }
}

/** A module of the run as results.json lists it (`modules`). */
export interface ModuleRecord extends ModuleRef {
  /** its go.mod's `go` line; absent when only merged cells named the module */
  go?: string
}

/**
 * The run's modules when it has several: the configured ones (mode: run), else those its cells
 * name (mode: merge), in order of first appearance. Empty for a one-module run.
 */
export function runModules(
  modules: readonly GoModule[],
  cells: ReadonlyArray<{ module?: ModuleRef }>
): ModuleRecord[] {
  if (modules.length > 1)
    return modules.map((m) => ({ ...moduleRef(m), ...(m.goMod.go ? { go: m.goMod.go } : {}) }))
  const byKey = new Map<string, ModuleRecord>()
  for (const cell of cells)
    if (cell.module && !byKey.has(cell.module.key)) byKey.set(cell.module.key, moduleRef(cell.module))
  return [...byKey.values()]
}

/**
 * With several modules, a go.work naming them all (absolute folders, under the newest of their go
 * lines), written to `tempDir`: for a run-wide go command that must see every module's packages at
 * once (go tool cover over the merged profile), where a module's own folder sees only its own.
 * Returns its path for GOWORK; undefined with one module (go runs as it always did).
 */
export async function writeRunWorkspace(
  modules: readonly GoModule[],
  cells: ReadonlyArray<{ module?: ModuleRef }>,
  workspace: string,
  tempDir: string
): Promise<string | undefined> {
  const records = runModules(modules, cells)
  if (records.length === 0) return undefined
  const roots = records
    .map((m) => path.resolve(workspace, m.dir))
    .filter((root) => isFile(path.join(root, 'go.mod')))
  if (roots.length === 0) return undefined
  const lines = roots.map((root) => parseGoMod(readFileSync(path.join(root, 'go.mod'), 'utf8')).go)
  const newest = lines
    .filter((go): go is string => Boolean(go))
    .sort((a, b) => semver.rcompare(goToSemver(a), goToSemver(b)))[0]
  const file = path.join(tempDir, 'go-cross-matrix-modules.go.work')
  await mkdir(tempDir, { recursive: true })
  await writeFile(
    file,
    `${newest ? `go ${newest}\n\n` : ''}use (\n${roots.map((r) => `\t${JSON.stringify(r)}`).join('\n')}\n)\n`
  )
  return file
}
