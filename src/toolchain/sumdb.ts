/**
 * Looks up a module's h1 in the Go checksum database, the way cmd/go does: first through each
 * proxy's /sumdb/<name>/ endpoint, then the database itself. The answer is trusted as TLS
 * delivers it: the signed tree note is not checked against the database key (noted in README).
 */
import { Http } from '../util/http.js'

export class ChecksumDbUnavailableError extends Error {}

export interface SumDbConfig {
  /** from GOSUMDB: "sum.golang.org", "name+key url", or "off" */
  gosumdb: string
  /** http(s) proxies from GOPROXY, in order */
  proxies: string[]
}

export function sumDbFromEnv(env: NodeJS.ProcessEnv, proxies: string[]): SumDbConfig {
  return { gosumdb: (env.GOSUMDB ?? '').trim() || 'sum.golang.org', proxies }
}

export class ChecksumDb {
  constructor(
    private readonly config: SumDbConfig,
    private readonly http: Http
  ) {}

  get enabled(): boolean {
    return this.config.gosumdb !== 'off'
  }

  /** Where lookups go, in order. */
  lookupBases(): string[] {
    const [nameAndKey, url] = this.config.gosumdb.split(/\s+/)
    const name = nameAndKey.split('+')[0]
    const direct = url ?? `https://${name}`
    return [...this.config.proxies.map((p) => `${p}/sumdb/${name}`), direct.replace(/\/+$/, '')]
  }

  /** The h1 of module@version's zip, or throws ChecksumDbUnavailableError naming what was tried. */
  async lookupH1(module: string, version: string): Promise<string> {
    const failures: string[] = []
    for (const base of this.lookupBases()) {
      const url = `${base}/lookup/${module}@${version}`
      try {
        const body = await this.http.getText(url)
        const line = body.split('\n').find((l) => l.startsWith(`${module} ${version} h1:`))
        if (line) return line.split(' ')[2]
        failures.push(`${url}: no h1 line in the answer`)
      } catch (err) {
        failures.push((err as Error).message)
      }
    }
    throw new ChecksumDbUnavailableError(`checksum database unreachable (${failures.join('; ')})`)
  }
}
