/** checksums.txt: "<sha256>  <path>" lines sorted by path, the format `sha256sum -c` reads. */
import type { CellResult } from '../cells/types.js'

export function renderChecksums(cells: CellResult[]): string {
  const lines = cells
    .flatMap((c) => c.binaries)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((b) => `${b.sha256}  ${b.path.split('\\').join('/')}`)
  return lines.length ? `${lines.join('\n')}\n` : ''
}
