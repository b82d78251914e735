/** Entry point of the CLI (dist/cli.js, the package's `go-cross-matrix` bin). */
import { runCli } from './cli/main.js'

process.exitCode = await runCli(process.argv.slice(2))
