import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { g as group, d as debug, e as error, w as warning, i as info, a as errorLine, c as cellIdSuffix, b as goCacheDir, s as startGroup, f as endGroup, h as summary, j as setSecret, k as setOutput, l as addPath, m as setFailed } from './chunks/poller.js';
import { D as DefaultArtifactClient, f as failingTests, a as flakyTests, n as newestToolchain, G as Go, r as renderSummary, b as runEngine, o as outputsOf } from './chunks/engine.js';
import { createHash, randomBytes } from 'node:crypto';
import { r as restoreCachesStage } from './chunks/cache.js';
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
import 'node:fs/promises';
import 'node:child_process';
import 'node:stream/promises';
import 'node:string_decoder';
import 'buffer';
import 'zlib';
import 'fs/promises';
import 'constants';

/** The engine's Log as workflow commands, through @actions/core. */
const actionLog = {
    info: (m) => info(m),
    warning: (m) => warning(m),
    error: (m) => error(m),
    debug: (m) => debug(m),
    group: (title, fn) => group(title, fn)
};

/**
 * Uploads the run's evidence as four artifacts through @actions/artifact: <name>-binaries (bin/
 * and checksums.txt), -sbom, -coverage and -results (results.json, summary.md, logs/). Names
 * carry a suffix derived from the job's cells, so several jobs of one workflow run (a matrix)
 * never collide. Whatever exists is uploaded even when cells failed.
 */
