// Serves a local go.dev/dl + toolchain module proxy for bench scripts and humans:
//   npx tsx __tests__/harness/serve-mirror.ts [--platform=linux-arm64] 1.21.13 1.27.4 ...
// Prints one JSON line {"url","dlBaseUrl","proxyUrl"} on stdout once ready; serves until SIGTERM/SIGINT.
import { startMirror } from './mirror.js'
import { prepareToolchains } from './toolchains.js'

async function main(args: string[]): Promise<void> {
  const platform = args.find((a) => a.startsWith('--platform='))?.slice('--platform='.length) ?? 'linux-amd64'
  const versions = args.filter((a) => !a.startsWith('--'))
  if (versions.length === 0) {
    throw new Error('usage: serve-mirror.ts [--platform=<os>-<arch>] <go version>...')
  }
  console.error(`preparing ${versions.join(', ')} for ${platform}...`)
  const toolchains = await prepareToolchains(versions, platform)
  const mirror = await startMirror({ toolchains })
  for (const t of toolchains) console.error(`  go${t.version}: ${t.archivePath} sha256 ${t.sha256}`)
  console.log(JSON.stringify({ url: mirror.url, dlBaseUrl: mirror.dlBaseUrl, proxyUrl: mirror.proxyUrl }))

  const stop = (signal: string): void => {
    console.error(`${signal}: closing mirror after ${mirror.requests.length} requests`)
    mirror.close().then(
      () => process.exit(0),
      () => process.exit(1)
    )
  }
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
