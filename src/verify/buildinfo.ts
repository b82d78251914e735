/**
 * Build info embedded in Go binaries, as `go version -m <bin>` prints it (the -json form exists
 * only from Go 1.25, so we parse the text every Go prints):
 *   <file>: go1.22.8
 *   \tpath\texample.com/m/cmd/app
 *   \tmod\texample.com/m\t(devel)\t
 *   \tdep\tgolang.org/x/mod\tv0.20.0\th1:...
 *   \t=>\t../mod\t(devel)\t            (the replacement of the dep above)
 *   \tbuild\tGOARCH=arm64
 */
export interface ModuleInfo {
  path: string
  version: string
  sum: string
  replace?: ModuleInfo
}

export interface BuildInfo {
  goVersion: string
  path: string
  main: ModuleInfo
  deps: ModuleInfo[]
  settings: Record<string, string>
}

function unquote(value: string): string {
  if (value.startsWith('"') && value.endsWith('"')) {
    try {
      return JSON.parse(value) as string
    } catch {
      return value.slice(1, -1)
    }
  }
  return value
}

export function parseBuildInfo(text: string): BuildInfo | undefined {
  const lines = text.split('\n')
  const head = /^.*: (go\S+)$/.exec(lines[0] ?? '')
  if (!head) return undefined
  const info: BuildInfo = {
    goVersion: head[1],
    path: '',
    main: { path: '', version: '', sum: '' },
    deps: [],
    settings: {}
  }
  let last: ModuleInfo | undefined
  for (const line of lines.slice(1)) {
    const fields = line.replace(/^\t/, '').split('\t')
    const [kind, a = '', b = '', c = ''] = fields
    const mod = (): ModuleInfo => ({ path: a, version: b, sum: c })
    switch (kind) {
      case 'path':
        info.path = a
        break
      case 'mod':
        info.main = mod()
        last = info.main
        break
      case 'dep':
        last = mod()
        info.deps.push(last)
        break
      case '=>':
        if (last) last.replace = mod()
        break
      case 'build': {
        const setting = fields.slice(1).join('\t')
        const eq = setting.indexOf('=')
        if (eq > 0) info.settings[unquote(setting.slice(0, eq))] = unquote(setting.slice(eq + 1))
        break
      }
    }
  }
  return info
}