/** Which registered files go into which artifact of a run job (the run's file list, src/run/files.ts). */
const CONTENTS = {
    binaries: ['binary', 'checksums'],
    sbom: ['sbom'],
    coverage: ['coverage'],
    results: ['results', 'report', 'log', 'junit']
};
/** "-linux-amd64-linux-arm64-1a2b3c": readable for small jobs, always unique by the cell-id hash. */
function jobSuffix(cells) {
    const targets = [...new Set(cells.map((c) => cellIdSuffix(c)))];
    const readable = targets.length <= 3 ? targets.join('-') : `${targets.length}-targets`;
    const ids = cells
        .map((c) => c.id)
        .sort()
        .join(',');
    return `-${readable}-${createHash('sha256').update(ids).digest('hex').slice(0, 6)}`;
}
function artifactName(prefix, kind, cells) {
    return `${prefix}-${kind}${jobSuffix(cells)}`;
}
const uploadArtifactsStage = {
    name: 'artifacts',
    always: true,
    skip: (ctx) => !ctx.config.upload
        ? 'upload: false'
        : !process.env.ACTIONS_RUNTIME_TOKEN
            ? 'not running in GitHub Actions (no ACTIONS_RUNTIME_TOKEN)'
            : undefined,
    async run(ctx) {
        const client = new DefaultArtifactClient();
        const { outDir, artifactName: prefix, retentionDays } = ctx.config;
        // A merge job uploads one artifact of its own (what it wrote, not the cells' files it read),
        // whose name never matches the `-results-` jobs it merged; a plan job uploads plan.json.
        const of = (kinds, runWideOnly = false) => ctx.files.filter((f) => kinds.includes(f.kind) && !(runWideOnly && f.cell)).map((f) => f.path);
        const uploads = ctx.config.mode === 'plan'
            ? [[`${prefix}-plan`, of(['plan'])]]
            : ctx.config.mode === 'merge'
                ? [[`${prefix}-merged`, of(['results', 'report', 'checksums', 'coverage', 'junit'], true)]]
                : Object.keys(CONTENTS).map((kind) => [
                    artifactName(prefix, kind, ctx.cells),
                    of(CONTENTS[kind])
                ]);
        for (const [name, entries] of uploads) {
            const files = entries.map((entry) => path.join(outDir, entry)).filter((f) => existsSync(f));
            if (files.length === 0)
                continue;
            try {
                const { id, size } = await client.uploadArtifact(name, files, outDir, { retentionDays });
                if (id !== undefined)
                    ctx.artifacts[name] = id;
                ctx.log.info(`artifact ${name}: ${files.length} files, ${size ?? '?'} bytes (id ${id})`);
            }
            catch (err) {
                ctx.log.warning(`artifact ${name}: upload failed: ${errorLine(err)}`);
            }
        }
    }
};
/** A link to an artifact of this workflow run, for the summary. */
function artifactUrl(id) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = process.env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}/artifacts/${id}` : undefined;
}

/**
 * Annotations for the run: one `::error` per failing test and place (file and line relative to
 * the repository), titled with the cells it fails in; compile errors; a warning per skipped
 * cell. GitHub shows 10 errors and 10 warnings per step, so we emit at most that many, most
 * telling first, and say how many more are in the summary. Messages are untrusted test output:
 * @actions/core escapes them, so they cannot smuggle in workflow commands.
 */
const MAX_PER_KIND = 10;
/** import path -> package folder, from `go list` in the module (host settings: folders are the same for every target). */
async function packageDirs(ctx) {
    const newest = newestToolchain(ctx.toolchains);
    const dirs = new Map();
    if (!newest)
        return dirs;
    // Host settings: package folders are the same for every target.
    const go = new Go(ctx.env, { goroot: newest.path, goCache: goCacheDir(ctx.dirs.cache, newest.version) }, ctx.config.workingDirectory, () => 60_000);
    const result = await go.run(['list', '-e', '-f', '{{.ImportPath}}\t{{.Dir}}', ...ctx.config.packages]);
    for (const line of result.stdout.split('\n')) {
        const [pkg, dir] = line.split('\t');
        if (pkg && dir)
            dirs.set(pkg, dir);
    }
    return dirs;
}
function collectAnnotations(ctx, dirs, repoRoot) {
    const errors = [];
    const rel = (file) => path.relative(repoRoot, file).split(path.sep).join('/');
    for (const t of failingTests(ctx.cells)) {
        const cells = t.cells.map((c) => c.id).join(', ');
        const dir = dirs.get(t.package);
        const places = t.locations.length ? t.locations : [undefined];
        for (const place of places) {
            errors.push({
                kind: 'error',
                title: `${t.test} failed (${t.pattern}): ${cells}`,
                message: place ? place.message : `${t.name} failed in ${cells}`,
                file: place && dir ? rel(path.join(dir, place.file)) : undefined,
                line: place?.line
            });
        }
    }
    const seen = new Set();
    for (const cell of ctx.cells) {
        for (const e of cell.compileErrors) {
            const key = `${e.file}:${e.line}:${e.column}:${e.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            errors.push({
                kind: 'error',
                title: `compile error in ${cell.id}`,
                message: e.message,
                file: rel(e.file),
                line: e.line,
                col: e.column
            });
        }
    }
    const warnings = [
        ...flakyTests(ctx.cells).map((f) => ({
            kind: 'warning',
            title: `${f.test} is flaky: ${f.cells.join(', ')}`,
            message: `${f.test} failed, then passed on a rerun (${f.attempts})`
        })),
        ...ctx.cells
            .filter((c) => c.status === 'skipped' || c.status === 'no-tests' || c.status === 'built')
            .map((c) => ({ kind: 'warning', title: `${c.id} ${c.status}`, message: c.reason }))
    ];
    return [...errors, ...warnings];
}
function emitAnnotations(annotations) {
    for (const kind of ['error', 'warning']) {
        const all = annotations.filter((a) => a.kind === kind);
        for (const a of all.slice(0, MAX_PER_KIND)) {
            const props = { title: a.title, file: a.file, startLine: a.line, startColumn: a.col };
            if (kind === 'error')
                error(a.message, props);
            else
                warning(a.message, props);
        }
        if (all.length > MAX_PER_KIND) {
            info(`${all.length - MAX_PER_KIND} more ${kind} annotations are listed in the job summary and results.json`);
        }
    }
}

