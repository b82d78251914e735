/**
 * The reliability suite's cases: bad inputs, injected faults and hostile content, with what
 * happens in each. docs/reliability.md is rendered from this file (npm run docs), the tests
 * run it, and a unit test checks each fault's test exists, so the document cannot drift.
 */

/** A bad input: the run must end with exit 2 (CLI) or 1 (action) and one line matching `line` (after "error: "). */
export interface BadInputCase {
  id: string
  inputs: Record<string, string>
  line: RegExp
  /** a flag the CLI refuses; the action has no equivalent */
  cliArgs?: string[]
  /** needs the release list (the 127.0.0.1 mirror) to know the version does not exist */
  needsMirror?: boolean
}

const fixture = (name: string): string => `__tests__/fixtures/${name}`

export const BAD_INPUTS: BadInputCase[] = [
  {
    id: 'go-versions: unknown word',
    inputs: { 'go-versions': 'latest' },
    line: /^go-versions: "latest" is not a version spec; valid: 1\.22\.8, /
  },
  {
    id: 'go-versions: garbage',
    inputs: { 'go-versions': 'abc' },
    line: /^go-versions: "abc" is not a version spec/
  },
  {
    id: 'go-versions: too many parts',
    inputs: { 'go-versions': '1.22.x.1' },
    line: /^go-versions: "1\.22\.x\.1" is not a version spec/
  },
  {
    id: 'go-versions: bad range',
    inputs: { 'go-versions': '>=abc' },
    line: /^go-versions: ">=abc" is not a version spec/
  },
  {
    id: 'go-versions: empty list',
    inputs: { 'go-versions': ' , ' },
    line: /^go-versions: no version given; valid: /
  },
  {
    id: 'go-versions: bad window',
    inputs: { 'go-versions': 'go.mod..1.22' },
    line: /^go-versions: "go\.mod\.\.1\.22" is not a version spec/
  },
  {
    id: 'go-versions: shell syntax',
    inputs: { 'go-versions': '1.22; rm -rf /' },
    line: /^go-versions: "1\.22; rm -rf \/" is not a version spec/
  },
  {
    id: 'go-versions: minor that does not exist',
    inputs: { 'go-versions': '1.99' },
    line: /^go-versions: no Go release matches "1\.99" \(newest stable is /,
    needsMirror: true
  },
  {
    id: 'go-versions: patch that does not exist',
    inputs: { 'go-versions': '1.27.99' },
    line: /^go-versions: no Go release matches "1\.27\.99"/,
    needsMirror: true
  },
  {
    id: 'go-versions: release candidate that does not exist',
    inputs: { 'go-versions': '1.30rc9' },
    line: /^go-versions: no Go release matches "1\.30rc9"/,
    needsMirror: true
  },
  {
    id: 'targets: no arch',
    inputs: { targets: 'linux' },
    line: /^targets: "linux" is not goos\/goarch\[\/variant\]/
  },
  {
    id: 'targets: unknown arch',
    inputs: { targets: 'linux/amd65' },
    line: /^targets: "linux\/amd65" is not a Go port/
  },
  {
    id: 'targets: unknown os',
    inputs: { targets: 'plan10/amd64' },
    line: /^targets: "plan10\/amd64" is not a Go port/
  },
  {
    id: 'targets: bad arm variant',
    inputs: { targets: 'linux/arm/v9' },
    line: /^targets: "linux\/arm\/v9": arm variants are v5, v6, v7/
  },
  {
    id: 'targets: bad amd64 level',
    inputs: { targets: 'linux/amd64/v5' },
    line: /^targets: "linux\/amd64\/v5": amd64 variants are v1, v2, v3, v4/
  },
  {
    id: 'targets: variant on an arch without variants',
    inputs: { targets: 'linux/arm64/v8' },
    line: /^targets: "linux\/arm64\/v8": arm64 takes no variant/
  },
  { id: 'targets: empty list', inputs: { targets: ' , ' }, line: /^targets: no target given/ },
  {
    id: 'targets: shell syntax',
    inputs: { targets: 'linux/amd64;id' },
    line: /^targets: "linux\/amd64;id" is not a Go port/
  },
  { id: 'cgo: not 0 or 1', inputs: { cgo: '2' }, line: /^cgo: "2" is not valid; use 0, 1 or 0,1/ },
  { id: 'cgo: word', inputs: { cgo: 'yes' }, line: /^cgo: "yes" is not valid/ },
  { id: 'race: unknown', inputs: { race: 'maybe' }, line: /^race: "maybe" is not one of auto, true, false/ },
  {
    id: 'emulation: unknown',
    inputs: { emulation: 'docker' },
    line: /^emulation: "docker" is not one of auto, qemu, none/
  },
  {
    id: 'mode: unknown',
    inputs: { mode: 'deploy' },
    line: /^mode: "deploy" is not one of run, setup, plan, merge/
  },
  {
    id: 'plan-granularity: unknown',
    inputs: { 'plan-granularity': 'job' },
    line: /^plan-granularity: "job" is not one of target, cell/
  },
  {
    id: 'toolchain-source: unknown',
    inputs: { 'toolchain-source': 'github' },
    line: /^toolchain-source: "github" is not one of auto, dl, proxy/
  },
  {
    id: 'parallel: zero',
    inputs: { parallel: '0' },
    line: /^parallel: "0" is not a whole number from 1 to 256/
  },
  {
    id: 'parallel: negative',
    inputs: { parallel: '-1' },
    line: /^parallel: "-1" is not a whole number from 1 to 256/
  },
  {
    id: 'parallel: absurd',
    inputs: { parallel: '100000' },
    line: /^parallel: "100000" is not a whole number from 1 to 256/
  },
  { id: 'parallel: word', inputs: { parallel: 'many' }, line: /^parallel: "many" is not a whole number/ },
  {
    id: 'cell-timeout: negative',
    inputs: { 'cell-timeout': '-5m' },
    line: /^cell-timeout: "-5m" is not a duration from 1s to 24h/
  },
  {
    id: 'cell-timeout: absurd',
    inputs: { 'cell-timeout': '1000h' },
    line: /^cell-timeout: "1000h" is not a duration from 1s to 24h/
  },
  {
    id: 'cell-timeout: no unit',
    inputs: { 'cell-timeout': '30' },
    line: /^cell-timeout: "30" is not a duration/
  },
  {
    id: 'retention-days: out of range',
    inputs: { 'retention-days': '400' },
    line: /^retention-days: "400" is not a whole number from 1 to 90/
  },
  {
    id: 'coverage: not a boolean',
    inputs: { coverage: 'yes' },
    line: /^coverage: "yes" is not a boolean; use true or false/
  },
  {
    id: 'fail-fast: not a boolean',
    inputs: { 'fail-fast': 'maybe' },
    line: /^fail-fast: "maybe" is not a boolean/
  },
  {
    id: 'verify-checksums: not a boolean',
    inputs: { 'verify-checksums': 'no' },
    line: /^verify-checksums: "no" is not a boolean/
  },
  {
    id: 'working-directory: missing',
    inputs: { 'working-directory': 'does-not-exist' },
    line: /^working-directory: .*does-not-exist does not exist; give the folder of a Go module/
  },
  {
    id: 'working-directory: a file',
    inputs: { 'working-directory': 'README.md' },
    line: /^working-directory: .*README\.md is not a directory/
  },
  {
    id: 'working-directory: not a module',
    inputs: { 'working-directory': 'docs' },
    line: /^working-directory: .*docs has no go\.mod \(nor a go\.work\); point it at a Go module's root or a workspace/
  },
  {
    id: 'working-directory: malformed go.mod',
    inputs: { 'working-directory': fixture('malformed-gomod') },
    line: /^go\.mod: .*malformed-gomod\/go\.mod:1: usage: module module\/path/
  },
  {
    id: 'go-download-base-url: not http',
    inputs: { 'go-download-base-url': 'ftp://example.test/dl' },
    line: /^go-download-base-url: "ftp:\/\/example\.test\/dl" is not an http\(s\) URL/
  },
  {
    id: 'go-download-base-url: not a URL',
    inputs: { 'go-download-base-url': 'not a url' },
    line: /^go-download-base-url: "not a url" is not a URL/
  },
  {
    id: 'conflict: reproducible without binaries',
    inputs: { reproducible: 'true', build: ' ' },
    line: /^reproducible: true needs binaries, but build is empty/
  },
  {
    id: 'conflict: proxy source with a dl mirror',
    inputs: { 'toolchain-source': 'proxy', 'go-download-base-url': 'http://127.0.0.1:9/dl' },
    line: /^go-download-base-url: is not used with toolchain-source: proxy/
  },
  {
    id: 'packages: a flag',
    inputs: { packages: '-exec=evil' },
    line: /^packages: "-exec=evil" is not a package pattern/
  },
  {
    id: 'packages: shell syntax',
    inputs: { packages: './...;id' },
    line: /^packages: "\.\/\.\.\.;id" is not a package pattern/
  },
  {
    id: 'build: a flag',
    inputs: { build: '-o=/etc/passwd' },
    line: /^build: "-o=\/etc\/passwd" is not a package pattern/
  },
  {
    id: 'build-flags: shell operator',
    inputs: { 'build-flags': '-v; touch /tmp/pwned' },
    line: /^build-flags: .* contains shell syntax ";"/
  },
  {
    id: 'build-flags: command substitution',
    inputs: { 'build-flags': '-ldflags=$(id)' },
    line: /^build-flags: .* contains shell syntax/
  },
  {
    id: 'test-flags: pipe',
    inputs: { 'test-flags': '-v | tee x' },
    line: /^test-flags: .* contains shell syntax "\|"/
  },
  {
    id: 'tags: shell syntax',
    inputs: { tags: 'integration;id' },
    line: /^tags: "integration;id" is not a build tag/
  },
  {
    id: 'artifact-name: slash',
    inputs: { 'artifact-name': 'a/b' },
    line: /^artifact-name: "a\/b" is not a valid artifact name/
  },
  {
    id: 'runner-map: no equals sign',
    inputs: { 'runner-map': 'linux/arm64 ubuntu-24.04-arm' },
    line: /^runner-map: "linux\/arm64 ubuntu-24\.04-arm" is not a target=runner line/
  },
  {
    id: 'runner-map: bad target',
    inputs: { 'runner-map': 'linux/arm65=ubuntu-24.04-arm' },
    line: /^runner-map: "linux\/arm65=ubuntu-24\.04-arm" is not a target=runner line/
  },
  {
    id: 'shards: not a count or time',
    inputs: { shards: 'lots' },
    line: /^shards: "lots" is neither a number of shards from 1 to 64 nor a time per job from 10s to 6h/
  },
  {
    id: 'shard: not k/N',
    inputs: { shard: '4/3' },
    line: /^shard: "4\/3" is not a shard like 2\/3/
  },
  {
    id: 'shards: several modules',
    inputs: { shards: '2', 'working-directory': fixture('multi-module') },
    line: /^shards: splits the packages of one module, but working-directory names 2 modules/
  },
  {
    id: 'CLI: unknown flag',
    inputs: {},
    cliArgs: ['--go-version', '1.22'],
    line: /^unknown flag --go-version; run go-cross-matrix --help for the flags$/
  },
  {
    id: 'CLI: flag without a value',
    inputs: {},
    cliArgs: ['--parallel'],
    line: /^--parallel needs a value; run go-cross-matrix --help$/
  },
  {
    id: 'CLI: two module folders',
    inputs: {},
    cliArgs: ['examples/hello', 'docs'],
    line: /^working-directory: give one module folder, not 2/
  }
]

export type Outcome =
  | 'retried'
  | 'fallen back'
  | 'failed with a clear reason'
  | 'recorded in the cell'
  | 'warning, run goes on'
  | 'refused'

export interface DocumentedCase {
  id: string
  kind: 'fault' | 'hostile'
  what: string
  outcome: Outcome
  detail: string
  /** the test that proves it: a file under __tests__ and the test's name */
  test: { file: string; name: string }
}

const T = (file: string, name: string) => ({ file, name })

export const DOCUMENTED: DocumentedCase[] = [
  {
    id: 'mirror-503-twice',
    kind: 'fault',
    what: 'mirror answers 503 twice, then 200',
    outcome: 'retried',
    detail: 'up to 4 tries, 0.5/1/2 s backoff; installs',
    test: T('e2e/toolchains.test.ts', 'retries a mirror answering 503 twice, then succeeds')
  },
  {
    id: 'mirror-503-always',
    kind: 'fault',
    what: 'mirror answers 503 every time',
    outcome: 'failed with a clear reason',
    detail: 'one line naming the version and HTTP 503; no tool-cache entry',
    test: T('e2e/reliability.test.ts', 'mirror-503-always')
  },
  {
    id: 'mirror-reset',
    kind: 'fault',
    what: 'connection reset midway through the archive',
    outcome: 'retried',
    detail: 'the partial file is deleted and the download starts over',
    test: T('e2e/reliability.test.ts', 'mirror-reset')
  },
  {
    id: 'mirror-truncate',
    kind: 'fault',
    what: 'body cut short of its Content-Length',
    outcome: 'retried',
    detail: 'a short body is an error, never a toolchain',
    test: T('e2e/reliability.test.ts', 'mirror-truncate')
  },
  {
    id: 'mirror-corrupt',
    kind: 'fault',
    what: 'mirror serves wrong bytes',
    outcome: 'failed with a clear reason',
    detail: 'expected and actual sha256 named; never retried, never unpacked, nothing cached',
    test: T(
      'e2e/toolchains.test.ts',
      'fails a corrupted archive with one line naming the version and both sha256, caching nothing'
    )
  },
  {
    id: 'proxy-zip-corrupt',
    kind: 'fault',
    what: 'proxy serves a zip whose h1 does not match',
    outcome: 'failed with a clear reason',
    detail: 'refused; nothing cached',
    test: T('e2e/toolchains.test.ts', 'refuses a proxy zip whose h1 does not match the checksum database')
  },
  {
    id: 'sumdb-unreachable',
    kind: 'fault',
    what: 'checksum database unreachable (proxy source)',
    outcome: 'failed with a clear reason',
    detail:
      'names what was tried and the way out (GOSUMDB/GOPROXY or verify-checksums: false); with verify-checksums: false it installs, marked unverified',
    test: T('e2e/reliability.test.ts', 'sumdb-unreachable')
  },
  {
    id: 'index-unreachable',
    kind: 'fault',
    what: 'release list unreachable, toolchain-source auto',
    outcome: 'fallen back',
    detail: 'resolves through the Go module proxy instead, with a warning',
    test: T('e2e/reliability.test.ts', 'index-unreachable')
  },
  {
    id: 'half-extracted-cache',
    kind: 'fault',
    what: 'tool cache holds a half-extracted version without .complete',
    outcome: 'fallen back',
    detail: 'not a hit; reinstalled in place, then marked complete',
    test: T('e2e/reliability.test.ts', 'half-extracted-cache')
  },
  {
    id: 'concurrent-installs',
    kind: 'fault',
    what: 'two runs install the same version at once',
    outcome: 'fallen back',
    detail: 'a per-version lock; the second uses what the first installed; both work',
    test: T(
      'e2e/toolchains.test.ts',
      'lets two processes install the same version at once, both ending with a working toolchain'
    )
  },
  {
    id: 'abandoned-install-lock',
    kind: 'fault',
    what: 'a run died holding the install lock, or holds it from another container sharing the tool cache',
    outcome: 'fallen back',
    detail:
      'the lock is broken at once when its owner pid is gone in the same pid namespace, else when its heartbeat (folder mtime, touched every 7.5 s) is 30 s old; never while the heartbeat is fresh',
    test: T('unit/lock.test.ts', 'breaks a lock from another pid namespace once its heartbeat is stale')
  },
  {
    id: 'install-lock-never-freed',
    kind: 'fault',
    what: 'another live run holds the install lock for longer than the wait',
    outcome: 'failed with a clear reason',
    detail:
      'after 10 minutes: one line naming the lock folder, its holder (pid, host, since, last heartbeat) and what to do',
    test: T('unit/lock.test.ts', 'gives up after waitMs with one line naming the lock and its holder')
  },
  {
    id: 'binfmt-refused',
    kind: 'fault',
    what: 'binfmt_misc registration refused',
    outcome: 'fallen back',
    detail: 'tests run with go test -exec qemu-<arch>-static (execution qemu-exec)',
    test: T('e2e/cells.test.ts', 'falls back to go test -exec qemu when binfmt_misc is out of reach')
  },
  {
    id: 'no-qemu',
    kind: 'fault',
    what: 'no QEMU and no way to install it',
    outcome: 'fallen back',
    detail:
      'emulation auto: foreign cells are build-only with the reason; emulation qemu: the run fails saying why',
    test: T('e2e/reliability.test.ts', 'no-qemu')
  },
  {
    id: 'emulator-crash',
    kind: 'fault',
    what: 'the emulator crashes running Go',
    outcome: 'recorded in the cell',
    detail:
      "the probe fails first: that target's cells end as error with the emulator's message; other cells pass",
    test: T('e2e/reliability.test.ts', 'emulator-crash')
  },
  {
    id: 'hanging-test',
    kind: 'fault',
    what: 'a test hangs',
    outcome: 'recorded in the cell',
    detail: 'cell-timeout kills the whole process group; the cell is timeout; other cells pass',
    test: T(
      'e2e/cells.test.ts',
      'times out a hanging cell, kills its whole process tree, and lets the other cells pass'
    )
  },
  {
    id: 'out-dir-not-writable',
    kind: 'fault',
    what: 'out-dir cannot be written',
    outcome: 'failed with a clear reason',
    detail: 'checked before any work: one line naming out-dir',
    test: T('e2e/reliability.test.ts', 'out-dir-not-writable')
  },
  {
    id: 'cache-service-500',
    kind: 'fault',
    what: 'cache service answers 500',
    outcome: 'warning, run goes on',
    detail:
      'the client tries 5 times (~30 s), then the restore is a miss with a warning and a save is skipped; the run passes',
    test: T('e2e/github.test.ts', 'passes with a warning when the cache service answers 500')
  },
  {
    id: 'artifact-service-500',
    kind: 'fault',
    what: "artifact service refuses uploads (a 4xx at once; a 5xx after the client's 5 tries, ~30 s)",
    outcome: 'warning, run goes on',
    detail: 'each failed upload is a warning; results.json and the summary are still written',
    test: T('e2e/reliability.test.ts', 'artifact-service-500')
  },
  {
    id: 'services-slow',
    kind: 'fault',
    what: 'artifact and cache services answer slowly',
    outcome: 'retried',
    detail: 'the clients wait; uploads and restores complete',
    test: T('e2e/reliability.test.ts', 'services-slow')
  },
  {
    id: 'archive-escape',
    kind: 'hostile',
    what: 'toolchain archive with ../, absolute paths, links pointing out',
    outcome: 'refused',
    detail:
      'every entry is checked before unpacking; one bad entry refuses the archive, nothing is written outside',
    test: T('e2e/reliability.test.ts', 'archive-escape')
  },
  {
    id: 'sumdb-bad-signature',
    kind: 'hostile',
    what: "checksum database answer whose tree note signature does not verify with the database key (GOSUMDB's, or sum.golang.org's)",
    outcome: 'refused',
    detail:
      'one line naming the answer, the key and "bad signature" (a note signed only by another key: "not signed by key"); not unreachable, so no other source is asked; nothing cached',
    test: T('e2e/reliability.test.ts', 'sumdb-bad-signature')
  },
  {
    id: 'sumdb-not-in-tree',
    kind: 'hostile',
    what: 'checksum database answer with a validly signed tree note but an altered record (another h1)',
    outcome: 'refused',
    detail:
      'the inclusion proof, read from the tiles through the same proxy, does not reach the signed root; one line naming the record and the tree size; nothing cached',
    test: T('e2e/reliability.test.ts', 'sumdb-not-in-tree')
  },
  {
    id: 'sumdb-inconsistent',
    kind: 'hostile',
    what: 'checksum database showing a history that forks from the tree head verified earlier on this runner',
    outcome: 'refused',
    detail:
      'the latest verified tree head is kept under the tool cache (.sumdb/<name>/latest); a tree the consistency proof does not tie to it is refused with one line naming both sizes and the file; nothing cached',
    test: T('e2e/reliability.test.ts', 'sumdb-inconsistent')
  },
  {
    id: 'shell-in-inputs',
    kind: 'hostile',
    what: 'shell syntax in build-flags, test-flags, tags, packages, targets',
    outcome: 'refused',
    detail:
      'refused as bad input (see the table above); ldflags is passed as one argument, never through a shell',
    test: T('e2e/reliability.test.ts', 'shell-in-inputs')
  },
  {
    id: 'token-masked',
    kind: 'hostile',
    what: 'the runtime token in the environment',
    outcome: 'refused',
    detail: 'masked with ::add-mask:: before anything else is printed; never printed otherwise',
    test: T('e2e/reliability.test.ts', 'token-masked')
  },
  {
    id: 'workflow-command-injection',
    kind: 'hostile',
    what: 'test output that prints ::set-output, ::add-mask, ::error',
    outcome: 'refused',
    detail:
      'cell logs are printed inside ::stop-commands::; annotation messages are escaped by @actions/core',
    test: T('e2e/reliability.test.ts', 'workflow-command-injection')
  }
]
