#!/usr/bin/env node
import os from 'node:os';
import path from 'node:path';
import { U as UserError, a as errorLine } from './chunks/poller.js';
import { I as INPUTS, O as OUTPUTS, b as runEngine, c as renderCellTable } from './chunks/engine.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'node:process';
import 'stream';
import 'tty';
import 'url';
import 'node:module';
import 'node:https';
import 'node:crypto';
import 'node:fs/promises';
import 'node:fs';
import 'node:child_process';
import 'node:stream/promises';
import 'node:string_decoder';
import 'buffer';
import 'zlib';
import 'fs/promises';
import 'constants';

/**
 * CLI flags from the one input declaration: every input `x` is `--x value` or `--x=value`;
 * boolean inputs also take a bare `--x`; one positional argument is the working-directory.
 */
const BOOLEAN_INPUTS = new Set(INPUTS.filter((i) => i.default === 'true' || i.default === 'false').map((i) => i.name));
const NAMES = new Set(INPUTS.map((i) => i.name));
function parseCliArgs(argv) {
    const args = { help: false, version: false, values: new Map() };
    const positional = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--help' || arg === '-h') {
            args.help = true;
            continue;
        }
        if (arg === '--version') {
            args.version = true;
            continue;
        }
        if (arg === '--') {
            positional.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('-')) {
            positional.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        const name = arg.slice(2, eq > 0 ? eq : undefined);
        if (!arg.startsWith('--') || !NAMES.has(name)) {
            throw new UserError(`unknown flag ${arg.split('=')[0]}; run go-cross-matrix --help for the flags`);
        }
        let value = eq > 0 ? arg.slice(eq + 1) : undefined;
        if (value === undefined) {
            const next = argv[i + 1];
            if (BOOLEAN_INPUTS.has(name) &&
                (next === undefined || !/^(true|false|True|False|TRUE|FALSE)$/.test(next))) {
                value = 'true';
            }
            else if (next === undefined) {
                throw new UserError(`--${name} needs a value; run go-cross-matrix --help`);
            }
            else {
                value = next;
                i++;
            }
        }
        args.values.set(name, value);
    }
    if (positional.length > 1) {
        throw new UserError(`working-directory: give one module folder, not ${positional.length} (${positional.join(' ')})`);
    }
    if (positional.length === 1) {
        if (args.values.has('working-directory')) {
            throw new UserError('working-directory: given both as --working-directory and as an argument; give one');
        }
        args.values.set('working-directory', positional[0]);
    }
    return args;
}
function helpText() {
    const width = Math.max(...INPUTS.map((i) => i.name.length)) + 4;
    const lines = [
        'go-cross-matrix: test and build one Go module across Go versions and target platforms.',
        '',
        'Usage: go-cross-matrix [flags] [working-directory]',
        '',
        'Flags (each is also an input of the GitHub Action):'
    ];
    for (const i of INPUTS) {
        const def = i.default === '' ? '' : ` (default: ${i.default})`;
        lines.push(`  --${i.name.padEnd(width)}${i.description}${def}`);
    }
    lines.push('', 'Outputs (printed as a summary; written to results.json):');
    for (const o of OUTPUTS)
        lines.push(`  ${o.name.padEnd(width + 2)}${o.description}`);
    lines.push('', 'Exit code: 0 when every cell passed, 1 otherwise or on a bad input.');
    return lines.join('\n');
}

function terminalLog(verbose) {
    return {
        info: (m) => console.log(m),
        warning: (m) => console.error(`warning: ${m}`),
        error: (m) => console.error(`error: ${m}`),
        debug: (m) => {
            if (verbose)
                console.error(`debug: ${m}`);
        },
        group: async (title, fn) => {
            console.log(`── ${title}`);
            return fn();
        }
    };
}

/** The CLI: the same engine as the action, flags instead of INPUT_*, exit code instead of setFailed. */
async function runCli(argv) {
    const env = process.env;
    const log = terminalLog(env.GO_CROSS_MATRIX_DEBUG === '1' || env.RUNNER_DEBUG === '1');
    try {
        const args = parseCliArgs(argv);
        if (args.help) {
            console.log(helpText());
            return 0;
        }
        if (args.version) {
            console.log(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
            return 0;
        }
        const cacheHome = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
        const ctx = await runEngine({
            raw: (name) => args.values.get(name),
            workspace: process.cwd(),
            dirs: {
                toolCache: env.RUNNER_TOOL_CACHE || path.join(cacheHome, 'go-cross-matrix', 'tool-cache'),
                temp: env.RUNNER_TEMP || path.join(os.tmpdir(), `go-cross-matrix-${process.pid}`),
                cache: path.join(cacheHome, 'go-cross-matrix')
            },
            env: { ...env },
            log
        });
        if (ctx.cells.length)
            console.log(`\n${renderCellTable(ctx.cells)}`);
        if (ctx.failure) {
            log.error(ctx.failure);
            return 1;
        }
        return 0;
    }
    catch (err) {
        log.debug(err instanceof Error && err.stack ? err.stack : String(err));
        console.error(`error: ${errorLine(err)}`);
        return 1;
    }
}

/** Entry point of the CLI (dist/cli.js, the package's `go-cross-matrix` bin). */
process.exitCode = await runCli(process.argv.slice(2));
