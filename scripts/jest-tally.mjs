// Prints jest's totals as one plain closing line ("jest: N passed, N failed, N skipped"),
// read from the JSON report that `npm test` writes.
import { readFileSync } from 'node:fs'

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'))
const skipped = report.numPendingTests + report.numTodoTests
console.log(`jest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`)