/** The action's report stages: annotations and each cell's log in a group, then the job summary. */
const MAX_LOG_LINES = 2000;
/** The test output of a cell, from its go test -json events (only what tests printed). */
function cellOutput(file) {
    const lines = [];
    for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.startsWith('{'))
            continue;
        const event = JSON.parse(line);
        if (event.Action === 'output' && event.Output)
            lines.push(event.Output.replace(/\n$/, ''));
    }
    return lines.length > MAX_LOG_LINES
        ? [
            ...lines.slice(0, MAX_LOG_LINES),
            `… ${lines.length - MAX_LOG_LINES} more lines in the results artifact`
        ].join('\n')
        : lines.join('\n');
}
const annotateStage = {
    name: 'annotations',
    // Each cell's log is a group of its own; GitHub does not nest groups.
    group: false,
    skip: (ctx) => ctx.config.mode !== 'run' && ctx.config.mode !== 'merge' ? `mode: ${ctx.config.mode}` : undefined,
    async run(ctx) {
        for (const cell of ctx.cells) {
            if (!cell.log || !existsSync(path.join(ctx.config.outDir, cell.log)))
                continue;
            // Test output is untrusted: stop-commands keeps it from issuing workflow commands.
            const token = `gcm-${randomBytes(8).toString('hex')}`;
            startGroup(`${cell.id}: ${cell.status}`);
            info(`::stop-commands::${token}`);
            info(cellOutput(path.join(ctx.config.outDir, cell.log)));
            info(`::${token}::`);
            endGroup();
        }
        const repoRoot = process.env.GITHUB_WORKSPACE || ctx.config.workspace;
        emitAnnotations(collectAnnotations(ctx, await packageDirs(ctx), repoRoot));
    }
};
const jobSummaryStage = {
    name: 'job-summary',
    always: true,
    skip: (ctx) => ctx.config.mode === 'setup' || ctx.config.mode === 'plan'
        ? `mode: ${ctx.config.mode}`
        : !process.env.GITHUB_STEP_SUMMARY
            ? 'no GITHUB_STEP_SUMMARY'
            : undefined,
    async run(ctx) {
        const artifacts = Object.entries(ctx.artifacts).map(([name, id]) => ({ name, url: artifactUrl(id) }));
        await summary.addRaw(renderSummary(ctx, { artifacts })).write();
    }
};

/**
 * The action's main step: inputs from INPUT_*, the runner's folders, outputs to GITHUB_OUTPUT.
 * Any error ends as one `::error::` line and exit code 1, never a stack trace.
 */
/**
 * matchers.json sits at the action's root; the bundle that runs this may be dist/index.js or a
 * chunk under dist/chunks/, so look upward from it. Removable with ::remove-matcher owner=...::
 */
function addProblemMatcher() {
    let dir = path.dirname(fileURLToPath(import.meta.url));
    for (let up = 0; up < 4; up++, dir = path.dirname(dir)) {
        const file = path.join(dir, 'matchers.json');
        if (existsSync(file)) {
            process.stdout.write(`::add-matcher::${file}${os.EOL}`);
            return;
        }
    }
}
async function runAction() {
    // Tokens never reach the log, whatever a tool or a test prints later.
    for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'GITHUB_TOKEN']) {
        const secret = process.env[name];
        if (secret)
            setSecret(secret);
    }
    try {
        const env = process.env;
        const ctx = await runEngine({
            raw: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`],
            workspace: env.GITHUB_WORKSPACE || process.cwd(),
            dirs: {
                toolCache: env.RUNNER_TOOL_CACHE || path.join(os.homedir(), '.cache', 'go-cross-matrix', 'tool-cache'),
                temp: env.RUNNER_TEMP || path.join(os.tmpdir(), 'go-cross-matrix'),
                // Like setup-go's `go env GOCACHE`: under the user's cache home, one folder per Go version.
                cache: path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'go-cross-matrix')
            },
            env: { ...env },
            log: actionLog,
            entry: 'action',
            hooks: {
                beforeCells: [restoreCachesStage],
                afterResults: [annotateStage, uploadArtifactsStage, jobSummaryStage]
            }
        });
        for (const [name, value] of Object.entries(outputsOf(ctx)))
            setOutput(name, value);
        if (ctx.config.mode === 'setup' && ctx.toolchains[0]) {
            // Like setup-go: the first requested version is the `go` on PATH for later steps, and
            // a problem matcher turns their compile, vet and test-failure lines into annotations.
            addPath(path.join(ctx.toolchains[0].path, 'bin'));
            addProblemMatcher();
        }
        if (ctx.failure)
            setFailed(ctx.failure);
    }
    catch (err) {
        debug(err instanceof Error && err.stack ? err.stack : String(err));
        setFailed(errorLine(err));
    }
}

/** Entry point of the action's main step (dist/index.js). */
await runAction();
