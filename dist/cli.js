#!/usr/bin/env node
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { I as INPUTS, O as OUTPUTS, T as TOOL, c as runEngine, d as renderFailureDetails, e as renderCellTable, g as compactResults } from './chunks/engine.js';
import { U as UserError, a as EXIT, e as errorLine, b as exitCodeOf } from './chunks/env.js';
import { styleText } from 'node:util';
import 'node:fs';
import 'node:child_process';
import 'node:crypto';
import 'node:stream';
import 'node:stream/promises';
import 'events';
import 'fs';
import 'node:events';
import 'node:string_decoder';
import 'path';
import 'assert';
import 'buffer';
import 'zlib';
import 'node:assert';
import './chunks/index2.js';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'util';
import 'node:net';
import 'node:http';
import 'node:buffer';
import 'node:querystring';
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
import 'stream';

/**
 * CLI flags from the one input declaration: every input `x` is `--x value` or `--x=value`;
 * boolean inputs also take a bare `--x`; one positional argument is the working-directory.
 */
const BOOLEAN_INPUTS = new Set(INPUTS.filter((i) => i.bareTrue || i.default === 'true' || i.default === 'false').map((i) => i.name));
const NAMES = new Set(INPUTS.map((i) => i.name));
function parseCliArgs(argv) {
    const args = { help: false, version: false, json: false, values: new Map() };
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
        if (arg === '--json') {
            args.json = true;
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
        // Several modules are a list, said once: an argument list could hide a mistyped flag.
        throw new UserError(`working-directory: give one module folder, not ${positional.length} (${positional.join(' ')}); for several modules: --working-directory "${positional.join(', ')}", or a folder with a go.work`);
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
        const where = i.githubOnly ? ' [GitHub Actions only: ignored by the CLI]' : '';
        lines.push(`  --${i.name.padEnd(width)}${i.description}${def}${where}`);
    }
    lines.push(`  --${'json'.padEnd(width)}Print results.json's compact form (mode: plan: the matrix) alone on stdout; the log goes to stderr.`, `  --${'version'.padEnd(width)}Print the version.`, `  --${'help'.padEnd(width)}Print this help.`);
    lines.push('', 'Outputs (printed as a summary; written to results.json):');
    for (const o of OUTPUTS)
        lines.push(`  ${o.name.padEnd(width + 2)}${o.description}`);
    lines.push('', 'Exit codes: 0 every cell passed (or was built only, ran no test, or was skipped); 1 a cell failed;', '2 bad usage or input; 3 could not run (toolchain, emulation, service).');
    return lines.join('\n');
}

/** The engine's Log for a terminal: plain lines, warnings and errors on stderr, colour on a TTY. */
/**
 * Colour when the stream is a terminal, unless NO_COLOR is set (no-color.org) or TERM is dumb;
 * FORCE_COLOR turns it on anyway. Node's util.styleText does the painting.
 */
function terminalStyle(stream, env) {
    const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
    const enabled = forced || (Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb');
    return enabled ? (format, text) => styleText(format, text) : (_format, text) => text;
}
/**
 * Live status lines (downloads) on one terminal line of stderr, redrawn at most 10 times a
 * second and wiped before any other line is written; nothing at all when stderr is no terminal.
 */
class LiveLine {
    stream;
    items = new Map();
    drawnAt = 0;
    shown = false;
    constructor(stream) {
        this.stream = stream;
    }
    set(key, text) {
        if (!this.stream.isTTY)
            return;
        if (text)
            this.items.set(key, text);
        else
            this.items.delete(key);
        const now = Date.now();
        if (text && now - this.drawnAt < 100)
            return;
        this.drawnAt = now;
        this.clear();
        if (this.items.size === 0)
            return;
        const width = this.stream.columns || 80;
        this.stream.write(`↓ ${[...this.items.values()].join(' · ')}`.slice(0, width - 1));
        this.shown = true;
    }
    clear() {
        if (!this.shown)
            return;
        this.stream.write('\r\x1b[K');
        this.shown = false;
    }
}
function terminalLog(verbose, style, out = process.stdout) {
    const live = new LiveLine(process.stderr);
    const line = (stream, text) => {
        live.clear();
        stream.write(`${text}\n`);
    };
    return {
        info: (m) => line(out, m),
        warning: (m) => line(process.stderr, `${style('yellow', 'warning:')} ${m}`),
        error: (m) => line(process.stderr, `${style('red', 'error:')} ${m}`),
        debug: (m) => {
            if (verbose)
                line(process.stderr, `debug: ${m}`);
        },
        progress: (key, text) => live.set(key, text),
        group: async (title, fn) => {
            line(out, style('bold', `── ${title}`));
            return fn();
        }
    };
}

/** The CLI: the same engine as the action, flags instead of INPUT_*, exit code instead of setFailed. */
async function runCli(argv) {
    const env = process.env;
    let ownTemp;
    const verbose = env.GO_CROSS_MATRIX_DEBUG === '1' || env.RUNNER_DEBUG === '1';
    let log = terminalLog(verbose, terminalStyle(process.stderr, env));
    try {
        const args = parseCliArgs(argv);
        if (args.help) {
            console.log(helpText());
            return EXIT.passed;
        }
        if (args.version) {
            console.log(TOOL.version);
            return EXIT.passed;
        }
        const json = args.json;
        // With --json, stdout carries the one JSON document; everything else goes to stderr.
        const out = json ? process.stderr : process.stdout;
        const style = terminalStyle(out, env);
        log = terminalLog(verbose, style, out);
        const cacheHome = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
        // A temp folder of our own (no RUNNER_TEMP) goes when the run ends.
        if (!env.RUNNER_TEMP)
            ownTemp = path.join(os.tmpdir(), `go-cross-matrix-${process.pid}`);
        const ctx = await runEngine({
            // GitHub-only inputs are still checked (a bad value is a bad input), then not used.
            raw: (name) => args.values.get(name),
            workspace: process.cwd(),
            dirs: {
                toolCache: env.RUNNER_TOOL_CACHE || path.join(cacheHome, 'go-cross-matrix', 'tool-cache'),
                temp: env.RUNNER_TEMP || ownTemp,
                cache: path.join(cacheHome, 'go-cross-matrix')
            },
            env: { ...env },
            log,
            entry: 'cli',
            warnings: INPUTS.filter((i) => i.githubOnly && args.values.has(i.name)).map((i) => `--${i.name} only means something in GitHub Actions; the CLI ignores it`)
        });
        if (ctx.cells.length) {
            const details = renderFailureDetails(ctx.cells, ctx.config.outDir);
            if (details)
                out.write(`\n${details}\n`);
            out.write(`\n${renderCellTable(ctx.cells, style)}\n`);
        }
        if (json) {
            const document = ctx.plan
                ? JSON.stringify({ include: ctx.plan.include })
                : compactResults(ctx.cells, !ctx.failure);
            process.stdout.write(`${document}\n`);
        }
        if (ctx.failure) {
            log.error(ctx.failure);
            return EXIT.cellFailed;
        }
        return EXIT.passed;
    }
    catch (err) {
        log.debug(err instanceof Error && err.stack ? err.stack : String(err));
        console.error(`error: ${errorLine(err)}`);
        return exitCodeOf(err);
    }
    finally {
        if (ownTemp)
            await rm(ownTemp, { recursive: true, force: true });
    }
}

/** Entry point of the CLI (dist/cli.js, the package's `go-cross-matrix` bin). */
process.exitCode = await runCli(process.argv.slice(2));
