import require$$5, { mkdir, writeFile, rm, readdir, readFile, mkdtemp, rename, utimes, stat, cp } from 'node:fs/promises';
import path, { win32, posix, basename, join } from 'node:path';
import { U as UserError, I as InputError, s as semver, K as KNOWN_PORTS, v as variantsOf, t as targetName, i as isSharded, d as goPlatformOf, e as errorLine, E as EnvironmentError, f as targetEnv, q as qemuArch, r as runsNatively, A as AMD64_LEVEL_FLAGS, h as crossCompiler, c as cellIdSuffix, j as raceSupported, k as expectedFormat, l as elfArchOf, P as PE_MACHINES, m as MACHO_CPUS, n as ELF_MACHINES, o as cellEnvValues, g as goCacheDir, p as defaultGoModCache, M as MODULE_ON_ITS_OWN } from './env.js';
import u, { statSync, readFileSync, accessSync, constants, existsSync, createWriteStream, readlinkSync, readdirSync } from 'node:fs';
import os$1, { hostname } from 'node:os';
import { spawn } from 'node:child_process';
import { randomUUID, createHash, randomBytes, createPublicKey, verify } from 'node:crypto';
import require$$0$2, { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import require$$1__default, { EventEmitter as EventEmitter$1 } from 'events';
import fs__default from 'fs';
import { EventEmitter } from 'node:events';
import { StringDecoder } from 'node:string_decoder';
import path__default, { parse as parse$1, dirname } from 'path';
import assert from 'assert';
import { Buffer as Buffer$1 } from 'buffer';
import * as require$$0$1 from 'zlib';
import require$$0__default from 'zlib';
import require$$0$3 from 'node:assert';
import { b as getDefaultExportFromCjs, H as HttpClient } from './index2.js';
import require$$0__default$2 from 'util';
import require$$0__default$1 from 'stream';

/**
 * Go's own version spelling ("1.22.8", "1.20", "1.24rc2", "1.21beta1") and its semver twin
 * ("1.22.8", "1.20.0", "1.24.0-rc.2", "1.21.0-beta.1"). Go names first releases "1.20" before
 * 1.21 and "1.21.0" since, so only a release list can turn a semver back into Go's spelling;
 * we therefore keep both spellings side by side and compare with semver.
 */
const GO_VERSION = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/;
const SEMVER_PRERELEASE = /^(\d+)\.(\d+)\.(\d+)-(rc|beta)\.(\d+)$/;
/** Parses Go's spelling (with or without "go") or a semver pre-release like 1.24.0-rc.2. */
function parseGoVersion(text) {
    const go = GO_VERSION.exec(text.trim());
    if (go) {
        const [, major, minor, patch, kind, n] = go;
        if (kind && patch !== undefined)
            return undefined; // "1.22.1rc1" is not a Go version
        return {
            major: Number(major),
            minor: Number(minor),
            patch: patch === undefined ? undefined : Number(patch),
            pre: kind ? { kind: kind, n: Number(n) } : undefined
        };
    }
    const sv = SEMVER_PRERELEASE.exec(text.trim());
    if (sv && sv[3] === '0') {
        return {
            major: Number(sv[1]),
            minor: Number(sv[2]),
            pre: { kind: sv[4], n: Number(sv[5]) }
        };
    }
    return undefined;
}
/** Go's spelling, without the "go" prefix. */
function formatGoVersion(v) {
    const base = `${v.major}.${v.minor}${v.patch === undefined ? '' : `.${v.patch}`}`;
    return v.pre ? `${base}${v.pre.kind}${v.pre.n}` : base;
}
/** The semver twin, used for ordering, ranges and the tool-cache folder name. */
function toSemver(v) {
    const base = `${v.major}.${v.minor}.${v.patch ?? 0}`;
    return v.pre ? `${base}-${v.pre.kind}.${v.pre.n}` : base;
}
/** Semver twin of a Go-spelled version string; throws on text that is not one. */
function goToSemver(text) {
    const v = parseGoVersion(text);
    if (!v)
        throw new Error(`not a Go version: ${text}`);
    return toSemver(v);
}

/**
 * Reads the few facts we need from go.mod (module path, `go` and `toolchain` lines) before
 * any toolchain exists to ask. It rejects what `go` itself would reject at the directive level,
 * so a malformed go.mod is one clear line instead of an error in every cell.
 */
const DIRECTIVES = new Set([
    'module',
    'go',
    'toolchain',
    'require',
    'exclude',
    'replace',
    'retract',
    'godebug',
    'tool',
    'ignore'
]);
function parseGoMod(text, file = 'go.mod') {
    const mod = { file, module: '' };
    let block;
    const fail = (n, what) => {
        throw new UserError(`go.mod: ${file}:${n}: ${what}`);
    };
    text.split('\n').forEach((raw, index) => {
        const n = index + 1;
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (!line)
            return;
        if (block) {
            if (line === ')')
                block = undefined;
            return;
        }
        const [directive, ...args] = line.split(/\s+/);
        if (!DIRECTIVES.has(directive))
            fail(n, `unknown directive "${directive}"`);
        if (args[0] === '(' && args.length === 1) {
            block = directive;
            return;
        }
        if (directive === 'module') {
            if (args.length !== 1)
                fail(n, 'usage: module module/path');
            mod.module = args[0].replace(/^"(.*)"$/, '$1');
        }
        else if (directive === 'go') {
            if (args.length !== 1 || !parseGoVersion(args[0]) || args[0].startsWith('go')) {
                fail(n, `invalid go version "${args.join(' ')}": must match format 1.23.0`);
            }
            mod.go = args[0];
        }
        else if (directive === 'toolchain') {
            if (args.length !== 1)
                fail(n, 'usage: toolchain go1.23.4');
            if (args[0] !== 'default') {
                const v = args[0].startsWith('go') ? parseGoVersion(args[0]) : undefined;
                if (!v)
                    fail(n, `invalid toolchain "${args[0]}": must look like go1.23.4`);
                mod.toolchain = args[0].slice(2);
            }
        }
    });
    if (block)
        fail(text.split('\n').length, `unterminated ${block} block`);
    if (!mod.module)
        throw new UserError(`go.mod: ${file}: no module directive`);
    return mod;
}

/**
 * The Go modules of a run: `working-directory` lists folders, each a module (go.mod) or a
 * workspace (go.work, expanded to its `use` folders). One module runs exactly as it always did;
 * with several, every cell belongs to one module and its id starts with the module's key.
 */
/**
 * The `use` folders of a go.work, as written (relative to the go.work's folder, or absolute).
 * Other directives (go, toolchain, godebug, replace) are skipped; their blocks too.
 */
function parseGoWorkUses(text, file = 'go.work') {
    const uses = [];
    let block;
    // A path is one word, or a quoted string (which may hold spaces).
    const args = (rest) => [...rest.matchAll(/"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    text.split('\n').forEach((raw, index) => {
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (!line)
            return;
        if (block) {
            if (line === ')')
                block = undefined;
            else if (block === 'use')
                uses.push(args(line)[0]);
            return;
        }
        const [directive, ...rest] = args(line);
        if (rest.length === 1 && rest[0] === '(') {
            block = directive;
            return;
        }
        if (directive === 'use') {
            if (rest.length !== 1)
                throw new UserError(`go.work: ${file}:${index + 1}: usage: use local/dir`);
            uses.push(rest[0]);
        }
    });
    if (block)
        throw new UserError(`go.work: ${file}: unterminated ${block} block`);
    return uses;
}
/**
 * Cell-id keys for the modules' folders (relative, forward slashes): each folder's last
 * element, with as many parent elements (joined by "-") as it takes to tell it from the others;
 * the workspace folder itself is keyed by its module path's last element. Characters outside
 * [A-Za-z0-9._-] become "_", and a key never starts with "." or "-", so it is safe in a file
 * name and an artifact name. Keys still equal after all that get "-2", "-3" in order.
 */
function moduleKeys(modules) {
    const elements = modules.map((m) => (m.dir === '.' ? [m.path.split('/').pop() || 'root'] : m.dir.split('/')).filter((e) => e !== '' && e !== '.'));
    const safe = (s) => s.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.-]/, '_');
    const keyOf = (parts, n) => safe(parts.slice(-n).join('-'));
    const depth = elements.map(() => 1);
    for (;;) {
        const keys = elements.map((parts, i) => keyOf(parts, depth[i]));
        let grew = false;
        keys.forEach((key, i) => {
            const clash = keys.some((other, j) => j !== i && other === key);
            if (clash && depth[i] < elements[i].length) {
                depth[i]++;
                grew = true;
            }
        });
        if (!grew)
            break;
    }
    const taken = new Set();
    return elements.map((parts, i) => {
        const key = keyOf(parts, depth[i]) || 'root';
        let unique = key;
        for (let n = 2; taken.has(unique); n++)
            unique = `${key}-${n}`;
        taken.add(unique);
        return unique;
    });
}
function isFile(file) {
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
/**
 * The modules the working-directory entries name, in order, each once: a folder with a go.work
 * gives its `use` folders, else its go.mod. With `required` false (mode: setup without go.mod
 * specs), a folder holding neither is passed over instead of refused.
 */
function loadModules(entries, workspace, required) {
    const roots = [];
    const add = (dir) => {
        if (!roots.includes(dir))
            roots.push(dir);
    };
    for (const entry of entries) {
        const dir = path.resolve(workspace, entry);
        const stat = statSync(dir, { throwIfNoEntry: false });
        if (!stat)
            throw new InputError('working-directory', `${dir} does not exist; give the folder of a Go module`);
        if (!stat.isDirectory())
            throw new InputError('working-directory', `${dir} is not a directory; give the folder of a Go module`);
        const work = path.join(dir, 'go.work');
        if (isFile(work)) {
            for (const use of parseGoWorkUses(readFileSync(work, 'utf8'), work)) {
                const used = path.resolve(dir, use);
                if (!isFile(path.join(used, 'go.mod')))
                    throw new InputError('working-directory', `${work} uses ${use}, which holds no go.mod`);
                add(used);
            }
        }
        else if (isFile(path.join(dir, 'go.mod')))
            add(dir);
        else if (required)
            throw new InputError('working-directory', `${dir} has no go.mod (nor a go.work); point it at a Go module's root or a workspace`);
    }
    const found = roots.map((root) => {
        const file = path.join(root, 'go.mod');
        const goMod = parseGoMod(readFileSync(file, 'utf8'), file);
        const dir = path.relative(workspace, root).split(path.sep).join('/') || '.';
        return { root, dir, path: goMod.module, goMod };
    });
    // One module keeps today's cell ids: no key.
    const keys = found.length > 1 ? moduleKeys(found) : found.map(() => '');
    return found.map((m, i) => ({ ...m, key: keys[i] }));
}
/**
 * The go.mod that go.mod version specs start from: the lowest `go` line across the modules, so
 * `go.mod..stable` spans every module's window (a module without a go line wins, so its error
 * names it).
 */
function lowestGoMod(modules) {
    const lowest = (a, b) => !a.go ? a : !b.go ? b : semver.lte(goToSemver(a.go), goToSemver(b.go)) ? a : b;
    return modules.map((m) => m.goMod).reduce((a, b) => (a ? lowest(a, b) : b), undefined);
}
/** The module axis of the cells: each module, or one `undefined` (today's cells) for a single module. */
function moduleAxis(modules) {
    return modules && modules.length > 1 ? [...modules] : [undefined];
}
function moduleRef(m) {
    return { key: m.key, dir: m.dir, path: m.path };
}
/**
 * The run's modules when it has several: the configured ones (mode: run), else those its cells
 * name (mode: merge), in order of first appearance. Empty for a one-module run.
 */
function runModules(modules, cells) {
    if (modules.length > 1)
        return modules.map((m) => ({ ...moduleRef(m), ...(m.goMod.go ? { go: m.goMod.go } : {}) }));
    const byKey = new Map();
    for (const cell of cells)
        if (cell.module && !byKey.has(cell.module.key))
            byKey.set(cell.module.key, moduleRef(cell.module));
    return [...byKey.values()];
}
/**
 * With several modules, a go.work naming them all (absolute folders, under the newest of their go
 * lines), written to `tempDir`: for a run-wide go command that must see every module's packages at
 * once (go tool cover over the merged profile), where a module's own folder sees only its own.
 * Returns its path for GOWORK; undefined with one module (go runs as it always did).
 */
async function writeRunWorkspace(modules, cells, workspace, tempDir) {
    const records = runModules(modules, cells);
    if (records.length === 0)
        return undefined;
    const roots = records
        .map((m) => path.resolve(workspace, m.dir))
        .filter((root) => isFile(path.join(root, 'go.mod')));
    if (roots.length === 0)
        return undefined;
    const lines = roots.map((root) => parseGoMod(readFileSync(path.join(root, 'go.mod'), 'utf8')).go);
    const newest = lines
        .filter((go) => Boolean(go))
        .sort((a, b) => semver.rcompare(goToSemver(a), goToSemver(b)))[0];
    const file = path.join(tempDir, 'go-cross-matrix-modules.go.work');
    await mkdir(tempDir, { recursive: true });
    await writeFile(file, `${newest ? `go ${newest}\n\n` : ''}use (\n${roots.map((r) => `\t${JSON.stringify(r)}`).join('\n')}\n)\n`);
    return file;
}

/**
 * The grammar of one `go-versions` entry. Parsing needs no network, so a typo fails at
 * config time; resolving a spec against a release list happens in resolve.ts.
 */
const VALID_SPECS = '1.22.8, 1.22, 1.22.x, a semver range (">=1.21 <1.23", "^1.22"), stable, oldstable, 1.24rc2 (or 1.24.0-rc.2), go.mod, go.mod..stable';
const MINOR_X = /^(?:go)?(\d+)\.(\d+)\.x$/;
function parseVersionSpec(text) {
    const spec = text.trim();
    switch (spec) {
        case 'stable':
            return { kind: 'stable' };
        case 'oldstable':
            return { kind: 'oldstable' };
        case 'go.mod':
            return { kind: 'gomod' };
        case 'go.mod..stable':
            return { kind: 'gomod-window' };
    }
    const minorX = MINOR_X.exec(spec);
    if (minorX)
        return { kind: 'minor', major: Number(minorX[1]), minor: Number(minorX[2]) };
    const version = parseGoVersion(spec);
    if (version) {
        if (version.patch === undefined && !version.pre) {
            return { kind: 'minor', major: version.major, minor: version.minor };
        }
        return { kind: 'exact', version };
    }
    // Anything with an operator, or a plain semver like 1.22.8 written oddly, goes to semver.
    if (/^[\d\s.xX*^~<>=|-]+$/.test(spec) && semver.validRange(spec))
        return { kind: 'range', range: spec };
    return undefined;
}

/**
 * Build targets as users write them: `goos/goarch[/variant]`. What each port is lives in the
 * platform table (src/platform/platforms.ts); this file only reads the spelling.
 */
/** Parses one target; returns an error text (naming what is valid) instead of throwing. */
function parseTarget(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !p)) {
        return `"${text}" is not goos/goarch[/variant] (e.g. linux/amd64, linux/arm64, linux/arm/v7)`;
    }
    const [goos, goarch, variant = ''] = parts;
    if (!KNOWN_PORTS.has(`${goos}/${goarch}`)) {
        return `"${goos}/${goarch}" is not a Go port (e.g. linux/amd64, linux/arm64, linux/arm, linux/riscv64, darwin/arm64, windows/amd64; see go tool dist list)`;
    }
    if (variant) {
        const allowed = variantsOf(goarch);
        if (!allowed)
            return `"${text}": ${goarch} takes no variant (variants exist for arm: v5|v6|v7, amd64: v1..v4)`;
        if (!allowed.includes(variant))
            return `"${text}": ${goarch} variants are ${allowed.join(', ')}`;
    }
    return { goos, goarch, variant };
}

/**
 * What govulncheck found, as results.json records it (per binary and per cell) and the SBOM and
 * summary render it. Imports nothing back, so the report, SBOM and cell code can all use it.
 */
const VULNCHECK_MODES = ['off', 'binary', 'source'];
const VULNCHECK_FAIL_ON = ['none', 'reachable', 'any'];

var shellQuote = {};

var quote;
var hasRequiredQuote;

function requireQuote () {
	if (hasRequiredQuote) return quote;
	hasRequiredQuote = 1;

	/** @import { ControlOperator } from './parse' */

	/** @type {ControlOperator['op'][]} */
	var OPS = /** @type {const} */ ([
		'||',
		'&&',
		';;&',
		';;',
		';&',
		'|&',
		'<(',
		'>(',
		'<<<',
		'<<-',
		'<<',
		'>>',
		'>&',
		'>|',
		'&>>',
		'&>',
		'<&',
		'<>',
		'&',
		';',
		'(',
		')',
		'|',
		'<',
		'>'
	]);
	var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
	var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

	/** @type {typeof import('./quote')} */
	quote = function quote(xs) {
		var sawComment = false;
		return xs.map(function (s) {
			if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
				throw new TypeError('a token after a `comment` must not contain line terminators');
			}
			if (s === '') {
				return /** @type {const} */ ('\'\'');
			}
			if (s && typeof s === 'object') {
				if ('op' in s && s.op === 'glob') {
					if (typeof s.pattern !== 'string') {
						throw new TypeError('glob token requires a string `pattern`');
					}
					if (LINE_TERMINATORS.test(s.pattern)) {
						throw new TypeError('glob `pattern` must not contain line terminators');
					}
					if (s.pattern === '') {
						return /** @type {const} */ ('\'\'');
					}
					return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
				}
				if ('op' in s && typeof s.op === 'string') {
					if (OPS.indexOf(s.op) < 0) {
						throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
					}
					return s.op.replace(/[\s\S]/g, '\\$&');
				}
				if ('comment' in s && typeof s.comment === 'string') {
					if (LINE_TERMINATORS.test(s.comment)) {
						throw new TypeError('`comment` must not contain line terminators');
					}
					sawComment = true;
					return '#' + s.comment;
				}
				throw new TypeError('unrecognized object token shape');
			}
			if ((/'/).test(s) && (/!/).test(s)) {
				return "'" + s.replace(/'/g, "'\"'\"'") + "'";
			}
			if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
				return "'" + s + "'";
			}
			if ((/["'\s]/).test(s)) {
				return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
			}
			return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
		}).join(' ');
	};
	return quote;
}

var parse;
var hasRequiredParse;

function requireParse () {
	if (hasRequiredParse) return parse;
	hasRequiredParse = 1;

	/**
	 * @import {
	 * 	ControlOperator,
	 * 	Env,
	 * 	GlobPattern,
	 * 	ParseEntry,
	 * } from './parse' */

	// '<(' and '>(' are process substitution operators and
	// can be parsed the same as control operator
	var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
		'\\|\\|',
		'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
		';;\\&?', // `;;` and `;;&`
		'[;|]\\&', // `;&` and `|&`
		'\\<\\(',
		'\\<\\<\\<',
		'\\<\\<-',
		'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
		'>>',
		'>[&|(]', // `>&`, `>|`, and `>(`
		'<[&>]', // `<&` and `<>`
		'[&;()|<>]'
	]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
	var controlRE = new RegExp('^' + CONTROL + '$');
	var META = /** @type {const} */ ('|&;()<> \\t');
	var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
	// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
	var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
	var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
	var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
	var ANSI_C_LETTERS = 'abeEfnrtv';
	var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
	var hash = /^#$/;

	var SQ = /** @type {const} */ ("'");
	var DQ = /** @type {const} */ ('"');
	var DS = /** @type {const} */ ('$');

	var TOKEN = '';
	var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
	for (var i = 0; i < 4; i++) {
		TOKEN += (mult * Math.random()).toString(16);
	}
	var startsWithToken = new RegExp('^' + TOKEN);

	/**
	 * @param {string} s
	 * @param {RegExp} r
	 */
	function matchAll(s, r) {
		var origIndex = r.lastIndex;

		var matches = [];
		var matchObj;

		while ((matchObj = r.exec(s))) {
			matches[matches.length] = matchObj;
			if (r.lastIndex === matchObj.index) {
				r.lastIndex += 1;
			}
		}

		r.lastIndex = origIndex;

		return matches;
	}

	/**
	 * @param {Env} env
	 * @param {string} pre
	 * @param {string} key
	 */
	function getVar(env, pre, key) {
		var r = typeof env === 'function' ? env(key) : env[key];
		if (typeof r === 'undefined' && key != '') {
			r = '';
		} else if (typeof r === 'undefined') {
			r = '$';
		}

		if (typeof r === 'object') {
			return pre + TOKEN + JSON.stringify(r) + TOKEN;
		}
		return pre + r;
	}

	var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

	/**
	 * @param {string} m
	 * @param {string} escape
	 */
	function expandAnsiCEscape(m, escape) {
		var kind = escape.charAt(0);
		if (kind === 'c') {
			var ctrl = escape.charAt(1);
			return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
		}
		if (kind === 'x' || kind === 'u' || kind === 'U') {
			var cp = parseInt(escape.slice(1), 16);
			if (cp > 0x10FFFF) {
				return m;
			}
			return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
		}
		if (kind >= '0' && kind <= '7') {
			return String.fromCharCode(parseInt(escape, 8) & 0xFF);
		}
		var letter = ANSI_C_LETTERS.indexOf(escape);
		return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
	}

	/** @param {string} body */
	function expandAnsiC(body) {
		return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
	}

	/**
	 * @param {string} s
	 * @param {number} i
	 */
	function closesAnsiC(s, i) {
		ansiCAt.lastIndex = i;
		return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
	}

	/**
	 * @param {string} string
	 * @param {Env} [env]
	 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
	 * @returns {ParseEntry[]}
	 */
	function parseInternal(string, env, opts) {
		if (!opts) {
			opts = {};
		}
		var BS = opts.escape || '\\';
		var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
		var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
		var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

		var chunker = new RegExp([
			'(' + CONTROL + ')', // control chars
			'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
		].join('|'), 'g');

		var matches = matchAll(string, chunker);

		if (matches.length === 0) {
			return [];
		}
		if (!env) {
			env = {};
		}

		var commented = false;

		return matches.map(function (match) {
			var s = match[0];
			if (!s || commented) {
				return void undefined;
			}
			if (controlRE.test(s)) {
				return /** @type {ControlOperator} */ ({ op: s });
			}

			// Hand-written scanner/parser for Bash quoting rules:
			//
			// 1. inside single quotes, all characters are printed literally.
			// 2. inside double quotes, all characters are printed literally
			//    except variables prefixed by '$' and backslashes followed by
			//    either a double quote or another backslash.
			// 3. outside of any quotes, backslashes are treated as escape
			//    characters and not printed (unless they are themselves escaped)
			// 4. quote context can switch mid-token if there is no whitespace
			//     between the two quote contexts (e.g. all'one'"token" parses as
			//     "allonetoken")
			/** @type {string | boolean} */
			var quote = false;
			var esc = false;
			var out = '';
			/** @type {string[]} */
			var words = [];
			var sawQuote = false;
			/** @type {number | null} */
			var pendingNw = null;
			var isGlob = false;
			/** @type {number} */
			var i;

			function parseEnvVar() {
				i += 1;
				/** @type {number | RegExpMatchArray | null} */
				var varend;
				/** @type {string} */
				var varname;
				var char = s.charAt(i);

				if (char === '{') {
					i += 1;
					if (s.charAt(i) === '}') {
						throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
					}
					// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
					var depth = 1;
					varend = i;
					while (depth > 0 && varend < s.length) {
						if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
							depth += 1;
						} else if (s.charAt(varend) === '}') {
							depth -= 1;
						}
						varend += 1;
					}
					if (depth !== 0) {
						throw new Error('Bad substitution: ' + s.slice(i));
					}
					varend -= 1;
					varname = s.slice(i, varend);
					i = varend;
				} else if ((/[*@#?$!-]/).test(char)) {
					varname = char;
				} else {
					var slicedFromI = s.slice(i);
					varend = slicedFromI.match(/[^\w\d_]/);
					if (!varend) {
						varname = slicedFromI;
						i = s.length;
					} else {
						varname = slicedFromI.slice(0, varend.index);
						i += /** @type {number} */ (varend.index) - 1;
					}
				}
				return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
			}

			function flushRun() {
				if (pendingNw === null) {
					return;
				}
				if (pendingNw === 0) {
					if (out !== '') {
						words[words.length] = out;
						out = '';
					}
				} else {
					words[words.length] = out;
					out = '';
					for (var fe = 1; fe < pendingNw; fe += 1) {
						words[words.length] = '';
					}
				}
				pendingNw = null;
			}

			for (i = 0; i < s.length; i++) {
				var c = s.charAt(i);
				if (ifs && c !== DS) {
					flushRun();
				}
				isGlob = isGlob || (!quote && (c === '*' || c === '?'));
				if (esc) {
					out += c;
					esc = false;
				} else if (quote) {
					if (c === quote) {
						quote = false;
					} else if (quote == SQ) {
						out += c;
					} else { // Double quote
						if (c === BS) {
							i += 1;
							c = s.charAt(i);
							if (c === DQ || c === BS || c === DS) {
								out += c;
							} else {
								out += BS + c;
							}
						} else if (c === DS) {
							out += parseEnvVar();
						} else {
							out += c;
						}
					}
				} else if (c === DQ || c === SQ) {
					quote = c;
					sawQuote = true;
				} else if (controlRE.test(c)) {
					return /** @type {ControlOperator} */ ({ op: s });
				} else if (hash.test(c)) {
					commented = true;
					var commentObj = { comment: string.slice(match.index + i + 1) };
					if (out.length) {
						return /** @type {const} */ ([out, commentObj]);
					}
					return /** @type {const} */ ([commentObj]);
				} else if (c === BS) {
					esc = true;
				} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
					flushRun();
					sawQuote = true;
					out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
					i = ansiCAt.lastIndex - 1;
				} else if (c === DS) {
					var value = parseEnvVar();
					if (!ifs) {
						out += value;
					} else {
						for (var vi = 0; vi < value.length; vi += 1) {
							var vc = value.charAt(vi);
							if (ifs.indexOf(vc) < 0) {
								flushRun();
								out += vc;
							} else if (pendingNw === null) {
								pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
							} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
								pendingNw += 1;
							}
						}
					}
				} else {
					out += c;
				}
			}

			if (isGlob) {
				return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
			}

			if (ifs) {
				if (pendingNw !== null && pendingNw > 0) {
					words[words.length] = out;
					out = '';
					for (var te = 1; te < pendingNw; te += 1) {
						words[words.length] = '';
					}
				}
				if (out !== '' || (sawQuote && words.length === 0)) {
					words[words.length] = out;
				}
				return words;
			}

			return out;
		}).reduce(function (prev, arg) { // finalize parsed arguments
			if (typeof arg === 'undefined') {
				return prev;
			}
			/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
				prev[prev.length] = entry;
			});
			return prev;
		}, /** @type {ParseEntry[]} */ ([]));
	}

	/** @type {typeof import('./parse')} */
	parse = function parse(s, env, opts) {
		var mapped = parseInternal(s, env, opts);
		if (typeof env !== 'function') {
			return mapped;
		}
		return mapped.reduce(function (acc, s) {
			if (typeof s === 'object') {
				acc[acc.length] = s;
				return acc;
			}
			var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
			if (xs.length === 1) {
				acc[acc.length] = xs[0];
				return acc;
			}
			xs.filter(Boolean).forEach(function (x) {
				acc[acc.length] = startsWithToken.test(x)
					? JSON.parse(x.split(TOKEN)[1])
					: x;
			});
			return acc;
		}, /** @type {ParseEntry[]} */ ([]));
	};
	return parse;
}

var hasRequiredShellQuote;

function requireShellQuote () {
	if (hasRequiredShellQuote) return shellQuote;
	hasRequiredShellQuote = 1;

	shellQuote.quote = requireQuote();
	shellQuote.parse = requireParse();
	return shellQuote;
}

var shellQuoteExports = requireShellQuote();

/**
 * Parsers for input values. Each takes the raw text and the input's name and either returns a
 * typed value or throws an InputError that names the input, what was given and what is valid.
 */
/** Splits a list written with commas and/or newlines (the action's multi-line inputs). */
function parseList(raw) {
    return raw
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}
/** Like parseList, but also splits on spaces: package patterns and tags contain none. */
function parseWords(raw) {
    return raw
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** The YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
function parseBoolean(raw, name) {
    const text = raw.trim();
    if (TRUE.includes(text))
        return true;
    if (FALSE.includes(text))
        return false;
    throw new InputError(name, `"${raw}" is not a boolean; use true or false`);
}
function parseChoice(raw, name, choices) {
    const text = raw.trim();
    if (choices.includes(text))
        return text;
    throw new InputError(name, `"${raw}" is not one of ${choices.join(', ')}`);
}
function parseInteger(raw, name, min, max) {
    const text = raw.trim();
    const n = Number(text);
    if (!/^-?\d+$/.test(text) || n < min || n > max) {
        throw new InputError(name, `"${raw}" is not a whole number from ${min} to ${max}`);
    }
    return n;
}
const DURATION_UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Go-style durations (90s, 30m, 1h30m, 500ms) to milliseconds, within [minMs, maxMs]. */
function parseDuration(raw, name, minMs, maxMs) {
    const text = raw.trim();
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
    const valid = parts.length > 0 && parts.map((p) => p[0]).join('') === text;
    const ms = valid ? parts.reduce((sum, p) => sum + Number(p[1]) * DURATION_UNITS[p[2]], 0) : NaN;
    if (!valid || ms < minMs || ms > maxMs) {
        throw new InputError(name, `"${raw}" is not a duration from ${formatDuration(minMs)} to ${formatDuration(maxMs)} (e.g. 90s, 30m, 1h30m)`);
    }
    return ms;
}
function formatDuration(ms) {
    if (ms % 3_600_000 === 0)
        return `${ms / 3_600_000}h`;
    if (ms % 60_000 === 0)
        return `${ms / 60_000}m`;
    if (ms % 1000 === 0)
        return `${ms / 1000}s`;
    return `${ms}ms`;
}
/**
 * Splits flags like a shell would (quotes, backslashes) without ever running one: operators,
 * substitutions and redirections are refused rather than passed on as text.
 */
function parseFlags(raw, name) {
    const words = [];
    for (const token of shellQuoteExports.parse(raw, (key) => `$${key}`)) {
        if (typeof token === 'string') {
            words.push(token);
        }
        else if ('op' in token && token.op === 'glob') {
            words.push(token.pattern);
        }
        else {
            const what = 'op' in token ? token.op : 'comment' in token ? `#${token.comment}` : JSON.stringify(token);
            throw new InputError(name, `"${raw}" contains shell syntax "${what}"; give plain flags (they never run through a shell)`);
        }
    }
    return words;
}
/** Package patterns: ./..., ./cmd/x, example.com/m/pkg. Never something a tool reads as a flag. */
function parsePackages(raw, name) {
    const patterns = parseWords(raw);
    for (const p of patterns) {
        if (p.startsWith('-') || !/^[\w./~+@-]+$/.test(p)) {
            throw new InputError(name, `"${p}" is not a package pattern (e.g. ./..., ./cmd/app, example.com/mod/pkg)`);
        }
    }
    return patterns;
}
function parseUrl(raw, name) {
    const text = raw.trim().replace(/\/+$/, '');
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new InputError(name, `"${raw}" is not a URL; give an http(s) URL like https://go.dev/dl`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new InputError(name, `"${raw}" is not an http(s) URL (e.g. https://go.dev/dl)`);
    }
    return text;
}
/** `shards`: a whole number of jobs (1 = no sharding), or a duration each job should take about. */
function parseShards(raw, name) {
    const text = raw.trim();
    if (/^\d+$/.test(text))
        return { count: parseInteger(text, name, 1, 64) };
    try {
        return { targetMs: parseDuration(text, name, 10_000, 6 * 3_600_000) };
    }
    catch {
        throw new InputError(name, `"${raw}" is neither a number of shards from 1 to 64 nor a time per job from 10s to 6h (e.g. 3, or 10m)`);
    }
}
/** `shard` (set by the plan's matrix entry): "k/N", or empty for a job that is not a shard. */
function parseShard(raw, name) {
    const text = raw.trim();
    if (!text)
        return null;
    const m = /^(\d+)\/(\d+)$/.exec(text);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || count < 1 || count > 64 || index < 1 || index > count)
        throw new InputError(name, `"${raw}" is not a shard like 2/3 (k of N, 1 <= k <= N <= 64); the plan's matrix entry sets it`);
    return { index, count };
}

/**
 * The one declaration of every input: name, default, description and parser. action.yml, the
 * CLI's flags and --help, and the README tables all follow it (a test keeps them in step).
 */
const MODES = ['run', 'setup', 'plan', 'merge'];
const SBOM_FORMATS = ['cyclonedx', 'spdx'];
function input(decl) {
    return decl;
}
function parseGoVersions(raw, name) {
    const specs = parseList(raw);
    if (specs.length === 0)
        throw new InputError(name, `no version given; valid: ${VALID_SPECS}`);
    for (const spec of specs) {
        if (!parseVersionSpec(spec))
            throw new InputError(name, `"${spec}" is not a version spec; valid: ${VALID_SPECS}`);
    }
    return specs;
}
function parseTargets(raw, name) {
    const items = parseList(raw);
    if (items.length === 0)
        throw new InputError(name, 'no target given; e.g. linux/amd64, linux/arm64');
    const seen = new Map();
    for (const item of items) {
        const target = parseTarget(item);
        if (typeof target === 'string')
            throw new InputError(name, target);
        seen.set(targetName(target), target);
    }
    return [...seen.values()];
}
/** Go build tags are letters, digits, underscores and dots; anything else is refused, not passed on. */
function parseTags(raw, name) {
    const tags = parseWords(raw);
    const bad = tags.find((t) => !/^[A-Za-z0-9_.]+$/.test(t));
    if (bad !== undefined)
        throw new InputError(name, `"${bad}" is not a build tag (letters, digits, _ and . only; e.g. integration, netgo)`);
    return tags;
}
function parseCgo(raw, name) {
    const modes = parseList(raw).map((m) => {
        if (m === '0' || m === 'false')
            return false;
        if (m === '1' || m === 'true')
            return true;
        throw new InputError(name, `"${raw}" is not valid; use 0, 1 or 0,1`);
    });
    if (modes.length === 0)
        throw new InputError(name, `"${raw}" is not valid; use 0, 1 or 0,1`);
    return [...new Set(modes)];
}
function parseSbom(raw, name) {
    const formats = parseList(raw);
    if (formats.length === 1 && formats[0] === 'none')
        return [];
    if (formats.length === 0)
        throw new InputError(name, `"${raw}" is not valid; use cyclonedx, spdx, both, or none`);
    return [...new Set(formats.map((f) => parseChoice(f, name, SBOM_FORMATS)))];
}
/** The vulnerability database: an http(s) URL, or a file URL of a local copy in the same layout. */
function parseVulnDb(raw, name) {
    const text = raw.trim().replace(/\/+$/, '');
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = undefined;
    }
    if (!url || !['https:', 'http:', 'file:'].includes(url.protocol)) {
        throw new InputError(name, `"${raw}" is not an http(s) or file URL (e.g. https://vuln.go.dev, file:///srv/vulndb)`);
    }
    return text;
}
function parseRunnerMap(raw, name) {
    const map = new Map();
    for (const line of raw
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)) {
        const eq = line.indexOf('=');
        const target = eq > 0 ? parseTarget(line.slice(0, eq)) : 'missing "="';
        const runner = line.slice(eq + 1).trim();
        if (typeof target === 'string' || !runner) {
            throw new InputError(name, `"${line}" is not a target=runner line (e.g. linux/arm64=ubuntu-24.04-arm)`);
        }
        map.set(targetName(target), runner);
    }
    return map;
}
function parseArtifactName(raw, name) {
    const text = raw.trim();
    if (!text || /["':<>|*?\\/\r\n]/.test(text)) {
        throw new InputError(name, `"${raw}" is not a valid artifact name (non-empty, none of " : < > | * ? \\ /)`);
    }
    return text;
}
const INPUTS = [
    input({
        name: 'go-versions',
        key: 'goVersions',
        default: 'stable',
        description: `Go versions to test, comma or newline separated: ${VALID_SPECS}.`,
        parse: parseGoVersions
    }),
    input({
        name: 'targets',
        key: 'targets',
        default: 'linux/amd64, linux/arm64',
        description: 'Target platforms goos/goarch[/variant], e.g. linux/amd64, linux/arm64, linux/arm/v7, linux/amd64/v3.',
        parse: parseTargets
    }),
    input({
        name: 'cgo',
        key: 'cgo',
        default: '0',
        description: 'CGO_ENABLED per cell: 0, 1, or 0,1 (a cell for each).',
        parse: parseCgo
    }),
    input({
        name: 'working-directory',
        key: 'workingDirectories',
        default: '.',
        description: 'The Go modules to test: folders holding a go.mod, or a go.work (its `use` folders), comma or newline separated. With several modules, each cell is one module x Go version x target x cgo.',
        parse: (raw) => {
            const dirs = parseList(raw);
            return dirs.length ? dirs : ['.'];
        }
    }),
    input({
        name: 'packages',
        key: 'packages',
        default: './...',
        description: 'Packages to test.',
        parse: parsePackages
    }),
    input({
        name: 'build',
        key: 'build',
        default: './...',
        description: 'Main packages to build into binaries; empty builds none.',
        parse: parsePackages
    }),
    input({
        name: 'build-flags',
        key: 'buildFlags',
        default: '-trimpath',
        description: 'Extra go build flags, given to go test too so both share one build cache (split like a shell, never run through one).',
        parse: parseFlags
    }),
    input({
        name: 'ldflags',
        key: 'ldflags',
        default: '-s -w',
        description: '-ldflags value for binaries.',
        parse: (raw) => raw.trim()
    }),
    input({
        name: 'tags',
        key: 'tags',
        default: '',
        description: 'Build tags, comma or space separated.',
        parse: parseTags
    }),
    input({
        name: 'test-flags',
        key: 'testFlags',
        default: '',
        description: 'Extra go test flags.',
        parse: parseFlags
    }),
    input({
        name: 'test-cache',
        key: 'testCache',
        default: 'false',
        description: "Let go test answer unchanged packages from its cache (a restored GOCACHE) instead of forcing -count=1; such packages are reported cached, never as run. go test's -timeout is then the cell timeout less 10%, since its value is part of go's cache key.",
        parse: parseBoolean
    }),
    input({
        name: 'rerun-fails',
        key: 'rerunFails',
        default: '0',
        description: 'Rerun only the failed tests of a cell up to N times; a test that then passes is reported flaky (the cell passes, with a warning). Build failures are never rerun.',
        parse: (raw, name) => parseInteger(raw, name, 0, 10)
    }),
    input({
        name: 'install-deps',
        key: 'installDeps',
        default: 'auto',
        bareTrue: true,
        description: 'Install Debian packages (qemu-user-static, cross C compilers) and register QEMU in binfmt_misc when needed: true, false, or auto (yes in GitHub Actions or when CI=true; the CLI elsewhere only prints the command and falls back).',
        parse: (raw, name) => parseChoice(raw, name, ['auto', 'true', 'false'])
    }),
    input({
        name: 'race',
        key: 'race',
        default: 'auto',
        description: 'auto: add a -race cell per Go version where it can work (native arch, C compiler); true: require it; false: none.',
        parse: (raw, name) => parseChoice(raw, name, ['auto', 'true', 'false'])
    }),
    input({
        name: 'coverage',
        key: 'coverage',
        default: 'true',
        description: 'Collect per-cell coverage profiles and a merged profile.',
        parse: parseBoolean
    }),
    input({
        name: 'sbom',
        key: 'sbom',
        default: 'cyclonedx, spdx',
        description: 'SBOM formats per binary: cyclonedx, spdx, or none.',
        parse: parseSbom
    }),
    input({
        name: 'reproducible',
        key: 'reproducible',
        default: 'false',
        description: 'Build each binary twice (fresh GOCACHE) and require identical bytes.',
        parse: parseBoolean
    }),
    input({
        name: 'vulncheck',
        key: 'vulncheck',
        default: 'off',
        description: "Known vulnerabilities per cell with govulncheck: off; binary (scan each built binary: its modules and Go version; a binary stripped by ldflags -s shows no calls, so every vulnerable function of its affected modules counts as reachable); source (scan the cell's packages with its own Go, GOOS/GOARCH and tags).",
        parse: (raw, name) => parseChoice(raw, name, VULNCHECK_MODES)
    }),
    input({
        name: 'vulncheck-fail-on',
        key: 'vulncheckFailOn',
        default: 'reachable',
        description: 'Which findings fail a cell: none (report only), reachable (a vulnerable function is called), any (also a vulnerable module or package that is only required or imported).',
        parse: (raw, name) => parseChoice(raw, name, VULNCHECK_FAIL_ON)
    }),
    input({
        name: 'vulndb',
        key: 'vulnDb',
        default: 'https://vuln.go.dev',
        description: 'The Go vulnerability database govulncheck reads (-db): https://vuln.go.dev, a mirror, or a file:// URL of a copy in the same layout.',
        parse: parseVulnDb
    }),
    input({
        name: 'emulation',
        key: 'emulation',
        default: 'auto',
        description: 'Foreign architectures: auto (QEMU when it can be set up, else build only), qemu (require it), none (build only).',
        parse: (raw, name) => parseChoice(raw, name, ['auto', 'qemu', 'none'])
    }),
    input({
        name: 'parallel',
        key: 'parallel',
        default: '',
        description: 'Cells run at once (default: the number of CPUs).',
        parse: (raw, name) => (raw.trim() ? parseInteger(raw, name, 1, 256) : os$1.availableParallelism())
    }),
    input({
        name: 'fail-fast',
        key: 'failFast',
        default: 'false',
        description: 'Stop starting new cells after the first failure.',
        parse: parseBoolean
    }),
    input({
        name: 'cell-timeout',
        key: 'cellTimeoutMs',
        default: '30m',
        description: 'Time limit per cell (e.g. 90s, 30m, 1h); a cell past it is killed with its whole process tree.',
        parse: (raw, name) => parseDuration(raw, name, 1000, 24 * 3_600_000)
    }),
    input({
        name: 'go-download-base-url',
        key: 'goDownloadBaseUrl',
        default: 'https://go.dev/dl',
        description: 'A go.dev/dl-compatible mirror (serves ?mode=json&include=all and the archives).',
        parse: parseUrl
    }),
    input({
        name: 'toolchain-source',
        key: 'toolchainSource',
        default: 'auto',
        description: 'Where toolchains come from: dl (go-download-base-url), proxy (the Go module proxy, GOPROXY), auto (dl, then proxy).',
        parse: (raw, name) => parseChoice(raw, name, ['auto', 'dl', 'proxy'])
    }),
    input({
        name: 'verify-checksums',
        key: 'verifyChecksums',
        default: 'true',
        description: 'Refuse toolchains whose sha256 (dl) or h1 (proxy, checksum database) does not match.',
        parse: parseBoolean
    }),
    input({
        name: 'cache',
        key: 'cache',
        default: 'true',
        description: 'Cache GOMODCACHE and per-version GOCACHE through the Actions cache.',
        githubOnly: true,
        parse: parseBoolean
    }),
    input({
        name: 'upload',
        key: 'upload',
        default: 'true',
        description: 'Upload binaries, SBOMs, coverage and results as artifacts.',
        githubOnly: true,
        parse: parseBoolean
    }),
    input({
        name: 'artifact-name',
        key: 'artifactName',
        default: 'go-cross-matrix',
        description: 'Prefix of the artifact names.',
        githubOnly: true,
        parse: parseArtifactName
    }),
    input({
        name: 'retention-days',
        key: 'retentionDays',
        default: '',
        description: 'Artifact retention in days (default: the repository setting).',
        githubOnly: true,
        parse: (raw, name) => (raw.trim() ? parseInteger(raw, name, 1, 90) : undefined)
    }),
    input({
        name: 'attest',
        key: 'attest',
        default: 'false',
        description: 'Sign provenance.intoto.json (SLSA provenance of every binary) with Sigstore and store it as a GitHub attestation, for gh attestation verify; the job needs permissions id-token: write and attestations: write.',
        githubOnly: true,
        parse: parseBoolean
    }),
    input({
        name: 'github-token',
        key: 'githubToken',
        default: '${{ github.token }}',
        description: "Token for GitHub's attestations API (attest: true).",
        githubOnly: true,
        // The CLI sees the default unexpanded: no token.
        parse: (raw) => (raw.includes('${{') ? '' : raw.trim())
    }),
    input({
        name: 'out-dir',
        key: 'outDir',
        default: 'go-cross-matrix-out',
        description: 'Where results are written (relative to the workspace).',
        parse: (raw) => raw.trim() || 'go-cross-matrix-out'
    }),
    input({
        name: 'mode',
        key: 'mode',
        default: 'run',
        description: 'run; setup (install the toolchains, output them, stop); plan (output a job matrix); merge (merge the results of matrix jobs).',
        parse: (raw, name) => parseChoice(raw, name, MODES)
    }),
    input({
        name: 'plan-granularity',
        key: 'planGranularity',
        default: 'target',
        description: 'For mode plan: one matrix job per target or per cell.',
        parse: (raw, name) => parseChoice(raw, name, ['target', 'cell'])
    }),
    input({
        name: 'shards',
        key: 'shards',
        default: '1',
        description: "For mode plan: split each job's packages over N matrix jobs (mode merge puts each cell back together), balanced by the package durations of an earlier run (shard-history; on GitHub the last merge's, from the Actions cache), by package count without one; or a time per job (e.g. 10m): as many shards as that takes.",
        parse: parseShards
    }),
    input({
        name: 'shard',
        key: 'shard',
        default: '',
        description: "Set from the plan's matrix entry: this job's shard (k/N) of its cells, whose packages the entry gives; only shard 1 builds binaries.",
        parse: parseShard
    }),
    input({
        name: 'shard-history',
        key: 'shardHistory',
        default: '',
        description: 'For mode plan: the results.json of an earlier run (or the out-dir holding it) whose package durations balance the shards.',
        parse: (raw) => raw.trim()
    }),
    input({
        name: 'runner-map',
        key: 'runnerMap',
        default: '',
        description: 'For mode plan: target=runner lines giving a target its own runner, e.g. linux/arm64=ubuntu-24.04-arm.',
        parse: parseRunnerMap
    }),
    input({
        name: 'merge-from',
        key: 'mergeFrom',
        default: '',
        description: "For mode merge: out-dirs of mode run jobs (and of mode plan) to merge, instead of this workflow run's artifacts; how the CLI merges.",
        parse: (raw) => parseList(raw)
    })
];
const OUTPUTS = [
    { name: 'results', description: 'Compact JSON: counts and per-cell status.' },
    { name: 'toolchains', description: 'JSON object: Go version -> GOROOT.' },
    { name: 'results-file', description: 'Path of results.json.' },
    { name: 'passed', description: 'true when every cell passed (or was skipped), else false.' },
    { name: 'go-versions', description: 'JSON array of the resolved Go versions.' },
    { name: 'coverage', description: 'Merged total coverage percent.' },
    { name: 'matrix', description: 'Mode plan: JSON for strategy.matrix.' },
    { name: 'artifact-ids', description: 'JSON object: artifact name -> id.' }
];

/**
 * Builds the one typed, validated Config from raw input values (the action's INPUT_* or the
 * CLI's flags): parse each input, resolve paths, then check the inputs against each other.
 */
async function buildConfig(raw, workspace) {
    const parsed = {};
    const explicit = new Set();
    for (const decl of INPUTS) {
        const given = raw(decl.name);
        // The runner fills every input, defaults included: only a different value counts as given.
        if (given !== undefined && given.trim() !== '' && given.trim() !== decl.default)
            explicit.add(decl.name);
        parsed[decl.key] = decl.parse(given ?? decl.default, decl.name);
    }
    const inputs = parsed;
    const config = {
        ...inputs,
        workspace,
        workingDirectory: path.resolve(workspace, inputs.workingDirectories[0]),
        modules: [],
        outDir: path.resolve(workspace, inputs.outDir),
        explicit,
        warnings: []
    };
    config.modules = loadConfigModules(config);
    if (config.modules.length === 1)
        config.workingDirectory = config.modules[0].root;
    config.goMod = lowestGoMod(config.modules);
    checkConflicts(config);
    return config;
}
function loadConfigModules(config) {
    if (config.mode === 'merge')
        return [];
    const needsModule = config.mode !== 'setup' || config.goVersions.some((s) => s.startsWith('go.mod'));
    return loadModules(config.workingDirectories, config.workspace, needsModule);
}
function checkConflicts(config) {
    const { explicit } = config;
    if (config.modules.length > 1 && isSharded(config.shards)) {
        throw new InputError('shards', `splits the packages of one module, but working-directory names ${config.modules.length} modules; use shards: 1, or one plan per module`);
    }
    if (config.reproducible && config.build.length === 0) {
        throw new InputError('reproducible', 'true needs binaries, but build is empty; set build (e.g. ./...) or reproducible: false');
    }
    if (config.vulncheck === 'binary' && config.build.length === 0) {
        throw new InputError('vulncheck', 'binary scans the built binaries, but build is empty; set build (e.g. ./...) or use vulncheck: source');
    }
    if (config.vulncheck === 'off') {
        for (const name of ['vulncheck-fail-on', 'vulndb']) {
            if (explicit.has(name))
                config.warnings.push(`${name} is only used with vulncheck: binary or source; ignored`);
        }
    }
    if (config.toolchainSource === 'proxy' && explicit.has('go-download-base-url')) {
        throw new InputError('go-download-base-url', 'is not used with toolchain-source: proxy (toolchains come from GOPROXY); use toolchain-source: dl or auto, or drop it');
    }
    if (config.mode !== 'plan') {
        for (const name of ['plan-granularity', 'runner-map', 'shards', 'shard-history']) {
            if (explicit.has(name))
                config.warnings.push(`${name} is only used with mode: plan; ignored in mode: ${config.mode}`);
        }
    }
    if (config.mode !== 'run') {
        // what only a run's binaries or cells use
        for (const name of ['attest', 'shard', 'test-cache', 'vulncheck']) {
            if (explicit.has(name))
                config.warnings.push(`${name} is only used with mode: run; ignored in mode: ${config.mode}`);
        }
    }
}

/** The machine we run on, in Go's words and in @actions/tool-cache's. */
function hostPlatform() {
    return { ...goPlatformOf(process.platform, os$1.arch()), toolCacheArch: os$1.arch() };
}

/** What the toolchain stage needs from the context (config overridable, e.g. one version for merge). */
function toolchainOptions(ctx, config = ctx.config) {
    return {
        config,
        host: ctx.host,
        env: ctx.env,
        toolCacheDir: ctx.dirs.toolCache,
        tempDir: ctx.dirs.temp,
        log: ctx.log
    };
}
/**
 * Runs the stages in order, as GoReleaser's middleware wraps its pipes: each in a log group
 * (a ::group:: on GitHub), timed, skipped with its reason when skip() gives one. The first
 * failure is kept with its stage's name and stops the stages that are not `always`; the
 * `always` ones (results, summary, uploads) still run, cells or not, unless the failure is a
 * bad input, which leaves nothing behind but its one line. A later failure of an `always`
 * stage is a warning. Returns the first failure.
 */
async function runStages(ctx, stages) {
    let first;
    for (const stage of stages) {
        const started = Date.now();
        const record = (status, reason) => ctx.stages.push({ name: stage.name, status, reason, durationMs: Date.now() - started });
        if (first && (!stage.always || isInputError(first.error))) {
            record('not-run', `after ${first.stage} failed`);
            continue;
        }
        const reason = stage.skip?.(ctx);
        if (reason) {
            ctx.log.info(`${stage.name}: skipped (${reason})`);
            record('skipped', reason);
            continue;
        }
        try {
            if (stage.group === false)
                await stage.run(ctx);
            else
                await ctx.log.group(stage.name, () => stage.run(ctx));
            record('ran');
        }
        catch (err) {
            record('failed', errorLine(err));
            if (first) {
                ctx.log.warning(`${stage.name}: ${errorLine(err)}`);
                continue;
            }
            first = { stage: stage.name, error: err };
            ctx.failure ??= `${stage.name}: ${errorLine(err)}`;
        }
        ctx.timings[`stage:${stage.name}`] = Date.now() - started;
    }
    return first;
}
/** A bad input (not a fault of the machine or a service): nothing is written after it. */
function isInputError(err) {
    return err instanceof UserError && !(err instanceof EnvironmentError);
}

/**
 * Child processes, always as argument arrays (never a shell), each in its own process group so
 * a timeout kills the whole tree: go, the compiler, test binaries and the emulator under them.
 */
const KILL_GRACE_MS = 2000;
function runProcess(command, args, opts = {}) {
    const started = Date.now();
    return new Promise((resolve) => {
        const child = spawn(command, args, {
            cwd: opts.cwd,
            env: opts.env,
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: process.platform !== 'win32'
        });
        let stdout = '';
        let stderr = '';
        let pending = '';
        let timedOut = false;
        let spawnError;
        const killGroup = (signal) => {
            try {
                if (child.pid && process.platform !== 'win32')
                    process.kill(-child.pid, signal);
                else
                    child.kill(signal);
            }
            catch {
                // already gone
            }
        };
        const timer = opts.timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                timedOut = true;
                killGroup('SIGTERM');
                setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS).unref();
            }, opts.timeoutMs);
        child.stdout.on('data', (chunk) => {
            const text = chunk.toString();
            if (opts.captureStdout !== false)
                stdout += text;
            opts.stdout?.write(chunk);
            if (opts.onStdoutLine) {
                pending += text;
                const lines = pending.split('\n');
                pending = lines.pop() ?? '';
                for (const line of lines)
                    opts.onStdoutLine(line);
            }
        });
        child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
        child.on('error', (err) => (spawnError = err.message));
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (pending && opts.onStdoutLine)
                opts.onStdoutLine(pending);
            // Whatever the group left behind (a test binary that ignored SIGTERM) goes too.
            if (timedOut)
                killGroup('SIGKILL');
            resolve({ code, signal, stdout, stderr, timedOut, durationMs: Date.now() - started, spawnError });
        });
    });
}
/** The first few meaningful lines of a tool's stderr, for a one-line reason. */
function firstLines(text, count = 3) {
    return text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, count)
        .join(' | ');
}
/** Finds an executable on PATH (like `which`), or undefined. */
function which(name, pathEnv = process.env.PATH ?? '') {
    for (const dir of pathEnv.split(':').filter(Boolean)) {
        const candidate = `${dir}/${name}`;
        try {
            accessSync(candidate, constants.X_OK);
            return candidate;
        }
        catch {
            // not here
        }
    }
    return undefined;
}

/**
 * The one environment policy for every `go` this project runs (cells, probes, module downloads,
 * go list, go version -m, go tool cover): the runner's environment passes through (GOPROXY,
 * GOPRIVATE, GOFLAGS, GOEXPERIMENT, HOME/.netrc: what private modules and the user's choices
 * need), every variable that decides which toolchain runs, for what target, with which caches,
 * is removed, and the caller's values are laid over it. Each caller gets the same rules.
 */
/** Variables that belong to the call, never to the runner: removed, then set from GoEnvValues. */
const GO_OWNED = [
    'GOROOT',
    'GOOS',
    'GOARCH',
    'GOARM',
    'GOARM64',
    'GOAMD64',
    'GO386',
    'GOMIPS',
    'GOMIPS64',
    'GOPPC64',
    'GORISCV64',
    'GOWASM',
    'GOEXE',
    'GOHOSTOS',
    'GOHOSTARCH',
    'GOTOOLCHAIN',
    'CGO_ENABLED',
    'CC',
    'CXX',
    'GOCACHE',
    'GOMODCACHE',
    'GOCOVERDIR',
    'QEMU_LD_PREFIX'
];
function goEnvironment(base, v) {
    const env = { ...base };
    for (const key of GO_OWNED)
        delete env[key];
    Object.assign(env, {
        GOROOT: v.goroot,
        PATH: [path.join(v.goroot, 'bin'), base.PATH ?? ''].filter(Boolean).join(path.delimiter),
        // Never download another toolchain: the call runs exactly the version it claims.
        GOTOOLCHAIN: 'local'
    });
    if (v.goCache)
        env.GOCACHE = v.goCache;
    if (v.goModCache)
        env.GOMODCACHE = v.goModCache;
    if (v.target)
        Object.assign(env, targetEnv(v.target));
    if (v.cgo !== undefined)
        env.CGO_ENABLED = v.cgo ? '1' : '0';
    if (v.cc)
        env.CC = v.cc.cc;
    if (v.emulated) {
        // golang/go#36981; a GODEBUG the runner set is the user's choice and stays.
        if (base.GODEBUG === undefined)
            env.GODEBUG = 'asyncpreemptoff=1';
        if (v.cc?.ldPrefix)
            env.QEMU_LD_PREFIX = v.cc.ldPrefix;
    }
    Object.assign(env, v.extra ?? {});
    return env;
}

/**
 * `go`: every invocation of the Go command in this project goes through this class (cells,
 * probes, module downloads, go list, go version -m, go tool cover, go install of govulncheck),
 * with the one environment policy of ./env.ts and, for a cell, within its deadline.
 *
 * Package patterns go where each subcommand reads them (`go help build`, `go help list`,
 * `go help test`): never after a `--`, which `go test` hands to the test binary, leaving its
 * package list empty (it then tests `.` alone). Patterns are validated as inputs never to
 * start with `-`, so they cannot be read as flags.
 */
// One line per package, tab separated; the error is %q-quoted so it holds no tab or newline.
const LIST_TEMPLATE = [
    '{{.ImportPath}}',
    '{{.Name}}',
    '{{.Dir}}',
    '{{len .GoFiles}}',
    '{{len .CgoFiles}}',
    '{{join .TestGoFiles ","}}',
    '{{join .XTestGoFiles ","}}',
    '{{if .Error}}{{printf "%q" .Error.Err}}{{end}}'
].join('\t');
function parsePackageList(stdout) {
    const packages = [];
    for (const line of stdout.split('\n')) {
        const f = line.split('\t');
        if (f.length < 8 || !f[0])
            continue;
        let error;
        try {
            error = f[7] ? JSON.parse(f[7]) : '';
        }
        catch {
            error = f[7];
        }
        packages.push({
            importPath: f[0],
            name: f[1],
            dir: f[2],
            goFiles: Number(f[3]) + Number(f[4]),
            testGoFiles: f[5] ? f[5].split(',') : [],
            xTestGoFiles: f[6] ? f[6].split(',') : [],
            error
        });
    }
    return packages;
}
class Go {
    cwd;
    remainingMs;
    goBinary;
    env;
    /**
     * `base` is the runner's environment; `values` are this caller's (toolchain, target, caches),
     * laid over it by the one policy. `remainingMs` bounds every call (a cell's deadline).
     */
    constructor(base, values, cwd, remainingMs = () => 10 * 60_000) {
        this.cwd = cwd;
        this.remainingMs = remainingMs;
        this.goBinary = path.join(values.goroot, 'bin', 'go');
        this.env = goEnvironment(base, values);
    }
    /** `env` here is laid over the cell's environment (e.g. a fresh GOCACHE). */
    run(args, opts = {}) {
        const env = opts.env ? { ...this.env, ...opts.env } : this.env;
        return runProcess(this.goBinary, args, {
            ...opts,
            env,
            cwd: opts.cwd ?? this.cwd,
            timeoutMs: Math.max(1, this.remainingMs())
        });
    }
    /** `go mod download`: fills the module cache, so parallel cells never race to download. */
    modDownload() {
        return this.run(['mod', 'download']);
    }
    /** `go install <pkg>@<version>`: builds a tool into GOBIN (the caller's env), outside any module. */
    install(packageAtVersion) {
        return this.run(['install', packageAtVersion]);
    }
    /** `go version -m <file>`: the build info of a binary, read by this toolchain. */
    versionM(file) {
        return this.run(['version', '-m', file]);
    }
    /** `go tool cover -func=<profile>` or `-html=<profile> -o <out>`. */
    cover(mode, profile, out) {
        return this.run(['tool', 'cover', `-${mode}=${profile}`, ...(out ? ['-o', out] : [])]);
    }
    /** `go env K1 K2 ...` as a map. */
    async goEnv(keys) {
        const result = await this.run(['env', ...keys]);
        if (result.code !== 0)
            throw new Error(`go env failed: ${result.stderr.trim()}`);
        const values = result.stdout.split('\n');
        return Object.fromEntries(keys.map((k, i) => [k, (values[i] ?? '').trim()]));
    }
    /**
     * `go list -e [build flags] <patterns>`: the packages the patterns match for this cell, as
     * go test and go build will see them. `-e` keeps broken packages in the list, with their error.
     */
    async listPackages(patterns, buildFlags) {
        const result = await this.run(['list', '-e', ...buildFlags, '-f', LIST_TEMPLATE, ...patterns]);
        return { ...result, packages: result.code === 0 ? parsePackageList(result.stdout) : [] };
    }
}
/**
 * The main packages `go build <patterns>` would link: `package main` with non-test Go files
 * that build for the cell. A `package main` holding only _test.go files is not one (go build
 * skips it under a wildcard and refuses it when named).
 */
function buildableMains(packages) {
    return packages.filter((p) => p.name === 'main' && p.goFiles > 0 && !p.error);
}

/**
 * Before a foreign target's tests, build a tiny program for it and run it the way the tests
 * will run: if the emulator cannot run Go (a crash, a bad registration, a missing libc), the
 * target's cells end as `error` with the emulator's own message instead of failing every test.
 */
const PROBE_GO = `package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

func main() {
	variant := ""
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if (s.Key == "GOARM" || s.Key == "GOAMD64") && s.Value != "" {
				variant = "/" + s.Value
			}
		}
	}
	fmt.Printf("%s/%s%s %s\\n", runtime.GOOS, runtime.GOARCH, variant, runtime.Version())
}
`;
/**
 * Builds the probe with `go` (a toolchain, with the target's environment) in `dir`, then runs it
 * the way the tests of `emulation` run, with `runEnv`.
 */
async function runProbe(target, emulation, go, dir, runEnv) {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'go.mod'), 'module probe\n\ngo 1.18\n');
    await writeFile(path.join(dir, 'main.go'), PROBE_GO);
    const binary = path.join(dir, 'probe');
    const build = await go.run(['build', '-o', binary, '.'], { cwd: dir });
    if (build.timedOut)
        return { error: `probe build for ${emulation.target} timed out` };
    if (build.code !== 0)
        return { error: `probe build for ${emulation.target} failed: ${firstLines(build.stderr)}` };
    const run = emulation.execution === 'qemu-exec'
        ? await runProcess(emulation.qemu, [binary], { env: runEnv, timeoutMs: 60_000 })
        : await runProcess(binary, [], { env: runEnv, timeoutMs: 60_000 });
    const printed = run.stdout.trim();
    const expected = `${target.goos}/${target.goarch}`;
    if (run.code !== 0 || !printed.startsWith(expected)) {
        const why = firstLines(run.stderr) || run.spawnError || printed || `exit ${run.code ?? run.signal}`;
        return { error: `${emulation.execution} could not run a ${emulation.target} program: ${why}` };
    }
    return { printed };
}
/**
 * The probe is its own module: the project's GOFLAGS (-mod=vendor) or cgo mode mean nothing to
 * it. These are a cell's (or the emulation stage's) values, made fit to build it.
 */
function probeEnvValues(values) {
    return { ...values, cgo: false, extra: { ...values.extra, GOFLAGS: '-mod=mod' } };
}
/** Runs the probe for one emulated target; fills in `probe`, or `error` when it fails. */
async function probeTarget(target, emulation, goroot, workDir, baseEnv, 
/** the toolchain's GOCACHE: the probe's runtime build is then the cells' too */
goCache) {
    const dir = path.join(workDir, `probe-${emulation.target.replace(/\//g, '-')}`);
    const values = probeEnvValues({ goroot, goCache, target, emulated: true });
    const go = new Go(baseEnv, values, dir, () => 120_000);
    const outcome = await runProbe(target, emulation, go, dir, go.env);
    if (outcome.error)
        emulation.error = outcome.error;
    else
        emulation.probe = outcome.printed;
}

/**
 * Running the few host commands that need root (mount, binfmt registration, apt-get): directly
 * as root, through passwordless `sudo -n` on a GitHub runner, or not at all.
 */
class Privileged {
    env;
    consent;
    sudoWorks;
    constructor(env = process.env, 
    /**
     * Whether changing the system was agreed to (install-deps): without it nothing runs as root,
     * and callers say which command would have.
     */
    consent = true) {
        this.env = env;
        this.consent = consent;
    }
    get isRoot() {
        return typeof process.getuid === 'function' && process.getuid() === 0;
    }
    /** Whether root-only commands can run at all (root, or sudo without a password). */
    async available() {
        if (!this.consent)
            return false;
        if (this.isRoot)
            return true;
        if (this.sudoWorks === undefined) {
            this.sudoWorks =
                Boolean(which('sudo', this.env.PATH)) && (await runProcess('sudo', ['-n', 'true'])).code === 0;
        }
        return this.sudoWorks;
    }
    async run(command, args, extraEnv = {}) {
        const env = { ...this.env, ...extraEnv };
        if (this.isRoot)
            return runProcess(command, args, { env });
        const envArgs = Object.entries(extraEnv).map(([k, v]) => `${k}=${v}`);
        return runProcess('sudo', ['-n', ...envArgs, command, ...args], { env });
    }
}
/** Debian/Ubuntu packages through apt-get; updates the package lists once, only if needed. */
class Apt {
    privileged;
    pathEnv;
    updated = false;
    constructor(privileged, pathEnv = process.env.PATH) {
        this.privileged = privileged;
        this.pathEnv = pathEnv;
    }
    async available() {
        return Boolean(which('apt-get', this.pathEnv)) && (await this.privileged.available());
    }
    /** Whether installing was agreed to (install-deps); when not, callers print installCommand. */
    get consent() {
        return this.privileged.consent;
    }
    /** The command a person would run to install the packages. */
    static installCommand(packages) {
        return `sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
    }
    /** Installs the packages; returns an error line, or undefined on success. */
    async install(packages) {
        const env = { DEBIAN_FRONTEND: 'noninteractive' };
        const args = ['install', '-y', '-qq', '--no-install-recommends', ...packages];
        let result = await this.privileged.run('apt-get', args, env);
        if (result.code !== 0 && !this.updated) {
            this.updated = true;
            await this.privileged.run('apt-get', ['update', '-qq'], env);
            result = await this.privileged.run('apt-get', args, env);
        }
        if (result.code === 0)
            return undefined;
        const why = result.stderr.trim().split('\n').pop() ?? `exit ${result.code}`;
        return `apt-get install ${packages.join(' ')} failed: ${why}`;
    }
}
/**
 * install-deps: true, false, or auto: yes where changing the machine is expected (the action, or
 * any CI: CI=true, GITHUB_ACTIONS=true); on a developer's machine the CLI asks first.
 */
function systemChangesAllowed(installDeps, entry, env) {
    if (installDeps !== 'auto')
        return installDeps === 'true';
    return entry === 'action' || env.CI === 'true' || env.GITHUB_ACTIONS === 'true';
}

/**
 * binfmt_misc: lets the kernel run foreign ELF binaries through QEMU, so `go test` runs arm64
 * test binaries as if they were native. Registered with the F (fix-binary) flag, so the
 * interpreter is opened once and keeps working in containers and chroots.
 */
const DEFAULT_BINFMT_DIR = '/proc/sys/fs/binfmt_misc';
class BinfmtMisc {
    dir;
    privileged;
    constructor(dir, privileged) {
        this.dir = dir;
        this.privileged = privileged;
    }
    get mounted() {
        return existsSync(path.join(this.dir, 'register'));
    }
    /** An existing registration that matches arch's ELF machine, by qemu's or Debian's name. */
    find(arch) {
        for (const name of [`qemu-${arch.name}`, arch.name]) {
            const file = path.join(this.dir, name);
            if (!existsSync(file))
                continue;
            const text = readFileSync(file, 'utf8');
            const interpreter = /^interpreter (.+)$/m.exec(text)?.[1] ?? '';
            return { enabled: /^enabled$/m.test(text), interpreter };
        }
        return undefined;
    }
    /** A registration that will run binaries now: enabled, and its interpreter exists. */
    usable(arch) {
        const found = this.find(arch);
        return found?.enabled && existsSync(found.interpreter) ? found : undefined;
    }
    /** Mounts binfmt_misc when needed; returns an error line or undefined. */
    async mount() {
        if (this.mounted)
            return undefined;
        if (!(await this.privileged.available()))
            return `${this.dir} is not mounted and mounting needs root or sudo`;
        const result = await this.privileged.run('mount', ['-t', 'binfmt_misc', 'binfmt_misc', this.dir]);
        return this.mounted
            ? undefined
            : `mount binfmt_misc failed: ${result.stderr.trim() || `exit ${result.code}`}`;
    }
    /** Registers qemu for arch (replacing a disabled or broken entry); returns an error line or undefined. */
    async register(arch, interpreter) {
        const mountError = await this.mount();
        if (mountError)
            return mountError;
        const name = `qemu-${arch.name}`;
        if (existsSync(path.join(this.dir, name))) {
            await this.privileged.run('sh', ['-c', 'echo -1 > "$1"', 'sh', path.join(this.dir, name)]);
        }
        const line = `:${name}:M:0:${arch.magic}:${arch.mask}:${interpreter}:F`;
        // `sh -c` with the line passed as an argument: nothing from the line is parsed by the shell.
        const result = await this.privileged.run('sh', [
            '-c',
            'printf "%s" "$1" > "$2"',
            'sh',
            line,
            path.join(this.dir, 'register')
        ]);
        if (this.usable(arch))
            return undefined;
        return `binfmt_misc registration of ${name} failed: ${result.stderr.trim() || `exit ${result.code}`}`;
    }
}

/** qemu-<arch>-static (or the dynamic qemu-<arch>) on PATH. */
function findQemu(arch, pathEnv) {
    return which(`qemu-${arch.name}-static`, pathEnv) ?? which(`qemu-${arch.name}`, pathEnv);
}
/** "qemu-aarch64 version 7.2.22 (Debian ...)" -> that first line. */
async function qemuVersion(binary) {
    const result = await runProcess(binary, ['--version'], { timeoutMs: 10_000 });
    return result.stdout.split('\n')[0].trim() || 'unknown';
}

/**
 * Decides, per target, how its tests run: natively, under QEMU through binfmt_misc, under QEMU
 * through `go test -exec`, or not at all (build only), setting up what it can on the way
 * (installing qemu-user-static, mounting binfmt_misc, registering QEMU).
 */
function missingCpuFlags(variant) {
    let flags = [];
    try {
        flags = /^flags\s*:(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim().split(/\s+/) ?? [];
    }
    catch {
        return [];
    }
    const levels = ['v2', 'v3', 'v4'].slice(0, ['v2', 'v3', 'v4'].indexOf(variant) + 1);
    return levels.flatMap((l) => [...AMD64_LEVEL_FLAGS[l]]).filter((f) => !flags.includes(f));
}
async function setupEmulation(opts) {
    const { config, host, env, log } = opts;
    const privileged = new Privileged(env, opts.consent);
    const apt = new Apt(privileged, env.PATH);
    // GO_CROSS_MATRIX_BINFMT_DIR points elsewhere to simulate a runner where binfmt is out of reach.
    const binfmt = new BinfmtMisc(env.GO_CROSS_MATRIX_BINFMT_DIR || DEFAULT_BINFMT_DIR, privileged);
    let qemuInstallTried = false;
    const result = new Map();
    for (const target of config.targets) {
        const name = targetName(target);
        const decided = await decide(target);
        if (decided.execution === 'build-only' &&
            config.emulation === 'qemu' &&
            decided.qemu === undefined &&
            isEmulable(target)) {
            throw new EnvironmentError(`emulation: qemu was required, but ${name} cannot be emulated: ${decided.reason}`);
        }
        if (decided.execution !== 'native')
            log.info(`${name}: ${decided.execution} (${decided.reason})`);
        result.set(name, decided);
    }
    return result;
    function isEmulable(t) {
        return t.goos === 'linux' && host.goos === 'linux' && qemuArch(t.goarch) !== undefined;
    }
    async function decide(t) {
        const name = targetName(t);
        const buildOnly = (reason) => ({ target: name, execution: 'build-only', reason });
        if (runsNatively(host, t)) {
            const missing = t.goarch === 'amd64' && t.variant ? missingCpuFlags(t.variant) : [];
            if (missing.length)
                return buildOnly(`the host CPU lacks ${missing.join(', ')} for GOAMD64=${t.variant}`);
            return { target: name, execution: 'native', reason: '' };
        }
        if (t.goos !== 'linux' || host.goos !== 'linux')
            return buildOnly(`${t.goos} binaries do not run on a ${host.goos} host`);
        const arch = qemuArch(t.goarch);
        if (!arch)
            return buildOnly(`no QEMU user emulation is known for ${t.goarch}`);
        if (config.emulation === 'none')
            return buildOnly('emulation: none');
        let qemu = findQemu(arch, env.PATH);
        if (!qemu && !apt.consent) {
            const command = Apt.installCommand(['qemu-user-static']);
            if (!qemuInstallTried)
                log.warning(`${name} needs QEMU to run its tests: install it with \`${command}\` (or pass --install-deps to let go-cross-matrix do it); building only`);
            qemuInstallTried = true;
            return buildOnly(`qemu-${arch.name}-static is not installed, and installing needs consent: ${command} (or --install-deps)`);
        }
        if (!qemu && !qemuInstallTried) {
            qemuInstallTried = true;
            if (await apt.available()) {
                log.info('installing qemu-user-static (apt-get) for foreign-architecture tests');
                const error = await apt.install(['qemu-user-static']);
                if (error)
                    log.warning(error);
            }
            qemu = findQemu(arch, env.PATH);
        }
        if (!qemu) {
            return buildOnly(`qemu-${arch.name}-static is not installed and cannot be (needs apt-get with root or sudo)`);
        }
        const version = await qemuVersion(qemu);
        const emulated = { target: name, qemu, qemuVersion: version };
        const existing = binfmt.usable(arch);
        if (existing)
            return { ...emulated, execution: 'qemu-binfmt', reason: `binfmt_misc runs ${existing.interpreter}` };
        if (!privileged.consent)
            return {
                ...emulated,
                execution: 'qemu-exec',
                reason: `go test -exec ${qemu} (registering QEMU in binfmt_misc needs consent: --install-deps)`
            };
        const error = await binfmt.register(arch, qemu);
        if (!error)
            return { ...emulated, execution: 'qemu-binfmt', reason: `registered ${qemu} in binfmt_misc` };
        return { ...emulated, execution: 'qemu-exec', reason: `go test -exec ${qemu} (${error})` };
    }
}

/**
 * C compilers for cgo cells: the host's for native targets; a Debian/Ubuntu cross compiler
 * (installed with apt-get when allowed) for foreign linux targets, whose libc QEMU then needs.
 */
class CCompilers {
    env;
    apt;
    log;
    found = new Map();
    constructor(env, apt, log) {
        this.env = env;
        this.apt = apt;
        this.log = log;
    }
    /** The host's C compiler (CC, gcc, cc, clang), or undefined. */
    host() {
        const cc = this.env.CC && which(this.env.CC, this.env.PATH)
            ? this.env.CC
            : ['gcc', 'cc', 'clang'].find((c) => which(c, this.env.PATH));
        return cc ? { cc } : undefined;
    }
    /** A compiler for target (native: the host's), or an error line naming what is missing. */
    forTarget(target, native) {
        const key = native ? 'host' : `${target.goarch}/${target.variant}`;
        let pending = this.found.get(key);
        if (!pending) {
            pending = native
                ? Promise.resolve(this.host() ?? 'no C compiler on PATH (set CC, or install gcc)')
                : this.cross(target);
            this.found.set(key, pending);
        }
        return pending;
    }
    async cross(target) {
        const t = crossCompiler(target);
        if (!t)
            return `no cross C compiler is known for ${target.goos}/${target.goarch}`;
        const cc = `${t.triplet}-gcc`;
        const compiler = { cc, ldPrefix: `/usr/${t.triplet}` };
        if (which(cc, this.env.PATH))
            return compiler;
        const packages = t.packages;
        if (!this.apt.consent)
            return `${cc} is not installed, and installing needs consent: ${Apt.installCommand(packages)} (or --install-deps)`;
        if (!(await this.apt.available()))
            return `${cc} is not installed (apt-get install ${packages.join(' ')}; needs root or sudo)`;
        this.log.info(`installing ${packages.join(' ')} (apt-get) for cgo on ${target.goos}/${target.goarch}`);
        const error = await this.apt.install(packages);
        if (error || !which(cc, this.env.PATH))
            return `${cc} could not be installed: ${error ?? 'not on PATH after install'}`;
        return compiler;
    }
}

/** What a cell is (CellPlan) and what it found (CellResult, one entry of results.json `cells`). */
const MAX_FAILURE_OUTPUTS = 20;
/**
 * `go1.22.8-linux-amd64[-cgo|-race]`, led by the module's key when the run has several modules
 * (`api-go1.22.8-linux-amd64`); the key is filename-safe (see moduleKeys).
 */
/** The packages whose tests go test could run: built, with test files. */
function testedPackages(packages) {
    return packages.filter((p) => p.status !== 'no-test-files' && p.status !== 'build-failed');
}
function cellId(version, target, cgo, race = false, moduleKey = '') {
    const parts = [`go${version}`, cellIdSuffix(target)];
    if (moduleKey)
        parts.unshift(moduleKey);
    if (cgo && !race)
        parts.push('cgo');
    if (race)
        parts.push('race');
    return parts.join('-');
}
function emptyCounts() {
    return { passed: 0, failed: 0, skipped: 0, failedTests: [] };
}
function resultOf(plan, status, reason, extra = {}) {
    return {
        id: plan.id,
        ...(plan.module ? { module: moduleRef(plan.module) } : {}),
        go: plan.toolchain.version,
        goos: plan.target.goos,
        goarch: plan.target.goarch,
        variant: plan.target.variant,
        cgo: plan.cgo,
        race: plan.race,
        status,
        reason,
        execution: plan.race ? 'native' : plan.emulation.execution,
        tests: emptyCounts(),
        packages: [],
        flaky: [],
        failures: [],
        failureOutput: [],
        compileErrors: [],
        coverage: null,
        cachedPackages: 0,
        durationMs: 0,
        binaries: [],
        sboms: [],
        log: null,
        coverageProfile: null,
        junit: null,
        proof: null,
        evidenceMs: 0,
        ...extra
    };
}

function racePlan(config, host, hasHostCompiler) {
    if (config.race === 'false')
        return { enabled: false };
    const hostName = `${host.goos}/${host.goarch}`;
    const why = !raceSupported(host)
        ? `the race detector does not run on ${hostName}`
        : !hasHostCompiler
            ? 'the race detector needs cgo and no C compiler is on PATH (set CC, or install gcc)'
            : undefined;
    if (!why)
        return { enabled: true };
    return config.race === 'true'
        ? { enabled: true, error: `race: true, but ${why}` }
        : { enabled: false, error: why };
}
function planCells(config, toolchains, emulation, host, race) {
    const plans = [];
    const hostTarget = { goos: host.goos, goarch: host.goarch, variant: '' };
    for (const module of moduleAxis(config.modules)) {
        const key = module?.key ?? '';
        const of = module ? { module } : {};
        for (const toolchain of toolchains) {
            for (const target of config.targets) {
                for (const cgo of config.cgo) {
                    plans.push({
                        id: cellId(toolchain.version, target, cgo, false, key),
                        ...of,
                        toolchain,
                        target,
                        cgo,
                        race: false,
                        emulation: emulation.get(targetName(target))
                    });
                }
            }
            if (race.enabled) {
                plans.push({
                    id: cellId(toolchain.version, hostTarget, true, true, key),
                    ...of,
                    toolchain,
                    target: hostTarget,
                    cgo: true,
                    race: true,
                    emulation: { target: targetName(hostTarget), execution: 'native', reason: '', error: race.error }
                });
            }
        }
    }
    return plans;
}

function parseProfile(text) {
    const lines = text.split('\n');
    const mode = /^mode: (\w+)/.exec(lines[0] ?? '')?.[1] ?? 'set';
    const blocks = new Map();
    for (const line of lines.slice(1)) {
        const m = /^(.+:\d+\.\d+,\d+\.\d+) (\d+) (\d+)$/.exec(line.trim());
        if (!m)
            continue;
        const [, key, stmts, count] = m;
        const seen = blocks.get(key);
        const n = Number(count);
        blocks.set(key, seen ? [seen[0], mode === 'set' ? Math.max(seen[1], n ? 1 : 0) : seen[1] + n] : [Number(stmts), n]);
    }
    return { mode, blocks };
}
/**
 * Statement coverage in percent with one decimal, exactly as `go tool cover -func` prints its
 * total (`%.1f` of 100*covered/total): Go rounds the float's exact value half to even, so
 * 1/16 = 6.25 is 6.2 where Math.round would give 6.3. null when the profile has no statements.
 */
function coveragePercent(profile) {
    let total = 0;
    let covered = 0;
    for (const [stmts, count] of profile.blocks.values()) {
        total += stmts;
        if (count > 0)
            covered += stmts;
    }
    return total === 0 ? null : Number(formatPercent((100 * covered) / total));
}
/** Go's `%.1f`: the nearest one-decimal number to the float's exact value, ties to even. */
function formatPercent(value) {
    // toFixed(60) spells a float below 1000 exactly (its binary fraction has at most 60 digits here),
    // so a tie can be seen as such; toFixed(1) alone rounds ties away from zero.
    const exact = value.toFixed(60);
    const tie = /^(\d+)\.(\d)50*$/.exec(exact);
    if (!tie)
        return value.toFixed(1);
    const [, whole, tenth] = tie;
    if (Number(tenth) % 2 === 0)
        return `${whole}.${tenth}`;
    return value.toFixed(1);
}

/** The `total:` percentage of `go tool cover -func` output. */
function coverFuncTotal(stdout) {
    const total = /^total:\s+\(statements\)\s+([\d.]+)%/m.exec(stdout);
    return total ? Number(total[1]) : undefined;
}
/** `go tool cover -func`'s total for the profile in `file`; our own sum when go cannot load the packages (or there is no go). */
async function coverageByGoTool(go, file, profile) {
    if (go) {
        const func = await go.cover('func', file);
        const total = func.code === 0 ? coverFuncTotal(func.stdout) : undefined;
        if (total !== undefined)
            return total;
    }
    return coveragePercent(profile);
}

/** Compiler errors from go build / go test stderr ("./x.go:12:3: undefined: y"), for annotations. */
const COMPILE_ERROR = /^(?:vet: )?((?:\.{1,2}\/|\/)?[\w.\-/]+\.go):(\d+):(\d+): (.+)$/;
const MAX_ERRORS = 50;
function parseCompileErrors(stderr, cwd) {
    const errors = [];
    for (const line of stderr.split('\n')) {
        const m = COMPILE_ERROR.exec(line.trim());
        if (!m || errors.length >= MAX_ERRORS)
            continue;
        errors.push({ file: path.resolve(cwd, m[1]), line: Number(m[2]), column: Number(m[3]), message: m[4] });
    }
    return errors;
}

const shardLabel = (s) => `${s.index}/${s.count}`;
/** A sharded cell's own files carry the shard, so the jobs of one cell never collide in merge. */
function cellFileStem(id, shard) {
    return shard ? `${id}.shard${shard.index}of${shard.count}` : id;
}
function flavourKey(target, cgo, race) {
    const name = typeof target === 'string' ? target : targetName(target);
    return `${name}${cgo ? ' cgo' : ''}${race ? ' race' : ''}`;
}
function durationHistory(cells) {
    const history = new Map();
    for (const cell of cells) {
        const target = targetName({ goos: cell.goos, goarch: cell.goarch, variant: cell.variant });
        const key = flavourKey(target, cell.cgo, cell.race);
        const durations = history.get(key) ?? new Map();
        history.set(key, durations);
        for (const p of cell.packages ?? []) {
            // A cached answer took no time to give: it says nothing about what the tests cost.
            if (p.cached || p.status === 'running')
                continue;
            durations.set(p.package, Math.max(durations.get(p.package) ?? 0, p.elapsedMs));
        }
    }
    return history;
}
/**
 * What a package costs beyond its test run, per cell: compiling and linking its test binary and
 * starting it. go test's `Elapsed` (our elapsedMs) does not include it; bench/scale measured
 * 140-160 ms per package on 2 cores, about 40% of a shard of 50 small packages.
 */
const PACKAGE_FIXED_COST_MS = 150;
/**
 * Each package's weight for one job: its recorded durations over the job's cell flavours, plus
 * the fixed cost per flavour; a package without history weighs the median of those with one
 * (every package weighs 1 when nothing is known, which balances by count).
 */
function packageWeights(packages, flavours, history) {
    const known = new Map();
    for (const pkg of packages) {
        let total;
        for (const f of flavours) {
            const ms = history.get(f)?.get(pkg);
            if (ms !== undefined)
                total = (total ?? 0) + ms + PACKAGE_FIXED_COST_MS;
        }
        if (total !== undefined)
            known.set(pkg, total);
    }
    if (known.size === 0)
        return { weights: new Map(packages.map((p) => [p, 1])), fromHistory: false };
    const sorted = [...known.values()].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    return {
        weights: new Map(packages.map((p) => [p, known.get(p) ?? median])),
        fromHistory: true
    };
}
/** How many shards a job gets: the count asked for, or enough for each to take about targetMs. */
function shardCount(spec, totalWeightMs, fromHistory, packages) {
    const wanted = 'count' in spec ? spec.count : fromHistory ? Math.ceil(totalWeightMs / spec.targetMs) : 1;
    return Math.max(1, Math.min(wanted, packages));
}
/**
 * Longest-processing-time-first: heaviest package to the lightest shard. Within 4/3 of the
 * best split, and deterministic (ties by name), so the same history gives the same plan.
 * Each shard keeps its packages in name order.
 */
function partition(weights, count) {
    const shards = Array.from({ length: count }, () => ({ load: 0, packages: [] }));
    const order = [...weights.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [pkg, weight] of order) {
        let lightest = shards[0];
        for (const s of shards)
            if (s.load < lightest.load)
                lightest = s;
        lightest.load += weight;
        lightest.packages.push(pkg);
    }
    return shards.filter((s) => s.packages.length).map((s) => s.packages.sort());
}

/**
 * Reads a `go test -json` stream as it comes: per package, whether it built, how many tests
 * passed, failed and skipped (subtests included), whether `go test` answered from its cache;
 * the failed tests named `pkg.TestX` with the places they failed and their last output lines;
 * and the compiler's or go's own words for packages that did not build.
 *
 * Two stream shapes exist for build failures: up to Go 1.23 the compiler's output goes to
 * stderr and the package only says "FAIL pkg [build failed]"; from Go 1.24 it comes in the
 * stream as `build-output` events keyed by `ImportPath` ("pkg [pkg.test]"), followed by a
 * `build-fail` event and a package `fail` whose `FailedBuild` names that ImportPath.
 */
const LOCATION = /^\s+([\w.\-/]+\.go):(\d+): (.*)$/;
/** go test's own frame lines around a test's output */
const FRAME = /^(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP):)/;
/** a cap, so a test that prints a million lines cannot grow the results without bound */
const MAX_FAILURES = 200;
/** lines kept per running test: the tail is what tells why it failed */
const TEST_TAIL_LINES = 40;
/** bytes of build output kept per import path */
const MAX_BUILD_OUTPUT = 16 * 1024;
/** "example.com/m/pkg [example.com/m/pkg.test]" -> "example.com/m/pkg" */
function packageOfImportPath(importPath) {
    return importPath.replace(/ \[.*\]$/, '');
}
class TestEventCounter {
    counts = { passed: 0, failed: 0, skipped: 0, failedTests: [] };
    /** packages whose test binary did not build (their failure is not a test's) */
    buildFailedPackages = [];
    /** packages that failed with no failing test (a crash, a timeout panic, TestMain exit) */
    failedPackages = [];
    /** where failing tests failed: the `file.go:line: message` lines they printed */
    failures = [];
    /** packages whose test binary go test's own -timeout ended ("panic: test timed out after 2s") */
    timedOutPackages = [];
    /** the last output lines of each failed test, by `pkg.TestX` */
    failedTestOutput = new Map();
    packageOutput = new Map();
    packagesWithFailedTests = new Set();
    testOutput = new Map();
    /** the lines Go 1.24+ marked as the test's error report (OutputType "error"), per running test */
    testErrors = new Map();
    buildOutputs = new Map();
    byPackage = new Map();
    /** every test that ended, per package, in the order they ended (for JUnit) */
    testCases = new Map();
    add(line) {
        if (!line.startsWith('{')) {
            // Up to Go 1.23, a test binary that did not build is only this plain line on stdout.
            const plain = /^FAIL\s+(\S+) \[(build|setup) failed\]/.exec(line);
            if (plain && !this.byPackage.has(plain[1])) {
                const result = this.packageResult(plain[1]);
                result.status = 'build-failed';
                this.buildFailedPackages.push(plain[1]);
            }
            return;
        }
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            return;
        }
        if (event.Action === 'build-output' || event.Action === 'build-fail') {
            const importPath = event.ImportPath ?? '';
            if (event.Action === 'build-output') {
                const text = (this.buildOutputs.get(importPath) ?? '') + (event.Output ?? '');
                this.buildOutputs.set(importPath, text.slice(0, MAX_BUILD_OUTPUT));
            }
            return;
        }
        const pkg = event.Package ?? '';
        if (!pkg)
            return;
        const result = this.packageResult(pkg);
        if (event.Action === 'output' && /^panic: test timed out after /.test(event.Output ?? '')) {
            if (!this.timedOutPackages.includes(pkg))
                this.timedOutPackages.push(pkg);
        }
        if (event.Action === 'output' && !event.Test) {
            this.packageOutput.set(pkg, (this.packageOutput.get(pkg) ?? '') + (event.Output ?? ''));
        }
        if (event.Action === 'output' && event.Test) {
            const key = `${pkg}\0${event.Test}`;
            if (event.OutputType === 'error') {
                const errors = this.testErrors.get(key) ?? [];
                if (errors.length < TEST_TAIL_LINES)
                    errors.push(event.Output ?? '');
                this.testErrors.set(key, errors);
            }
            const lines = this.testOutput.get(key) ?? [];
            lines.push(event.Output ?? '');
            if (lines.length > TEST_TAIL_LINES * 2)
                lines.splice(0, lines.length - TEST_TAIL_LINES);
            this.testOutput.set(key, lines);
        }
        if (!event.Test) {
            if (event.Action === 'pass' || event.Action === 'fail' || event.Action === 'skip')
                this.endPackage(result, event);
            return;
        }
        if (event.Action === 'pass' || event.Action === 'fail' || event.Action === 'skip') {
            const key = `${pkg}\0${event.Test}`;
            const output = event.Action === 'pass'
                ? []
                : (this.testOutput.get(key) ?? [])
                    .map((l) => l.replace(/\n$/, ''))
                    .filter((l) => !FRAME.test(l.trim()))
                    .slice(-TEST_TAIL_LINES);
            const cases = this.testCases.get(pkg) ?? [];
            cases.push({
                test: event.Test,
                action: event.Action,
                elapsedMs: Math.round((event.Elapsed ?? 0) * 1000),
                output
            });
            this.testCases.set(pkg, cases);
        }
        if (event.Action === 'pass') {
            this.counts.passed++;
            result.passed++;
            this.forget(`${pkg}\0${event.Test}`);
        }
        else if (event.Action === 'skip') {
            this.counts.skipped++;
            result.skipped++;
            this.forget(`${pkg}\0${event.Test}`);
        }
        else if (event.Action === 'fail') {
            this.counts.failed++;
            result.failed++;
            this.counts.failedTests.push(`${pkg}.${event.Test}`);
            this.packagesWithFailedTests.add(pkg);
            this.recordFailure(pkg, event.Test);
        }
    }
    packageResult(pkg) {
        let result = this.byPackage.get(pkg);
        if (!result) {
            result = {
                package: pkg,
                status: 'running',
                passed: 0,
                failed: 0,
                skipped: 0,
                cached: false,
                elapsedMs: 0
            };
            this.byPackage.set(pkg, result);
        }
        return result;
    }
    endPackage(result, event) {
        const pkg = result.package;
        const output = this.packageOutput.get(pkg) ?? '';
        result.elapsedMs = Math.round((event.Elapsed ?? 0) * 1000);
        result.cached = /^ok\s+\S+\s+\(cached\)/m.test(output);
        if (event.Action === 'skip') {
            result.status = 'no-test-files';
            return;
        }
        if (event.Action === 'pass') {
            result.status = result.passed + result.failed + result.skipped === 0 ? 'no-tests' : 'passed';
            return;
        }
        const buildFailed = event.FailedBuild !== undefined || /\[build failed\]|\[setup failed\]/.test(output);
        if (buildFailed && !this.packagesWithFailedTests.has(pkg)) {
            result.status = 'build-failed';
            if (event.FailedBuild)
                result.failedBuild = event.FailedBuild;
            if (!this.buildFailedPackages.includes(pkg))
                this.buildFailedPackages.push(pkg);
            return;
        }
        result.status = 'failed';
        if (!this.packagesWithFailedTests.has(pkg))
            this.failedPackages.push(pkg);
    }
    forget(key) {
        this.testOutput.delete(key);
        this.testErrors.delete(key);
    }
    recordFailure(pkg, test) {
        const key = `${pkg}\0${test}`;
        const lines = (this.testOutput.get(key) ?? []).map((l) => l.replace(/\n$/, ''));
        // Go 1.24+ marks what t.Error/t.Fatal printed; before that, every `file.go:N:` line a failed
        // test printed (t.Log included) is taken as a place it failed.
        const marked = (this.testErrors.get(key) ?? []).map((l) => l.replace(/\n$/, ''));
        this.forget(key);
        this.failedTestOutput.set(`${pkg}.${test}`, lines.slice(-TEST_TAIL_LINES));
        let located = false;
        for (const line of marked.length ? marked : lines) {
            const m = LOCATION.exec(line);
            if (!m)
                continue;
            located = true;
            if (this.failures.length < MAX_FAILURES)
                this.failures.push({ package: pkg, test, file: m[1], line: Number(m[2]), message: m[3] });
        }
        // A failing parent test whose subtests carry the locations adds none of its own.
        if (!located && !this.failures.some((f) => f.package === pkg && f.test.startsWith(`${test}/`))) {
            if (this.failures.length < MAX_FAILURES)
                this.failures.push({ package: pkg, test, file: '', line: 0, message: 'failed' });
        }
    }
    /**
     * With -coverprofile, go 1.22+ runs packages that have no _test.go files (to report their 0%)
     * and ends them with `pass` instead of `skip` "[no test files]": mark them as go list knows them.
     */
    markWithoutTestFiles(packages) {
        for (const pkg of packages) {
            const result = this.byPackage.get(pkg);
            if (result && result.status === 'no-tests')
                result.status = 'no-test-files';
        }
    }
    /**
     * What each failure printed, for people: the failing tests (leaves only: a parent that failed
     * because a subtest did adds nothing), packages that failed with no failing test (a panic in
     * init, os.Exit in TestMain, go's -timeout: their own output), and what did not build (the
     * stream's build output, else go's stderr).
     */
    failureOutputs(stderr) {
        const tail = (lines) => lines.filter((l) => l.trim()).slice(-40);
        const outputs = [];
        const failed = this.counts.failedTests;
        for (const name of failed) {
            if (failed.some((other) => other.startsWith(`${name}/`)))
                continue;
            // Without go's frame lines (=== RUN, --- FAIL (0.01s)), so the same failure in two cells reads the same.
            const own = (this.failedTestOutput.get(name) ?? []).filter((l) => !FRAME.test(l.trim()));
            outputs.push({ kind: 'test', name, lines: tail(own) });
        }
        for (const pkg of this.failedPackages) {
            const running = [...this.testOutput.entries()]
                .filter(([key]) => key.startsWith(`${pkg}\0`))
                .flatMap(([, lines]) => lines);
            const own = (this.packageOutput.get(pkg) ?? '').split('\n');
            outputs.push({
                kind: 'package',
                name: pkg,
                lines: tail([...running, ...own].map((l) => l.replace(/\n$/, '')).filter((l) => !/^(FAIL|ok)\s/.test(l)))
            });
        }
        for (const pkg of this.buildFailedPackages) {
            const words = this.buildOutput(pkg) || stderr;
            outputs.push({ kind: 'build', name: pkg, lines: tail(words.split('\n')) });
        }
        if (outputs.length === 0 && stderr.trim())
            outputs.push({ kind: 'build', name: 'go test', lines: tail(stderr.split('\n')) });
        return outputs.slice(0, MAX_FAILURE_OUTPUTS);
    }
    /**
     * Counts tests that passed on a rerun as passed, not failed: out of failedTests, the failure
     * places and the package counts (a package with no failure left passes). Returns the counts.
     */
    forgiveFlaky(flaky) {
        const set = new Set(flaky);
        this.counts.failedTests = this.counts.failedTests.filter((t) => !set.has(t));
        this.counts.failed -= flaky.length;
        this.counts.passed += flaky.length;
        for (const name of flaky) {
            this.failedTestOutput.delete(name);
            const pkg = [...this.byPackage.keys()]
                .filter((p) => name.startsWith(`${p}.`))
                .sort((a, b) => b.length - a.length)[0];
            const result = pkg ? this.byPackage.get(pkg) : undefined;
            if (!result)
                continue;
            result.failed--;
            result.passed++;
            if (result.failed === 0 && result.status === 'failed')
                result.status = 'passed';
        }
        const failures = this.failures.filter((f) => !set.has(`${f.package}.${f.test}`));
        this.failures.splice(0, this.failures.length, ...failures);
        return this.counts;
    }
    /** Every package the stream ended, in the order they ended. */
    packages() {
        return [...this.byPackage.values()].filter((p) => p.status !== 'running');
    }
    /** Packages that started but never ended (the stream was cut: a kill, a crash of go itself). */
    unfinishedPackages() {
        return [...this.byPackage.values()].filter((p) => p.status === 'running').map((p) => p.package);
    }
    /**
     * What the compiler or go said about a package that did not build: the Go 1.24+ build
     * output in the stream (its own or, for a dependency, the one FailedBuild names), or ''.
     */
    buildOutput(pkg) {
        const failedBuild = this.byPackage.get(pkg)?.failedBuild;
        if (failedBuild && this.buildOutputs.has(failedBuild))
            return this.buildOutputs.get(failedBuild);
        for (const [importPath, text] of this.buildOutputs) {
            if (packageOfImportPath(importPath) === pkg)
                return text;
        }
        return '';
    }
    /** All build output the stream carried (Go 1.24+), for compile-error locations. */
    allBuildOutput() {
        return [...this.buildOutputs.values()].join('');
    }
    /** "test timed out after 2s, running TestHangs": go's own words for a -timeout. */
    timeoutText(pkg) {
        // The panic may be printed as the package's output or as the running test's.
        const ofTests = [...this.testOutput.entries(), ...this.failedTestOutput.entries()]
            .filter(([key]) => key.startsWith(`${pkg}\0`) || key.startsWith(`${pkg}.`))
            .flatMap(([, lines]) => lines.map((l) => (l.endsWith('\n') ? l : `${l}\n`)));
        const output = (this.packageOutput.get(pkg) ?? '') + ofTests.join('');
        const after = /panic: (test timed out after \S+)/.exec(output)?.[1] ?? 'test timed out';
        const running = /running tests:\n((?:\t+\S.*\n)+)/.exec(output)?.[1];
        const tests = running
            ?.split('\n')
            .map((l) => l.trim().split(' ')[0])
            .filter(Boolean);
        return tests?.length ? `${after}, running ${tests.join(', ')}` : after;
    }
    /** The last lines a package printed (e.g. "panic: test timed out"), for a cell's reason. */
    packageTail(pkg, lines = 2) {
        return (this.packageOutput.get(pkg) ?? '')
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l && !/^(FAIL|ok)\b/.test(l))
            .slice(0, lines)
            .join(' | ');
    }
}

var enums$1 = {};

var attachmentEncoding = {};

var hasRequiredAttachmentEncoding;

function requireAttachmentEncoding () {
	if (hasRequiredAttachmentEncoding) return attachmentEncoding;
	hasRequiredAttachmentEncoding = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(attachmentEncoding, "__esModule", { value: true });
	attachmentEncoding.AttachmentEncoding = void 0;
	var AttachmentEncoding;
	(function (AttachmentEncoding) {
	    AttachmentEncoding["Base64"] = "base64";
	})(AttachmentEncoding || (attachmentEncoding.AttachmentEncoding = AttachmentEncoding = {}));
	
	return attachmentEncoding;
}

var componentScope = {};

var hasRequiredComponentScope;

function requireComponentScope () {
	if (hasRequiredComponentScope) return componentScope;
	hasRequiredComponentScope = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(componentScope, "__esModule", { value: true });
	componentScope.ComponentScope = void 0;
	var ComponentScope;
	(function (ComponentScope) {
	    ComponentScope["Required"] = "required";
	    ComponentScope["Optional"] = "optional";
	    ComponentScope["Excluded"] = "excluded";
	})(ComponentScope || (componentScope.ComponentScope = ComponentScope = {}));
	
	return componentScope;
}

var componentType = {};

var hasRequiredComponentType;

function requireComponentType () {
	if (hasRequiredComponentType) return componentType;
	hasRequiredComponentType = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(componentType, "__esModule", { value: true });
	componentType.ComponentType = void 0;
	var ComponentType;
	(function (ComponentType) {
	    ComponentType["Application"] = "application";
	    ComponentType["Framework"] = "framework";
	    ComponentType["Library"] = "library";
	    ComponentType["Container"] = "container";
	    ComponentType["Platform"] = "platform";
	    ComponentType["OperatingSystem"] = "operating-system";
	    ComponentType["Device"] = "device";
	    ComponentType["DeviceDriver"] = "device-driver";
	    ComponentType["Firmware"] = "firmware";
	    ComponentType["File"] = "file";
	    ComponentType["MachineLearningModel"] = "machine-learning-model";
	    ComponentType["Data"] = "data";
	    ComponentType["CryptographicAsset"] = "cryptographic-asset";
	})(ComponentType || (componentType.ComponentType = ComponentType = {}));
	
	return componentType;
}

var externalReferenceType = {};

var hasRequiredExternalReferenceType;

function requireExternalReferenceType () {
	if (hasRequiredExternalReferenceType) return externalReferenceType;
	hasRequiredExternalReferenceType = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(externalReferenceType, "__esModule", { value: true });
	externalReferenceType.ExternalReferenceType = void 0;
	var ExternalReferenceType;
	(function (ExternalReferenceType) {
	    ExternalReferenceType["VCS"] = "vcs";
	    ExternalReferenceType["IssueTracker"] = "issue-tracker";
	    ExternalReferenceType["Website"] = "website";
	    ExternalReferenceType["Advisories"] = "advisories";
	    ExternalReferenceType["BOM"] = "bom";
	    ExternalReferenceType["MailingList"] = "mailing-list";
	    ExternalReferenceType["Social"] = "social";
	    ExternalReferenceType["Chat"] = "chat";
	    ExternalReferenceType["Documentation"] = "documentation";
	    ExternalReferenceType["Support"] = "support";
	    ExternalReferenceType["SourceDistribution"] = "source-distribution";
	    ExternalReferenceType["Distribution"] = "distribution";
	    ExternalReferenceType["DistributionIntake"] = "distribution-intake";
	    ExternalReferenceType["License"] = "license";
	    ExternalReferenceType["BuildMeta"] = "build-meta";
	    ExternalReferenceType["BuildSystem"] = "build-system";
	    ExternalReferenceType["ReleaseNotes"] = "release-notes";
	    ExternalReferenceType["SecurityContact"] = "security-contact";
	    ExternalReferenceType["ModelCard"] = "model-card";
	    ExternalReferenceType["Log"] = "log";
	    ExternalReferenceType["Configuration"] = "configuration";
	    ExternalReferenceType["Evidence"] = "evidence";
	    ExternalReferenceType["Formulation"] = "formulation";
	    ExternalReferenceType["Attestation"] = "attestation";
	    ExternalReferenceType["ThreatModel"] = "threat-model";
	    ExternalReferenceType["AdversaryModel"] = "adversary-model";
	    ExternalReferenceType["RiskAssessment"] = "risk-assessment";
	    ExternalReferenceType["VulnerabilityAssertion"] = "vulnerability-assertion";
	    ExternalReferenceType["ExploitabilityStatement"] = "exploitability-statement";
	    ExternalReferenceType["PentestReport"] = "pentest-report";
	    ExternalReferenceType["StaticAnalysisReport"] = "static-analysis-report";
	    ExternalReferenceType["DynamicAnalysisReport"] = "dynamic-analysis-report";
	    ExternalReferenceType["RuntimeAnalysisReport"] = "runtime-analysis-report";
	    ExternalReferenceType["ComponentAnalysisReport"] = "component-analysis-report";
	    ExternalReferenceType["MaturityReport"] = "maturity-report";
	    ExternalReferenceType["CertificationReport"] = "certification-report";
	    ExternalReferenceType["CodifiedInfrastructure"] = "codified-infrastructure";
	    ExternalReferenceType["QualityMetrics"] = "quality-metrics";
	    ExternalReferenceType["POAM"] = "poam";
	    ExternalReferenceType["ElectronicSignature"] = "electronic-signature";
	    ExternalReferenceType["DigitalSignature"] = "digital-signature";
	    ExternalReferenceType["RFC9116"] = "rfc-9116";
	    ExternalReferenceType["Citation"] = "citation";
	    ExternalReferenceType["Patent"] = "patent";
	    ExternalReferenceType["PatentAssertion"] = "patent-assertion";
	    ExternalReferenceType["PatentFamily"] = "patent-family";
	    ExternalReferenceType["Other"] = "other";
	})(ExternalReferenceType || (externalReferenceType.ExternalReferenceType = ExternalReferenceType = {}));
	
	return externalReferenceType;
}

var hashAlogorithm = {};

var hasRequiredHashAlogorithm;

function requireHashAlogorithm () {
	if (hasRequiredHashAlogorithm) return hashAlogorithm;
	hasRequiredHashAlogorithm = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(hashAlogorithm, "__esModule", { value: true });
	hashAlogorithm.HashAlgorithm = void 0;
	var HashAlgorithm;
	(function (HashAlgorithm) {
	    HashAlgorithm["MD5"] = "MD5";
	    HashAlgorithm["SHA-1"] = "SHA-1";
	    HashAlgorithm["SHA-256"] = "SHA-256";
	    HashAlgorithm["SHA-384"] = "SHA-384";
	    HashAlgorithm["SHA-512"] = "SHA-512";
	    HashAlgorithm["SHA3-256"] = "SHA3-256";
	    HashAlgorithm["SHA3-384"] = "SHA3-384";
	    HashAlgorithm["SHA3-512"] = "SHA3-512";
	    HashAlgorithm["BLAKE2b-256"] = "BLAKE2b-256";
	    HashAlgorithm["BLAKE2b-384"] = "BLAKE2b-384";
	    HashAlgorithm["BLAKE2b-512"] = "BLAKE2b-512";
	    HashAlgorithm["BLAKE3"] = "BLAKE3";
	    HashAlgorithm["Streebog-256"] = "Streebog-256";
	    HashAlgorithm["Streebog-512"] = "Streebog-512";
	})(HashAlgorithm || (hashAlogorithm.HashAlgorithm = HashAlgorithm = {}));
	
	return hashAlogorithm;
}

var licenseAcknowledgement = {};

var hasRequiredLicenseAcknowledgement;

function requireLicenseAcknowledgement () {
	if (hasRequiredLicenseAcknowledgement) return licenseAcknowledgement;
	hasRequiredLicenseAcknowledgement = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(licenseAcknowledgement, "__esModule", { value: true });
	licenseAcknowledgement.LicenseAcknowledgement = void 0;
	var LicenseAcknowledgement;
	(function (LicenseAcknowledgement) {
	    LicenseAcknowledgement["Declared"] = "declared";
	    LicenseAcknowledgement["Concluded"] = "concluded";
	})(LicenseAcknowledgement || (licenseAcknowledgement.LicenseAcknowledgement = LicenseAcknowledgement = {}));
	
	return licenseAcknowledgement;
}

var lifecyclePhase = {};

var hasRequiredLifecyclePhase;

function requireLifecyclePhase () {
	if (hasRequiredLifecyclePhase) return lifecyclePhase;
	hasRequiredLifecyclePhase = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(lifecyclePhase, "__esModule", { value: true });
	lifecyclePhase.LifecyclePhase = void 0;
	var LifecyclePhase;
	(function (LifecyclePhase) {
	    LifecyclePhase["Design"] = "design";
	    LifecyclePhase["PreBuild"] = "pre-build";
	    LifecyclePhase["Build"] = "build";
	    LifecyclePhase["PostBuild"] = "post-build";
	    LifecyclePhase["Operations"] = "operations";
	    LifecyclePhase["Discovery"] = "discovery";
	    LifecyclePhase["Decommission"] = "decommission";
	})(LifecyclePhase || (lifecyclePhase.LifecyclePhase = LifecyclePhase = {}));
	
	return lifecyclePhase;
}

var vulnerability$2 = {};

var affectStatus = {};

var hasRequiredAffectStatus;

function requireAffectStatus () {
	if (hasRequiredAffectStatus) return affectStatus;
	hasRequiredAffectStatus = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(affectStatus, "__esModule", { value: true });
	affectStatus.AffectStatus = void 0;
	var AffectStatus;
	(function (AffectStatus) {
	    AffectStatus["Affected"] = "affected";
	    AffectStatus["Unaffected"] = "unaffected";
	    AffectStatus["Unknown"] = "unknown";
	})(AffectStatus || (affectStatus.AffectStatus = AffectStatus = {}));
	
	return affectStatus;
}

var analysisJustification = {};

var hasRequiredAnalysisJustification;

function requireAnalysisJustification () {
	if (hasRequiredAnalysisJustification) return analysisJustification;
	hasRequiredAnalysisJustification = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(analysisJustification, "__esModule", { value: true });
	analysisJustification.AnalysisJustification = void 0;
	var AnalysisJustification;
	(function (AnalysisJustification) {
	    AnalysisJustification["CodeNotPresent"] = "code_not_present";
	    AnalysisJustification["CodeNotReachable"] = "code_not_reachable";
	    AnalysisJustification["RequiresConfiguration"] = "requires_configuration";
	    AnalysisJustification["RequiresDependency"] = "requires_dependency";
	    AnalysisJustification["RequiresEnvironment"] = "requires_environment";
	    AnalysisJustification["ProtectedByCompiler"] = "protected_by_compiler";
	    AnalysisJustification["ProtectedAtRuntime"] = "protected_at_runtime";
	    AnalysisJustification["ProtectedAtPerimeter"] = "protected_at_perimeter";
	    AnalysisJustification["ProtectedByMitigatingControl"] = "protected_by_mitigating_control";
	})(AnalysisJustification || (analysisJustification.AnalysisJustification = AnalysisJustification = {}));
	
	return analysisJustification;
}

var analysisResponse = {};

var sortable = {};

var hasRequiredSortable;

function requireSortable () {
	if (hasRequiredSortable) return sortable;
	hasRequiredSortable = 1;
	(function (exports) {
		/*!
		This file is part of CycloneDX JavaScript Library.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		   http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.

		SPDX-License-Identifier: Apache-2.0
		Copyright (c) OWASP Foundation. All Rights Reserved.
		*/
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.SortableNumbers = exports.SortableStringables = exports.SortableComparables = exports.SortableSet = exports.compareObjectsSymbol = void 0;
		exports.compareObjectsSymbol = Symbol('internal compare function');
		class SortableSet extends Set {
		    sorted() {
		        return Array.from(this).sort(this[exports.compareObjectsSymbol]);
		    }
		    compare(other) {
		        const sortedOther = other.sorted();
		        const sortedSelf = this.sorted();
		        if (sortedSelf.length !== sortedOther.length) {
		            return sortedSelf.length - sortedOther.length;
		        }
		        for (let i = sortedSelf.length - 1; i >= 0; --i) {
		            const iCompared = this[exports.compareObjectsSymbol](sortedSelf[i], sortedOther[i]);
		            if (iCompared !== 0) {
		                return iCompared;
		            }
		        }
		        return 0;
		    }
		}
		exports.SortableSet = SortableSet;
		class SortableComparables extends SortableSet {
		    [exports.compareObjectsSymbol](a, b) {
		        if (a.constructor === b.constructor) {
		            return a.compare(b);
		        }
		        return a.constructor.name.localeCompare(b.constructor.name);
		    }
		}
		exports.SortableComparables = SortableComparables;
		class SortableStringables extends SortableSet {
		    [exports.compareObjectsSymbol](a, b) {
		        return a.toString().localeCompare(b.toString());
		    }
		}
		exports.SortableStringables = SortableStringables;
		class SortableNumbers extends SortableSet {
		    [exports.compareObjectsSymbol](a, b) {
		        return a - b;
		    }
		}
		exports.SortableNumbers = SortableNumbers;
		
	} (sortable));
	return sortable;
}

var hasRequiredAnalysisResponse;

function requireAnalysisResponse () {
	if (hasRequiredAnalysisResponse) return analysisResponse;
	hasRequiredAnalysisResponse = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(analysisResponse, "__esModule", { value: true });
	analysisResponse.AnalysisResponseRepository = analysisResponse.AnalysisResponse = void 0;
	const sortable_1 = requireSortable();
	var AnalysisResponse;
	(function (AnalysisResponse) {
	    AnalysisResponse["CanNotFix"] = "can_not_fix";
	    AnalysisResponse["WillNotFix"] = "will_not_fix";
	    AnalysisResponse["Update"] = "update";
	    AnalysisResponse["Rollback"] = "rollback";
	    AnalysisResponse["WorkaroundAvailable"] = "workaround_available";
	})(AnalysisResponse || (analysisResponse.AnalysisResponse = AnalysisResponse = {}));
	class AnalysisResponseRepository extends sortable_1.SortableStringables {
	}
	analysisResponse.AnalysisResponseRepository = AnalysisResponseRepository;
	
	return analysisResponse;
}

var analysisState = {};

var hasRequiredAnalysisState;

function requireAnalysisState () {
	if (hasRequiredAnalysisState) return analysisState;
	hasRequiredAnalysisState = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(analysisState, "__esModule", { value: true });
	analysisState.AnalysisState = void 0;
	var AnalysisState;
	(function (AnalysisState) {
	    AnalysisState["Resolved"] = "resolved";
	    AnalysisState["ResolvedWithPedigree"] = "resolved_with_pedigree";
	    AnalysisState["Exploitable"] = "exploitable";
	    AnalysisState["InTriage"] = "in_triage";
	    AnalysisState["FalsePositive"] = "false_positive";
	    AnalysisState["NotAffected"] = "not_affected";
	})(AnalysisState || (analysisState.AnalysisState = AnalysisState = {}));
	
	return analysisState;
}

var ratingMethod = {};

var hasRequiredRatingMethod;

function requireRatingMethod () {
	if (hasRequiredRatingMethod) return ratingMethod;
	hasRequiredRatingMethod = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(ratingMethod, "__esModule", { value: true });
	ratingMethod.RatingMethod = void 0;
	var RatingMethod;
	(function (RatingMethod) {
	    RatingMethod["CVSSv2"] = "CVSSv2";
	    RatingMethod["CVSSv3"] = "CVSSv3";
	    RatingMethod["CVSSv31"] = "CVSSv31";
	    RatingMethod["CVSSv4"] = "CVSSv4";
	    RatingMethod["OWASP"] = "OWASP";
	    RatingMethod["SSVC"] = "SSVC";
	    RatingMethod["Other"] = "other";
	})(RatingMethod || (ratingMethod.RatingMethod = RatingMethod = {}));
	
	return ratingMethod;
}

var severity = {};

var hasRequiredSeverity;

function requireSeverity () {
	if (hasRequiredSeverity) return severity;
	hasRequiredSeverity = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(severity, "__esModule", { value: true });
	severity.Severity = void 0;
	var Severity;
	(function (Severity) {
	    Severity["Critical"] = "critical";
	    Severity["High"] = "high";
	    Severity["Medium"] = "medium";
	    Severity["Low"] = "low";
	    Severity["Info"] = "info";
	    Severity["None"] = "none";
	    Severity["Unknown"] = "unknown";
	})(Severity || (severity.Severity = Severity = {}));
	
	return severity;
}

var hasRequiredVulnerability$2;

function requireVulnerability$2 () {
	if (hasRequiredVulnerability$2) return vulnerability$2;
	hasRequiredVulnerability$2 = 1;
	(function (exports) {
		/*!
		This file is part of CycloneDX JavaScript Library.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		   http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.

		SPDX-License-Identifier: Apache-2.0
		Copyright (c) OWASP Foundation. All Rights Reserved.
		*/
		var __createBinding = (vulnerability$2 && vulnerability$2.__createBinding) || (Object.create ? (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    var desc = Object.getOwnPropertyDescriptor(m, k);
		    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
		      desc = { enumerable: true, get: function() { return m[k]; } };
		    }
		    Object.defineProperty(o, k2, desc);
		}) : (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    o[k2] = m[k];
		}));
		var __exportStar = (vulnerability$2 && vulnerability$2.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		Object.defineProperty(exports, "__esModule", { value: true });
		__exportStar(requireAffectStatus(), exports);
		__exportStar(requireAnalysisJustification(), exports);
		__exportStar(requireAnalysisResponse(), exports);
		__exportStar(requireAnalysisState(), exports);
		__exportStar(requireRatingMethod(), exports);
		__exportStar(requireSeverity(), exports);
		
	} (vulnerability$2));
	return vulnerability$2;
}

var hasRequiredEnums$1;

function requireEnums$1 () {
	if (hasRequiredEnums$1) return enums$1;
	hasRequiredEnums$1 = 1;
	(function (exports) {
		/*!
		This file is part of CycloneDX JavaScript Library.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		   http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.

		SPDX-License-Identifier: Apache-2.0
		Copyright (c) OWASP Foundation. All Rights Reserved.
		*/
		var __createBinding = (enums$1 && enums$1.__createBinding) || (Object.create ? (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    var desc = Object.getOwnPropertyDescriptor(m, k);
		    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
		      desc = { enumerable: true, get: function() { return m[k]; } };
		    }
		    Object.defineProperty(o, k2, desc);
		}) : (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    o[k2] = m[k];
		}));
		var __setModuleDefault = (enums$1 && enums$1.__setModuleDefault) || (Object.create ? (function(o, v) {
		    Object.defineProperty(o, "default", { enumerable: true, value: v });
		}) : function(o, v) {
		    o["default"] = v;
		});
		var __exportStar = (enums$1 && enums$1.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		var __importStar = (enums$1 && enums$1.__importStar) || (function () {
		    var ownKeys = function(o) {
		        ownKeys = Object.getOwnPropertyNames || function (o) {
		            var ar = [];
		            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
		            return ar;
		        };
		        return ownKeys(o);
		    };
		    return function (mod) {
		        if (mod && mod.__esModule) return mod;
		        var result = {};
		        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
		        __setModuleDefault(result, mod);
		        return result;
		    };
		})();
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.Vulnerability = void 0;
		__exportStar(requireAttachmentEncoding(), exports);
		__exportStar(requireComponentScope(), exports);
		__exportStar(requireComponentType(), exports);
		__exportStar(requireExternalReferenceType(), exports);
		__exportStar(requireHashAlogorithm(), exports);
		__exportStar(requireLicenseAcknowledgement(), exports);
		__exportStar(requireLifecyclePhase(), exports);
		exports.Vulnerability = __importStar(requireVulnerability$2());
		
	} (enums$1));
	return enums$1;
}

var enumsExports = requireEnums$1();

var models = {};

var attachment = {};

var hasRequiredAttachment;

function requireAttachment () {
	if (hasRequiredAttachment) return attachment;
	hasRequiredAttachment = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(attachment, "__esModule", { value: true });
	attachment.Attachment = void 0;
	class Attachment {
	    contentType;
	    content;
	    encoding;
	    constructor(content, op = {}) {
	        this.contentType = op.contentType;
	        this.content = content;
	        this.encoding = op.encoding;
	    }
	}
	attachment.Attachment = Attachment;
	
	return attachment;
}

var bom = {};

var integer = {};

var hasRequiredInteger;

function requireInteger () {
	if (hasRequiredInteger) return integer;
	hasRequiredInteger = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(integer, "__esModule", { value: true });
	integer.isInteger = isInteger;
	integer.isNonNegativeInteger = isNonNegativeInteger;
	integer.isPositiveInteger = isPositiveInteger;
	function isInteger(value) {
	    return Number.isInteger(value);
	}
	function isNonNegativeInteger(value) {
	    return isInteger(value) &&
	        value >= 0;
	}
	function isPositiveInteger(value) {
	    return isInteger(value) &&
	        value > 0;
	}
	
	return integer;
}

var component = {};

var tree = {};

var hasRequiredTree;

function requireTree () {
	if (hasRequiredTree) return tree;
	hasRequiredTree = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(tree, "__esModule", { value: true });
	tree.treeIteratorSymbol = void 0;
	tree.treeIteratorSymbol = Symbol('iterator of a tree/nesting-like structure');
	
	return tree;
}

var cpe = {};

var hasRequiredCpe;

function requireCpe () {
	if (hasRequiredCpe) return cpe;
	hasRequiredCpe = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(cpe, "__esModule", { value: true });
	cpe.isCPE = isCPE;
	const cpePattern = /^([c][pP][eE]:\/[AHOaho]?(:[A-Za-z0-9\._\-~%]*){0,6})$|^(cpe:2\.3:[aho\*\-](:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){5}(:(([a-zA-Z]{2,3}(-([a-zA-Z]{2}|[0-9]{3}))?)|[\*\-]))(:(((\?*|\*?)([a-zA-Z0-9\-\._]|(\\[\\\*\?!"#$$%&'\(\)\+,\/:;<=>@\[\]\^`\{\|}~]))+(\?*|\*?))|[\*\-])){4})$/;
	function isCPE(value) {
	    return typeof value === 'string' &&
	        cpePattern.test(value);
	}
	
	return cpe;
}

var bomRef = {};

var hasRequiredBomRef;

function requireBomRef () {
	if (hasRequiredBomRef) return bomRef;
	hasRequiredBomRef = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(bomRef, "__esModule", { value: true });
	bomRef.BomRefRepository = bomRef.BomRef = void 0;
	class BomRef {
	    value;
	    constructor(value) {
	        this.value = value;
	    }
	    compare(other) {
	        return this.toString().localeCompare(other.toString());
	    }
	    toString() {
	        return this.value ?? '';
	    }
	}
	bomRef.BomRef = BomRef;
	class BomRefRepository extends Set {
	}
	bomRef.BomRefRepository = BomRefRepository;
	
	return bomRef;
}

var copyright = {};

var hasRequiredCopyright;

function requireCopyright () {
	if (hasRequiredCopyright) return copyright;
	hasRequiredCopyright = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(copyright, "__esModule", { value: true });
	copyright.CopyrightRepository = void 0;
	const sortable_1 = requireSortable();
	class CopyrightRepository extends sortable_1.SortableStringables {
	}
	copyright.CopyrightRepository = CopyrightRepository;
	
	return copyright;
}

var externalReference = {};

var hash = {};

var hasRequiredHash;

function requireHash () {
	if (hasRequiredHash) return hash;
	hasRequiredHash = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(hash, "__esModule", { value: true });
	hash.HashDictionary = void 0;
	class HashDictionary extends Map {
	    static #compareItems([a1, c1], [a2, c2]) {
	        return a1.localeCompare(a2) ||
	            c1.localeCompare(c2);
	    }
	    sorted() {
	        return Array.from(this.entries()).sort(HashDictionary.#compareItems);
	    }
	}
	hash.HashDictionary = HashDictionary;
	
	return hash;
}

var hasRequiredExternalReference;

function requireExternalReference () {
	if (hasRequiredExternalReference) return externalReference;
	hasRequiredExternalReference = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(externalReference, "__esModule", { value: true });
	externalReference.ExternalReferenceRepository = externalReference.ExternalReference = void 0;
	const sortable_1 = requireSortable();
	const hash_1 = requireHash();
	class ExternalReference {
	    url;
	    type;
	    hashes;
	    comment;
	    constructor(url, type, op = {}) {
	        this.url = url;
	        this.type = type;
	        this.hashes = op.hashes ?? new hash_1.HashDictionary();
	        this.comment = op.comment;
	    }
	    compare(other) {
	        return this.type.localeCompare(other.type) ||
	            this.url.toString().localeCompare(other.url.toString());
	    }
	}
	externalReference.ExternalReference = ExternalReference;
	class ExternalReferenceRepository extends sortable_1.SortableComparables {
	}
	externalReference.ExternalReferenceRepository = ExternalReferenceRepository;
	
	return externalReference;
}

var license = {};

var property = {};

var hasRequiredProperty;

function requireProperty () {
	if (hasRequiredProperty) return property;
	hasRequiredProperty = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(property, "__esModule", { value: true });
	property.PropertyRepository = property.Property = void 0;
	const sortable_1 = requireSortable();
	class Property {
	    name;
	    value;
	    constructor(name, value) {
	        this.name = name;
	        this.value = value;
	    }
	    compare(other) {
	        return this.name.localeCompare(other.name) ||
	            this.value.localeCompare(other.value);
	    }
	}
	property.Property = Property;
	class PropertyRepository extends sortable_1.SortableComparables {
	}
	property.PropertyRepository = PropertyRepository;
	
	return property;
}

var hasRequiredLicense;

function requireLicense () {
	if (hasRequiredLicense) return license;
	hasRequiredLicense = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(license, "__esModule", { value: true });
	license.LicenseRepository = license.SpdxLicense = license.NamedLicense = license.LicenseExpression = void 0;
	const property_1 = requireProperty();
	class LicenseExpression {
	    #expression;
	    acknowledgement;
	    constructor(expression) {
	        this.expression = expression;
	    }
	    get expression() {
	        return this.#expression;
	    }
	    set expression(value) {
	        if (value === '') {
	            throw new RangeError('value is empty string');
	        }
	        this.#expression = value;
	    }
	    compare(other) {
	        return this.#expression.localeCompare(other.#expression);
	    }
	}
	license.LicenseExpression = LicenseExpression;
	class DisjunctiveLicenseBase {
	    acknowledgement;
	    text;
	    #url;
	    properties;
	    constructor(op = {}) {
	        this.acknowledgement = op.acknowledgement;
	        this.text = op.text;
	        this.url = op.url;
	        this.properties = op.properties ?? new property_1.PropertyRepository();
	    }
	    get url() {
	        return this.#url;
	    }
	    set url(value) {
	        this.#url = value === ''
	            ? undefined
	            : value;
	    }
	}
	class NamedLicense extends DisjunctiveLicenseBase {
	    name;
	    constructor(name, op = {}) {
	        super(op);
	        this.name = name;
	    }
	    compare(other) {
	        return this.name.localeCompare(other.name);
	    }
	}
	license.NamedLicense = NamedLicense;
	class SpdxLicense extends DisjunctiveLicenseBase {
	    #id;
	    constructor(id, op = {}) {
	        super(op);
	        this.id = id;
	    }
	    get id() {
	        return this.#id;
	    }
	    set id(value) {
	        if (value === '') {
	            throw new RangeError('value is empty string');
	        }
	        this.#id = value;
	    }
	    compare(other) {
	        return this.#id.localeCompare(other.#id);
	    }
	}
	license.SpdxLicense = SpdxLicense;
	class LicenseRepository extends Set {
	    static #compareItems(a, b) {
	        if (a.constructor === b.constructor) {
	            return a.compare(b);
	        }
	        return a.constructor.name.localeCompare(b.constructor.name);
	    }
	    sorted() {
	        return Array.from(this).sort(LicenseRepository.#compareItems);
	    }
	}
	license.LicenseRepository = LicenseRepository;
	
	return license;
}

var hasRequiredComponent;

function requireComponent () {
	if (hasRequiredComponent) return component;
	hasRequiredComponent = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(component, "__esModule", { value: true });
	component.ComponentEvidence = component.ComponentRepository = component.Component = void 0;
	const sortable_1 = requireSortable();
	const tree_1 = requireTree();
	const cpe_1 = requireCpe();
	const bomRef_1 = requireBomRef();
	const copyright_1 = requireCopyright();
	const externalReference_1 = requireExternalReference();
	const hash_1 = requireHash();
	const license_1 = requireLicense();
	const property_1 = requireProperty();
	class Component {
	    type;
	    name;
	    author;
	    copyright;
	    description;
	    externalReferences;
	    group;
	    hashes;
	    licenses;
	    publisher;
	    purl;
	    scope;
	    supplier;
	    swid;
	    version;
	    components;
	    properties;
	    evidence;
	    #bomRef;
	    #cpe;
	    dependencies;
	    constructor(type, name, op = {}) {
	        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
	        this.type = type;
	        this.name = name;
	        this.supplier = op.supplier;
	        this.author = op.author;
	        this.copyright = op.copyright;
	        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
	        this.group = op.group;
	        this.hashes = op.hashes ?? new hash_1.HashDictionary();
	        this.licenses = op.licenses ?? new license_1.LicenseRepository();
	        this.publisher = op.publisher;
	        this.purl = op.purl;
	        this.scope = op.scope;
	        this.swid = op.swid;
	        this.version = op.version;
	        this.description = op.description;
	        this.components = op.components ?? new ComponentRepository();
	        this.cpe = op.cpe;
	        this.properties = op.properties ?? new property_1.PropertyRepository();
	        this.evidence = op.evidence;
	        this.dependencies = op.dependencies ?? new bomRef_1.BomRefRepository();
	    }
	    get bomRef() {
	        return this.#bomRef;
	    }
	    get cpe() {
	        return this.#cpe;
	    }
	    set cpe(value) {
	        if (value !== undefined && !(0, cpe_1.isCPE)(value)) {
	            throw new TypeError('Not CPE nor undefined');
	        }
	        this.#cpe = value;
	    }
	    compare(other) {
	        const bomRefCompare = this.bomRef.compare(other.bomRef);
	        if (bomRefCompare !== 0) {
	            return bomRefCompare;
	        }
	        if (this.purl !== undefined && other.purl !== undefined) {
	            return this.purl.localeCompare(other.purl);
	        }
	        if (this.#cpe !== undefined && other.#cpe !== undefined) {
	            return this.#cpe.localeCompare(other.#cpe);
	        }
	        return (this.group ?? '').localeCompare(other.group ?? '') ||
	            this.name.localeCompare(other.name) ||
	            (this.version ?? '').localeCompare(other.version ?? '');
	    }
	}
	component.Component = Component;
	class ComponentRepository extends sortable_1.SortableComparables {
	    *[tree_1.treeIteratorSymbol]() {
	        for (const component of this) {
	            yield component;
	            yield* component.components[tree_1.treeIteratorSymbol]();
	        }
	    }
	}
	component.ComponentRepository = ComponentRepository;
	class ComponentEvidence {
	    licenses;
	    copyright;
	    constructor(op = {}) {
	        this.licenses = op.licenses ?? new license_1.LicenseRepository();
	        this.copyright = op.copyright ?? new copyright_1.CopyrightRepository();
	    }
	}
	component.ComponentEvidence = ComponentEvidence;
	
	return component;
}

var metadata = {};

var lifecycle = {};

var hasRequiredLifecycle;

function requireLifecycle () {
	if (hasRequiredLifecycle) return lifecycle;
	hasRequiredLifecycle = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(lifecycle, "__esModule", { value: true });
	lifecycle.LifecycleRepository = lifecycle.NamedLifecycle = void 0;
	class NamedLifecycle {
	    name;
	    description;
	    constructor(name, op = {}) {
	        this.name = name;
	        this.description = op.description;
	    }
	    compare(other) {
	        return this.name.localeCompare(other.name);
	    }
	}
	lifecycle.NamedLifecycle = NamedLifecycle;
	class LifecycleRepository extends Set {
	    static #compareItems(a, b) {
	        if (a.constructor === b.constructor) {
	            return a instanceof NamedLifecycle
	                ? a.compare(b)
	                : a.localeCompare(b);
	        }
	        return a.constructor.name.localeCompare(b.constructor.name);
	    }
	    sorted() {
	        return Array.from(this).sort(LifecycleRepository.#compareItems);
	    }
	}
	lifecycle.LifecycleRepository = LifecycleRepository;
	
	return lifecycle;
}

var organizationalContact = {};

var hasRequiredOrganizationalContact;

function requireOrganizationalContact () {
	if (hasRequiredOrganizationalContact) return organizationalContact;
	hasRequiredOrganizationalContact = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(organizationalContact, "__esModule", { value: true });
	organizationalContact.OrganizationalContactRepository = organizationalContact.OrganizationalContact = void 0;
	const sortable_1 = requireSortable();
	class OrganizationalContact {
	    name;
	    email;
	    phone;
	    constructor(op = {}) {
	        this.name = op.name;
	        this.email = op.email;
	        this.phone = op.phone;
	    }
	    compare(other) {
	        return (this.name ?? '').localeCompare(other.name ?? '') ||
	            (this.email ?? '').localeCompare(other.email ?? '') ||
	            (this.phone ?? '').localeCompare(other.phone ?? '');
	    }
	}
	organizationalContact.OrganizationalContact = OrganizationalContact;
	class OrganizationalContactRepository extends sortable_1.SortableComparables {
	}
	organizationalContact.OrganizationalContactRepository = OrganizationalContactRepository;
	
	return organizationalContact;
}

var tool = {};

var service = {};

var hasRequiredService;

function requireService () {
	if (hasRequiredService) return service;
	hasRequiredService = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(service, "__esModule", { value: true });
	service.ServiceRepository = service.Service = void 0;
	const sortable_1 = requireSortable();
	const tree_1 = requireTree();
	const bomRef_1 = requireBomRef();
	const externalReference_1 = requireExternalReference();
	const license_1 = requireLicense();
	const property_1 = requireProperty();
	class Service {
	    provider;
	    group;
	    name;
	    version;
	    description;
	    licenses;
	    externalReferences;
	    services;
	    properties;
	    #bomRef;
	    dependencies;
	    constructor(name, op = {}) {
	        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
	        this.provider = op.provider;
	        this.group = op.group;
	        this.name = name;
	        this.version = op.version;
	        this.description = op.description;
	        this.licenses = op.licenses ?? new license_1.LicenseRepository();
	        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
	        this.services = op.services ?? new ServiceRepository();
	        this.properties = op.properties ?? new property_1.PropertyRepository();
	        this.dependencies = op.dependencies ?? new bomRef_1.BomRefRepository();
	    }
	    get bomRef() {
	        return this.#bomRef;
	    }
	    compare(other) {
	        const bomRefCompare = this.bomRef.compare(other.bomRef);
	        if (bomRefCompare !== 0) {
	            return bomRefCompare;
	        }
	        return (this.group ?? '').localeCompare(other.group ?? '') ||
	            this.name.localeCompare(other.name) ||
	            (this.version ?? '').localeCompare(other.version ?? '');
	    }
	}
	service.Service = Service;
	class ServiceRepository extends sortable_1.SortableComparables {
	    *[tree_1.treeIteratorSymbol]() {
	        for (const service of this) {
	            yield service;
	            yield* service.services[tree_1.treeIteratorSymbol]();
	        }
	    }
	}
	service.ServiceRepository = ServiceRepository;
	
	return service;
}

var hasRequiredTool;

function requireTool () {
	if (hasRequiredTool) return tool;
	hasRequiredTool = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(tool, "__esModule", { value: true });
	tool.Tools = tool.ToolRepository = tool.Tool = void 0;
	const sortable_1 = requireSortable();
	const component_1 = requireComponent();
	const externalReference_1 = requireExternalReference();
	const hash_1 = requireHash();
	const service_1 = requireService();
	class Tool {
	    vendor;
	    name;
	    version;
	    hashes;
	    externalReferences;
	    constructor(op = {}) {
	        this.vendor = op.vendor;
	        this.name = op.name;
	        this.version = op.version;
	        this.hashes = op.hashes ?? new hash_1.HashDictionary();
	        this.externalReferences = op.externalReferences ?? new externalReference_1.ExternalReferenceRepository();
	    }
	    compare(other) {
	        return (this.vendor ?? '').localeCompare(other.vendor ?? '') ||
	            (this.name ?? '').localeCompare(other.name ?? '') ||
	            (this.version ?? '').localeCompare(other.version ?? '');
	    }
	    static fromComponent(component) {
	        return new Tool({
	            vendor: component.group,
	            name: component.name,
	            version: component.version,
	            hashes: component.hashes,
	            externalReferences: component.externalReferences
	        });
	    }
	    static fromService(service) {
	        return new Tool({
	            vendor: service.group,
	            name: service.name,
	            version: service.version,
	            externalReferences: service.externalReferences
	        });
	    }
	}
	tool.Tool = Tool;
	class ToolRepository extends sortable_1.SortableComparables {
	}
	tool.ToolRepository = ToolRepository;
	class Tools {
	    components;
	    services;
	    tools;
	    constructor(op = {}) {
	        this.components = op.components ?? new component_1.ComponentRepository();
	        this.services = op.services ?? new service_1.ServiceRepository();
	        this.tools = op.tools ?? new ToolRepository();
	    }
	    get size() {
	        return this.components.size
	            + this.services.size
	            + this.tools.size;
	    }
	}
	tool.Tools = Tools;
	
	return tool;
}

var hasRequiredMetadata;

function requireMetadata () {
	if (hasRequiredMetadata) return metadata;
	hasRequiredMetadata = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(metadata, "__esModule", { value: true });
	metadata.Metadata = void 0;
	const license_1 = requireLicense();
	const lifecycle_1 = requireLifecycle();
	const organizationalContact_1 = requireOrganizationalContact();
	const property_1 = requireProperty();
	const tool_1 = requireTool();
	class Metadata {
	    timestamp;
	    lifecycles;
	    tools;
	    authors;
	    component;
	    manufacture;
	    supplier;
	    licenses;
	    properties;
	    constructor(op = {}) {
	        this.timestamp = op.timestamp;
	        this.lifecycles = op.lifecycles ?? new lifecycle_1.LifecycleRepository();
	        this.tools = op.tools ?? new tool_1.Tools();
	        this.authors = op.authors ?? new organizationalContact_1.OrganizationalContactRepository();
	        this.component = op.component;
	        this.manufacture = op.manufacture;
	        this.supplier = op.supplier;
	        this.licenses = op.licenses ?? new license_1.LicenseRepository();
	        this.properties = op.properties ?? new property_1.PropertyRepository();
	    }
	}
	metadata.Metadata = Metadata;
	
	return metadata;
}

var vulnerability$1 = {};

var cwe = {};

var hasRequiredCwe;

function requireCwe () {
	if (hasRequiredCwe) return cwe;
	hasRequiredCwe = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(cwe, "__esModule", { value: true });
	cwe.CweRepository = void 0;
	cwe.isCWE = isCWE;
	const sortable_1 = requireSortable();
	const integer_1 = requireInteger();
	function isCWE(value) {
	    return (0, integer_1.isPositiveInteger)(value);
	}
	class CweRepository extends sortable_1.SortableNumbers {
	}
	cwe.CweRepository = CweRepository;
	
	return cwe;
}

var advisory = {};

var hasRequiredAdvisory;

function requireAdvisory () {
	if (hasRequiredAdvisory) return advisory;
	hasRequiredAdvisory = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(advisory, "__esModule", { value: true });
	advisory.AdvisoryRepository = advisory.Advisory = void 0;
	const sortable_1 = requireSortable();
	class Advisory {
	    title;
	    url;
	    constructor(url, op = {}) {
	        this.url = url;
	        this.title = op.title;
	    }
	    compare(other) {
	        return this.url.toString().localeCompare(other.url.toString()) ||
	            (this.title ?? '').localeCompare(other.title ?? '');
	    }
	}
	advisory.Advisory = Advisory;
	class AdvisoryRepository extends sortable_1.SortableComparables {
	}
	advisory.AdvisoryRepository = AdvisoryRepository;
	
	return advisory;
}

var affect = {};

var hasRequiredAffect;

function requireAffect () {
	if (hasRequiredAffect) return affect;
	hasRequiredAffect = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(affect, "__esModule", { value: true });
	affect.AffectedVersionRepository = affect.AffectedVersionRange = affect.AffectedSingleVersion = affect.AffectRepository = affect.Affect = void 0;
	const sortable_1 = requireSortable();
	class Affect {
	    ref;
	    versions;
	    constructor(ref, op = {}) {
	        this.ref = ref;
	        this.versions = op.versions ?? new AffectedVersionRepository();
	    }
	    compare(other) {
	        return this.ref.compare(other.ref) ||
	            this.versions.compare(other.versions);
	    }
	}
	affect.Affect = Affect;
	class AffectRepository extends sortable_1.SortableComparables {
	}
	affect.AffectRepository = AffectRepository;
	class AffectedSingleVersion {
	    version;
	    status;
	    constructor(version, op = {}) {
	        this.version = version;
	        this.status = op.status;
	    }
	    compare(other) {
	        return (this.version).localeCompare(other.version) ||
	            (this.status ?? '').localeCompare(other.status ?? '');
	    }
	}
	affect.AffectedSingleVersion = AffectedSingleVersion;
	class AffectedVersionRange {
	    range;
	    status;
	    constructor(range, op = {}) {
	        this.range = range;
	        this.status = op.status;
	    }
	    compare(other) {
	        return (this.range).localeCompare(other.range) ||
	            (this.status ?? '').localeCompare(other.status ?? '');
	    }
	}
	affect.AffectedVersionRange = AffectedVersionRange;
	class AffectedVersionRepository extends sortable_1.SortableComparables {
	}
	affect.AffectedVersionRepository = AffectedVersionRepository;
	
	return affect;
}

var rating = {};

var hasRequiredRating;

function requireRating () {
	if (hasRequiredRating) return rating;
	hasRequiredRating = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(rating, "__esModule", { value: true });
	rating.RatingRepository = rating.Rating = void 0;
	const sortable_1 = requireSortable();
	class Rating {
	    source;
	    score;
	    severity;
	    method;
	    vector;
	    justification;
	    constructor(op = {}) {
	        this.source = op.source;
	        this.score = op.score;
	        this.severity = op.severity;
	        this.method = op.method;
	        this.vector = op.vector;
	        this.justification = op.justification;
	    }
	    compare(other) {
	        return ((this.score ?? 0) - (other.score ?? 0)) ||
	            (this.vector ?? '').localeCompare(other.vector ?? '') ||
	            (this.justification ?? '').localeCompare(other.justification ?? '') ||
	            (this.severity ?? '').localeCompare(other.severity ?? '') ||
	            (this.method ?? '').localeCompare(other.method ?? '') ||
	            (this.source && other.source ? this.source.compare(other.source) : 0);
	    }
	}
	rating.Rating = Rating;
	class RatingRepository extends sortable_1.SortableComparables {
	}
	rating.RatingRepository = RatingRepository;
	
	return rating;
}

var reference = {};

var hasRequiredReference;

function requireReference () {
	if (hasRequiredReference) return reference;
	hasRequiredReference = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(reference, "__esModule", { value: true });
	reference.ReferenceRepository = reference.Reference = void 0;
	const sortable_1 = requireSortable();
	class Reference {
	    id;
	    source;
	    constructor(id, source) {
	        this.id = id;
	        this.source = source;
	    }
	    compare(other) {
	        return this.id.localeCompare(other.id) ||
	            this.source.compare(other.source);
	    }
	}
	reference.Reference = Reference;
	class ReferenceRepository extends sortable_1.SortableComparables {
	}
	reference.ReferenceRepository = ReferenceRepository;
	
	return reference;
}

var hasRequiredVulnerability$1;

function requireVulnerability$1 () {
	if (hasRequiredVulnerability$1) return vulnerability$1;
	hasRequiredVulnerability$1 = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(vulnerability$1, "__esModule", { value: true });
	vulnerability$1.VulnerabilityRepository = vulnerability$1.Vulnerability = void 0;
	const sortable_1 = requireSortable();
	const cwe_1 = requireCwe();
	const bomRef_1 = requireBomRef();
	const property_1 = requireProperty();
	const tool_1 = requireTool();
	const advisory_1 = requireAdvisory();
	const affect_1 = requireAffect();
	const rating_1 = requireRating();
	const reference_1 = requireReference();
	class Vulnerability {
	    #bomRef;
	    id;
	    source;
	    references;
	    ratings;
	    cwes;
	    description;
	    detail;
	    recommendation;
	    advisories;
	    created;
	    published;
	    updated;
	    credits;
	    tools;
	    analysis;
	    affects;
	    properties;
	    constructor(op = {}) {
	        this.#bomRef = new bomRef_1.BomRef(op.bomRef);
	        this.id = op.id;
	        this.source = op.source;
	        this.references = op.references ?? new reference_1.ReferenceRepository();
	        this.ratings = op.ratings ?? new rating_1.RatingRepository();
	        this.cwes = op.cwes ?? new cwe_1.CweRepository();
	        this.description = op.description;
	        this.detail = op.detail;
	        this.recommendation = op.recommendation;
	        this.advisories = op.advisories ?? new advisory_1.AdvisoryRepository();
	        this.created = op.created;
	        this.published = op.published;
	        this.updated = op.updated;
	        this.credits = op.credits;
	        this.tools = op.tools ?? new tool_1.Tools();
	        this.analysis = op.analysis;
	        this.affects = op.affects ?? new affect_1.AffectRepository();
	        this.properties = op.properties ?? new property_1.PropertyRepository();
	    }
	    get bomRef() {
	        return this.#bomRef;
	    }
	    compare(other) {
	        const bomRefCompare = this.bomRef.compare(other.bomRef);
	        if (bomRefCompare !== 0) {
	            return bomRefCompare;
	        }
	        return (this.id ?? '').localeCompare(other.id ?? '') ||
	            (this.created?.getTime() ?? 0) - (other.created?.getTime() ?? 0) ||
	            (this.published?.getTime() ?? 0) - (other.published?.getTime() ?? 0) ||
	            (this.updated?.getTime() ?? 0) - (other.updated?.getTime() ?? 0) ||
	            this.ratings.compare(other.ratings) ||
	            this.cwes.compare(other.cwes) ||
	            (this.description ?? '').localeCompare(other.description ?? '') ||
	            (this.detail ?? '').localeCompare(other.detail ?? '') ||
	            (this.recommendation ?? '').localeCompare(other.recommendation ?? '') ||
	            (this.source && other.source ? this.source.compare(other.source) : 0) ||
	            this.properties.compare(other.properties);
	    }
	}
	vulnerability$1.Vulnerability = Vulnerability;
	class VulnerabilityRepository extends sortable_1.SortableComparables {
	}
	vulnerability$1.VulnerabilityRepository = VulnerabilityRepository;
	
	return vulnerability$1;
}

var hasRequiredBom;

function requireBom () {
	if (hasRequiredBom) return bom;
	hasRequiredBom = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(bom, "__esModule", { value: true });
	bom.Bom = void 0;
	const integer_1 = requireInteger();
	const component_1 = requireComponent();
	const metadata_1 = requireMetadata();
	const service_1 = requireService();
	const vulnerability_1 = requireVulnerability$1();
	class Bom {
	    metadata;
	    components;
	    services;
	    vulnerabilities;
	    #version = 1;
	    #serialNumber;
	    constructor(op = {}) {
	        this.metadata = op.metadata ?? new metadata_1.Metadata();
	        this.components = op.components ?? new component_1.ComponentRepository();
	        this.services = op.services ?? new service_1.ServiceRepository();
	        this.version = op.version ?? this.version;
	        this.vulnerabilities = op.vulnerabilities ?? new vulnerability_1.VulnerabilityRepository();
	        this.serialNumber = op.serialNumber;
	    }
	    get version() {
	        return this.#version;
	    }
	    set version(value) {
	        if (!(0, integer_1.isPositiveInteger)(value)) {
	            throw new TypeError('Not PositiveInteger');
	        }
	        this.#version = value;
	    }
	    get serialNumber() {
	        return this.#serialNumber;
	    }
	    set serialNumber(value) {
	        this.#serialNumber = value === ''
	            ? undefined
	            : value;
	    }
	}
	bom.Bom = Bom;
	
	return bom;
}

var bomLink = {};

var hasRequiredBomLink;

function requireBomLink () {
	if (hasRequiredBomLink) return bomLink;
	hasRequiredBomLink = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(bomLink, "__esModule", { value: true });
	bomLink.BomLinkElement = bomLink.BomLinkDocument = void 0;
	class BomLinkBase {
	    #value;
	    constructor(value) {
	        this.value = value;
	    }
	    get value() {
	        return this.#value;
	    }
	    set value(value) {
	        if (!this._isValid(value)) {
	            throw new RangeError('invalid value');
	        }
	        this.#value = value;
	    }
	    compare(other) {
	        return this.toString().localeCompare(other.toString());
	    }
	    toString() {
	        return this.value;
	    }
	}
	class BomLinkDocument extends BomLinkBase {
	    static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*$/;
	    static isValid(value) {
	        return typeof value === 'string' &&
	            this.#pattern.test(value);
	    }
	    _isValid(value) {
	        return BomLinkDocument.isValid(value);
	    }
	}
	bomLink.BomLinkDocument = BomLinkDocument;
	class BomLinkElement extends BomLinkBase {
	    static #pattern = /^urn:cdx:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[1-9][0-9]*#.+$/;
	    static isValid(value) {
	        return typeof value === 'string' &&
	            this.#pattern.test(value);
	    }
	    _isValid(value) {
	        return BomLinkElement.isValid(value);
	    }
	}
	bomLink.BomLinkElement = BomLinkElement;
	
	return bomLink;
}

var organizationalEntity = {};

var hasRequiredOrganizationalEntity;

function requireOrganizationalEntity () {
	if (hasRequiredOrganizationalEntity) return organizationalEntity;
	hasRequiredOrganizationalEntity = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(organizationalEntity, "__esModule", { value: true });
	organizationalEntity.OrganizationalEntityRepository = organizationalEntity.OrganizationalEntity = void 0;
	const sortable_1 = requireSortable();
	const organizationalContact_1 = requireOrganizationalContact();
	class OrganizationalEntity {
	    name;
	    url;
	    contact;
	    constructor(op = {}) {
	        this.name = op.name;
	        this.url = op.url ?? new Set();
	        this.contact = op.contact ?? new organizationalContact_1.OrganizationalContactRepository();
	    }
	    compare(other) {
	        return (this.name ?? '').localeCompare(other.name ?? '') ||
	            this.contact.compare(other.contact) ||
	            (new sortable_1.SortableStringables(this.url)).compare(new sortable_1.SortableStringables(other.url));
	    }
	}
	organizationalEntity.OrganizationalEntity = OrganizationalEntity;
	class OrganizationalEntityRepository extends sortable_1.SortableComparables {
	}
	organizationalEntity.OrganizationalEntityRepository = OrganizationalEntityRepository;
	
	return organizationalEntity;
}

var swid = {};

var hasRequiredSwid;

function requireSwid () {
	if (hasRequiredSwid) return swid;
	hasRequiredSwid = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(swid, "__esModule", { value: true });
	swid.SWID = void 0;
	const integer_1 = requireInteger();
	class SWID {
	    tagId;
	    name;
	    version;
	    patch;
	    text;
	    url;
	    #tagVersion;
	    constructor(tagId, name, op = {}) {
	        this.tagId = tagId;
	        this.name = name;
	        this.version = op.version;
	        this.patch = op.patch;
	        this.text = op.text;
	        this.url = op.url;
	        this.tagVersion = op.tagVersion;
	    }
	    get tagVersion() {
	        return this.#tagVersion;
	    }
	    set tagVersion(value) {
	        if (value !== undefined && !(0, integer_1.isNonNegativeInteger)(value)) {
	            throw new TypeError('Not NonNegativeInteger nor undefined');
	        }
	        this.#tagVersion = value;
	    }
	}
	swid.SWID = SWID;
	
	return swid;
}

var vulnerability = {};

var analysis = {};

var hasRequiredAnalysis;

function requireAnalysis () {
	if (hasRequiredAnalysis) return analysis;
	hasRequiredAnalysis = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(analysis, "__esModule", { value: true });
	analysis.Analysis = void 0;
	const analysisResponse_1 = requireAnalysisResponse();
	class Analysis {
	    state;
	    justification;
	    response;
	    detail;
	    constructor(op = {}) {
	        this.state = op.state;
	        this.justification = op.justification;
	        this.response = op.response ?? new analysisResponse_1.AnalysisResponseRepository();
	        this.detail = op.detail;
	    }
	}
	analysis.Analysis = Analysis;
	
	return analysis;
}

var credits = {};

var hasRequiredCredits;

function requireCredits () {
	if (hasRequiredCredits) return credits;
	hasRequiredCredits = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(credits, "__esModule", { value: true });
	credits.Credits = void 0;
	const organizationalContact_1 = requireOrganizationalContact();
	const organizationalEntity_1 = requireOrganizationalEntity();
	class Credits {
	    organizations;
	    individuals;
	    constructor(op = {}) {
	        this.organizations = op.organizations ?? new organizationalEntity_1.OrganizationalEntityRepository();
	        this.individuals = op.individuals ?? new organizationalContact_1.OrganizationalContactRepository();
	    }
	}
	credits.Credits = Credits;
	
	return credits;
}

var source = {};

var hasRequiredSource;

function requireSource () {
	if (hasRequiredSource) return source;
	hasRequiredSource = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(source, "__esModule", { value: true });
	source.Source = void 0;
	class Source {
	    name;
	    url;
	    constructor(op = {}) {
	        this.name = op.name;
	        this.url = op.url;
	    }
	    compare(other) {
	        return (this.url?.toString() ?? '').localeCompare(other.url?.toString() ?? '') ||
	            (this.name ?? '').localeCompare(other.name ?? '');
	    }
	}
	source.Source = Source;
	
	return source;
}

var hasRequiredVulnerability;

function requireVulnerability () {
	if (hasRequiredVulnerability) return vulnerability;
	hasRequiredVulnerability = 1;
	(function (exports) {
		/*!
		This file is part of CycloneDX JavaScript Library.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		   http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.

		SPDX-License-Identifier: Apache-2.0
		Copyright (c) OWASP Foundation. All Rights Reserved.
		*/
		var __createBinding = (vulnerability && vulnerability.__createBinding) || (Object.create ? (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    var desc = Object.getOwnPropertyDescriptor(m, k);
		    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
		      desc = { enumerable: true, get: function() { return m[k]; } };
		    }
		    Object.defineProperty(o, k2, desc);
		}) : (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    o[k2] = m[k];
		}));
		var __exportStar = (vulnerability && vulnerability.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		Object.defineProperty(exports, "__esModule", { value: true });
		__exportStar(requireAdvisory(), exports);
		__exportStar(requireAffect(), exports);
		__exportStar(requireAnalysis(), exports);
		__exportStar(requireCredits(), exports);
		__exportStar(requireRating(), exports);
		__exportStar(requireReference(), exports);
		__exportStar(requireSource(), exports);
		__exportStar(requireVulnerability$1(), exports);
		
	} (vulnerability));
	return vulnerability;
}

var hasRequiredModels;

function requireModels () {
	if (hasRequiredModels) return models;
	hasRequiredModels = 1;
	(function (exports) {
		/*!
		This file is part of CycloneDX JavaScript Library.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		   http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.

		SPDX-License-Identifier: Apache-2.0
		Copyright (c) OWASP Foundation. All Rights Reserved.
		*/
		var __createBinding = (models && models.__createBinding) || (Object.create ? (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    var desc = Object.getOwnPropertyDescriptor(m, k);
		    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
		      desc = { enumerable: true, get: function() { return m[k]; } };
		    }
		    Object.defineProperty(o, k2, desc);
		}) : (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    o[k2] = m[k];
		}));
		var __setModuleDefault = (models && models.__setModuleDefault) || (Object.create ? (function(o, v) {
		    Object.defineProperty(o, "default", { enumerable: true, value: v });
		}) : function(o, v) {
		    o["default"] = v;
		});
		var __exportStar = (models && models.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		var __importStar = (models && models.__importStar) || (function () {
		    var ownKeys = function(o) {
		        ownKeys = Object.getOwnPropertyNames || function (o) {
		            var ar = [];
		            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
		            return ar;
		        };
		        return ownKeys(o);
		    };
		    return function (mod) {
		        if (mod && mod.__esModule) return mod;
		        var result = {};
		        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
		        __setModuleDefault(result, mod);
		        return result;
		    };
		})();
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.Vulnerability = void 0;
		__exportStar(requireAttachment(), exports);
		__exportStar(requireBom(), exports);
		__exportStar(requireBomLink(), exports);
		__exportStar(requireBomRef(), exports);
		__exportStar(requireComponent(), exports);
		__exportStar(requireCopyright(), exports);
		__exportStar(requireExternalReference(), exports);
		__exportStar(requireHash(), exports);
		__exportStar(requireLicense(), exports);
		__exportStar(requireLifecycle(), exports);
		__exportStar(requireMetadata(), exports);
		__exportStar(requireOrganizationalContact(), exports);
		__exportStar(requireOrganizationalEntity(), exports);
		__exportStar(requireProperty(), exports);
		__exportStar(requireService(), exports);
		__exportStar(requireSwid(), exports);
		__exportStar(requireTool(), exports);
		exports.Vulnerability = __importStar(requireVulnerability());
		
	} (models));
	return models;
}

var modelsExports = requireModels();

var index_node = {};

var index_common = {};

var bomRefDiscriminator = {};

var hasRequiredBomRefDiscriminator;

function requireBomRefDiscriminator () {
	if (hasRequiredBomRefDiscriminator) return bomRefDiscriminator;
	hasRequiredBomRefDiscriminator = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(bomRefDiscriminator, "__esModule", { value: true });
	bomRefDiscriminator.BomRefDiscriminator = void 0;
	class BomRefDiscriminator {
	    #originalValues;
	    #prefix;
	    constructor(bomRefs, prefix = 'BomRef') {
	        this.#originalValues = Array.from(bomRefs, r => [r, r.value]);
	        this.#prefix = prefix;
	    }
	    get prefix() {
	        return this.#prefix;
	    }
	    *[Symbol.iterator]() {
	        for (const [bomRef] of this.#originalValues) {
	            yield bomRef;
	        }
	    }
	    discriminate() {
	        const knownRefValues = new Set(['']);
	        for (const [bomRef] of this.#originalValues) {
	            let value = bomRef.value;
	            if (value === undefined || knownRefValues.has(value)) {
	                value = this.#makeUniqueId();
	                bomRef.value = value;
	            }
	            knownRefValues.add(value);
	        }
	    }
	    reset() {
	        for (const [bomRef, originalValue] of this.#originalValues) {
	            bomRef.value = originalValue;
	        }
	    }
	    #makeUniqueId() {
	        return `${this.#prefix}${Math.random().toString(32).substring(1)}${Math.random().toString(32).substring(1)}`;
	    }
	}
	bomRefDiscriminator.BomRefDiscriminator = BomRefDiscriminator;
	
	return bomRefDiscriminator;
}

var errors$2 = {};

var errors$1 = {};

var hasRequiredErrors$2;

function requireErrors$2 () {
	if (hasRequiredErrors$2) return errors$1;
	hasRequiredErrors$2 = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(errors$1, "__esModule", { value: true });
	errors$1.OptPlugError = void 0;
	class OptPlugError extends Error {
	    cause;
	    constructor(message, cause) {
	        super(message);
	        this.cause = cause;
	    }
	}
	errors$1.OptPlugError = OptPlugError;
	
	return errors$1;
}

var hasRequiredErrors$1;

function requireErrors$1 () {
	if (hasRequiredErrors$1) return errors$2;
	hasRequiredErrors$1 = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(errors$2, "__esModule", { value: true });
	errors$2.MissingOptionalDependencyError = void 0;
	const errors_1 = requireErrors$2();
	class MissingOptionalDependencyError extends errors_1.OptPlugError {
	}
	errors$2.MissingOptionalDependencyError = MissingOptionalDependencyError;
	
	return errors$2;
}

var types$2 = {};

var hasRequiredTypes$2;

function requireTypes$2 () {
	if (hasRequiredTypes$2) return types$2;
	hasRequiredTypes$2 = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(types$2, "__esModule", { value: true });
	
	return types$2;
}

var baseSerializer = {};

var hasRequiredBaseSerializer;

function requireBaseSerializer () {
	if (hasRequiredBaseSerializer) return baseSerializer;
	hasRequiredBaseSerializer = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(baseSerializer, "__esModule", { value: true });
	baseSerializer.BaseSerializer = void 0;
	const tree_1 = requireTree();
	const bomRefDiscriminator_1 = requireBomRefDiscriminator();
	class BaseSerializer {
	    *#getAllBomRefs(bom) {
	        if (bom.metadata.component !== undefined) {
	            yield bom.metadata.component.bomRef;
	            for (const { bomRef } of bom.metadata.component.components[tree_1.treeIteratorSymbol]()) {
	                yield bomRef;
	            }
	        }
	        for (const { bomRef } of bom.components[tree_1.treeIteratorSymbol]()) {
	            yield bomRef;
	        }
	        for (const { bomRef } of bom.services[tree_1.treeIteratorSymbol]()) {
	            yield bomRef;
	        }
	        for (const { bomRef } of bom.vulnerabilities) {
	            yield bomRef;
	        }
	    }
	    #normalize(bom, options) {
	        const bomRefDiscriminator = new bomRefDiscriminator_1.BomRefDiscriminator(this.#getAllBomRefs(bom));
	        bomRefDiscriminator.discriminate();
	        try {
	            return this._normalize(bom, options);
	        }
	        finally {
	            bomRefDiscriminator.reset();
	        }
	    }
	    serialize(bom, options) {
	        return this._serialize(this.#normalize(bom, options), options);
	    }
	}
	baseSerializer.BaseSerializer = BaseSerializer;
	
	return baseSerializer;
}

var json = {};

var normalize$1 = {};

var iterable = {};

var hasRequiredIterable;

function requireIterable () {
	if (hasRequiredIterable) return iterable;
	hasRequiredIterable = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(iterable, "__esModule", { value: true });
	iterable.chainI = chainI;
	function* chainI(...iterables) {
	    for (const iterable of iterables) {
	        yield* iterable;
	    }
	}
	
	return iterable;
}

var notUndefined = {};

var hasRequiredNotUndefined;

function requireNotUndefined () {
	if (hasRequiredNotUndefined) return notUndefined;
	hasRequiredNotUndefined = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(notUndefined, "__esModule", { value: true });
	notUndefined.isNotUndefined = isNotUndefined;
	function isNotUndefined(value) {
	    return value !== undefined;
	}
	
	return notUndefined;
}

var uri = {};

var hasRequiredUri;

function requireUri () {
	if (hasRequiredUri) return uri;
	hasRequiredUri = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(uri, "__esModule", { value: true });
	uri.escapeUri = escapeUri;
	const _ESCAPES = [
	    [/ /g, '%20'],
	    [/"/g, '%22'],
	    [/'/g, '%27'],
	    [/\[/g, '%5B'],
	    [/]/g, '%5D'],
	    [/</g, '%3C'],
	    [/>/g, '%3E'],
	    [/\{/g, '%7B'],
	    [/}/g, '%7D'],
	];
	function escapeUri(value) {
	    if (value === undefined) {
	        return value;
	    }
	    for (const [s, r] of _ESCAPES) {
	        value = value.replace(s, r);
	    }
	    return value;
	}
	
	return uri;
}

var spdx = {};

var require$$0 = {
	"enum": [
	"0BSD",
	"3D-Slicer-1.0",
	"AAL",
	"Abstyles",
	"AdaCore-doc",
	"Adobe-2006",
	"Adobe-Display-PostScript",
	"Adobe-Glyph",
	"Adobe-Utopia",
	"ADSL",
	"Advanced-Cryptics-Dictionary",
	"AFL-1.1",
	"AFL-1.2",
	"AFL-2.0",
	"AFL-2.1",
	"AFL-3.0",
	"Afmparse",
	"AGPL-1.0",
	"AGPL-1.0-only",
	"AGPL-1.0-or-later",
	"AGPL-3.0",
	"AGPL-3.0-only",
	"AGPL-3.0-or-later",
	"Aladdin",
	"ALGLIB-Documentation",
	"AMD-newlib",
	"AMDPLPA",
	"AML",
	"AML-glslang",
	"AMPAS",
	"ANTLR-PD",
	"ANTLR-PD-fallback",
	"any-OSI",
	"any-OSI-perl-modules",
	"Apache-1.0",
	"Apache-1.1",
	"Apache-2.0",
	"APAFML",
	"APL-1.0",
	"App-s2p",
	"APSL-1.0",
	"APSL-1.1",
	"APSL-1.2",
	"APSL-2.0",
	"Arphic-1999",
	"Artistic-1.0",
	"Artistic-1.0-cl8",
	"Artistic-1.0-Perl",
	"Artistic-2.0",
	"Artistic-dist",
	"Aspell-RU",
	"ASWF-Digital-Assets-1.0",
	"ASWF-Digital-Assets-1.1",
	"atc-game",
	"Baekmuk",
	"Bahyph",
	"Barr",
	"bcrypt-Solar-Designer",
	"Beerware",
	"Bitstream-Charter",
	"Bitstream-Vera",
	"BitTorrent-1.0",
	"BitTorrent-1.1",
	"blessing",
	"BlueOak-1.0.0",
	"Boehm-GC",
	"Boehm-GC-without-fee",
	"BOLA-1.1",
	"Borceux",
	"Brian-Gladman-2-Clause",
	"Brian-Gladman-3-Clause",
	"Brian-Gladman-3-Clause-no-conversion",
	"BSD-1-Clause",
	"BSD-2-Clause",
	"BSD-2-Clause-Darwin",
	"BSD-2-Clause-first-lines",
	"BSD-2-Clause-FreeBSD",
	"BSD-2-Clause-NetBSD",
	"BSD-2-Clause-Patent",
	"BSD-2-Clause-pkgconf-disclaimer",
	"BSD-2-Clause-pos-unchanged",
	"BSD-2-Clause-Views",
	"BSD-3-Clause",
	"BSD-3-Clause-acpica",
	"BSD-3-Clause-Attribution",
	"BSD-3-Clause-Clear",
	"BSD-3-Clause-flex",
	"BSD-3-Clause-HP",
	"BSD-3-Clause-LBNL",
	"BSD-3-Clause-Modification",
	"BSD-3-Clause-No-Military-License",
	"BSD-3-Clause-No-Nuclear-License",
	"BSD-3-Clause-No-Nuclear-License-2014",
	"BSD-3-Clause-No-Nuclear-Warranty",
	"BSD-3-Clause-Open-MPI",
	"BSD-3-Clause-OpenWebUI",
	"BSD-3-Clause-Sun",
	"BSD-3-Clause-Tso",
	"BSD-4-Clause",
	"BSD-4-Clause-Shortened",
	"BSD-4-Clause-UC",
	"BSD-4.3RENO",
	"BSD-4.3TAHOE",
	"BSD-Advertising-Acknowledgement",
	"BSD-ask-to-endorse",
	"BSD-Attribution-HPND-disclaimer",
	"BSD-Inferno-Nettverk",
	"BSD-Mark-Modifications",
	"BSD-Protection",
	"BSD-Source-alt-GPL",
	"BSD-Source-beginning-file",
	"BSD-Source-Code",
	"BSD-Source-Code-no-disclaimer",
	"BSD-Systemics",
	"BSD-Systemics-W3Works",
	"BSL-1.0",
	"Buddy",
	"Bugroff",
	"BUSL-1.1",
	"bzip2-1.0.5",
	"bzip2-1.0.6",
	"C-UDA-1.0",
	"CAL-1.0",
	"CAL-1.0-Combined-Work-Exception",
	"Caldera",
	"Caldera-no-preamble",
	"CAPEC-tou",
	"Catharon",
	"CATOSL-1.1",
	"CC-BY-1.0",
	"CC-BY-2.0",
	"CC-BY-2.5",
	"CC-BY-2.5-AU",
	"CC-BY-3.0",
	"CC-BY-3.0-AT",
	"CC-BY-3.0-AU",
	"CC-BY-3.0-DE",
	"CC-BY-3.0-IGO",
	"CC-BY-3.0-NL",
	"CC-BY-3.0-US",
	"CC-BY-4.0",
	"CC-BY-NC-1.0",
	"CC-BY-NC-2.0",
	"CC-BY-NC-2.5",
	"CC-BY-NC-3.0",
	"CC-BY-NC-3.0-DE",
	"CC-BY-NC-3.0-IGO",
	"CC-BY-NC-4.0",
	"CC-BY-NC-ND-1.0",
	"CC-BY-NC-ND-2.0",
	"CC-BY-NC-ND-2.5",
	"CC-BY-NC-ND-3.0",
	"CC-BY-NC-ND-3.0-DE",
	"CC-BY-NC-ND-3.0-IGO",
	"CC-BY-NC-ND-4.0",
	"CC-BY-NC-SA-1.0",
	"CC-BY-NC-SA-2.0",
	"CC-BY-NC-SA-2.0-DE",
	"CC-BY-NC-SA-2.0-FR",
	"CC-BY-NC-SA-2.0-UK",
	"CC-BY-NC-SA-2.5",
	"CC-BY-NC-SA-3.0",
	"CC-BY-NC-SA-3.0-DE",
	"CC-BY-NC-SA-3.0-IGO",
	"CC-BY-NC-SA-4.0",
	"CC-BY-ND-1.0",
	"CC-BY-ND-2.0",
	"CC-BY-ND-2.5",
	"CC-BY-ND-3.0",
	"CC-BY-ND-3.0-DE",
	"CC-BY-ND-4.0",
	"CC-BY-SA-1.0",
	"CC-BY-SA-2.0",
	"CC-BY-SA-2.0-UK",
	"CC-BY-SA-2.1-JP",
	"CC-BY-SA-2.5",
	"CC-BY-SA-3.0",
	"CC-BY-SA-3.0-AT",
	"CC-BY-SA-3.0-DE",
	"CC-BY-SA-3.0-IGO",
	"CC-BY-SA-4.0",
	"CC-PDDC",
	"CC-PDM-1.0",
	"CC-SA-1.0",
	"CC0-1.0",
	"CDDL-1.0",
	"CDDL-1.1",
	"CDL-1.0",
	"CDLA-Permissive-1.0",
	"CDLA-Permissive-2.0",
	"CDLA-Sharing-1.0",
	"CECILL-1.0",
	"CECILL-1.1",
	"CECILL-2.0",
	"CECILL-2.1",
	"CECILL-B",
	"CECILL-C",
	"CERN-OHL-1.1",
	"CERN-OHL-1.2",
	"CERN-OHL-P-2.0",
	"CERN-OHL-S-2.0",
	"CERN-OHL-W-2.0",
	"CFITSIO",
	"check-cvs",
	"checkmk",
	"ClArtistic",
	"Clips",
	"CMU-Mach",
	"CMU-Mach-nodoc",
	"CNRI-Jython",
	"CNRI-Python",
	"CNRI-Python-GPL-Compatible",
	"COIL-1.0",
	"Community-Spec-1.0",
	"Condor-1.1",
	"copyleft-next-0.3.0",
	"copyleft-next-0.3.1",
	"Cornell-Lossless-JPEG",
	"CPAL-1.0",
	"CPL-1.0",
	"CPOL-1.02",
	"Cronyx",
	"Crossword",
	"CryptoSwift",
	"CrystalStacker",
	"CUA-OPL-1.0",
	"Cube",
	"curl",
	"cve-tou",
	"D-FSL-1.0",
	"DEC-3-Clause",
	"diffmark",
	"DL-DE-BY-2.0",
	"DL-DE-ZERO-2.0",
	"DOC",
	"DocBook-DTD",
	"DocBook-Schema",
	"DocBook-Stylesheet",
	"DocBook-XML",
	"Dotseqn",
	"DRL-1.0",
	"DRL-1.1",
	"DSDP",
	"dtoa",
	"dvipdfm",
	"ECL-1.0",
	"ECL-2.0",
	"eCos-2.0",
	"EFL-1.0",
	"EFL-2.0",
	"eGenix",
	"Elastic-2.0",
	"Entessa",
	"EPICS",
	"EPL-1.0",
	"EPL-2.0",
	"ErlPL-1.1",
	"ESA-PL-permissive-2.4",
	"ESA-PL-strong-copyleft-2.4",
	"ESA-PL-weak-copyleft-2.4",
	"etalab-2.0",
	"EUDatagrid",
	"EUPL-1.0",
	"EUPL-1.1",
	"EUPL-1.2",
	"Eurosym",
	"Fair",
	"FBM",
	"FDK-AAC",
	"FDK-MPEG-H",
	"Ferguson-Twofish",
	"Frameworx-1.0",
	"FreeBSD-DOC",
	"FreeImage",
	"FSFAP",
	"FSFAP-no-warranty-disclaimer",
	"FSFUL",
	"FSFULLR",
	"FSFULLRSD",
	"FSFULLRWD",
	"FSL-1.1-ALv2",
	"FSL-1.1-MIT",
	"FTL",
	"Furuseth",
	"fwlw",
	"Game-Programming-Gems",
	"GCR-docs",
	"GD",
	"generic-xts",
	"GFDL-1.1",
	"GFDL-1.1-invariants-only",
	"GFDL-1.1-invariants-or-later",
	"GFDL-1.1-no-invariants-only",
	"GFDL-1.1-no-invariants-or-later",
	"GFDL-1.1-only",
	"GFDL-1.1-or-later",
	"GFDL-1.2",
	"GFDL-1.2-invariants-only",
	"GFDL-1.2-invariants-or-later",
	"GFDL-1.2-no-invariants-only",
	"GFDL-1.2-no-invariants-or-later",
	"GFDL-1.2-only",
	"GFDL-1.2-or-later",
	"GFDL-1.3",
	"GFDL-1.3-invariants-only",
	"GFDL-1.3-invariants-or-later",
	"GFDL-1.3-no-invariants-only",
	"GFDL-1.3-no-invariants-or-later",
	"GFDL-1.3-only",
	"GFDL-1.3-or-later",
	"Giftware",
	"GL2PS",
	"Glide",
	"Glulxe",
	"GLWTPL",
	"gnuplot",
	"GPL-1.0",
	"GPL-1.0+",
	"GPL-1.0-only",
	"GPL-1.0-or-later",
	"GPL-2.0",
	"GPL-2.0+",
	"GPL-2.0-only",
	"GPL-2.0-or-later",
	"GPL-2.0-with-autoconf-exception",
	"GPL-2.0-with-bison-exception",
	"GPL-2.0-with-classpath-exception",
	"GPL-2.0-with-font-exception",
	"GPL-2.0-with-GCC-exception",
	"GPL-3.0",
	"GPL-3.0+",
	"GPL-3.0-only",
	"GPL-3.0-or-later",
	"GPL-3.0-with-autoconf-exception",
	"GPL-3.0-with-GCC-exception",
	"Graphics-Gems",
	"gSOAP-1.3b",
	"gtkbook",
	"Gutmann",
	"HaskellReport",
	"HDF5",
	"hdparm",
	"HIDAPI",
	"Hippocratic-2.1",
	"Hippocratic-3.0-core",
	"HP-1986",
	"HP-1989",
	"HPND",
	"HPND-DEC",
	"HPND-doc",
	"HPND-doc-sell",
	"HPND-export-US",
	"HPND-export-US-acknowledgement",
	"HPND-export-US-modify",
	"HPND-export2-US",
	"HPND-Fenneberg-Livingston",
	"HPND-INRIA-IMAG",
	"HPND-Intel",
	"HPND-Kevlin-Henney",
	"HPND-Markus-Kuhn",
	"HPND-merchantability-variant",
	"HPND-MIT-disclaimer",
	"HPND-Netrek",
	"HPND-Pbmplus",
	"HPND-sell-MIT-disclaimer-xserver",
	"HPND-sell-regexpr",
	"HPND-sell-variant",
	"HPND-sell-variant-critical-systems",
	"HPND-sell-variant-MIT-disclaimer",
	"HPND-sell-variant-MIT-disclaimer-rev",
	"HPND-SMC",
	"HPND-UC",
	"HPND-UC-export-US",
	"HTMLTIDY",
	"hyphen-bulgarian",
	"IBM-pibs",
	"ICU",
	"IEC-Code-Components-EULA",
	"IJG",
	"IJG-short",
	"ImageMagick",
	"iMatix",
	"Imlib2",
	"Info-ZIP",
	"Informatica",
	"Inner-Net-2.0",
	"InnoSetup",
	"Intel",
	"Intel-ACPI",
	"Interbase-1.0",
	"IPA",
	"IPL-1.0",
	"ISC",
	"ISC-Veillard",
	"ISO-permission",
	"Jam",
	"JasPer-2.0",
	"jove",
	"JPL-image",
	"JPNIC",
	"JSON",
	"Kastrup",
	"Kazlib",
	"Knuth-CTAN",
	"LAL-1.2",
	"LAL-1.3",
	"Latex2e",
	"Latex2e-translated-notice",
	"Leptonica",
	"LGPL-2.0",
	"LGPL-2.0+",
	"LGPL-2.0-only",
	"LGPL-2.0-or-later",
	"LGPL-2.1",
	"LGPL-2.1+",
	"LGPL-2.1-only",
	"LGPL-2.1-or-later",
	"LGPL-3.0",
	"LGPL-3.0+",
	"LGPL-3.0-only",
	"LGPL-3.0-or-later",
	"LGPLLR",
	"Libpng",
	"libpng-1.6.35",
	"libpng-2.0",
	"libselinux-1.0",
	"libtiff",
	"libutil-David-Nugent",
	"LiLiQ-P-1.1",
	"LiLiQ-R-1.1",
	"LiLiQ-Rplus-1.1",
	"Linux-man-pages-1-para",
	"Linux-man-pages-copyleft",
	"Linux-man-pages-copyleft-2-para",
	"Linux-man-pages-copyleft-var",
	"Linux-OpenIB",
	"LOOP",
	"LPD-document",
	"LPL-1.0",
	"LPL-1.02",
	"LPPL-1.0",
	"LPPL-1.1",
	"LPPL-1.2",
	"LPPL-1.3a",
	"LPPL-1.3c",
	"lsof",
	"Lucida-Bitmap-Fonts",
	"LZMA-SDK-9.11-to-9.20",
	"LZMA-SDK-9.22",
	"Mackerras-3-Clause",
	"Mackerras-3-Clause-acknowledgment",
	"magaz",
	"mailprio",
	"MakeIndex",
	"man2html",
	"Martin-Birgmeier",
	"McPhee-slideshow",
	"metamail",
	"Minpack",
	"MIPS",
	"MirOS",
	"MIT",
	"MIT-0",
	"MIT-advertising",
	"MIT-Click",
	"MIT-CMU",
	"MIT-enna",
	"MIT-feh",
	"MIT-Festival",
	"MIT-Khronos-old",
	"MIT-Modern-Variant",
	"MIT-open-group",
	"MIT-STK",
	"MIT-testregex",
	"MIT-Wu",
	"MITNFA",
	"MMIXware",
	"MMPL-1.0.1",
	"Motosoto",
	"MPEG-SSG",
	"mpi-permissive",
	"mpich2",
	"MPL-1.0",
	"MPL-1.1",
	"MPL-2.0",
	"MPL-2.0-no-copyleft-exception",
	"mplus",
	"MS-LPL",
	"MS-PL",
	"MS-RL",
	"MTLL",
	"MulanPSL-1.0",
	"MulanPSL-2.0",
	"Multics",
	"Mup",
	"MVT-1.1",
	"NAIST-2003",
	"NASA-1.3",
	"Naumen",
	"NBPL-1.0",
	"NCBI-PD",
	"NCGL-UK-2.0",
	"NCL",
	"NCSA",
	"Net-SNMP",
	"NetCDF",
	"Newsletr",
	"NGPL",
	"ngrep",
	"NICTA-1.0",
	"NIST-PD",
	"NIST-PD-fallback",
	"NIST-PD-TNT",
	"NIST-Software",
	"NLOD-1.0",
	"NLOD-2.0",
	"NLPL",
	"Nokia",
	"NOSL",
	"Noweb",
	"NPL-1.0",
	"NPL-1.1",
	"NPOSL-3.0",
	"NRL",
	"NTIA-PD",
	"NTP",
	"NTP-0",
	"Nunit",
	"O-UDA-1.0",
	"OAR",
	"OCCT-PL",
	"OCLC-2.0",
	"ODbL-1.0",
	"ODC-By-1.0",
	"OFFIS",
	"OFL-1.0",
	"OFL-1.0-no-RFN",
	"OFL-1.0-RFN",
	"OFL-1.1",
	"OFL-1.1-no-RFN",
	"OFL-1.1-RFN",
	"OGC-1.0",
	"OGDL-Taiwan-1.0",
	"OGL-Canada-2.0",
	"OGL-UK-1.0",
	"OGL-UK-2.0",
	"OGL-UK-3.0",
	"OGTSL",
	"OLDAP-1.1",
	"OLDAP-1.2",
	"OLDAP-1.3",
	"OLDAP-1.4",
	"OLDAP-2.0",
	"OLDAP-2.0.1",
	"OLDAP-2.1",
	"OLDAP-2.2",
	"OLDAP-2.2.1",
	"OLDAP-2.2.2",
	"OLDAP-2.3",
	"OLDAP-2.4",
	"OLDAP-2.5",
	"OLDAP-2.6",
	"OLDAP-2.7",
	"OLDAP-2.8",
	"OLFL-1.3",
	"OML",
	"OpenMDW-1.0",
	"OpenPBS-2.3",
	"OpenSSL",
	"OpenSSL-standalone",
	"OpenVision",
	"OPL-1.0",
	"OPL-UK-3.0",
	"OPUBL-1.0",
	"OSC-1.0",
	"OSET-PL-2.1",
	"OSL-1.0",
	"OSL-1.1",
	"OSL-2.0",
	"OSL-2.1",
	"OSL-3.0",
	"OSSP",
	"PADL",
	"ParaType-Free-Font-1.3",
	"Parity-6.0.0",
	"Parity-7.0.0",
	"PDDL-1.0",
	"PHP-3.0",
	"PHP-3.01",
	"Pixar",
	"pkgconf",
	"Plexus",
	"pnmstitch",
	"PolyForm-Noncommercial-1.0.0",
	"PolyForm-Small-Business-1.0.0",
	"PostgreSQL",
	"PPL",
	"PSF-2.0",
	"psfrag",
	"psutils",
	"Python-2.0",
	"Python-2.0.1",
	"python-ldap",
	"Qhull",
	"QPL-1.0",
	"QPL-1.0-INRIA-2004",
	"radvd",
	"Rdisc",
	"RHeCos-1.1",
	"RPL-1.1",
	"RPL-1.5",
	"RPSL-1.0",
	"RSA-MD",
	"RSCPL",
	"Ruby",
	"Ruby-pty",
	"SAX-PD",
	"SAX-PD-2.0",
	"Saxpath",
	"SCEA",
	"SchemeReport",
	"Sendmail",
	"Sendmail-8.23",
	"Sendmail-Open-Source-1.1",
	"SGI-B-1.0",
	"SGI-B-1.1",
	"SGI-B-2.0",
	"SGI-OpenGL",
	"SGMLUG-PM",
	"SGP4",
	"SHL-0.5",
	"SHL-0.51",
	"SimPL-2.0",
	"SISSL",
	"SISSL-1.2",
	"SL",
	"Sleepycat",
	"SMAIL-GPL",
	"SMLNJ",
	"SMPPL",
	"SNIA",
	"snprintf",
	"SOFA",
	"softSurfer",
	"Soundex",
	"Spencer-86",
	"Spencer-94",
	"Spencer-99",
	"SPL-1.0",
	"ssh-keyscan",
	"SSH-OpenSSH",
	"SSH-short",
	"SSLeay-standalone",
	"SSPL-1.0",
	"StandardML-NJ",
	"SugarCRM-1.1.3",
	"SUL-1.0",
	"Sun-PPP",
	"Sun-PPP-2000",
	"SunPro",
	"SWL",
	"swrule",
	"Symlinks",
	"TAPR-OHL-1.0",
	"TCL",
	"TCP-wrappers",
	"TekHVC",
	"TermReadKey",
	"TGPPL-1.0",
	"ThirdEye",
	"threeparttable",
	"TMate",
	"TORQUE-1.1",
	"TOSL",
	"TPDL",
	"TPL-1.0",
	"TrustedQSL",
	"TTWL",
	"TTYP0",
	"TU-Berlin-1.0",
	"TU-Berlin-2.0",
	"Ubuntu-font-1.0",
	"UCAR",
	"UCL-1.0",
	"ulem",
	"UMich-Merit",
	"Unicode-3.0",
	"Unicode-DFS-2015",
	"Unicode-DFS-2016",
	"Unicode-TOU",
	"UnixCrypt",
	"Unlicense",
	"Unlicense-libtelnet",
	"Unlicense-libwhirlpool",
	"UnRAR",
	"UPL-1.0",
	"URT-RLE",
	"Vim",
	"Vixie-Cron",
	"VOSTROM",
	"VSL-1.0",
	"W3C",
	"W3C-19980720",
	"W3C-20150513",
	"w3m",
	"Watcom-1.0",
	"Widget-Workshop",
	"WordNet",
	"Wsuipa",
	"WTFNMFPL",
	"WTFPL",
	"wwl",
	"wxWindows",
	"X11",
	"X11-distribute-modifications-variant",
	"X11-no-permit-persons",
	"X11-swapped",
	"Xdebug-1.03",
	"Xerox",
	"Xfig",
	"XFree86-1.1",
	"xinetd",
	"xkeyboard-config-Zinoviev",
	"xlock",
	"Xnet",
	"xpp",
	"XSkat",
	"xzoom",
	"YPL-1.0",
	"YPL-1.1",
	"Zed",
	"Zeeff",
	"Zend-2.0",
	"Zimbra-1.3",
	"Zimbra-1.4",
	"Zlib",
	"zlib-acknowledgement",
	"ZPL-1.1",
	"ZPL-2.0",
	"ZPL-2.1",
	"389-exception",
	"Asterisk-exception",
	"Asterisk-linking-protocols-exception",
	"Autoconf-exception-2.0",
	"Autoconf-exception-3.0",
	"Autoconf-exception-generic",
	"Autoconf-exception-generic-3.0",
	"Autoconf-exception-macro",
	"Bison-exception-1.24",
	"Bison-exception-2.2",
	"Bootloader-exception",
	"CGAL-linking-exception",
	"Classpath-exception-2.0",
	"Classpath-exception-2.0-short",
	"CLISP-exception-2.0",
	"cryptsetup-OpenSSL-exception",
	"Digia-Qt-LGPL-exception-1.1",
	"DigiRule-FOSS-exception",
	"eCos-exception-2.0",
	"erlang-otp-linking-exception",
	"Fawkes-Runtime-exception",
	"FLTK-exception",
	"fmt-exception",
	"Font-exception-2.0",
	"freertos-exception-2.0",
	"GCC-exception-2.0",
	"GCC-exception-2.0-note",
	"GCC-exception-3.1",
	"Gmsh-exception",
	"GNAT-exception",
	"GNOME-examples-exception",
	"GNU-compiler-exception",
	"gnu-javamail-exception",
	"Google-Patent-WebM",
	"GPL-3.0-389-ds-base-exception",
	"GPL-3.0-interface-exception",
	"GPL-3.0-linking-exception",
	"GPL-3.0-linking-source-exception",
	"GPL-CC-1.0",
	"GStreamer-exception-2005",
	"GStreamer-exception-2008",
	"harbour-exception",
	"i2p-gpl-java-exception",
	"Independent-modules-exception",
	"KiCad-libraries-exception",
	"kvirc-openssl-exception",
	"LGPL-3.0-linking-exception",
	"libpri-OpenH323-exception",
	"Libtool-exception",
	"Linux-syscall-note",
	"LLGPL",
	"LLVM-exception",
	"LZMA-exception",
	"mif-exception",
	"mxml-exception",
	"Nokia-Qt-exception-1.1",
	"OCaml-LGPL-linking-exception",
	"OCCT-exception-1.0",
	"OpenJDK-assembly-exception-1.0",
	"openvpn-openssl-exception",
	"PCRE2-exception",
	"polyparse-exception",
	"PS-or-PDF-font-exception-20170817",
	"QPL-1.0-INRIA-2004-exception",
	"Qt-GPL-exception-1.0",
	"Qt-LGPL-exception-1.1",
	"Qwt-exception-1.0",
	"romic-exception",
	"RRDtool-FLOSS-exception-2.0",
	"rsync-linking-exception",
	"SANE-exception",
	"SHL-2.0",
	"SHL-2.1",
	"Simple-Library-Usage-exception",
	"Spelling-Provider-LGPL-exception",
	"sqlitestudio-OpenSSL-exception",
	"stunnel-exception",
	"SWI-exception",
	"Swift-exception",
	"Texinfo-exception",
	"u-boot-exception-2.0",
	"UBDL-exception",
	"Universal-FOSS-exception-1.0",
	"vsftpd-openssl-exception",
	"WxWindows-exception-3.1",
	"x11vnc-openssl-exception"
]};

var hasRequiredSpdx;

function requireSpdx () {
	if (hasRequiredSpdx) return spdx;
	hasRequiredSpdx = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(spdx, "__esModule", { value: true });
	spdx.isSupportedSpdxId = isSupportedSpdxId;
	spdx.fixupSpdxId = fixupSpdxId;
	const spdx_SNAPSHOT_schema_json_1 = require$$0;
	const spdxIds = new Set(spdx_SNAPSHOT_schema_json_1.enum);
	const spdxLowerToActual = Object.freeze(Object.fromEntries(spdx_SNAPSHOT_schema_json_1.enum.map(spdxId => [spdxId.toLowerCase(), spdxId])));
	function isSupportedSpdxId(value) {
	    return spdxIds.has(value);
	}
	function fixupSpdxId(value) {
	    return typeof value === 'string' && value.length > 0
	        ? spdxLowerToActual[value.toLowerCase()]
	        : undefined;
	}
	
	return spdx;
}

var enums = {};

var hasRequiredEnums;

function requireEnums () {
	if (hasRequiredEnums) return enums;
	hasRequiredEnums = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(enums, "__esModule", { value: true });
	enums.Format = enums.Version = void 0;
	var Version;
	(function (Version) {
	    Version["v1dot7"] = "1.7";
	    Version["v1dot6"] = "1.6";
	    Version["v1dot5"] = "1.5";
	    Version["v1dot4"] = "1.4";
	    Version["v1dot3"] = "1.3";
	    Version["v1dot2"] = "1.2";
	    Version["v1dot1"] = "1.1";
	    Version["v1dot0"] = "1.0";
	})(Version || (enums.Version = Version = {}));
	var Format;
	(function (Format) {
	    Format["XML"] = "xml";
	    Format["JSON"] = "json";
	})(Format || (enums.Format = Format = {}));
	
	return enums;
}

var types$1 = {};

var hasRequiredTypes$1;

function requireTypes$1 () {
	if (hasRequiredTypes$1) return types$1;
	hasRequiredTypes$1 = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(types$1, "__esModule", { value: true });
	types$1.JsonSchema = void 0;
	var JsonSchema;
	(function (JsonSchema) {
	    function isIriReference(value) {
	        return typeof value === 'string' &&
	            value.length > 0;
	    }
	    JsonSchema.isIriReference = isIriReference;
	    function isIdnEmail(value) {
	        return typeof value === 'string' &&
	            value.length > 0;
	    }
	    JsonSchema.isIdnEmail = isIdnEmail;
	})(JsonSchema || (types$1.JsonSchema = JsonSchema = {}));
	
	return types$1;
}

var hasRequiredNormalize$1;

function requireNormalize$1 () {
	if (hasRequiredNormalize$1) return normalize$1;
	hasRequiredNormalize$1 = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(normalize$1, "__esModule", { value: true });
	normalize$1.VulnerabilityAnalysisNormalizer = normalize$1.VulnerabilityAffectedVersionNormalizer = normalize$1.VulnerabilityAffectNormalizer = normalize$1.VulnerabilityCreditsNormalizer = normalize$1.VulnerabilityAdvisoryNormalizer = normalize$1.VulnerabilityRatingNormalizer = normalize$1.VulnerabilityReferenceNormalizer = normalize$1.VulnerabilitySourceNormalizer = normalize$1.VulnerabilityNormalizer = normalize$1.DependencyGraphNormalizer = normalize$1.PropertyNormalizer = normalize$1.AttachmentNormalizer = normalize$1.ExternalReferenceNormalizer = normalize$1.SWIDNormalizer = normalize$1.LicenseNormalizer = normalize$1.ComponentEvidenceNormalizer = normalize$1.ServiceNormalizer = normalize$1.ComponentNormalizer = normalize$1.OrganizationalEntityNormalizer = normalize$1.OrganizationalContactNormalizer = normalize$1.HashNormalizer = normalize$1.ToolsNormalizer = normalize$1.ToolNormalizer = normalize$1.LifecycleNormalizer = normalize$1.MetadataNormalizer = normalize$1.BomNormalizer = normalize$1.Factory = void 0;
	const iterable_1 = requireIterable();
	const notUndefined_1 = requireNotUndefined();
	const tree_1 = requireTree();
	const uri_1 = requireUri();
	const license_1 = requireLicense();
	const lifecycle_1 = requireLifecycle();
	const tool_1 = requireTool();
	const affect_1 = requireAffect();
	const spdx_1 = requireSpdx();
	const enums_1 = requireEnums();
	const types_1 = requireTypes$1();
	class Factory {
	    #spec;
	    constructor(spec) {
	        this.#spec = spec;
	    }
	    get spec() {
	        return this.#spec;
	    }
	    makeForBom() {
	        return new BomNormalizer(this);
	    }
	    makeForMetadata() {
	        return new MetadataNormalizer(this);
	    }
	    makeForComponent() {
	        return new ComponentNormalizer(this);
	    }
	    makeForService() {
	        return new ServiceNormalizer(this);
	    }
	    makeForComponentEvidence() {
	        return new ComponentEvidenceNormalizer(this);
	    }
	    makeForLifecycle() {
	        return new LifecycleNormalizer(this);
	    }
	    makeForTool() {
	        return new ToolNormalizer(this);
	    }
	    makeForTools() {
	        return new ToolsNormalizer(this);
	    }
	    makeForOrganizationalContact() {
	        return new OrganizationalContactNormalizer(this);
	    }
	    makeForOrganizationalEntity() {
	        return new OrganizationalEntityNormalizer(this);
	    }
	    makeForHash() {
	        return new HashNormalizer(this);
	    }
	    makeForLicense() {
	        return new LicenseNormalizer(this);
	    }
	    makeForSWID() {
	        return new SWIDNormalizer(this);
	    }
	    makeForExternalReference() {
	        return new ExternalReferenceNormalizer(this);
	    }
	    makeForAttachment() {
	        return new AttachmentNormalizer(this);
	    }
	    makeForProperty() {
	        return new PropertyNormalizer(this);
	    }
	    makeForDependencyGraph() {
	        return new DependencyGraphNormalizer(this);
	    }
	    makeForVulnerability() {
	        return new VulnerabilityNormalizer(this);
	    }
	    makeForVulnerabilitySource() {
	        return new VulnerabilitySourceNormalizer(this);
	    }
	    makeForVulnerabilityReference() {
	        return new VulnerabilityReferenceNormalizer(this);
	    }
	    makeForVulnerabilityRating() {
	        return new VulnerabilityRatingNormalizer(this);
	    }
	    makeForVulnerabilityAdvisory() {
	        return new VulnerabilityAdvisoryNormalizer(this);
	    }
	    makeForVulnerabilityCredits() {
	        return new VulnerabilityCreditsNormalizer(this);
	    }
	    makeForVulnerabilityAffect() {
	        return new VulnerabilityAffectNormalizer(this);
	    }
	    makeForVulnerabilityAffectedVersion() {
	        return new VulnerabilityAffectedVersionNormalizer(this);
	    }
	    makeForVulnerabilityAnalysis() {
	        return new VulnerabilityAnalysisNormalizer(this);
	    }
	}
	normalize$1.Factory = Factory;
	const schemaUrl = new Map([
	    [enums_1.Version.v1dot7, 'http://cyclonedx.org/schema/bom-1.7.schema.json'],
	    [enums_1.Version.v1dot6, 'http://cyclonedx.org/schema/bom-1.6.schema.json'],
	    [enums_1.Version.v1dot5, 'http://cyclonedx.org/schema/bom-1.5.schema.json'],
	    [enums_1.Version.v1dot4, 'http://cyclonedx.org/schema/bom-1.4.schema.json'],
	    [enums_1.Version.v1dot3, 'http://cyclonedx.org/schema/bom-1.3a.schema.json'],
	    [enums_1.Version.v1dot2, 'http://cyclonedx.org/schema/bom-1.2b.schema.json']
	]);
	class BaseJsonNormalizer {
	    _factory;
	    constructor(factory) {
	        this._factory = factory;
	    }
	    get factory() {
	        return this._factory;
	    }
	}
	class BomNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            $schema: schemaUrl.get(this._factory.spec.version),
	            bomFormat: 'CycloneDX',
	            specVersion: this._factory.spec.version,
	            version: data.version,
	            serialNumber: this.#isEligibleSerialNumber(data.serialNumber)
	                ? data.serialNumber
	                : undefined,
	            metadata: this._factory.makeForMetadata().normalize(data.metadata, options),
	            components: data.components.size > 0
	                ? this._factory.makeForComponent().normalizeIterable(data.components, options)
	                : [],
	            services: this._factory.spec.supportsServices && data.services.size > 0
	                ? this._factory.makeForService().normalizeIterable(data.services, options)
	                : undefined,
	            dependencies: this._factory.spec.supportsDependencyGraph
	                ? this._factory.makeForDependencyGraph().normalize(data, options)
	                : undefined,
	            vulnerabilities: this._factory.spec.supportsVulnerabilities && data.vulnerabilities.size > 0
	                ? this._factory.makeForVulnerability().normalizeIterable(data.vulnerabilities, options)
	                : undefined
	        };
	    }
	    #isEligibleSerialNumber(v) {
	        return v !== undefined &&
	            /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v);
	    }
	}
	normalize$1.BomNormalizer = BomNormalizer;
	class MetadataNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        const orgEntityNormalizer = this._factory.makeForOrganizationalEntity();
	        return {
	            timestamp: data.timestamp?.toISOString(),
	            lifecycles: this._factory.spec.supportsMetadataLifecycles && data.lifecycles.size > 0
	                ? this._factory.makeForLifecycle().normalizeIterable(data.lifecycles, options)
	                : undefined,
	            tools: data.tools.size > 0
	                ? this._factory.makeForTools().normalize(data.tools, options)
	                : undefined,
	            authors: data.authors.size > 0
	                ? this._factory.makeForOrganizationalContact().normalizeIterable(data.authors, options)
	                : undefined,
	            component: data.component === undefined
	                ? undefined
	                : this._factory.makeForComponent().normalize(data.component, options),
	            manufacture: data.manufacture === undefined
	                ? undefined
	                : orgEntityNormalizer.normalize(data.manufacture, options),
	            supplier: data.supplier === undefined
	                ? undefined
	                : orgEntityNormalizer.normalize(data.supplier, options),
	            licenses: this._factory.spec.supportsMetadataLicenses && data.licenses.size > 0
	                ? this._factory.makeForLicense().normalizeIterable(data.licenses, options)
	                : undefined,
	            properties: this._factory.spec.supportsMetadataProperties && data.properties.size > 0
	                ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
	                : undefined
	        };
	    }
	}
	normalize$1.MetadataNormalizer = MetadataNormalizer;
	class LifecycleNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return data instanceof lifecycle_1.NamedLifecycle
	            ? { name: data.name, description: data.description }
	            : { phase: data };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(lc => this.normalize(lc, options));
	    }
	}
	normalize$1.LifecycleNormalizer = LifecycleNormalizer;
	class ToolNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            vendor: data.vendor || undefined,
	            name: data.name || undefined,
	            version: data.version || undefined,
	            hashes: data.hashes.size > 0
	                ? this._factory.makeForHash().normalizeIterable(data.hashes, options)
	                : undefined,
	            externalReferences: this._factory.spec.supportsToolReferences && data.externalReferences.size > 0
	                ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options)
	                : undefined
	        };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(t => this.normalize(t, options));
	    }
	}
	normalize$1.ToolNormalizer = ToolNormalizer;
	class ToolsNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        if (data.tools.size > 0 || !this._factory.spec.supportsToolsComponentsServices) {
	            return this._factory.makeForTool().normalizeIterable(new tool_1.ToolRepository((0, iterable_1.chainI)(Array.from(data.components, tool_1.Tool.fromComponent), Array.from(data.services, tool_1.Tool.fromService), data.tools)), options);
	        }
	        return {
	            components: data.components.size > 0
	                ? this._factory.makeForComponent().normalizeIterable(data.components, options)
	                : undefined,
	            services: data.services.size > 0
	                ? this._factory.makeForService().normalizeIterable(data.services, options)
	                : undefined
	        };
	    }
	}
	normalize$1.ToolsNormalizer = ToolsNormalizer;
	class HashNormalizer extends BaseJsonNormalizer {
	    normalize([algorithm, content], options) {
	        const spec = this._factory.spec;
	        return spec.supportsHashAlgorithm(algorithm) && spec.supportsHashValue(content)
	            ? {
	                alg: algorithm,
	                content
	            }
	            : undefined;
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(h => this.normalize(h, options)).filter(notUndefined_1.isNotUndefined);
	    }
	}
	normalize$1.HashNormalizer = HashNormalizer;
	class OrganizationalContactNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            name: data.name || undefined,
	            email: types_1.JsonSchema.isIdnEmail(data.email)
	                ? data.email
	                : undefined,
	            phone: data.phone || undefined
	        };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(oc => this.normalize(oc, options));
	    }
	}
	normalize$1.OrganizationalContactNormalizer = OrganizationalContactNormalizer;
	class OrganizationalEntityNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        const urls = normalizeStringableIter(Array.from(data.url, (s) => (0, uri_1.escapeUri)(s.toString())), options).filter(types_1.JsonSchema.isIriReference);
	        return {
	            name: data.name || undefined,
	            url: urls.length > 0
	                ? urls
	                : undefined,
	            contact: data.contact.size > 0
	                ? this._factory.makeForOrganizationalContact().normalizeIterable(data.contact, options)
	                : undefined
	        };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(oe => this.normalize(oe, options));
	    }
	}
	normalize$1.OrganizationalEntityNormalizer = OrganizationalEntityNormalizer;
	class ComponentNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        const spec = this._factory.spec;
	        if (!spec.supportsComponentType(data.type)) {
	            return undefined;
	        }
	        const version = data.version ?? '';
	        return {
	            type: data.type,
	            name: data.name,
	            group: data.group || undefined,
	            version: version.length > 0 || spec.requiresComponentVersion
	                ? version
	                : undefined,
	            'bom-ref': data.bomRef.value || undefined,
	            supplier: data.supplier === undefined
	                ? undefined
	                : this._factory.makeForOrganizationalEntity().normalize(data.supplier, options),
	            author: data.author || undefined,
	            publisher: data.publisher || undefined,
	            description: data.description || undefined,
	            scope: data.scope,
	            hashes: data.hashes.size > 0
	                ? this._factory.makeForHash().normalizeIterable(data.hashes, options)
	                : undefined,
	            licenses: data.licenses.size > 0
	                ? this._factory.makeForLicense().normalizeIterable(data.licenses, options)
	                : undefined,
	            copyright: data.copyright?.toString() || undefined,
	            cpe: data.cpe || undefined,
	            purl: data.purl?.toString(),
	            swid: data.swid === undefined
	                ? undefined
	                : this._factory.makeForSWID().normalize(data.swid, options),
	            externalReferences: data.externalReferences.size > 0
	                ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options)
	                : undefined,
	            properties: spec.supportsProperties(data) && data.properties.size > 0
	                ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
	                : undefined,
	            components: data.components.size > 0
	                ? this.normalizeIterable(data.components, options)
	                : undefined,
	            evidence: spec.supportsComponentEvidence && data.evidence !== undefined
	                ? this._factory.makeForComponentEvidence().normalize(data.evidence, options)
	                : undefined
	        };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(c => this.normalize(c, options)).filter(notUndefined_1.isNotUndefined);
	    }
	}
	normalize$1.ComponentNormalizer = ComponentNormalizer;
	class ServiceNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        const spec = this._factory.spec;
	        return {
	            'bom-ref': data.bomRef.value || undefined,
	            provider: data.provider
	                ? this._factory.makeForOrganizationalEntity().normalize(data.provider, options)
	                : undefined,
	            group: data.group,
	            name: data.name,
	            version: data.version || undefined,
	            description: data.description || undefined,
	            licenses: data.licenses.size > 0
	                ? this._factory.makeForLicense().normalizeIterable(data.licenses, options)
	                : undefined,
	            externalReferences: data.externalReferences.size > 0
	                ? this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options)
	                : undefined,
	            services: data.services.size > 0
	                ? this._factory.makeForService().normalizeIterable(data.services, options)
	                : undefined,
	            properties: spec.supportsProperties(data) && data.properties.size > 0
	                ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
	                : undefined,
	        };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(s => this.normalize(s, options));
	    }
	}
	normalize$1.ServiceNormalizer = ServiceNormalizer;
	class ComponentEvidenceNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            licenses: data.licenses.size > 0
	                ? this._factory.makeForLicense().normalizeIterable(data.licenses, options)
	                : undefined,
	            copyright: data.copyright.size > 0
	                ? (options.sortLists
	                    ? data.copyright.sorted().map(ComponentEvidenceNormalizer.#normalizeCopyright)
	                    : Array.from(data.copyright, ComponentEvidenceNormalizer.#normalizeCopyright))
	                : undefined
	        };
	    }
	    static #normalizeCopyright(c) {
	        return { text: c.toString() };
	    }
	}
	normalize$1.ComponentEvidenceNormalizer = ComponentEvidenceNormalizer;
	class LicenseNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        switch (true) {
	            case data instanceof license_1.NamedLicense:
	                return this.#normalizeNamedLicense(data, options);
	            case data instanceof license_1.SpdxLicense:
	                return (0, spdx_1.isSupportedSpdxId)(data.id)
	                    ? this.#normalizeSpdxLicense(data, options)
	                    : this.#normalizeNamedLicense(new license_1.NamedLicense(data.id, { url: data.url }), options);
	            case data instanceof license_1.LicenseExpression:
	                return this.#normalizeLicenseExpression(data);
	            default:
	                throw new TypeError('Unexpected LicenseChoice');
	        }
	    }
	    #normalizeNamedLicense(data, options) {
	        const spec = this._factory.spec;
	        const url = (0, uri_1.escapeUri)(data.url?.toString());
	        return {
	            license: {
	                name: data.name,
	                acknowledgement: spec.supportsLicenseAcknowledgement
	                    ? data.acknowledgement
	                    : undefined,
	                text: data.text === undefined
	                    ? undefined
	                    : this._factory.makeForAttachment().normalize(data.text, options),
	                url: types_1.JsonSchema.isIriReference(url)
	                    ? url
	                    : undefined,
	                properties: spec.supportsProperties(data) && data.properties.size > 0
	                    ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
	                    : undefined
	            }
	        };
	    }
	    #normalizeSpdxLicense(data, options) {
	        const spec = this._factory.spec;
	        const url = (0, uri_1.escapeUri)(data.url?.toString());
	        return {
	            license: {
	                id: data.id,
	                acknowledgement: spec.supportsLicenseAcknowledgement
	                    ? data.acknowledgement
	                    : undefined,
	                text: data.text === undefined
	                    ? undefined
	                    : this._factory.makeForAttachment().normalize(data.text, options),
	                url: types_1.JsonSchema.isIriReference(url)
	                    ? url
	                    : undefined,
	                properties: spec.supportsProperties(data) && data.properties.size > 0
	                    ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
	                    : undefined
	            }
	        };
	    }
	    #normalizeLicenseExpression(data) {
	        return {
	            expression: data.expression,
	            acknowledgement: this._factory.spec.supportsLicenseAcknowledgement
	                ? data.acknowledgement
	                : undefined
	        };
	    }
	    normalizeIterable(data, options) {
	        const licenses = options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data);
	        if (licenses.length > 1) {
	            const expressions = licenses.filter(l => l instanceof license_1.LicenseExpression);
	            if (expressions.length > 0) {
	                return [this.#normalizeLicenseExpression(expressions[0])];
	            }
	        }
	        return licenses.map(l => this.normalize(l, options));
	    }
	}
	normalize$1.LicenseNormalizer = LicenseNormalizer;
	class SWIDNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        const url = (0, uri_1.escapeUri)(data.url?.toString());
	        return {
	            tagId: data.tagId,
	            name: data.name,
	            version: data.version || undefined,
	            tagVersion: data.tagVersion,
	            patch: data.patch,
	            text: data.text === undefined
	                ? undefined
	                : this._factory.makeForAttachment().normalize(data.text, options),
	            url: types_1.JsonSchema.isIriReference(url)
	                ? url
	                : undefined
	        };
	    }
	}
	normalize$1.SWIDNormalizer = SWIDNormalizer;
	class ExternalReferenceNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return this._factory.spec.supportsExternalReferenceType(data.type)
	            ? {
	                url: (0, uri_1.escapeUri)(data.url.toString()),
	                type: data.type,
	                hashes: this._factory.spec.supportsExternalReferenceHashes && data.hashes.size > 0
	                    ? this._factory.makeForHash().normalizeIterable(data.hashes, options)
	                    : undefined,
	                comment: data.comment || undefined
	            }
	            : undefined;
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(r => this.normalize(r, options)).filter(notUndefined_1.isNotUndefined);
	    }
	}
	normalize$1.ExternalReferenceNormalizer = ExternalReferenceNormalizer;
	class AttachmentNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            content: data.content.toString(),
	            contentType: data.contentType || undefined,
	            encoding: data.encoding
	        };
	    }
	}
	normalize$1.AttachmentNormalizer = AttachmentNormalizer;
	class PropertyNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            name: data.name,
	            value: data.value
	        };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(p => this.normalize(p, options));
	    }
	}
	normalize$1.PropertyNormalizer = PropertyNormalizer;
	class DependencyGraphNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        const allRefs = new Map();
	        if (data.metadata.component !== undefined) {
	            allRefs.set(data.metadata.component.bomRef, data.metadata.component.dependencies);
	            for (const component of data.metadata.component.components[tree_1.treeIteratorSymbol]()) {
	                allRefs.set(component.bomRef, component.dependencies);
	            }
	        }
	        for (const component of data.components[tree_1.treeIteratorSymbol]()) {
	            allRefs.set(component.bomRef, component.dependencies);
	        }
	        for (const service of data.services[tree_1.treeIteratorSymbol]()) {
	            allRefs.set(service.bomRef, service.dependencies);
	        }
	        const normalized = [];
	        for (const [ref, deps] of allRefs) {
	            const dep = this.#normalizeDependency(ref, deps, allRefs, options);
	            if ((0, notUndefined_1.isNotUndefined)(dep)) {
	                normalized.push(dep);
	            }
	        }
	        if (options.sortLists ?? false) {
	            normalized.sort(({ ref: a }, { ref: b }) => a.localeCompare(b));
	        }
	        return normalized;
	    }
	    #normalizeDependency(ref, deps, allRefs, options) {
	        const bomRef = ref.toString();
	        if (bomRef.length === 0) {
	            return undefined;
	        }
	        const dependsOn = normalizeStringableIter(Array.from(deps).filter(d => allRefs.has(d) && d !== ref), options).filter(d => d.length > 0);
	        return {
	            ref: bomRef,
	            dependsOn: dependsOn.length > 0
	                ? dependsOn
	                : undefined
	        };
	    }
	}
	normalize$1.DependencyGraphNormalizer = DependencyGraphNormalizer;
	class VulnerabilityNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            'bom-ref': data.bomRef.value || undefined,
	            id: data.id || undefined,
	            source: data.source === undefined
	                ? undefined
	                : this._factory.makeForVulnerabilitySource().normalize(data.source, options),
	            references: data.references.size > 0
	                ? this._factory.makeForVulnerabilityReference().normalizeIterable(data.references, options)
	                : undefined,
	            ratings: data.ratings.size > 0
	                ? this._factory.makeForVulnerabilityRating().normalizeIterable(data.ratings, options)
	                : undefined,
	            cwes: data.cwes.size > 0
	                ? (options.sortLists ?? false
	                    ? data.cwes.sorted()
	                    : Array.from(data.cwes))
	                : undefined,
	            description: data.description,
	            detail: data.detail,
	            recommendation: data.recommendation,
	            advisories: data.advisories.size > 0
	                ? this._factory.makeForVulnerabilityAdvisory().normalizeIterable(data.advisories, options)
	                : undefined,
	            created: data.created?.toISOString(),
	            published: data.published?.toISOString(),
	            updated: data.updated?.toISOString(),
	            credits: data.credits === undefined
	                ? undefined
	                : this._factory.makeForVulnerabilityCredits().normalize(data.credits, options),
	            tools: data.tools.size > 0
	                ? this._factory.makeForTools().normalize(data.tools, options)
	                : undefined,
	            analysis: data.analysis === undefined
	                ? undefined
	                : this._factory.makeForVulnerabilityAnalysis().normalize(data.analysis, options),
	            affects: data.affects.size > 0
	                ? this._factory.makeForVulnerabilityAffect().normalizeIterable(data.affects, options)
	                : undefined,
	            properties: data.properties.size > 0
	                ? this._factory.makeForProperty().normalizeIterable(data.properties, options)
	                : undefined
	        };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(v => this.normalize(v, options));
	    }
	}
	normalize$1.VulnerabilityNormalizer = VulnerabilityNormalizer;
	class VulnerabilitySourceNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            name: data.name,
	            url: data.url?.toString()
	        };
	    }
	}
	normalize$1.VulnerabilitySourceNormalizer = VulnerabilitySourceNormalizer;
	class VulnerabilityReferenceNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            id: data.id,
	            source: this._factory.makeForVulnerabilitySource().normalize(data.source, options)
	        };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(r => this.normalize(r, options));
	    }
	}
	normalize$1.VulnerabilityReferenceNormalizer = VulnerabilityReferenceNormalizer;
	class VulnerabilityRatingNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            source: data.source === undefined
	                ? undefined
	                : this._factory.makeForVulnerabilitySource().normalize(data.source, options),
	            score: data.score,
	            severity: data.severity,
	            method: this._factory.spec.supportsVulnerabilityRatingMethod(data.method)
	                ? data.method
	                : undefined,
	            vector: data.vector,
	            justification: data.justification
	        };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(r => this.normalize(r, options));
	    }
	}
	normalize$1.VulnerabilityRatingNormalizer = VulnerabilityRatingNormalizer;
	class VulnerabilityAdvisoryNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        const url = (0, uri_1.escapeUri)(data.url.toString());
	        if (!types_1.JsonSchema.isIriReference(url)) {
	            return undefined;
	        }
	        return {
	            title: data.title,
	            url
	        };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(a => this.normalize(a, options)).filter(notUndefined_1.isNotUndefined);
	    }
	}
	normalize$1.VulnerabilityAdvisoryNormalizer = VulnerabilityAdvisoryNormalizer;
	class VulnerabilityCreditsNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            organizations: data.organizations.size > 0
	                ? this._factory.makeForOrganizationalEntity().normalizeIterable(data.organizations, options)
	                : undefined,
	            individuals: data.individuals.size > 0
	                ? this._factory.makeForOrganizationalContact().normalizeIterable(data.individuals, options)
	                : undefined
	        };
	    }
	}
	normalize$1.VulnerabilityCreditsNormalizer = VulnerabilityCreditsNormalizer;
	class VulnerabilityAffectNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            ref: data.ref.toString(),
	            versions: data.versions.size > 0
	                ? this._factory.makeForVulnerabilityAffectedVersion().normalizeIterable(data.versions, options)
	                : undefined
	        };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(a => this.normalize(a, options));
	    }
	}
	normalize$1.VulnerabilityAffectNormalizer = VulnerabilityAffectNormalizer;
	class VulnerabilityAffectedVersionNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        switch (true) {
	            case data instanceof affect_1.AffectedSingleVersion:
	                return this.#normalizeAffectedSingleVersion(data);
	            case data instanceof affect_1.AffectedVersionRange:
	                return this.#normalizeAffectedVersionRange(data);
	            default:
	                throw new TypeError('Unexpected Vulnerability AffectedVersion');
	        }
	    }
	    #normalizeAffectedSingleVersion(data) {
	        return data.version.length < 1
	            ? undefined
	            : {
	                version: data.version.substring(0, 1024),
	                status: data.status
	            };
	    }
	    #normalizeAffectedVersionRange(data) {
	        return data.range.length < 1
	            ? undefined
	            : {
	                range: data.range.substring(0, 1024),
	                status: data.status
	            };
	    }
	    normalizeIterable(data, options) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(av => this.normalize(av, options)).filter(notUndefined_1.isNotUndefined);
	    }
	}
	normalize$1.VulnerabilityAffectedVersionNormalizer = VulnerabilityAffectedVersionNormalizer;
	class VulnerabilityAnalysisNormalizer extends BaseJsonNormalizer {
	    normalize(data, options) {
	        return {
	            state: data.state,
	            justification: data.justification,
	            response: data.response.size > 0
	                ? (options.sortLists ?? false
	                    ? data.response.sorted()
	                    : Array.from(data.response))
	                : undefined,
	            detail: data.detail
	        };
	    }
	}
	normalize$1.VulnerabilityAnalysisNormalizer = VulnerabilityAnalysisNormalizer;
	function normalizeStringableIter(data, options) {
	    const r = Array.from(data, d => d.toString());
	    if (options.sortLists ?? false) {
	        r.sort((a, b) => a.localeCompare(b));
	    }
	    return r;
	}
	
	return normalize$1;
}

var hasRequiredJson;

function requireJson () {
	if (hasRequiredJson) return json;
	hasRequiredJson = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	var __createBinding = (json && json.__createBinding) || (Object.create ? (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    var desc = Object.getOwnPropertyDescriptor(m, k);
	    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
	      desc = { enumerable: true, get: function() { return m[k]; } };
	    }
	    Object.defineProperty(o, k2, desc);
	}) : (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    o[k2] = m[k];
	}));
	var __setModuleDefault = (json && json.__setModuleDefault) || (Object.create ? (function(o, v) {
	    Object.defineProperty(o, "default", { enumerable: true, value: v });
	}) : function(o, v) {
	    o["default"] = v;
	});
	var __importStar = (json && json.__importStar) || (function () {
	    var ownKeys = function(o) {
	        ownKeys = Object.getOwnPropertyNames || function (o) {
	            var ar = [];
	            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
	            return ar;
	        };
	        return ownKeys(o);
	    };
	    return function (mod) {
	        if (mod && mod.__esModule) return mod;
	        var result = {};
	        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
	        __setModuleDefault(result, mod);
	        return result;
	    };
	})();
	Object.defineProperty(json, "__esModule", { value: true });
	json.Types = json.Normalize = void 0;
	json.Normalize = __importStar(requireNormalize$1());
	json.Types = __importStar(requireTypes$1());
	
	return json;
}

var jsonSerializer = {};

var errors = {};

var hasRequiredErrors;

function requireErrors () {
	if (hasRequiredErrors) return errors;
	hasRequiredErrors = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(errors, "__esModule", { value: true });
	errors.UnsupportedFormatError = void 0;
	class UnsupportedFormatError extends Error {
	}
	errors.UnsupportedFormatError = UnsupportedFormatError;
	
	return errors;
}

var hasRequiredJsonSerializer;

function requireJsonSerializer () {
	if (hasRequiredJsonSerializer) return jsonSerializer;
	hasRequiredJsonSerializer = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(jsonSerializer, "__esModule", { value: true });
	jsonSerializer.JsonSerializer = void 0;
	const enums_1 = requireEnums();
	const errors_1 = requireErrors();
	const baseSerializer_1 = requireBaseSerializer();
	class JsonSerializer extends baseSerializer_1.BaseSerializer {
	    #normalizerFactory;
	    constructor(normalizerFactory) {
	        if (!normalizerFactory.spec.supportsFormat(enums_1.Format.JSON)) {
	            throw new errors_1.UnsupportedFormatError('Spec does not support JSON format.');
	        }
	        super();
	        this.#normalizerFactory = normalizerFactory;
	    }
	    get normalizerFactory() {
	        return this.#normalizerFactory;
	    }
	    _normalize(bom, options = {}) {
	        return this.#normalizerFactory.makeForBom()
	            .normalize(bom, options);
	    }
	    _serialize(bom, { space } = {}) {
	        return JSON.stringify(bom, null, space);
	    }
	}
	jsonSerializer.JsonSerializer = JsonSerializer;
	
	return jsonSerializer;
}

var xml = {};

var normalize = {};

var _xsd = {};

var hasRequired_xsd;

function require_xsd () {
	if (hasRequired_xsd) return _xsd;
	hasRequired_xsd = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(_xsd, "__esModule", { value: true });
	_xsd.normalizedString = normalizedString;
	_xsd.token = token;
	const _normalizeStringForbiddenSearch = /\r\n|\t|\n|\r/g;
	const _normalizeStringForbiddenReplace = ' ';
	function normalizedString(s) {
	    return s.replace(_normalizeStringForbiddenSearch, _normalizeStringForbiddenReplace);
	}
	const _tokenMultispaceSearch = / {2,}/g;
	const _tokenMultispaceReplace = ' ';
	function token(s) {
	    return normalizedString(s).trim().replace(_tokenMultispaceSearch, _tokenMultispaceReplace);
	}
	
	return _xsd;
}

var types = {};

var hasRequiredTypes;

function requireTypes () {
	if (hasRequiredTypes) return types;
	hasRequiredTypes = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(types, "__esModule", { value: true });
	types.XmlSchema = void 0;
	var XmlSchema;
	(function (XmlSchema) {
	    const _AnyUriSchemePattern = /^[a-z][a-z0-9+\-.]*$/i;
	    function isAnyURI(value) {
	        if (typeof value !== 'string') {
	            return false;
	        }
	        if (value.length === 0) {
	            return false;
	        }
	        const fragmentPos = value.indexOf('#');
	        let beforeFragment = value;
	        if (fragmentPos >= 0) {
	            if (value.includes('#', fragmentPos + 1)) {
	                return false;
	            }
	            beforeFragment = value.slice(undefined, fragmentPos);
	        }
	        const schemePos = beforeFragment.indexOf(':');
	        if (schemePos >= 0) {
	            if (!_AnyUriSchemePattern.test(beforeFragment.slice(undefined, schemePos))) {
	                return false;
	            }
	        }
	        return true;
	    }
	    XmlSchema.isAnyURI = isAnyURI;
	})(XmlSchema || (types.XmlSchema = XmlSchema = {}));
	
	return types;
}

var hasRequiredNormalize;

function requireNormalize () {
	if (hasRequiredNormalize) return normalize;
	hasRequiredNormalize = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(normalize, "__esModule", { value: true });
	normalize.VulnerabilityAffectedVersionNormalizer = normalize.VulnerabilityAffectNormalizer = normalize.VulnerabilityAnalysisNormalizer = normalize.VulnerabilityCreditsNormalizer = normalize.VulnerabilityAdvisoryNormalizer = normalize.VulnerabilityRatingNormalizer = normalize.VulnerabilityReferenceNormalizer = normalize.VulnerabilitySourceNormalizer = normalize.VulnerabilityNormalizer = normalize.DependencyGraphNormalizer = normalize.PropertyNormalizer = normalize.AttachmentNormalizer = normalize.ExternalReferenceNormalizer = normalize.SWIDNormalizer = normalize.LicenseNormalizer = normalize.ComponentEvidenceNormalizer = normalize.ServiceNormalizer = normalize.ComponentNormalizer = normalize.OrganizationalEntityNormalizer = normalize.OrganizationalContactNormalizer = normalize.HashNormalizer = normalize.ToolsNormalizer = normalize.ToolNormalizer = normalize.LifecycleNormalizer = normalize.MetadataNormalizer = normalize.BomNormalizer = normalize.Factory = void 0;
	const iterable_1 = requireIterable();
	const notUndefined_1 = requireNotUndefined();
	const tree_1 = requireTree();
	const uri_1 = requireUri();
	const models_1 = requireModels();
	const license_1 = requireLicense();
	const lifecycle_1 = requireLifecycle();
	const affect_1 = requireAffect();
	const spdx_1 = requireSpdx();
	const enums_1 = requireEnums();
	const _xsd_1 = require_xsd();
	const types_1 = requireTypes();
	class Factory {
	    #spec;
	    constructor(spec) {
	        this.#spec = spec;
	    }
	    get spec() {
	        return this.#spec;
	    }
	    makeForBom() {
	        return new BomNormalizer(this);
	    }
	    makeForMetadata() {
	        return new MetadataNormalizer(this);
	    }
	    makeForLifecycle() {
	        return new LifecycleNormalizer(this);
	    }
	    makeForComponent() {
	        return new ComponentNormalizer(this);
	    }
	    makeForService() {
	        return new ServiceNormalizer(this);
	    }
	    makeForComponentEvidence() {
	        return new ComponentEvidenceNormalizer(this);
	    }
	    makeForTool() {
	        return new ToolNormalizer(this);
	    }
	    makeForTools() {
	        return new ToolsNormalizer(this);
	    }
	    makeForOrganizationalContact() {
	        return new OrganizationalContactNormalizer(this);
	    }
	    makeForOrganizationalEntity() {
	        return new OrganizationalEntityNormalizer(this);
	    }
	    makeForHash() {
	        return new HashNormalizer(this);
	    }
	    makeForLicense() {
	        return new LicenseNormalizer(this);
	    }
	    makeForSWID() {
	        return new SWIDNormalizer(this);
	    }
	    makeForExternalReference() {
	        return new ExternalReferenceNormalizer(this);
	    }
	    makeForAttachment() {
	        return new AttachmentNormalizer(this);
	    }
	    makeForProperty() {
	        return new PropertyNormalizer(this);
	    }
	    makeForDependencyGraph() {
	        return new DependencyGraphNormalizer(this);
	    }
	    makeForVulnerability() {
	        return new VulnerabilityNormalizer(this);
	    }
	    makeForVulnerabilitySource() {
	        return new VulnerabilitySourceNormalizer(this);
	    }
	    makeForVulnerabilityReference() {
	        return new VulnerabilityReferenceNormalizer(this);
	    }
	    makeForVulnerabilityRating() {
	        return new VulnerabilityRatingNormalizer(this);
	    }
	    makeForVulnerabilityAdvisory() {
	        return new VulnerabilityAdvisoryNormalizer(this);
	    }
	    makeForVulnerabilityCredits() {
	        return new VulnerabilityCreditsNormalizer(this);
	    }
	    makeForVulnerabilityAffect() {
	        return new VulnerabilityAffectNormalizer(this);
	    }
	    makeForVulnerabilityAffectedVersion() {
	        return new VulnerabilityAffectedVersionNormalizer(this);
	    }
	    makeForVulnerabilityAnalysis() {
	        return new VulnerabilityAnalysisNormalizer(this);
	    }
	}
	normalize.Factory = Factory;
	const xmlNamespace = new Map([
	    [enums_1.Version.v1dot7, 'http://cyclonedx.org/schema/bom/1.7'],
	    [enums_1.Version.v1dot6, 'http://cyclonedx.org/schema/bom/1.6'],
	    [enums_1.Version.v1dot5, 'http://cyclonedx.org/schema/bom/1.5'],
	    [enums_1.Version.v1dot4, 'http://cyclonedx.org/schema/bom/1.4'],
	    [enums_1.Version.v1dot3, 'http://cyclonedx.org/schema/bom/1.3'],
	    [enums_1.Version.v1dot2, 'http://cyclonedx.org/schema/bom/1.2'],
	    [enums_1.Version.v1dot1, 'http://cyclonedx.org/schema/bom/1.1'],
	    [enums_1.Version.v1dot0, 'http://cyclonedx.org/schema/bom/1.0']
	]);
	class BaseXmlNormalizer {
	    _factory;
	    constructor(factory) {
	        this._factory = factory;
	    }
	    get factory() {
	        return this._factory;
	    }
	}
	class BomNormalizer extends BaseXmlNormalizer {
	    normalize(data, options) {
	        const components = {
	            type: 'element',
	            name: 'components',
	            children: data.components.size > 0
	                ? this._factory.makeForComponent().normalizeIterable(data.components, options, 'component')
	                : undefined
	        };
	        const services = this._factory.spec.supportsServices && data.services.size > 0
	            ? {
	                type: 'element',
	                name: 'services',
	                children: this._factory.makeForService().normalizeIterable(data.services, options, 'service')
	            }
	            : undefined;
	        const vulnerabilities = this._factory.spec.supportsVulnerabilities && data.vulnerabilities.size > 0
	            ? {
	                type: 'element',
	                name: 'vulnerabilities',
	                children: this._factory.makeForVulnerability().normalizeIterable(data.vulnerabilities, options, 'vulnerability')
	            }
	            : undefined;
	        return {
	            type: 'element',
	            name: 'bom',
	            namespace: xmlNamespace.get(this._factory.spec.version),
	            attributes: {
	                version: data.version,
	                serialNumber: this.#isEligibleSerialNumber(data.serialNumber)
	                    ? data.serialNumber
	                    : undefined
	            },
	            children: [
	                this._factory.makeForMetadata().normalize(data.metadata, options, 'metadata'),
	                components,
	                services,
	                this._factory.spec.supportsDependencyGraph
	                    ? this._factory.makeForDependencyGraph().normalize(data, options, 'dependencies')
	                    : undefined,
	                vulnerabilities
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    #isEligibleSerialNumber(v) {
	        return v !== undefined &&
	            /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/.test(v);
	    }
	}
	normalize.BomNormalizer = BomNormalizer;
	class MetadataNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const orgEntityNormalizer = this._factory.makeForOrganizationalEntity();
	        const lifecycles = this._factory.spec.supportsMetadataLifecycles && data.lifecycles.size > 0
	            ? {
	                type: 'element',
	                name: 'lifecycles',
	                children: this._factory.makeForLifecycle().normalizeIterable(data.lifecycles, options, 'lifecycle')
	            }
	            : undefined;
	        const tools = data.tools.size > 0
	            ? this._factory.makeForTools().normalize(data.tools, options, 'tools')
	            : undefined;
	        const authors = data.authors.size > 0
	            ? {
	                type: 'element',
	                name: 'authors',
	                children: this._factory.makeForOrganizationalContact().normalizeIterable(data.authors, options, 'author')
	            }
	            : undefined;
	        const licenses = this._factory.spec.supportsMetadataLicenses && data.licenses.size > 0
	            ? {
	                type: 'element',
	                name: 'licenses',
	                children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
	            }
	            : undefined;
	        const properties = this._factory.spec.supportsMetadataProperties && data.properties.size > 0
	            ? {
	                type: 'element',
	                name: 'properties',
	                children: this._factory.makeForProperty().normalizeIterable(data.properties, options, 'property')
	            }
	            : undefined;
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                makeOptionalDateTimeElement(data.timestamp, 'timestamp'),
	                lifecycles,
	                tools,
	                authors,
	                data.component === undefined
	                    ? undefined
	                    : this._factory.makeForComponent().normalize(data.component, options, 'component'),
	                data.manufacture === undefined
	                    ? undefined
	                    : orgEntityNormalizer.normalize(data.manufacture, options, 'manufacture'),
	                data.supplier === undefined
	                    ? undefined
	                    : orgEntityNormalizer.normalize(data.supplier, options, 'supplier'),
	                licenses,
	                properties
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	}
	normalize.MetadataNormalizer = MetadataNormalizer;
	class LifecycleNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        return data instanceof lifecycle_1.NamedLifecycle
	            ? {
	                type: 'element',
	                name: elementName,
	                children: [
	                    makeTextElement(data.name, 'name', _xsd_1.normalizedString),
	                    makeOptionalTextElement(data.description, 'description')
	                ].filter(notUndefined_1.isNotUndefined)
	            }
	            : {
	                type: 'element',
	                name: elementName,
	                children: [
	                    makeTextElement(data, 'phase')
	                ]
	            };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(t => this.normalize(t, options, elementName));
	    }
	}
	normalize.LifecycleNormalizer = LifecycleNormalizer;
	class ToolNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const hashes = data.hashes.size > 0
	            ? {
	                type: 'element',
	                name: 'hashes',
	                children: this._factory.makeForHash().normalizeIterable(data.hashes, options, 'hash')
	            }
	            : undefined;
	        const externalReferences = this._factory.spec.supportsToolReferences && data.externalReferences.size > 0
	            ? {
	                type: 'element',
	                name: 'externalReferences',
	                children: this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options, 'reference')
	            }
	            : undefined;
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                makeOptionalTextElement(data.vendor, 'vendor', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.name, 'name', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.version, 'version', _xsd_1.normalizedString),
	                hashes,
	                externalReferences
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(t => this.normalize(t, options, elementName));
	    }
	}
	normalize.ToolNormalizer = ToolNormalizer;
	class ToolsNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        let children = [];
	        if (data.tools.size > 0 || !this._factory.spec.supportsToolsComponentsServices) {
	            children = this._factory.makeForTool().normalizeIterable(new models_1.ToolRepository((0, iterable_1.chainI)(Array.from(data.components, models_1.Tool.fromComponent), Array.from(data.services, models_1.Tool.fromService), data.tools)), options, 'tool');
	        }
	        else {
	            if (data.components.size > 0) {
	                children.push({
	                    type: 'element',
	                    name: 'components',
	                    children: this._factory.makeForComponent().normalizeIterable(data.components, options, 'component')
	                });
	            }
	            if (data.services.size > 0) {
	                children.push({
	                    type: 'element',
	                    name: 'services',
	                    children: this._factory.makeForService().normalizeIterable(data.services, options, 'service')
	                });
	            }
	        }
	        return {
	            type: 'element',
	            name: elementName,
	            children
	        };
	    }
	}
	normalize.ToolsNormalizer = ToolsNormalizer;
	class HashNormalizer extends BaseXmlNormalizer {
	    normalize([algorithm, content], options, elementName) {
	        const spec = this._factory.spec;
	        return spec.supportsHashAlgorithm(algorithm) && spec.supportsHashValue(content)
	            ? {
	                type: 'element',
	                name: elementName,
	                attributes: { alg: algorithm },
	                children: (0, _xsd_1.token)(content)
	            }
	            : undefined;
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(h => this.normalize(h, options, elementName)).filter(notUndefined_1.isNotUndefined);
	    }
	}
	normalize.HashNormalizer = HashNormalizer;
	class OrganizationalContactNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                makeOptionalTextElement(data.name, 'name', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.email, 'email', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.phone, 'phone', _xsd_1.normalizedString)
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(oc => this.normalize(oc, options, elementName));
	    }
	}
	normalize.OrganizationalContactNormalizer = OrganizationalContactNormalizer;
	class OrganizationalEntityNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                makeOptionalTextElement(data.name, 'name', _xsd_1.normalizedString),
	                ...makeTextElementIter(Array.from(data.url, (s) => (0, uri_1.escapeUri)(s.toString())), options, 'url').filter(({ children: u }) => types_1.XmlSchema.isAnyURI(u)),
	                ...this._factory.makeForOrganizationalContact().normalizeIterable(data.contact, options, 'contact')
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(oe => this.normalize(oe, options, elementName));
	    }
	}
	normalize.OrganizationalEntityNormalizer = OrganizationalEntityNormalizer;
	class ComponentNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const spec = this._factory.spec;
	        if (!spec.supportsComponentType(data.type)) {
	            return undefined;
	        }
	        const supplier = data.supplier === undefined
	            ? undefined
	            : this._factory.makeForOrganizationalEntity().normalize(data.supplier, options, 'supplier');
	        const version = (spec.requiresComponentVersion
	            ? makeTextElement
	            : makeOptionalTextElement)(data.version ?? '', 'version', _xsd_1.normalizedString);
	        const hashes = data.hashes.size > 0
	            ? {
	                type: 'element',
	                name: 'hashes',
	                children: this._factory.makeForHash().normalizeIterable(data.hashes, options, 'hash')
	            }
	            : undefined;
	        const licenses = data.licenses.size > 0
	            ? {
	                type: 'element',
	                name: 'licenses',
	                children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
	            }
	            : undefined;
	        const swid = data.swid === undefined
	            ? undefined
	            : this._factory.makeForSWID().normalize(data.swid, options, 'swid');
	        const extRefs = data.externalReferences.size > 0
	            ? {
	                type: 'element',
	                name: 'externalReferences',
	                children: this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options, 'reference')
	            }
	            : undefined;
	        const properties = spec.supportsProperties(data) && data.properties.size > 0
	            ? {
	                type: 'element',
	                name: 'properties',
	                children: this._factory.makeForProperty().normalizeIterable(data.properties, options, 'property')
	            }
	            : undefined;
	        const components = data.components.size > 0
	            ? {
	                type: 'element',
	                name: 'components',
	                children: this.normalizeIterable(data.components, options, 'component')
	            }
	            : undefined;
	        const evidence = spec.supportsComponentEvidence && data.evidence !== undefined
	            ? this._factory.makeForComponentEvidence().normalize(data.evidence, options, 'evidence')
	            : undefined;
	        return {
	            type: 'element',
	            name: elementName,
	            attributes: {
	                type: data.type,
	                'bom-ref': data.bomRef.value
	            },
	            children: [
	                supplier,
	                makeOptionalTextElement(data.author, 'author', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.publisher, 'publisher', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.group, 'group', _xsd_1.normalizedString),
	                makeTextElement(data.name, 'name', _xsd_1.normalizedString),
	                version,
	                makeOptionalTextElement(data.description, 'description', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.scope, 'scope'),
	                hashes,
	                licenses,
	                makeOptionalTextElement(data.copyright, 'copyright', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.cpe, 'cpe'),
	                makeOptionalTextElement(data.purl, 'purl'),
	                swid,
	                extRefs,
	                properties,
	                components,
	                evidence
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(c => this.normalize(c, options, elementName)).filter(notUndefined_1.isNotUndefined);
	    }
	}
	normalize.ComponentNormalizer = ComponentNormalizer;
	class ServiceNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const spec = this._factory.spec;
	        const provider = data.provider === undefined
	            ? undefined
	            : this._factory.makeForOrganizationalEntity().normalize(data.provider, options, 'provider');
	        const licenses = data.licenses.size > 0
	            ? {
	                type: 'element',
	                name: 'licenses',
	                children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
	            }
	            : undefined;
	        const extRefs = data.externalReferences.size > 0
	            ? {
	                type: 'element',
	                name: 'externalReferences',
	                children: this._factory.makeForExternalReference().normalizeIterable(data.externalReferences, options, 'reference')
	            }
	            : undefined;
	        const properties = spec.supportsProperties(data) && data.properties.size > 0
	            ? {
	                type: 'element',
	                name: 'properties',
	                children: this._factory.makeForProperty().normalizeIterable(data.properties, options, 'property')
	            }
	            : undefined;
	        const services = data.services.size > 0
	            ? {
	                type: 'element',
	                name: 'services',
	                children: this.normalizeIterable(data.services, options, 'service')
	            }
	            : undefined;
	        return {
	            type: 'element',
	            name: elementName,
	            attributes: {
	                'bom-ref': data.bomRef.value
	            },
	            children: [
	                provider,
	                makeOptionalTextElement(data.group, 'group', _xsd_1.normalizedString),
	                makeTextElement(data.name, 'name', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.version, 'version', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.description, 'description', _xsd_1.normalizedString),
	                licenses,
	                extRefs,
	                properties,
	                services,
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(s => this.normalize(s, options, elementName));
	    }
	}
	normalize.ServiceNormalizer = ServiceNormalizer;
	class ComponentEvidenceNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const licenses = data.licenses.size > 0
	            ? {
	                type: 'element',
	                name: 'licenses',
	                children: this._factory.makeForLicense().normalizeIterable(data.licenses, options)
	            }
	            : undefined;
	        const copyright = data.copyright.size > 0
	            ? {
	                type: 'element',
	                name: 'copyright',
	                children: makeTextElementIter(data.copyright, options, 'text')
	            }
	            : undefined;
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                licenses,
	                copyright
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	}
	normalize.ComponentEvidenceNormalizer = ComponentEvidenceNormalizer;
	class LicenseNormalizer extends BaseXmlNormalizer {
	    normalize(data, options) {
	        switch (true) {
	            case data instanceof license_1.NamedLicense:
	                return this.#normalizeNamedLicense(data, options);
	            case data instanceof license_1.SpdxLicense:
	                return (0, spdx_1.isSupportedSpdxId)(data.id)
	                    ? this.#normalizeSpdxLicense(data, options)
	                    : this.#normalizeNamedLicense(new license_1.NamedLicense(data.id, { url: data.url }), options);
	            case data instanceof license_1.LicenseExpression:
	                return this.#normalizeLicenseExpression(data);
	            default:
	                throw new TypeError('Unexpected LicenseChoice');
	        }
	    }
	    #normalizeNamedLicense(data, options) {
	        const spec = this._factory.spec;
	        const url = (0, uri_1.escapeUri)(data.url?.toString());
	        const properties = spec.supportsProperties(data) && data.properties.size > 0
	            ? {
	                type: 'element',
	                name: 'properties',
	                children: this._factory.makeForProperty().normalizeIterable(data.properties, options, 'property')
	            }
	            : undefined;
	        return {
	            type: 'element',
	            name: 'license',
	            attributes: {
	                acknowledgement: spec.supportsLicenseAcknowledgement
	                    ? data.acknowledgement
	                    : undefined
	            },
	            children: [
	                makeTextElement(data.name, 'name', _xsd_1.normalizedString),
	                data.text === undefined
	                    ? undefined
	                    : this._factory.makeForAttachment().normalize(data.text, options, 'text'),
	                types_1.XmlSchema.isAnyURI(url)
	                    ? makeTextElement(url, 'url')
	                    : undefined,
	                properties
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    #normalizeSpdxLicense(data, options) {
	        const spec = this._factory.spec;
	        const url = (0, uri_1.escapeUri)(data.url?.toString());
	        const properties = spec.supportsProperties(data) && data.properties.size > 0
	            ? {
	                type: 'element',
	                name: 'properties',
	                children: this._factory.makeForProperty().normalizeIterable(data.properties, options, 'property')
	            }
	            : undefined;
	        return {
	            type: 'element',
	            name: 'license',
	            attributes: {
	                acknowledgement: spec.supportsLicenseAcknowledgement
	                    ? data.acknowledgement
	                    : undefined
	            },
	            children: [
	                makeTextElement(data.id, 'id'),
	                data.text === undefined
	                    ? undefined
	                    : this._factory.makeForAttachment().normalize(data.text, options, 'text'),
	                types_1.XmlSchema.isAnyURI(url)
	                    ? makeTextElement(url, 'url')
	                    : undefined,
	                properties
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    #normalizeLicenseExpression(data) {
	        const elem = makeTextElement(data.expression, 'expression', _xsd_1.normalizedString);
	        elem.attributes = {
	            acknowledgement: this._factory.spec.supportsLicenseAcknowledgement
	                ? data.acknowledgement
	                : undefined
	        };
	        return elem;
	    }
	    normalizeIterable(data, options) {
	        const licenses = options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data);
	        if (licenses.length > 1) {
	            const expressions = licenses.filter(l => l instanceof license_1.LicenseExpression);
	            if (expressions.length > 0) {
	                return [this.#normalizeLicenseExpression(expressions[0])];
	            }
	        }
	        return licenses.map(l => this.normalize(l, options));
	    }
	}
	normalize.LicenseNormalizer = LicenseNormalizer;
	class SWIDNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const url = (0, uri_1.escapeUri)(data.url?.toString());
	        return {
	            type: 'element',
	            name: elementName,
	            attributes: {
	                tagId: data.tagId,
	                name: data.name,
	                version: data.version || undefined,
	                tagVersion: data.tagVersion,
	                patch: data.patch === undefined
	                    ? undefined
	                    : (data.patch ? 'true' : 'false')
	            },
	            children: [
	                data.text === undefined
	                    ? undefined
	                    : this._factory.makeForAttachment().normalize(data.text, options, 'text'),
	                types_1.XmlSchema.isAnyURI(url)
	                    ? makeTextElement(url, 'url')
	                    : undefined
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	}
	normalize.SWIDNormalizer = SWIDNormalizer;
	class ExternalReferenceNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const url = (0, uri_1.escapeUri)(data.url.toString());
	        const hashes = this._factory.spec.supportsExternalReferenceHashes && data.hashes.size > 0
	            ? {
	                type: 'element',
	                name: 'hashes',
	                children: this._factory.makeForHash().normalizeIterable(data.hashes, options, 'hash')
	            }
	            : undefined;
	        return this._factory.spec.supportsExternalReferenceType(data.type) &&
	            types_1.XmlSchema.isAnyURI(url)
	            ? {
	                type: 'element',
	                name: elementName,
	                attributes: {
	                    type: data.type
	                },
	                children: [
	                    makeTextElement(url, 'url'),
	                    makeOptionalTextElement(data.comment, 'comment'),
	                    hashes
	                ].filter(notUndefined_1.isNotUndefined)
	            }
	            : undefined;
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(r => this.normalize(r, options, elementName)).filter(notUndefined_1.isNotUndefined);
	    }
	}
	normalize.ExternalReferenceNormalizer = ExternalReferenceNormalizer;
	class AttachmentNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        return {
	            type: 'element',
	            name: elementName,
	            attributes: {
	                'content-type': data.contentType
	                    ? (0, _xsd_1.normalizedString)(data.contentType)
	                    : undefined,
	                encoding: data.encoding || undefined
	            },
	            children: data.content.toString()
	        };
	    }
	}
	normalize.AttachmentNormalizer = AttachmentNormalizer;
	class PropertyNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        return {
	            type: 'element',
	            name: elementName,
	            attributes: {
	                name: data.name
	            },
	            children: (0, _xsd_1.normalizedString)(data.value)
	        };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(p => this.normalize(p, options, elementName));
	    }
	}
	normalize.PropertyNormalizer = PropertyNormalizer;
	class DependencyGraphNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const allRefs = new Map();
	        if (data.metadata.component !== undefined) {
	            allRefs.set(data.metadata.component.bomRef, data.metadata.component.dependencies);
	            for (const component of data.metadata.component.components[tree_1.treeIteratorSymbol]()) {
	                allRefs.set(component.bomRef, component.dependencies);
	            }
	        }
	        for (const component of data.components[tree_1.treeIteratorSymbol]()) {
	            allRefs.set(component.bomRef, component.dependencies);
	        }
	        for (const service of data.services[tree_1.treeIteratorSymbol]()) {
	            allRefs.set(service.bomRef, service.dependencies);
	        }
	        const normalized = [];
	        for (const [ref, deps] of allRefs) {
	            const dep = this.#normalizeDependency(ref, deps, allRefs, options);
	            if ((0, notUndefined_1.isNotUndefined)(dep)) {
	                normalized.push(dep);
	            }
	        }
	        if (options.sortLists ?? false) {
	            normalized.sort(({ attributes: { ref: a } }, { attributes: { ref: b } }) => a.localeCompare(b));
	        }
	        return {
	            type: 'element',
	            name: elementName,
	            children: normalized
	        };
	    }
	    #normalizeDependency(ref, deps, allRefs, options) {
	        const bomRef = ref.toString();
	        if (bomRef.length === 0) {
	            return undefined;
	        }
	        const dependsOn = Array.from(deps).filter(d => allRefs.has(d) && d !== ref)
	            .map(d => d.toString()).filter(d => d.length > 0);
	        if (options.sortLists ?? false) {
	            dependsOn.sort((a, b) => a.localeCompare(b));
	        }
	        return {
	            type: 'element',
	            name: 'dependency',
	            attributes: { ref: bomRef },
	            children: dependsOn.map(d => ({
	                type: 'element',
	                name: 'dependency',
	                attributes: { ref: d }
	            }))
	        };
	    }
	}
	normalize.DependencyGraphNormalizer = DependencyGraphNormalizer;
	class VulnerabilityNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const references = data.references.size > 0
	            ? {
	                type: 'element',
	                name: 'references',
	                children: this._factory.makeForVulnerabilityReference().normalizeIterable(data.references, options, 'reference')
	            }
	            : undefined;
	        const ratings = data.ratings.size > 0
	            ? {
	                type: 'element',
	                name: 'ratings',
	                children: this._factory.makeForVulnerabilityRating().normalizeIterable(data.ratings, options, 'rating')
	            }
	            : undefined;
	        const cwes = data.cwes.size > 0
	            ? {
	                type: 'element',
	                name: 'cwes',
	                children: (options.sortLists
	                    ? data.cwes.sorted()
	                    : Array.from(data.cwes)).map(cwe => makeTextElement(cwe, 'cwe'))
	            }
	            : undefined;
	        const advisories = data.advisories.size > 0
	            ? {
	                type: 'element',
	                name: 'advisories',
	                children: this._factory.makeForVulnerabilityAdvisory().normalizeIterable(data.advisories, options, 'advisory')
	            }
	            : undefined;
	        const tools = data.tools.size > 0
	            ? this._factory.makeForTools().normalize(data.tools, options, 'tools')
	            : undefined;
	        const affects = data.affects.size > 0
	            ? {
	                type: 'element',
	                name: 'affects',
	                children: this._factory.makeForVulnerabilityAffect().normalizeIterable(data.affects, options, 'target')
	            }
	            : undefined;
	        const properties = data.properties.size > 0
	            ? {
	                type: 'element',
	                name: 'properties',
	                children: this._factory.makeForProperty().normalizeIterable(data.properties, options, 'property')
	            }
	            : undefined;
	        return {
	            type: 'element',
	            name: elementName,
	            attributes: { 'bom-ref': data.bomRef.value || undefined },
	            children: [
	                makeOptionalTextElement(data.id, 'id', _xsd_1.normalizedString),
	                data.source === undefined
	                    ? undefined
	                    : this._factory.makeForVulnerabilitySource().normalize(data.source, options, 'source'),
	                references,
	                ratings,
	                cwes,
	                makeOptionalTextElement(data.description, 'description'),
	                makeOptionalTextElement(data.detail, 'detail'),
	                makeOptionalTextElement(data.recommendation, 'recommendation'),
	                advisories,
	                makeOptionalDateTimeElement(data.created, 'created'),
	                makeOptionalDateTimeElement(data.created, 'published'),
	                makeOptionalDateTimeElement(data.created, 'updated'),
	                data.credits === undefined
	                    ? undefined
	                    : this._factory.makeForVulnerabilityCredits().normalize(data.credits, options, 'credits'),
	                tools,
	                data.analysis === undefined
	                    ? undefined
	                    : this._factory.makeForVulnerabilityAnalysis().normalize(data.analysis, options, 'analysis'),
	                affects,
	                properties
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(v => this.normalize(v, options, elementName));
	    }
	}
	normalize.VulnerabilityNormalizer = VulnerabilityNormalizer;
	class VulnerabilitySourceNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const url = (0, uri_1.escapeUri)(data.url?.toString());
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                makeOptionalTextElement(data.name, 'name', _xsd_1.normalizedString),
	                types_1.XmlSchema.isAnyURI(url)
	                    ? makeTextElement(url, 'url')
	                    : undefined
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	}
	normalize.VulnerabilitySourceNormalizer = VulnerabilitySourceNormalizer;
	class VulnerabilityReferenceNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                makeTextElement(data.id, 'id'),
	                this._factory.makeForVulnerabilitySource().normalize(data.source, options, 'source')
	            ]
	        };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(r => this.normalize(r, options, elementName));
	    }
	}
	normalize.VulnerabilityReferenceNormalizer = VulnerabilityReferenceNormalizer;
	class VulnerabilityRatingNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                data.source === undefined
	                    ? undefined
	                    : this._factory.makeForVulnerabilitySource().normalize(data.source, options, 'source'),
	                makeOptionalTextElement(data.score, 'score'),
	                makeOptionalTextElement(data.severity, 'severity'),
	                this._factory.spec.supportsVulnerabilityRatingMethod(data.method)
	                    ? makeOptionalTextElement(data.method, 'method')
	                    : undefined,
	                makeOptionalTextElement(data.vector, 'vector', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.justification, 'justification')
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(r => this.normalize(r, options, elementName));
	    }
	}
	normalize.VulnerabilityRatingNormalizer = VulnerabilityRatingNormalizer;
	class VulnerabilityAdvisoryNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const url = (0, uri_1.escapeUri)(data.url.toString());
	        if (!types_1.XmlSchema.isAnyURI(url)) {
	            return undefined;
	        }
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                makeOptionalTextElement(data.title, 'title'),
	                makeTextElement(url, 'url')
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(a => this.normalize(a, options, elementName)).filter(notUndefined_1.isNotUndefined);
	    }
	}
	normalize.VulnerabilityAdvisoryNormalizer = VulnerabilityAdvisoryNormalizer;
	class VulnerabilityCreditsNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const organizations = data.organizations.size > 0
	            ? {
	                type: 'element',
	                name: 'organizations',
	                children: this._factory.makeForOrganizationalEntity().normalizeIterable(data.organizations, options, 'organization')
	            }
	            : undefined;
	        const individuals = data.individuals.size > 0
	            ? {
	                type: 'element',
	                name: 'individuals',
	                children: this._factory.makeForOrganizationalContact().normalizeIterable(data.individuals, options, 'individual')
	            }
	            : undefined;
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                organizations,
	                individuals
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	}
	normalize.VulnerabilityCreditsNormalizer = VulnerabilityCreditsNormalizer;
	class VulnerabilityAnalysisNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const responses = data.response.size > 0
	            ? {
	                type: 'element',
	                name: 'responses',
	                children: (options.sortLists ?? false
	                    ? data.response.sorted()
	                    : Array.from(data.response)).map(ar => makeTextElement(ar, 'response'))
	            }
	            : undefined;
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                makeOptionalTextElement(data.state, 'state'),
	                makeOptionalTextElement(data.justification, 'justification'),
	                responses,
	                makeOptionalTextElement(data.detail, 'detail')
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	}
	normalize.VulnerabilityAnalysisNormalizer = VulnerabilityAnalysisNormalizer;
	class VulnerabilityAffectNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        const versions = data.versions.size > 0
	            ? {
	                type: 'element',
	                name: 'versions',
	                children: this._factory.makeForVulnerabilityAffectedVersion().normalizeIterable(data.versions, options, 'version')
	            }
	            : undefined;
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                makeTextElement(data.ref, 'ref'),
	                versions
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(a => this.normalize(a, options, elementName));
	    }
	}
	normalize.VulnerabilityAffectNormalizer = VulnerabilityAffectNormalizer;
	class VulnerabilityAffectedVersionNormalizer extends BaseXmlNormalizer {
	    normalize(data, options, elementName) {
	        switch (true) {
	            case data instanceof affect_1.AffectedSingleVersion:
	                return this.#normalizeAffectedSingleVersion(data, elementName);
	            case data instanceof affect_1.AffectedVersionRange:
	                return this.#normalizeAffectedVersionRange(data, elementName);
	            default:
	                throw new TypeError('Unexpected Vulnerability AffectedVersion');
	        }
	    }
	    #normalizeAffectedSingleVersion(data, elementName) {
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                makeTextElement(data.version, 'version', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.status, 'status')
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    #normalizeAffectedVersionRange(data, elementName) {
	        return {
	            type: 'element',
	            name: elementName,
	            children: [
	                makeTextElement(data.range, 'range', _xsd_1.normalizedString),
	                makeOptionalTextElement(data.status, 'status')
	            ].filter(notUndefined_1.isNotUndefined)
	        };
	    }
	    normalizeIterable(data, options, elementName) {
	        return (options.sortLists ?? false
	            ? data.sorted()
	            : Array.from(data)).map(av => this.normalize(av, options, elementName));
	    }
	}
	normalize.VulnerabilityAffectedVersionNormalizer = VulnerabilityAffectedVersionNormalizer;
	const noTEM = (s) => s;
	function makeOptionalTextElement(data, elementName, mod = noTEM) {
	    const s = mod(data?.toString() ?? '');
	    return s.length > 0
	        ? makeTextElement(s, elementName)
	        : undefined;
	}
	function makeTextElement(data, elementName, mod = noTEM) {
	    return {
	        type: 'element',
	        name: elementName,
	        children: mod(data.toString())
	    };
	}
	function makeTextElementIter(data, options, elementName, mod = noTEM) {
	    const r = Array.from(data, d => makeTextElement(d, elementName, mod));
	    if (options.sortLists ?? false) {
	        r.sort(({ children: a }, { children: b }) => a.localeCompare(b));
	    }
	    return r;
	}
	function makeOptionalDateTimeElement(data, elementName, mod = noTEM) {
	    const d = data?.toISOString();
	    return d === undefined
	        ? undefined
	        : makeTextElement(d, elementName, mod);
	}
	
	return normalize;
}

var hasRequiredXml;

function requireXml () {
	if (hasRequiredXml) return xml;
	hasRequiredXml = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	var __createBinding = (xml && xml.__createBinding) || (Object.create ? (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    var desc = Object.getOwnPropertyDescriptor(m, k);
	    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
	      desc = { enumerable: true, get: function() { return m[k]; } };
	    }
	    Object.defineProperty(o, k2, desc);
	}) : (function(o, m, k, k2) {
	    if (k2 === undefined) k2 = k;
	    o[k2] = m[k];
	}));
	var __setModuleDefault = (xml && xml.__setModuleDefault) || (Object.create ? (function(o, v) {
	    Object.defineProperty(o, "default", { enumerable: true, value: v });
	}) : function(o, v) {
	    o["default"] = v;
	});
	var __importStar = (xml && xml.__importStar) || (function () {
	    var ownKeys = function(o) {
	        ownKeys = Object.getOwnPropertyNames || function (o) {
	            var ar = [];
	            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
	            return ar;
	        };
	        return ownKeys(o);
	    };
	    return function (mod) {
	        if (mod && mod.__esModule) return mod;
	        var result = {};
	        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
	        __setModuleDefault(result, mod);
	        return result;
	    };
	})();
	Object.defineProperty(xml, "__esModule", { value: true });
	xml.Types = xml.Normalize = void 0;
	xml.Normalize = __importStar(requireNormalize());
	xml.Types = __importStar(requireTypes());
	
	return xml;
}

var xmlBaseSerializer = {};

var hasRequiredXmlBaseSerializer;

function requireXmlBaseSerializer () {
	if (hasRequiredXmlBaseSerializer) return xmlBaseSerializer;
	hasRequiredXmlBaseSerializer = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(xmlBaseSerializer, "__esModule", { value: true });
	xmlBaseSerializer.XmlBaseSerializer = void 0;
	const enums_1 = requireEnums();
	const errors_1 = requireErrors();
	const baseSerializer_1 = requireBaseSerializer();
	class XmlBaseSerializer extends baseSerializer_1.BaseSerializer {
	    #normalizerFactory;
	    constructor(normalizerFactory) {
	        if (!normalizerFactory.spec.supportsFormat(enums_1.Format.XML)) {
	            throw new errors_1.UnsupportedFormatError('Spec does not support XML format.');
	        }
	        super();
	        this.#normalizerFactory = normalizerFactory;
	    }
	    get normalizerFactory() {
	        return this.#normalizerFactory;
	    }
	    _normalize(bom, options = {}) {
	        return this.#normalizerFactory.makeForBom()
	            .normalize(bom, options);
	    }
	}
	xmlBaseSerializer.XmlBaseSerializer = XmlBaseSerializer;
	
	return xmlBaseSerializer;
}

var hasRequiredIndex_common;

function requireIndex_common () {
	if (hasRequiredIndex_common) return index_common;
	hasRequiredIndex_common = 1;
	(function (exports) {
		/*!
		This file is part of CycloneDX JavaScript Library.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		   http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.

		SPDX-License-Identifier: Apache-2.0
		Copyright (c) OWASP Foundation. All Rights Reserved.
		*/
		var __createBinding = (index_common && index_common.__createBinding) || (Object.create ? (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    var desc = Object.getOwnPropertyDescriptor(m, k);
		    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
		      desc = { enumerable: true, get: function() { return m[k]; } };
		    }
		    Object.defineProperty(o, k2, desc);
		}) : (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    o[k2] = m[k];
		}));
		var __setModuleDefault = (index_common && index_common.__setModuleDefault) || (Object.create ? (function(o, v) {
		    Object.defineProperty(o, "default", { enumerable: true, value: v });
		}) : function(o, v) {
		    o["default"] = v;
		});
		var __exportStar = (index_common && index_common.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		var __importStar = (index_common && index_common.__importStar) || (function () {
		    var ownKeys = function(o) {
		        ownKeys = Object.getOwnPropertyNames || function (o) {
		            var ar = [];
		            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
		            return ar;
		        };
		        return ownKeys(o);
		    };
		    return function (mod) {
		        if (mod && mod.__esModule) return mod;
		        var result = {};
		        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
		        __setModuleDefault(result, mod);
		        return result;
		    };
		})();
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.XML = exports.JSON = exports.Types = void 0;
		__exportStar(requireBomRefDiscriminator(), exports);
		__exportStar(requireErrors$1(), exports);
		exports.Types = __importStar(requireTypes$2());
		__exportStar(requireBaseSerializer(), exports);
		exports.JSON = __importStar(requireJson());
		__exportStar(requireJsonSerializer(), exports);
		exports.XML = __importStar(requireXml());
		__exportStar(requireXmlBaseSerializer(), exports);
		
	} (index_common));
	return index_common;
}

var xmlSerializer_node = {};

var xmlStringify = {};

var _wrapper = {};

var hasRequired_wrapper;

function require_wrapper () {
	if (hasRequired_wrapper) return _wrapper;
	hasRequired_wrapper = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(_wrapper, "__esModule", { value: true });
	_wrapper.default = default_1;
	const errors_1 = requireErrors$2();
	function makeWIllThrow(message) {
	    const f = function () {
	        throw new errors_1.OptPlugError(message);
	    };
	    f.fails = true;
	    return Object.freeze(f);
	}
	function default_1(name, pf) {
	    for (const [, getF] of pf) {
	        try {
	            return getF();
	        }
	        catch {
	        }
	    }
	    return makeWIllThrow(`No ${name} available.\n` +
	        'Please install one of the optional dependencies: ' +
	        pf.map(kv => kv[0]).join(' || '));
	}
	
	return _wrapper;
}

var xmlbuilder2 = {};

var hasRequiredXmlbuilder2;

function requireXmlbuilder2 () {
	if (hasRequiredXmlbuilder2) return xmlbuilder2;
	hasRequiredXmlbuilder2 = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(xmlbuilder2, "__esModule", { value: true });
	const xmlbuilder2_1 = require("xmlbuilder2");
	if (typeof xmlbuilder2_1.create !== 'function') {
	    throw new Error('`create` is not a function');
	}
	xmlbuilder2.default = (function (rootElement, { space } = {}) {
	    const indent = makeIndent(space);
	    const doc = (0, xmlbuilder2_1.create)({ encoding: 'UTF-8' });
	    addEle(doc, rootElement);
	    return doc.end({
	        format: 'xml',
	        newline: '\n',
	        prettyPrint: indent.length > 0,
	        indent
	    });
	});
	function addEle(parent, element, parentNS = null) {
	    if (element.type !== 'element') {
	        return;
	    }
	    const ns = getNS(element) ?? parentNS;
	    const ele = parent.ele(ns, element.name, element.attributes);
	    if (element.children === undefined) ;
	    else if (typeof element.children === 'string' || typeof element.children === 'number') {
	        ele.txt(element.children.toString());
	    }
	    else {
	        for (const child of element.children) {
	            addEle(ele, child, ns);
	        }
	    }
	}
	function getNS(element) {
	    const ns = (element.namespace ?? element.attributes?.xmlns)?.toString() ?? '';
	    return ns.length > 0
	        ? ns
	        : null;
	}
	function makeIndent(space) {
	    if (typeof space === 'number') {
	        return ' '.repeat(Math.max(0, space));
	    }
	    if (typeof space === 'string') {
	        return space;
	    }
	    return '';
	}
	
	return xmlbuilder2;
}

var hasRequiredXmlStringify;

function requireXmlStringify () {
	if (hasRequiredXmlStringify) return xmlStringify;
	hasRequiredXmlStringify = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	var __importDefault = (xmlStringify && xmlStringify.__importDefault) || function (mod) {
	    return (mod && mod.__esModule) ? mod : { "default": mod };
	};
	Object.defineProperty(xmlStringify, "__esModule", { value: true });
	const _wrapper_1 = __importDefault(require_wrapper());
	xmlStringify.default = (0, _wrapper_1.default)('XmlStringifier', [
	    ['xmlbuilder2', () => requireXmlbuilder2().default]
	]);
	
	return xmlStringify;
}

var hasRequiredXmlSerializer_node;

function requireXmlSerializer_node () {
	if (hasRequiredXmlSerializer_node) return xmlSerializer_node;
	hasRequiredXmlSerializer_node = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	var __importDefault = (xmlSerializer_node && xmlSerializer_node.__importDefault) || function (mod) {
	    return (mod && mod.__esModule) ? mod : { "default": mod };
	};
	Object.defineProperty(xmlSerializer_node, "__esModule", { value: true });
	xmlSerializer_node.XmlSerializer = void 0;
	const errors_1 = requireErrors$2();
	const xmlStringify_1 = __importDefault(requireXmlStringify());
	const errors_2 = requireErrors$1();
	const xmlBaseSerializer_1 = requireXmlBaseSerializer();
	class XmlSerializer extends xmlBaseSerializer_1.XmlBaseSerializer {
	    _serialize(normalizedBom, options = {}) {
	        try {
	            return (0, xmlStringify_1.default)(normalizedBom, options);
	        }
	        catch (err) {
	            if (err instanceof errors_1.OptPlugError) {
	                throw new errors_2.MissingOptionalDependencyError(err.message, err);
	            }
	            throw err;
	        }
	    }
	}
	xmlSerializer_node.XmlSerializer = XmlSerializer;
	
	return xmlSerializer_node;
}

var hasRequiredIndex_node;

function requireIndex_node () {
	if (hasRequiredIndex_node) return index_node;
	hasRequiredIndex_node = 1;
	(function (exports) {
		/*!
		This file is part of CycloneDX JavaScript Library.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		   http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.

		SPDX-License-Identifier: Apache-2.0
		Copyright (c) OWASP Foundation. All Rights Reserved.
		*/
		var __createBinding = (index_node && index_node.__createBinding) || (Object.create ? (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    var desc = Object.getOwnPropertyDescriptor(m, k);
		    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
		      desc = { enumerable: true, get: function() { return m[k]; } };
		    }
		    Object.defineProperty(o, k2, desc);
		}) : (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    o[k2] = m[k];
		}));
		var __exportStar = (index_node && index_node.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		Object.defineProperty(exports, "__esModule", { value: true });
		__exportStar(requireIndex_common(), exports);
		__exportStar(requireXmlSerializer_node(), exports);
		
	} (index_node));
	return index_node;
}

var index_nodeExports = requireIndex_node();

var spec = {};

var consts = {};

var _protocol = {};

var hasRequired_protocol;

function require_protocol () {
	if (hasRequired_protocol) return _protocol;
	hasRequired_protocol = 1;
	/*!
	This file is part of CycloneDX JavaScript Library.

	Licensed under the Apache License, Version 2.0 (the "License");
	you may not use this file except in compliance with the License.
	You may obtain a copy of the License at

	   http://www.apache.org/licenses/LICENSE-2.0

	Unless required by applicable law or agreed to in writing, software
	distributed under the License is distributed on an "AS IS" BASIS,
	WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
	See the License for the specific language governing permissions and
	limitations under the License.

	SPDX-License-Identifier: Apache-2.0
	Copyright (c) OWASP Foundation. All Rights Reserved.
	*/
	Object.defineProperty(_protocol, "__esModule", { value: true });
	_protocol._Spec = void 0;
	const models_1 = requireModels();
	class _Spec {
	    #version;
	    #formats;
	    #componentTypes;
	    #hashAlgorithms;
	    #hashValuePattern;
	    #externalReferenceTypes;
	    #vulnerabilityRatingMethods;
	    #supportsDependencyGraph;
	    #supportsToolReferences;
	    #requiresComponentVersion;
	    #supportsProperties;
	    #supportsVulnerabilities;
	    #supportsComponentEvidence;
	    #supportsMetadataLifecycles;
	    #supportsMetadataLicenses;
	    #supportsMetadataProperties;
	    #supportsExternalReferenceHashes;
	    #supportsLicenseAcknowledgement;
	    #supportsServices;
	    #supportsToolsComponentsServices;
	    #supportsLicenseProperties;
	    constructor(version, formats, componentTypes, hashAlgorithms, hashValuePattern, externalReferenceTypes, supportsDependencyGraph, supportsToolReferences, requiresComponentVersion, supportsProperties, supportsVulnerabilities, vulnerabilityRatingMethods, supportsComponentEvidence, supportsMetadataLifecycles, supportsMetadataLicenses, supportsMetadataProperties, supportsExternalReferenceHashes, supportsLicenseAcknowledgement, supportsServices, supportsToolsComponentsServices, supportsLicenseProperties) {
	        this.#version = version;
	        this.#formats = new Set(formats);
	        this.#componentTypes = new Set(componentTypes);
	        this.#hashAlgorithms = new Set(hashAlgorithms);
	        this.#hashValuePattern = hashValuePattern;
	        this.#externalReferenceTypes = new Set(externalReferenceTypes);
	        this.#supportsDependencyGraph = supportsDependencyGraph;
	        this.#supportsToolReferences = supportsToolReferences;
	        this.#requiresComponentVersion = requiresComponentVersion;
	        this.#supportsProperties = supportsProperties;
	        this.#supportsVulnerabilities = supportsVulnerabilities;
	        this.#vulnerabilityRatingMethods = new Set(vulnerabilityRatingMethods);
	        this.#supportsComponentEvidence = supportsComponentEvidence;
	        this.#supportsMetadataLifecycles = supportsMetadataLifecycles;
	        this.#supportsMetadataLicenses = supportsMetadataLicenses;
	        this.#supportsMetadataProperties = supportsMetadataProperties;
	        this.#supportsExternalReferenceHashes = supportsExternalReferenceHashes;
	        this.#supportsLicenseAcknowledgement = supportsLicenseAcknowledgement;
	        this.#supportsServices = supportsServices;
	        this.#supportsToolsComponentsServices = supportsToolsComponentsServices;
	        this.#supportsLicenseProperties = supportsLicenseProperties;
	    }
	    get version() {
	        return this.#version;
	    }
	    supportsFormat(f) {
	        return this.#formats.has(f);
	    }
	    supportsComponentType(ct) {
	        return this.#componentTypes.has(ct);
	    }
	    supportsHashAlgorithm(ha) {
	        return this.#hashAlgorithms.has(ha);
	    }
	    supportsHashValue(hv) {
	        return typeof hv === 'string' &&
	            this.#hashValuePattern.test(hv);
	    }
	    supportsExternalReferenceType(ert) {
	        return this.#externalReferenceTypes.has(ert);
	    }
	    get supportsDependencyGraph() {
	        return this.#supportsDependencyGraph;
	    }
	    get supportsToolReferences() {
	        return this.#supportsToolReferences;
	    }
	    get requiresComponentVersion() {
	        return this.#requiresComponentVersion;
	    }
	    supportsProperties(model) {
	        switch (true) {
	            case model instanceof models_1.NamedLicense || model instanceof models_1.SpdxLicense:
	                return this.#supportsLicenseProperties;
	            default:
	                return this.#supportsProperties;
	        }
	    }
	    get supportsVulnerabilities() {
	        return this.#supportsVulnerabilities;
	    }
	    supportsVulnerabilityRatingMethod(rm) {
	        return this.#vulnerabilityRatingMethods.has(rm);
	    }
	    get supportsComponentEvidence() {
	        return this.#supportsComponentEvidence;
	    }
	    get supportsMetadataLifecycles() {
	        return this.#supportsMetadataLifecycles;
	    }
	    get supportsMetadataLicenses() {
	        return this.#supportsMetadataLicenses;
	    }
	    get supportsMetadataProperties() {
	        return this.#supportsMetadataProperties;
	    }
	    get supportsExternalReferenceHashes() {
	        return this.#supportsExternalReferenceHashes;
	    }
	    get supportsLicenseAcknowledgement() {
	        return this.#supportsLicenseAcknowledgement;
	    }
	    get supportsServices() {
	        return this.#supportsServices;
	    }
	    get supportsToolsComponentsServices() {
	        return this.#supportsToolsComponentsServices;
	    }
	}
	_protocol._Spec = _Spec;
	
	return _protocol;
}

var hasRequiredConsts;

function requireConsts () {
	if (hasRequiredConsts) return consts;
	hasRequiredConsts = 1;
	(function (exports) {
		/*!
		This file is part of CycloneDX JavaScript Library.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		   http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.

		SPDX-License-Identifier: Apache-2.0
		Copyright (c) OWASP Foundation. All Rights Reserved.
		*/
		Object.defineProperty(exports, "__esModule", { value: true });
		exports.SpecVersionDict = exports.Spec1dot7 = exports.Spec1dot6 = exports.Spec1dot5 = exports.Spec1dot4 = exports.Spec1dot3 = exports.Spec1dot2 = void 0;
		const componentType_1 = requireComponentType();
		const externalReferenceType_1 = requireExternalReferenceType();
		const hashAlogorithm_1 = requireHashAlogorithm();
		const ratingMethod_1 = requireRatingMethod();
		const _protocol_1 = require_protocol();
		const enums_1 = requireEnums();
		exports.Spec1dot2 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot2, [
		    enums_1.Format.XML,
		    enums_1.Format.JSON
		], [
		    componentType_1.ComponentType.Application,
		    componentType_1.ComponentType.Framework,
		    componentType_1.ComponentType.Library,
		    componentType_1.ComponentType.Container,
		    componentType_1.ComponentType.OperatingSystem,
		    componentType_1.ComponentType.Device,
		    componentType_1.ComponentType.Firmware,
		    componentType_1.ComponentType.File
		], [
		    hashAlogorithm_1.HashAlgorithm.MD5,
		    hashAlogorithm_1.HashAlgorithm['SHA-1'],
		    hashAlogorithm_1.HashAlgorithm['SHA-256'],
		    hashAlogorithm_1.HashAlgorithm['SHA-384'],
		    hashAlogorithm_1.HashAlgorithm['SHA-512'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
		    hashAlogorithm_1.HashAlgorithm.BLAKE3
		], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
		    externalReferenceType_1.ExternalReferenceType.VCS,
		    externalReferenceType_1.ExternalReferenceType.IssueTracker,
		    externalReferenceType_1.ExternalReferenceType.Website,
		    externalReferenceType_1.ExternalReferenceType.Advisories,
		    externalReferenceType_1.ExternalReferenceType.BOM,
		    externalReferenceType_1.ExternalReferenceType.MailingList,
		    externalReferenceType_1.ExternalReferenceType.Social,
		    externalReferenceType_1.ExternalReferenceType.Chat,
		    externalReferenceType_1.ExternalReferenceType.Documentation,
		    externalReferenceType_1.ExternalReferenceType.Support,
		    externalReferenceType_1.ExternalReferenceType.Distribution,
		    externalReferenceType_1.ExternalReferenceType.License,
		    externalReferenceType_1.ExternalReferenceType.BuildMeta,
		    externalReferenceType_1.ExternalReferenceType.BuildSystem,
		    externalReferenceType_1.ExternalReferenceType.Other
		], true, false, true, false, false, [], false, false, false, false, false, false, true, false, false));
		exports.Spec1dot3 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot3, [
		    enums_1.Format.XML,
		    enums_1.Format.JSON
		], [
		    componentType_1.ComponentType.Application,
		    componentType_1.ComponentType.Framework,
		    componentType_1.ComponentType.Library,
		    componentType_1.ComponentType.Container,
		    componentType_1.ComponentType.OperatingSystem,
		    componentType_1.ComponentType.Device,
		    componentType_1.ComponentType.Firmware,
		    componentType_1.ComponentType.File
		], [
		    hashAlogorithm_1.HashAlgorithm.MD5,
		    hashAlogorithm_1.HashAlgorithm['SHA-1'],
		    hashAlogorithm_1.HashAlgorithm['SHA-256'],
		    hashAlogorithm_1.HashAlgorithm['SHA-384'],
		    hashAlogorithm_1.HashAlgorithm['SHA-512'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
		    hashAlogorithm_1.HashAlgorithm.BLAKE3
		], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
		    externalReferenceType_1.ExternalReferenceType.VCS,
		    externalReferenceType_1.ExternalReferenceType.IssueTracker,
		    externalReferenceType_1.ExternalReferenceType.Website,
		    externalReferenceType_1.ExternalReferenceType.Advisories,
		    externalReferenceType_1.ExternalReferenceType.BOM,
		    externalReferenceType_1.ExternalReferenceType.MailingList,
		    externalReferenceType_1.ExternalReferenceType.Social,
		    externalReferenceType_1.ExternalReferenceType.Chat,
		    externalReferenceType_1.ExternalReferenceType.Documentation,
		    externalReferenceType_1.ExternalReferenceType.Support,
		    externalReferenceType_1.ExternalReferenceType.Distribution,
		    externalReferenceType_1.ExternalReferenceType.License,
		    externalReferenceType_1.ExternalReferenceType.BuildMeta,
		    externalReferenceType_1.ExternalReferenceType.BuildSystem,
		    externalReferenceType_1.ExternalReferenceType.Other
		], true, false, true, true, false, [], true, false, true, true, true, false, true, false, false));
		exports.Spec1dot4 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot4, [
		    enums_1.Format.XML,
		    enums_1.Format.JSON
		], [
		    componentType_1.ComponentType.Application,
		    componentType_1.ComponentType.Framework,
		    componentType_1.ComponentType.Library,
		    componentType_1.ComponentType.Container,
		    componentType_1.ComponentType.OperatingSystem,
		    componentType_1.ComponentType.Device,
		    componentType_1.ComponentType.Firmware,
		    componentType_1.ComponentType.File
		], [
		    hashAlogorithm_1.HashAlgorithm.MD5,
		    hashAlogorithm_1.HashAlgorithm['SHA-1'],
		    hashAlogorithm_1.HashAlgorithm['SHA-256'],
		    hashAlogorithm_1.HashAlgorithm['SHA-384'],
		    hashAlogorithm_1.HashAlgorithm['SHA-512'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
		    hashAlogorithm_1.HashAlgorithm.BLAKE3
		], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
		    externalReferenceType_1.ExternalReferenceType.VCS,
		    externalReferenceType_1.ExternalReferenceType.IssueTracker,
		    externalReferenceType_1.ExternalReferenceType.Website,
		    externalReferenceType_1.ExternalReferenceType.Advisories,
		    externalReferenceType_1.ExternalReferenceType.BOM,
		    externalReferenceType_1.ExternalReferenceType.MailingList,
		    externalReferenceType_1.ExternalReferenceType.Social,
		    externalReferenceType_1.ExternalReferenceType.Chat,
		    externalReferenceType_1.ExternalReferenceType.Documentation,
		    externalReferenceType_1.ExternalReferenceType.Support,
		    externalReferenceType_1.ExternalReferenceType.Distribution,
		    externalReferenceType_1.ExternalReferenceType.License,
		    externalReferenceType_1.ExternalReferenceType.BuildMeta,
		    externalReferenceType_1.ExternalReferenceType.BuildSystem,
		    externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
		    externalReferenceType_1.ExternalReferenceType.Other
		], true, true, false, true, true, [
		    ratingMethod_1.RatingMethod.CVSSv2,
		    ratingMethod_1.RatingMethod.CVSSv3,
		    ratingMethod_1.RatingMethod.CVSSv31,
		    ratingMethod_1.RatingMethod.OWASP,
		    ratingMethod_1.RatingMethod.Other
		], true, false, true, true, true, false, true, false, false));
		exports.Spec1dot5 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot5, [
		    enums_1.Format.XML,
		    enums_1.Format.JSON
		], [
		    componentType_1.ComponentType.Application,
		    componentType_1.ComponentType.Framework,
		    componentType_1.ComponentType.Library,
		    componentType_1.ComponentType.Container,
		    componentType_1.ComponentType.Platform,
		    componentType_1.ComponentType.OperatingSystem,
		    componentType_1.ComponentType.Device,
		    componentType_1.ComponentType.DeviceDriver,
		    componentType_1.ComponentType.Firmware,
		    componentType_1.ComponentType.File,
		    componentType_1.ComponentType.MachineLearningModel,
		    componentType_1.ComponentType.Data
		], [
		    hashAlogorithm_1.HashAlgorithm.MD5,
		    hashAlogorithm_1.HashAlgorithm['SHA-1'],
		    hashAlogorithm_1.HashAlgorithm['SHA-256'],
		    hashAlogorithm_1.HashAlgorithm['SHA-384'],
		    hashAlogorithm_1.HashAlgorithm['SHA-512'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
		    hashAlogorithm_1.HashAlgorithm.BLAKE3
		], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
		    externalReferenceType_1.ExternalReferenceType.VCS,
		    externalReferenceType_1.ExternalReferenceType.IssueTracker,
		    externalReferenceType_1.ExternalReferenceType.Website,
		    externalReferenceType_1.ExternalReferenceType.Advisories,
		    externalReferenceType_1.ExternalReferenceType.BOM,
		    externalReferenceType_1.ExternalReferenceType.MailingList,
		    externalReferenceType_1.ExternalReferenceType.Social,
		    externalReferenceType_1.ExternalReferenceType.Chat,
		    externalReferenceType_1.ExternalReferenceType.Documentation,
		    externalReferenceType_1.ExternalReferenceType.Support,
		    externalReferenceType_1.ExternalReferenceType.Distribution,
		    externalReferenceType_1.ExternalReferenceType.DistributionIntake,
		    externalReferenceType_1.ExternalReferenceType.License,
		    externalReferenceType_1.ExternalReferenceType.BuildMeta,
		    externalReferenceType_1.ExternalReferenceType.BuildSystem,
		    externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
		    externalReferenceType_1.ExternalReferenceType.SecurityContact,
		    externalReferenceType_1.ExternalReferenceType.ModelCard,
		    externalReferenceType_1.ExternalReferenceType.Log,
		    externalReferenceType_1.ExternalReferenceType.Configuration,
		    externalReferenceType_1.ExternalReferenceType.Evidence,
		    externalReferenceType_1.ExternalReferenceType.Formulation,
		    externalReferenceType_1.ExternalReferenceType.Attestation,
		    externalReferenceType_1.ExternalReferenceType.ThreatModel,
		    externalReferenceType_1.ExternalReferenceType.AdversaryModel,
		    externalReferenceType_1.ExternalReferenceType.RiskAssessment,
		    externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
		    externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
		    externalReferenceType_1.ExternalReferenceType.PentestReport,
		    externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
		    externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
		    externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
		    externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
		    externalReferenceType_1.ExternalReferenceType.MaturityReport,
		    externalReferenceType_1.ExternalReferenceType.CertificationReport,
		    externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
		    externalReferenceType_1.ExternalReferenceType.QualityMetrics,
		    externalReferenceType_1.ExternalReferenceType.POAM,
		    externalReferenceType_1.ExternalReferenceType.Other
		], true, true, false, true, true, [
		    ratingMethod_1.RatingMethod.CVSSv2,
		    ratingMethod_1.RatingMethod.CVSSv3,
		    ratingMethod_1.RatingMethod.CVSSv31,
		    ratingMethod_1.RatingMethod.CVSSv4,
		    ratingMethod_1.RatingMethod.OWASP,
		    ratingMethod_1.RatingMethod.SSVC,
		    ratingMethod_1.RatingMethod.Other
		], true, true, true, true, true, false, true, true, true));
		exports.Spec1dot6 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot6, [
		    enums_1.Format.XML,
		    enums_1.Format.JSON
		], [
		    componentType_1.ComponentType.Application,
		    componentType_1.ComponentType.Framework,
		    componentType_1.ComponentType.Library,
		    componentType_1.ComponentType.Container,
		    componentType_1.ComponentType.Platform,
		    componentType_1.ComponentType.OperatingSystem,
		    componentType_1.ComponentType.Device,
		    componentType_1.ComponentType.DeviceDriver,
		    componentType_1.ComponentType.Firmware,
		    componentType_1.ComponentType.File,
		    componentType_1.ComponentType.MachineLearningModel,
		    componentType_1.ComponentType.Data,
		    componentType_1.ComponentType.CryptographicAsset
		], [
		    hashAlogorithm_1.HashAlgorithm.MD5,
		    hashAlogorithm_1.HashAlgorithm['SHA-1'],
		    hashAlogorithm_1.HashAlgorithm['SHA-256'],
		    hashAlogorithm_1.HashAlgorithm['SHA-384'],
		    hashAlogorithm_1.HashAlgorithm['SHA-512'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
		    hashAlogorithm_1.HashAlgorithm.BLAKE3
		], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
		    externalReferenceType_1.ExternalReferenceType.VCS,
		    externalReferenceType_1.ExternalReferenceType.IssueTracker,
		    externalReferenceType_1.ExternalReferenceType.Website,
		    externalReferenceType_1.ExternalReferenceType.Advisories,
		    externalReferenceType_1.ExternalReferenceType.BOM,
		    externalReferenceType_1.ExternalReferenceType.MailingList,
		    externalReferenceType_1.ExternalReferenceType.Social,
		    externalReferenceType_1.ExternalReferenceType.Chat,
		    externalReferenceType_1.ExternalReferenceType.Documentation,
		    externalReferenceType_1.ExternalReferenceType.Support,
		    externalReferenceType_1.ExternalReferenceType.SourceDistribution,
		    externalReferenceType_1.ExternalReferenceType.Distribution,
		    externalReferenceType_1.ExternalReferenceType.DistributionIntake,
		    externalReferenceType_1.ExternalReferenceType.License,
		    externalReferenceType_1.ExternalReferenceType.BuildMeta,
		    externalReferenceType_1.ExternalReferenceType.BuildSystem,
		    externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
		    externalReferenceType_1.ExternalReferenceType.SecurityContact,
		    externalReferenceType_1.ExternalReferenceType.ModelCard,
		    externalReferenceType_1.ExternalReferenceType.Log,
		    externalReferenceType_1.ExternalReferenceType.Configuration,
		    externalReferenceType_1.ExternalReferenceType.Evidence,
		    externalReferenceType_1.ExternalReferenceType.Formulation,
		    externalReferenceType_1.ExternalReferenceType.Attestation,
		    externalReferenceType_1.ExternalReferenceType.ThreatModel,
		    externalReferenceType_1.ExternalReferenceType.AdversaryModel,
		    externalReferenceType_1.ExternalReferenceType.RiskAssessment,
		    externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
		    externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
		    externalReferenceType_1.ExternalReferenceType.PentestReport,
		    externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
		    externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
		    externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
		    externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
		    externalReferenceType_1.ExternalReferenceType.MaturityReport,
		    externalReferenceType_1.ExternalReferenceType.CertificationReport,
		    externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
		    externalReferenceType_1.ExternalReferenceType.QualityMetrics,
		    externalReferenceType_1.ExternalReferenceType.POAM,
		    externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
		    externalReferenceType_1.ExternalReferenceType.DigitalSignature,
		    externalReferenceType_1.ExternalReferenceType.RFC9116,
		    externalReferenceType_1.ExternalReferenceType.Other
		], true, true, false, true, true, [
		    ratingMethod_1.RatingMethod.CVSSv2,
		    ratingMethod_1.RatingMethod.CVSSv3,
		    ratingMethod_1.RatingMethod.CVSSv31,
		    ratingMethod_1.RatingMethod.CVSSv4,
		    ratingMethod_1.RatingMethod.OWASP,
		    ratingMethod_1.RatingMethod.SSVC,
		    ratingMethod_1.RatingMethod.Other
		], true, true, true, true, true, true, true, true, true));
		exports.Spec1dot7 = Object.freeze(new _protocol_1._Spec(enums_1.Version.v1dot7, [
		    enums_1.Format.XML,
		    enums_1.Format.JSON
		], [
		    componentType_1.ComponentType.Application,
		    componentType_1.ComponentType.Framework,
		    componentType_1.ComponentType.Library,
		    componentType_1.ComponentType.Container,
		    componentType_1.ComponentType.Platform,
		    componentType_1.ComponentType.OperatingSystem,
		    componentType_1.ComponentType.Device,
		    componentType_1.ComponentType.DeviceDriver,
		    componentType_1.ComponentType.Firmware,
		    componentType_1.ComponentType.File,
		    componentType_1.ComponentType.MachineLearningModel,
		    componentType_1.ComponentType.Data,
		    componentType_1.ComponentType.CryptographicAsset
		], [
		    hashAlogorithm_1.HashAlgorithm.MD5,
		    hashAlogorithm_1.HashAlgorithm['SHA-1'],
		    hashAlogorithm_1.HashAlgorithm['SHA-256'],
		    hashAlogorithm_1.HashAlgorithm['SHA-384'],
		    hashAlogorithm_1.HashAlgorithm['SHA-512'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-256'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-384'],
		    hashAlogorithm_1.HashAlgorithm['SHA3-512'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-256'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-384'],
		    hashAlogorithm_1.HashAlgorithm['BLAKE2b-512'],
		    hashAlogorithm_1.HashAlgorithm.BLAKE3,
		    hashAlogorithm_1.HashAlgorithm['Streebog-256'],
		    hashAlogorithm_1.HashAlgorithm['Streebog-512'],
		], /^([a-fA-F0-9]{32})$|^([a-fA-F0-9]{40})$|^([a-fA-F0-9]{64})$|^([a-fA-F0-9]{96})$|^([a-fA-F0-9]{128})$/, [
		    externalReferenceType_1.ExternalReferenceType.VCS,
		    externalReferenceType_1.ExternalReferenceType.IssueTracker,
		    externalReferenceType_1.ExternalReferenceType.Website,
		    externalReferenceType_1.ExternalReferenceType.Advisories,
		    externalReferenceType_1.ExternalReferenceType.BOM,
		    externalReferenceType_1.ExternalReferenceType.MailingList,
		    externalReferenceType_1.ExternalReferenceType.Social,
		    externalReferenceType_1.ExternalReferenceType.Chat,
		    externalReferenceType_1.ExternalReferenceType.Documentation,
		    externalReferenceType_1.ExternalReferenceType.Support,
		    externalReferenceType_1.ExternalReferenceType.SourceDistribution,
		    externalReferenceType_1.ExternalReferenceType.Distribution,
		    externalReferenceType_1.ExternalReferenceType.DistributionIntake,
		    externalReferenceType_1.ExternalReferenceType.License,
		    externalReferenceType_1.ExternalReferenceType.BuildMeta,
		    externalReferenceType_1.ExternalReferenceType.BuildSystem,
		    externalReferenceType_1.ExternalReferenceType.ReleaseNotes,
		    externalReferenceType_1.ExternalReferenceType.SecurityContact,
		    externalReferenceType_1.ExternalReferenceType.ModelCard,
		    externalReferenceType_1.ExternalReferenceType.Log,
		    externalReferenceType_1.ExternalReferenceType.Configuration,
		    externalReferenceType_1.ExternalReferenceType.Evidence,
		    externalReferenceType_1.ExternalReferenceType.Formulation,
		    externalReferenceType_1.ExternalReferenceType.Attestation,
		    externalReferenceType_1.ExternalReferenceType.ThreatModel,
		    externalReferenceType_1.ExternalReferenceType.AdversaryModel,
		    externalReferenceType_1.ExternalReferenceType.RiskAssessment,
		    externalReferenceType_1.ExternalReferenceType.VulnerabilityAssertion,
		    externalReferenceType_1.ExternalReferenceType.ExploitabilityStatement,
		    externalReferenceType_1.ExternalReferenceType.PentestReport,
		    externalReferenceType_1.ExternalReferenceType.StaticAnalysisReport,
		    externalReferenceType_1.ExternalReferenceType.DynamicAnalysisReport,
		    externalReferenceType_1.ExternalReferenceType.RuntimeAnalysisReport,
		    externalReferenceType_1.ExternalReferenceType.ComponentAnalysisReport,
		    externalReferenceType_1.ExternalReferenceType.MaturityReport,
		    externalReferenceType_1.ExternalReferenceType.CertificationReport,
		    externalReferenceType_1.ExternalReferenceType.CodifiedInfrastructure,
		    externalReferenceType_1.ExternalReferenceType.QualityMetrics,
		    externalReferenceType_1.ExternalReferenceType.POAM,
		    externalReferenceType_1.ExternalReferenceType.ElectronicSignature,
		    externalReferenceType_1.ExternalReferenceType.DigitalSignature,
		    externalReferenceType_1.ExternalReferenceType.RFC9116,
		    externalReferenceType_1.ExternalReferenceType.Citation,
		    externalReferenceType_1.ExternalReferenceType.Patent,
		    externalReferenceType_1.ExternalReferenceType.PatentAssertion,
		    externalReferenceType_1.ExternalReferenceType.PatentFamily,
		    externalReferenceType_1.ExternalReferenceType.RFC9116,
		    externalReferenceType_1.ExternalReferenceType.Other
		], true, true, false, true, true, [
		    ratingMethod_1.RatingMethod.CVSSv2,
		    ratingMethod_1.RatingMethod.CVSSv3,
		    ratingMethod_1.RatingMethod.CVSSv31,
		    ratingMethod_1.RatingMethod.CVSSv4,
		    ratingMethod_1.RatingMethod.OWASP,
		    ratingMethod_1.RatingMethod.SSVC,
		    ratingMethod_1.RatingMethod.Other
		], true, true, true, true, true, true, true, true, true));
		exports.SpecVersionDict = Object.freeze({
		    [enums_1.Version.v1dot7]: exports.Spec1dot7,
		    [enums_1.Version.v1dot6]: exports.Spec1dot6,
		    [enums_1.Version.v1dot5]: exports.Spec1dot5,
		    [enums_1.Version.v1dot4]: exports.Spec1dot4,
		    [enums_1.Version.v1dot3]: exports.Spec1dot3,
		    [enums_1.Version.v1dot2]: exports.Spec1dot2
		});
		
	} (consts));
	return consts;
}

var hasRequiredSpec;

function requireSpec () {
	if (hasRequiredSpec) return spec;
	hasRequiredSpec = 1;
	(function (exports) {
		/*!
		This file is part of CycloneDX JavaScript Library.

		Licensed under the Apache License, Version 2.0 (the "License");
		you may not use this file except in compliance with the License.
		You may obtain a copy of the License at

		   http://www.apache.org/licenses/LICENSE-2.0

		Unless required by applicable law or agreed to in writing, software
		distributed under the License is distributed on an "AS IS" BASIS,
		WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
		See the License for the specific language governing permissions and
		limitations under the License.

		SPDX-License-Identifier: Apache-2.0
		Copyright (c) OWASP Foundation. All Rights Reserved.
		*/
		var __createBinding = (spec && spec.__createBinding) || (Object.create ? (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    var desc = Object.getOwnPropertyDescriptor(m, k);
		    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
		      desc = { enumerable: true, get: function() { return m[k]; } };
		    }
		    Object.defineProperty(o, k2, desc);
		}) : (function(o, m, k, k2) {
		    if (k2 === undefined) k2 = k;
		    o[k2] = m[k];
		}));
		var __exportStar = (spec && spec.__exportStar) || function(m, exports) {
		    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
		};
		Object.defineProperty(exports, "__esModule", { value: true });
		__exportStar(requireConsts(), exports);
		__exportStar(requireEnums(), exports);
		__exportStar(requireErrors(), exports);
		
	} (spec));
	return spec;
}

var specExports = requireSpec();

/**
 * CycloneDX 1.6 JSON through @cyclonedx/cyclonedx-library's models and JSON serializer, so the
 * output follows the spec the library implements (field names, enum values, ordering).
 * Only the subpath entry points are imported: the root one also loads the validators, whose
 * schema-file lookups rely on __dirname and have no place in the bundled action. The Serialize
 * entry still carries the XML serializer, which `require`s the optional xmlbuilder2 inside a
 * try: the bundler must leave that require alone (commonjs `ignore`), or the bundle imports a
 * package that is not there and fails at load.
 */
function withProperties(component, properties) {
    for (const [name, value] of properties)
        component.properties.add(new modelsExports.Property(name, value));
    return component;
}
function moduleComponent$1(c) {
    const component = new modelsExports.Component(enumsExports.ComponentType.Library, c.name, {
        bomRef: c.ref,
        version: c.version,
        purl: c.purl,
        cpe: c.cpe
    });
    // For modules this is the decoded dirhash h1; the `go:module:hash-note` property says so.
    if (c.sha256)
        component.hashes.set(enumsExports.HashAlgorithm['SHA-256'], c.sha256);
    return withProperties(component, c.properties);
}
const GO_VULNDB = 'Go Vulnerability Database';
/** Where an alias is described: CVEs at NVD, GHSAs in the GitHub Advisory Database. */
function aliasSource(alias) {
    if (alias.startsWith('CVE-'))
        return new modelsExports.Vulnerability.Source({ name: 'NVD', url: `https://nvd.nist.gov/vuln/detail/${alias}` });
    if (alias.startsWith('GHSA-'))
        return new modelsExports.Vulnerability.Source({ name: 'GitHub', url: `https://github.com/advisories/${alias}` });
    return new modelsExports.Vulnerability.Source({ name: alias.split('-')[0] });
}
/**
 * A govulncheck finding as a CycloneDX vulnerability: the Go database id with its source and
 * advisory page, the CVE/GHSA aliases as references, the affected component at the version in
 * the binary, the fix as the recommendation, and govulncheck's reach (module, package or a
 * called symbol) as properties. No `analysis`: govulncheck's reach is not a VEX statement.
 */
function vulnerabilityOf(v, affected) {
    const fixed = v.fixedVersion;
    const subject = v.module === 'stdlib' || v.module === 'toolchain' ? 'Go' : v.module;
    const vuln = new modelsExports.Vulnerability.Vulnerability({
        id: v.id,
        source: new modelsExports.Vulnerability.Source({ name: GO_VULNDB, url: v.url }),
        description: v.summary || undefined,
        recommendation: fixed ? `Upgrade ${subject} to ${fixed}` : 'No fixed version is known'
    });
    vuln.advisories.add(new modelsExports.Vulnerability.Advisory(v.url, { title: v.summary || undefined }));
    for (const alias of v.aliases)
        vuln.references.add(new modelsExports.Vulnerability.Reference(alias, aliasSource(alias)));
    const versions = new modelsExports.Vulnerability.AffectedVersionRepository();
    if (v.foundVersion)
        versions.add(new modelsExports.Vulnerability.AffectedSingleVersion(v.foundVersion, {
            status: enumsExports.Vulnerability.AffectStatus.Affected
        }));
    vuln.affects.add(new modelsExports.Vulnerability.Affect(affected.bomRef, { versions }));
    const properties = [
        ['govulncheck:level', v.level],
        ['govulncheck:reachable', String(v.reachable)]
    ];
    if (fixed)
        properties.push(['govulncheck:fixed-version', fixed]);
    for (const symbol of v.symbols)
        properties.push(['govulncheck:symbol', symbol]);
    for (const [name, value] of properties)
        vuln.properties.add(new modelsExports.Property(name, value));
    return vuln;
}
/**
 * The binary is the BOM's subject (metadata.component, type application, hashed; CycloneDX has no
 * size field, so the size is a property). It depends on everything linked into it: the main
 * module, the standard library and every dep. The main module depends on the standard library
 * and every dep too, since the build info lists the whole build list under it and records no
 * finer graph. The serializer also lists the stdlib and each dep in the graph with no `dependsOn`
 * (CycloneDX reads that as "no dependencies"): the build info records no edges between deps, so
 * the graph is flat below the main module rather than complete.
 */
function renderCycloneDx(model, opts) {
    const binary = withProperties(new modelsExports.Component(enumsExports.ComponentType.Application, model.binary.name, { bomRef: model.binary.ref }), model.binary.properties);
    binary.hashes.set(enumsExports.HashAlgorithm['SHA-256'], model.binary.sha256);
    const tool = new modelsExports.Component(enumsExports.ComponentType.Application, opts.tool.name, { version: opts.tool.version });
    const bom = new modelsExports.Bom({
        serialNumber: `urn:uuid:${randomUUID()}`,
        metadata: new modelsExports.Metadata({
            timestamp: opts.now,
            component: binary,
            tools: new modelsExports.Tools({ components: new modelsExports.ComponentRepository([tool]) })
        })
    });
    const components = model.components.map(moduleComponent$1);
    const main = components.find((_, i) => model.components[i].kind === 'main');
    for (const component of components) {
        bom.components.add(component);
        binary.dependencies.add(component.bomRef);
        if (main && component !== main)
            main.dependencies.add(component.bomRef);
    }
    // Each finding affects the component of its module (or the binary, when the model lacks it).
    for (const v of model.vulnerabilities) {
        const index = model.components.findIndex((c) => c.ref === v.componentRef);
        bom.vulnerabilities.add(vulnerabilityOf(v, index >= 0 ? components[index] : binary));
    }
    const serializer = new index_nodeExports.JsonSerializer(new index_nodeExports.JSON.Normalize.Factory(specExports.Spec1dot6));
    // sortLists makes the output reproducible; indentation keeps it reviewable in a diff.
    return serializer.serialize(bom, { sortLists: true, space: 2 });
}

const H1_NOTE = 'SHA-256 is the Go module dirhash (the go.sum "h1:" value, base64-decoded to hex): a digest of the module file tree, not of a file';
/** The version Go prints for a main module or local replacement built from a directory, not a release. */
const DEVEL = '(devel)';
/**
 * Percent-encodes one purl segment (purl spec: everything but unreserved characters), so a
 * `+incompatible` or `+dirty` version becomes `%2B...`, as the spec's canonical form requires.
 */
function encodeSegment(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * `pkg:golang/<module path>[@<version>][?qualifiers]`. Deliberate departures from the letter of the
 * purl golang type, following syft, cyclonedx-gomod and the Go vulnerability database:
 *  - the module path keeps its case (the type says "lowercase", but Go paths are case-sensitive and
 *    scanners match advisories by the exact path; lowercasing would hide e.g. github.com/BurntSushi);
 *  - no version at all for "(devel)" or an empty version (the version is optional in the type, and
 *    syft's `@%28devel%29` names no real version: a versionless purl makes scanners skip the module
 *    instead of matching it against a made-up version);
 *  - qualifiers are sorted by key, the canonical purl form (so `goarch` precedes `goos`).
 */
function goPurl(path, version, qualifiers = {}) {
    let purl = `pkg:golang/${path.split('/').map(encodeSegment).join('/')}`;
    if (version && version !== DEVEL)
        purl += `@${encodeSegment(version)}`;
    const keys = Object.keys(qualifiers)
        .filter((k) => qualifiers[k] !== '')
        .sort();
    if (keys.length > 0)
        purl += `?${keys.map((k) => `${k}=${encodeSegment(qualifiers[k])}`).join('&')}`;
    return purl;
}
/** "h1:<base64 of 32 bytes>" → 64 hex digits; undefined for anything else (no sum, other hash kinds). */
function h1ToSha256Hex(sum) {
    if (!sum.startsWith('h1:'))
        return undefined;
    const bytes = Buffer.from(sum.slice(3), 'base64');
    return bytes.length === 32 ? bytes.toString('hex') : undefined;
}
/**
 * The Go standard library, named as syft names it and grype matches it: name "stdlib", version as
 * the toolchain prints it ("go1.22.8"), purl version without the "go" prefix
 * (`pkg:golang/stdlib@1.22.8`), and the NVD CPE of the Go toolchain ("1.23rc1" → version 1.23,
 * update rc1). Anything after a space (" X:experiment") is not part of the version.
 */
function stdlibComponent(goVersion) {
    const version = goVersion.split(' ')[0];
    const bare = version.replace(/^go/, '');
    const m = /^(\d+(?:\.\d+){0,2})([a-z]+\d*)?/.exec(bare);
    return {
        ref: goPurl('stdlib', bare),
        kind: 'stdlib',
        name: 'stdlib',
        version,
        purl: goPurl('stdlib', bare),
        cpe: m ? `cpe:2.3:a:golang:go:${m[1]}:${m[2] ?? '-'}:*:*:*:*:*:*` : undefined,
        properties: []
    };
}
/** A local-directory replacement (`=> ./fork`, `=> /abs`, `=> C:\x`) has no module identity of its own. */
function isLocalPath(path) {
    return /^(\.{1,2}([/\\]|$)|[/\\]|[A-Za-z]:[/\\])/.test(path);
}
/**
 * One module as actually compiled in. A `=>` replacement by another module becomes that module
 * (its path, version and h1), with `go:module:replaces` naming the one go.mod required; a
 * replacement by a local directory keeps the required path (Go compiles it under that path) but
 * no version and no hash, since the code is whatever the directory held.
 */
function moduleComponent(mod, kind, qualifiers) {
    const built = mod.replace && !isLocalPath(mod.replace.path) ? mod.replace : undefined;
    const local = mod.replace && !built ? mod.replace : undefined;
    const path = built?.path ?? mod.path;
    const version = local ? undefined : (built ?? mod).version;
    const sum = local ? '' : (built ?? mod).sum;
    const properties = [];
    if (version === DEVEL || local?.version === DEVEL)
        properties.push(['go:module:version', DEVEL]);
    const replaces = mod.replace ? (mod.version ? `${mod.path}@${mod.version}` : mod.path) : undefined;
    const replacement = built?.version ? `${built.path}@${built.version}` : mod.replace?.path;
    if (replaces && replacement)
        properties.push(['go:module:replaces', replaces], ['go:module:replacement', replacement]);
    const sha256 = h1ToSha256Hex(sum);
    if (sha256)
        properties.push(['go:module:sum', sum], ['go:module:hash-note', H1_NOTE]);
    const purl = goPurl(path, version, qualifiers);
    return {
        ref: purl,
        kind,
        name: path,
        version: version && version !== DEVEL ? version : undefined,
        purl,
        sha256,
        replaces,
        replacement,
        properties
    };
}
function binaryProperties(subject, cellId, info) {
    const props = [
        ['go-cross-matrix:cell', cellId],
        ['go-cross-matrix:binary:path', subject.binaryRelPath],
        ['go-cross-matrix:binary:size', String(subject.size)],
        ['go-cross-matrix:target:goos', subject.goos],
        ['go-cross-matrix:target:goarch', subject.goarch]
    ];
    if (subject.variant)
        props.push(['go-cross-matrix:target:variant', subject.variant]);
    props.push(['go-cross-matrix:target:cgo', String(subject.cgo)], ['go:version', info.goVersion]);
    if (info.path)
        props.push(['go:package', info.path]);
    // Build settings keep Go's key spelling (`-ldflags`, `GOARCH`, `vcs.revision`) after the prefix.
    for (const [key, value] of Object.entries(info.settings))
        props.push([`go:build:${key}`, value]);
    return props;
}
/** Makes every ref unique (a second "x" becomes "x#2") without disturbing the first occurrence. */
function uniqueRefs(components, taken) {
    for (const c of components) {
        let ref = c.ref;
        for (let n = 2; taken.has(ref); n++)
            ref = `${c.ref}#${n}`;
        taken.add(ref);
        c.ref = ref;
    }
}
function buildSbomModel(subject, cellId) {
    const info = subject.buildInfo;
    const target = { goos: subject.goos, goarch: subject.goarch };
    const components = [];
    // A binary built from files on the command line has no main module ("command-line-arguments").
    if (info.main.path)
        components.push(moduleComponent(info.main, 'main', target));
    components.push(stdlibComponent(info.goVersion));
    for (const dep of info.deps)
        components.push(moduleComponent(dep, 'dep', {}));
    const binaryRef = `binary:${subject.binaryRelPath}`;
    uniqueRefs(components, new Set([binaryRef]));
    return {
        binary: {
            ref: binaryRef,
            name: subject.binaryName,
            relPath: subject.binaryRelPath,
            sha256: subject.sha256.toLowerCase(),
            size: subject.size,
            properties: binaryProperties(subject, cellId, info)
        },
        components,
        vulnerabilities: (subject.vulnerabilities ?? []).map((v) => ({
            ...v,
            componentRef: components.find((c) => c.name === v.module && c.kind !== 'main')?.ref ??
                components.find((c) => c.name === v.module)?.ref
        }))
    };
}

/**
 * SPDX 2.3 JSON, written by hand: npm has no well-kept SPDX 2.3 document builder (the SPDX
 * project's own libraries are Java, Python and Go), and the JSON shape is small and fixed by
 * spdx-schema.json v2.3, which the unit tests validate against.
 *
 * Shape: one package per thing in the binary. The binary itself is a package (SPDX 2.3 "files"
 * need a SHA1, which we don't compute) with primaryPackagePurpose APPLICATION, its out-dir path as
 * packageFileName and its SHA256. The main module, the standard library and every dep are
 * packages with a purl (and the stdlib a CPE) in externalRefs. Relationships:
 *   DOCUMENT DESCRIBES binary; binary CONTAINS main/stdlib/each dep (all are linked in);
 *   main DEPENDS_ON stdlib/each dep (the build list names no finer graph).
 * Properties (build settings, size, h1 sums, replacements) become annotations whose comment is
 * `name=value`, with the same names as the CycloneDX properties. A replaced module is the package
 * actually compiled in; the `go:module:replaces` annotation and `sourceInfo` name the original.
 */
/** SPDX wants UTC without fractions: 2024-05-01T12:00:00Z. */
function spdxDate(date) {
    return date.toISOString().replace(/\.\d+Z$/, 'Z');
}
/** SPDXRef-<kind>-<name>, reduced to the [A-Za-z0-9.-] the id grammar allows, made unique. */
function idMaker() {
    const taken = new Set();
    return (kind, name) => {
        const base = `SPDXRef-${kind}-${name.replace(/[^A-Za-z0-9.-]+/g, '-')}`;
        let id = base;
        for (let n = 2; taken.has(id); n++)
            id = `${base}-${n}`;
        taken.add(id);
        return id;
    };
}
function renderSpdx(model, opts) {
    const created = spdxDate(opts.now);
    const creator = `Tool: ${opts.tool.name}-${opts.tool.version}`;
    const annotations = (properties) => properties.length === 0
        ? {}
        : {
            annotations: properties.map(([name, value]) => ({
                annotationDate: created,
                annotationType: 'OTHER',
                annotator: creator,
                comment: `${name}=${value}`
            }))
        };
    const makeId = idMaker();
    const binaryId = makeId('Binary', model.binary.name);
    const packages = [
        {
            SPDXID: binaryId,
            name: model.binary.name,
            packageFileName: model.binary.relPath,
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            primaryPackagePurpose: 'APPLICATION',
            checksums: [{ algorithm: 'SHA256', checksumValue: model.binary.sha256 }],
            ...annotations(model.binary.properties)
        }
    ];
    const relationships = [
        { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: binaryId }
    ];
    const toPackage = (c, id) => {
        const externalRefs = [
            { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }
        ];
        if (c.cpe)
            externalRefs.push({
                referenceCategory: 'SECURITY',
                referenceType: 'cpe23Type',
                referenceLocator: c.cpe
            });
        return {
            SPDXID: id,
            name: c.name,
            ...(c.version ? { versionInfo: c.version } : {}),
            downloadLocation: 'NOASSERTION',
            filesAnalyzed: false,
            primaryPackagePurpose: 'LIBRARY',
            ...(c.replaces
                ? {
                    sourceInfo: `built from ${c.replacement}, put by go.mod's replace directive in place of ${c.replaces}`
                }
                : {}),
            // For modules this is the decoded dirhash h1; the `go:module:hash-note` annotation says so.
            ...(c.sha256 ? { checksums: [{ algorithm: 'SHA256', checksumValue: c.sha256 }] } : {}),
            externalRefs,
            ...annotations(c.properties)
        };
    };
    const ids = model.components.map((c) => c.kind === 'stdlib' ? makeId('Stdlib', c.version ?? '') : makeId('Module', c.name));
    const mainId = ids.find((_, i) => model.components[i].kind === 'main');
    model.components.forEach((c, i) => {
        packages.push(toPackage(c, ids[i]));
        relationships.push({ spdxElementId: binaryId, relationshipType: 'CONTAINS', relatedSpdxElement: ids[i] });
    });
    if (mainId) {
        for (const id of ids) {
            if (id !== mainId)
                relationships.push({ spdxElementId: mainId, relationshipType: 'DEPENDS_ON', relatedSpdxElement: id });
        }
    }
    const document = {
        spdxVersion: 'SPDX-2.3',
        dataLicense: 'CC0-1.0',
        SPDXID: 'SPDXRef-DOCUMENT',
        name: opts.documentName,
        // A unique https URI per document, as SPDX 2.3 requires; spdx.org/spdxdocs is the prefix the
        // spec's examples use for documents without a home of their own.
        documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(opts.tool.name)}/${opts.documentName
            .split('/')
            .map(encodeURIComponent)
            .join('/')}-${randomUUID()}`,
        creationInfo: { created, creators: [creator] },
        packages,
        relationships
    };
    return JSON.stringify(document, null, 2);
}

/**
 * SBOMs for one built binary: CycloneDX 1.6 and/or SPDX 2.3 JSON, both rendered from the same
 * model of its embedded build info (see model.ts for purls, replacements and properties).
 */
const EXTENSIONS = { cyclonedx: '.cdx.json', spdx: '.spdx.json' };
/**
 * Writes <outDir>/sbom/<cellId>/<binaryName>.cdx.json and/or .spdx.json; returns their paths
 * relative to outDir (forward slashes, in the order of `formats`, each format once).
 * The documents are deterministic but for the CycloneDX serialNumber, the SPDX documentNamespace
 * and their timestamps.
 */
async function writeSboms(subject, formats, outDir, cellId, tool) {
    const wanted = [...new Set(formats)];
    if (wanted.length === 0)
        return [];
    const model = buildSbomModel(subject, cellId);
    const now = new Date();
    const dir = path.join(outDir, 'sbom', cellId);
    await mkdir(dir, { recursive: true });
    const written = [];
    for (const format of wanted) {
        const text = format === 'cyclonedx'
            ? renderCycloneDx(model, { tool, now })
            : renderSpdx(model, { tool, now, documentName: `${cellId}/${subject.binaryName}` });
        const file = `${subject.binaryName}${EXTENSIONS[format]}`;
        await writeFile(path.join(dir, file), text + '\n');
        written.push(path.posix.join('sbom', cellId, file));
    }
    return written;
}

function unquote(value) {
    if (value.startsWith('"') && value.endsWith('"')) {
        try {
            return JSON.parse(value);
        }
        catch {
            return value.slice(1, -1);
        }
    }
    return value;
}
function parseBuildInfo(text) {
    const lines = text.split('\n');
    const head = /^.*: (go\S+)$/.exec(lines[0] ?? '');
    if (!head)
        return undefined;
    const info = {
        goVersion: head[1],
        path: '',
        main: { path: '', version: '', sum: '' },
        deps: [],
        settings: {}
    };
    let last;
    for (const line of lines.slice(1)) {
        const fields = line.replace(/^\t/, '').split('\t');
        const [kind, a = '', b = '', c = ''] = fields;
        const mod = () => ({ path: a, version: b, sum: c });
        switch (kind) {
            case 'path':
                info.path = a;
                break;
            case 'mod':
                info.main = mod();
                last = info.main;
                break;
            case 'dep':
                last = mod();
                info.deps.push(last);
                break;
            case '=>':
                if (last)
                    last.replace = mod();
                break;
            case 'build': {
                const setting = fields.slice(1).join('\t');
                const eq = setting.indexOf('=');
                if (eq > 0)
                    info.settings[unquote(setting.slice(0, eq))] = unquote(setting.slice(eq + 1));
                break;
            }
        }
    }
    return info;
}

function checkBinary(facts, info, want) {
    const problems = [];
    const { target } = want;
    const format = expectedFormat(target.goos);
    let machine = facts.format === format;
    if (!machine)
        problems.push(`format is ${facts.format}, expected ${format}`);
    if (machine && facts.format === 'elf') {
        const elf = elfArchOf(target.goarch);
        if (facts.goarch !== elf.arch || facts.bigEndian !== elf.bigEndian) {
            machine = false;
            problems.push(`machine is ${facts.goarch}${facts.bigEndian ? ' (big-endian)' : ''}, expected ${target.goarch}`);
        }
    }
    else if (machine && facts.goarch !== target.goarch && facts.format !== 'wasm') {
        machine = false;
        problems.push(`machine is ${facts.goarch}, expected ${target.goarch}`);
    }
    const isStatic = facts.format === 'elf' ? !facts.interpreter && (facts.needed ?? []).length === 0 : null;
    if (facts.format === 'elf' && !want.cgo && target.goos === 'linux' && !isStatic) {
        problems.push(`static: a CGO_ENABLED=0 binary needs ${[facts.interpreter, ...(facts.needed ?? [])].filter(Boolean).join(', ')}`);
    }
    const infoProblems = info ? buildInfoProblems(info, want) : ['buildinfo: go version -m found no build info'];
    problems.push(...infoProblems);
    return {
        format: facts.format,
        machine,
        static: isStatic,
        needed: facts.needed ?? [],
        interpreter: facts.interpreter ?? null,
        buildinfo: infoProblems.length === 0,
        goVersion: info?.goVersion ?? null,
        problems
    };
}
function buildInfoProblems(info, want) {
    const expected = {
        GOOS: want.target.goos,
        GOARCH: want.target.goarch,
        CGO_ENABLED: want.cgo ? '1' : '0'
    };
    if (want.target.goarch === 'arm' && want.target.variant)
        expected.GOARM = want.target.variant.slice(1);
    if (want.target.goarch === 'amd64' && want.target.variant)
        expected.GOAMD64 = want.target.variant;
    const problems = [];
    if (info.goVersion !== `go${want.goVersion}`)
        problems.push(`buildinfo go version is ${info.goVersion}, expected go${want.goVersion}`);
    for (const [key, value] of Object.entries(expected)) {
        const got = info.settings[key];
        // GOARM may carry a float ABI suffix (7,softfloat) since Go 1.22.
        if (got === undefined)
            problems.push(`buildinfo ${key} is missing, expected ${value}`);
        else if (got !== value && got.split(',')[0] !== value)
            problems.push(`buildinfo ${key} is ${got}, expected ${value}`);
    }
    return problems;
}

/**
 * Reads what an executable is without running it: its format (ELF, PE, Mach-O, wasm), the
 * machine it is for, and for ELF whether it is statically linked (no PT_INTERP program header,
 * no DT_NEEDED entries) and which libraries it needs.
 */
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const PT_LOAD = 1;
const DT_NEEDED = 1;
const DT_STRTAB = 5;
function parseExecutable(buf) {
    if (buf.length >= 20 && buf.readUInt32BE(0) === 0x7f454c46)
        return parseElf(buf);
    if (buf.length >= 64 && buf.toString('latin1', 0, 2) === 'MZ') {
        const pe = buf.readUInt32LE(0x3c);
        if (pe + 6 <= buf.length && buf.toString('latin1', pe, pe + 4) === 'PE\0\0') {
            const machine = buf.readUInt16LE(pe + 4);
            return { format: 'pe', goarch: PE_MACHINES[machine] ?? `0x${machine.toString(16)}` };
        }
    }
    if (buf.length >= 8 && buf.readUInt32LE(0) === 0xfeedfacf) {
        const cpu = buf.readUInt32LE(4);
        return { format: 'macho', goarch: MACHO_CPUS[cpu] ?? `0x${cpu.toString(16)}` };
    }
    if (buf.length >= 4 && buf.toString('latin1', 0, 4) === '\0asm')
        return { format: 'wasm', goarch: 'wasm' };
    return { format: 'unknown', goarch: '' };
}
function parseElf(buf) {
    const is64 = buf[4] === 2;
    const bigEndian = buf[5] === 2;
    const u16 = (o) => (bigEndian ? buf.readUInt16BE(o) : buf.readUInt16LE(o));
    const u32 = (o) => (bigEndian ? buf.readUInt32BE(o) : buf.readUInt32LE(o));
    const word = (o) => is64 ? Number(bigEndian ? buf.readBigUInt64BE(o) : buf.readBigUInt64LE(o)) : u32(o);
    const machine = u16(18);
    const phoff = word(is64 ? 32 : 28);
    const phentsize = u16(is64 ? 54 : 42);
    const phnum = u16(is64 ? 56 : 44);
    const segments = [];
    for (let i = 0; i < phnum; i++) {
        const p = phoff + i * phentsize;
        if (p + phentsize > buf.length)
            break;
        segments.push(is64
            ? { type: u32(p), offset: word(p + 8), vaddr: word(p + 16), filesz: word(p + 32) }
            : { type: u32(p), offset: word(p + 4), vaddr: word(p + 8), filesz: word(p + 16) });
    }
    const facts = {
        format: 'elf',
        goarch: ELF_MACHINES[machine] ?? `0x${machine.toString(16)}`,
        bigEndian,
        needed: []
    };
    const interp = segments.find((s) => s.type === PT_INTERP);
    if (interp)
        facts.interpreter = buf
            .toString('latin1', interp.offset, interp.offset + interp.filesz)
            .replace(/\0+$/, '');
    const dynamic = segments.find((s) => s.type === PT_DYNAMIC);
    if (dynamic) {
        const entry = is64 ? 16 : 8;
        const tags = [];
        for (let o = dynamic.offset; o + entry <= dynamic.offset + dynamic.filesz && o + entry <= buf.length; o += entry) {
            const tag = word(o);
            if (tag === 0)
                break;
            tags.push([tag, word(o + entry / 2)]);
        }
        const strtabAddr = tags.find(([t]) => t === DT_STRTAB)?.[1];
        const load = segments.find((s) => s.type === PT_LOAD &&
            strtabAddr !== undefined &&
            strtabAddr >= s.vaddr &&
            strtabAddr < s.vaddr + s.filesz);
        if (strtabAddr !== undefined && load) {
            const strtab = strtabAddr - load.vaddr + load.offset;
            for (const [tag, value] of tags) {
                if (tag !== DT_NEEDED)
                    continue;
                const start = strtab + value;
                const end = buf.indexOf(0, start);
                facts.needed.push(buf.toString('latin1', start, end < 0 ? undefined : end));
            }
        }
        else {
            facts.needed.push(...tags.filter(([t]) => t === DT_NEEDED).map(() => '?'));
        }
    }
    return facts;
}
/** The format a Go binary for goos must have. */

/**
 * A cell's binaries: build the main packages into bin/<cell-id>/, check each one against the
 * cell (machine, static linking, build info), optionally rebuild with a fresh GOCACHE and
 * require identical bytes, scan each for known vulnerabilities (vulncheck: binary), and describe
 * each in SBOMs.
 */
async function buildAndVerify(plan, deps) {
    const { config, go, check } = deps;
    const listed = check(await go.listPackages(config.build, buildListFlags(config)), 'go list');
    if (listed.code !== 0) {
        const reason = `go list ${config.build.join(' ')}: ${firstLines(listed.stderr)}`;
        return { binaries: [], failure: { status: 'build-failed', reason }, evidenceMs: 0 };
    }
    if (buildableMains(listed.packages).length === 0)
        return { binaries: [], evidenceMs: 0 };
    const binDir = path.join(config.outDir, 'bin', plan.id);
    // A previous run's binaries for this cell are not this run's.
    await rm(binDir, { recursive: true, force: true });
    const built = await build(deps, plan, binDir);
    if (built) {
        // What a failed build left behind is no binary of this cell: nothing stays on disk that the
        // results do not describe.
        await rm(binDir, { recursive: true, force: true });
        const compileErrors = parseCompileErrors(built.stderr, plan.module?.root ?? config.workingDirectory);
        return {
            binaries: [],
            failure: { status: 'build-failed', reason: built.reason },
            evidenceMs: 0,
            compileErrors,
            output: built.stderr
                .split('\n')
                .filter((l) => l.trim())
                .slice(-40)
        };
    }
    const evidenceStarted = Date.now();
    const binaries = [];
    const problems = [];
    const infos = new Map();
    for (const name of (await readdir(binDir)).sort()) {
        const file = path.join(binDir, name);
        const bytes = await readFile(file);
        const versionM = check(await go.versionM(file), 'go version -m');
        infos.set(name, versionM.stdout);
        const info = parseBuildInfo(versionM.stdout);
        const checks = checkBinary(parseExecutable(bytes), info, {
            target: plan.target,
            goVersion: plan.toolchain.version,
            cgo: plan.cgo
        });
        problems.push(...checks.problems.map((p) => `binary ${name}: ${p}`));
        const record = {
            path: path.relative(config.outDir, file).split(path.sep).join('/'),
            name,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            size: bytes.length,
            checks: checks
        };
        binaries.push(record);
        // Scanned before its SBOMs are written, so the CycloneDX document lists what was found.
        if (deps.scanBinary)
            record.vulncheck = await deps.scanBinary(file, bytes);
        if (info && config.sbom.length) {
            const subject = {
                binaryName: name,
                binaryRelPath: record.path,
                sha256: record.sha256,
                size: record.size,
                ...plan.target,
                cgo: plan.cgo,
                buildInfo: info,
                vulnerabilities: record.vulncheck?.findings
            };
            record.sboms = await writeSboms(subject, config.sbom, config.outDir, plan.id, deps.tool);
        }
    }
    const evidenceMs = Date.now() - evidenceStarted;
    if (problems.length)
        return { binaries, failure: { status: 'failed', reason: problems.join('; ') }, evidenceMs };
    if (config.reproducible) {
        const differs = await rebuildAndCompare(deps, plan, binaries, infos);
        if (differs)
            return { binaries, failure: { status: 'failed', reason: differs }, evidenceMs };
    }
    return { binaries, evidenceMs };
}
/** The flags that decide which files a package has: go list must see what go build sees. */
function buildListFlags(config) {
    return [...config.buildFlags, ...(config.tags.length ? [`-tags=${config.tags.join(',')}`] : [])];
}
/**
 * `go build -o <dir>/ <patterns>`: with an output folder go links every main package the
 * patterns match, exactly as `go build <patterns>` would choose them.
 */
async function build(deps, plan, binDir, env) {
    const { config, go, check } = deps;
    await mkdir(binDir, { recursive: true });
    const args = ['build', '-o', `${binDir}${path.sep}`, ...config.buildFlags];
    if (config.ldflags)
        args.push(`-ldflags=${config.ldflags}`);
    if (config.tags.length)
        args.push(`-tags=${config.tags.join(',')}`);
    const result = check(await go.run([...args, ...config.build], { env }), 'go build');
    if (result.code === 0)
        return undefined;
    return {
        reason: `go build for ${targetName(plan.target)}: ${firstLines(result.stderr)}`,
        stderr: result.stderr
    };
}
/** Builds again with an empty GOCACHE; returns why the bytes differ, or undefined when identical. */
async function rebuildAndCompare(deps, plan, first, firstInfo) {
    const root = await mkdtemp(path.join(deps.tempDir, `repro-${plan.id}-`));
    try {
        const again = path.join(root, 'bin');
        const error = await build(deps, plan, again, { GOCACHE: path.join(root, 'gocache') });
        if (error)
            return `reproducible: the second build failed: ${error.reason}`;
        const differences = [];
        for (const binary of first) {
            const bytes = await readFile(path.join(again, binary.name)).catch(() => undefined);
            if (!bytes) {
                differences.push(`${binary.name} missing from the second build`);
                continue;
            }
            if (createHash('sha256').update(bytes).digest('hex') === binary.sha256)
                continue;
            const second = deps.check(await deps.go.versionM(path.join(again, binary.name)), 'go version -m');
            const lines = diffLines(firstInfo.get(binary.name) ?? '', second.stdout);
            differences.push(`${binary.name} differs between two builds${lines ? ` (build info: ${lines})` : ' (same build info)'}`);
        }
        return differences.length ? `reproducible: ${differences.join('; ')}` : undefined;
    }
    finally {
        await rm(root, { recursive: true, force: true });
    }
}
/** The build-info lines (file name aside) present in one listing but not the other. */
function diffLines(a, b) {
    const norm = (t) => t
        .split('\n')
        .slice(1)
        .map((l) => l.trim())
        .filter(Boolean);
    const [la, lb] = [norm(a), norm(b)];
    return [
        ...la.filter((l) => !lb.includes(l)).map((l) => `-${l}`),
        ...lb.filter((l) => !la.includes(l)).map((l) => `+${l}`)
    ].join(', ');
}

/** XML 1.0 allows tab, newline, carriage return and printable characters only. */
function clean(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
function attr(text) {
    return clean(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\n/g, '&#10;');
}
function body(text) {
    return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const seconds$1 = (ms) => (ms / 1000).toFixed(3);
function renderSuite(suite) {
    const failures = suite.cases.filter((c) => c.failure).length;
    const skipped = suite.cases.filter((c) => c.skipped !== undefined).length;
    const lines = [
        `  <testsuite name="${attr(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds$1(suite.timeMs)}" timestamp="${suite.timestamp}">`,
        '    <properties>',
        ...suite.properties.map(([k, v]) => `      <property name="${attr(k)}" value="${attr(v)}"></property>`),
        '    </properties>'
    ];
    for (const c of suite.cases) {
        const open = `    <testcase classname="${attr(c.classname)}" name="${attr(c.name)}" time="${seconds$1(c.timeMs)}"`;
        if (c.failure) {
            lines.push(`${open}>`, `      <failure message="${attr(c.failure.message)}" type="">${body(c.failure.text)}</failure>`, '    </testcase>');
        }
        else if (c.skipped !== undefined) {
            lines.push(`${open}>`, `      <skipped>${body(c.skipped)}</skipped>`, '    </testcase>');
        }
        else if (c.flaky) {
            lines.push(`${open}>`, `      <system-out>${body(c.flaky)}</system-out>`, '    </testcase>');
        }
        else
            lines.push(`${open}></testcase>`);
    }
    lines.push('  </testsuite>');
    return lines.join('\n');
}
function renderJUnit(suites, name) {
    const cases = suites.flatMap((s) => s.cases);
    const failures = cases.filter((c) => c.failure).length;
    const time = suites.reduce((t, s) => t + s.timeMs, 0);
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${attr(name)}" tests="${cases.length}" failures="${failures}" errors="0" time="${seconds$1(time)}">`,
        ...suites.map(renderSuite),
        '</testsuites>',
        ''
    ].join('\n');
}
/** A cell's suites: one per package go test reported, with its tests, build and package failures. */
function cellSuites(cell, packages, counter, startedAt, flaky = new Map()) {
    const properties = [
        ['cell', cell.id],
        ['go.version', `go${cell.go}`],
        ['goos', cell.goos],
        ['goarch', cell.goarch],
        ...(cell.variant ? [['variant', cell.variant]] : []),
        ['cgo', cell.cgo ? '1' : '0'],
        ['race', String(cell.race)]
    ];
    const failedOutput = new Map(counter.failureOutputs('').map((f) => [`${f.kind}\0${f.name}`, f.lines.join('\n')]));
    return packages.map((pkg) => {
        const cases = (counter.testCases.get(pkg.package) ?? []).map((t) => {
            const base = { name: t.test, classname: pkg.package, timeMs: t.elapsedMs };
            const attempts = flaky.get(`${pkg.package}.${t.test}`);
            // A flaky test passed in the end: it is a pass, with its attempts and first failure told.
            if (attempts)
                return { ...base, flaky: [`flaky: ${attempts.join(', ')}`, ...t.output].join('\n') };
            if (t.action === 'fail')
                return { ...base, failure: { message: 'Failed', text: t.output.join('\n') } };
            if (t.action === 'skip')
                return { ...base, skipped: t.output.join('\n') || 'skipped' };
            return base;
        });
        if (pkg.status === 'build-failed' || (pkg.status === 'failed' && pkg.failed === 0)) {
            const words = failedOutput.get(`build\0${pkg.package}`) ?? failedOutput.get(`package\0${pkg.package}`) ?? '';
            cases.push({
                name: 'TestMain',
                classname: pkg.package,
                timeMs: 0,
                failure: { message: pkg.status === 'build-failed' ? 'Failed to build' : 'Failed', text: words }
            });
        }
        return {
            name: `${pkg.package} [${cell.id}]`,
            timeMs: pkg.elapsedMs,
            timestamp: startedAt.toISOString().replace(/\.\d+Z$/, ''),
            // A suite go test answered from its cache says so: its cases passed once, not in this run.
            properties: pkg.cached ? [...properties, ['go.test.cached', 'true']] : properties,
            cases
        };
    });
}
/** junit/all.xml: every cell's suites in one file. */
function mergeJUnit(files, name) {
    const suites = [];
    let tests = 0;
    let failures = 0;
    let time = 0;
    for (const text of files) {
        const root = /<testsuites [^>]*tests="(\d+)" failures="(\d+)"[^>]*time="([\d.]+)"/.exec(text);
        if (!root)
            continue;
        tests += Number(root[1]);
        failures += Number(root[2]);
        time += Number(root[3]);
        suites.push(...(text.match(/ {2}<testsuite [\s\S]*?\n {2}<\/testsuite>/g) ?? []));
    }
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${attr(name)}" tests="${tests}" failures="${failures}" errors="0" time="${time.toFixed(3)}">`,
        ...suites,
        '</testsuites>',
        ''
    ].join('\n');
}

/** "pkg.TestA/sub" -> { pkg, top: "TestA" } (test names hold no dots; import paths may). */
function split(name) {
    const m = /^(.+)\.((?:Test|Example|Fuzz)[^/]*)(\/.*)?$/.exec(name);
    return m ? { pkg: m[1], top: m[2] } : { pkg: '', top: name };
}
async function rerunFailedTests(failedTests, times, 
/** go test's arguments for one package and a -run pattern (flags, the package, test-flags, -run last) */
argsFor, go, check) {
    const attempts = new Map(failedTests.map((t) => [t, ['fail']]));
    let failing = [...failedTests];
    for (let attempt = 1; attempt <= times && failing.length; attempt++) {
        const byPackage = new Map();
        for (const name of failing) {
            const { pkg, top } = split(name);
            if (!pkg)
                continue;
            byPackage.set(pkg, (byPackage.get(pkg) ?? new Set()).add(top));
        }
        const stillFailing = [];
        for (const [pkg, tops] of byPackage) {
            const counter = new TestEventCounter();
            const run = `^(${[...tops].sort().join('|')})$`;
            check(await go.run(argsFor(pkg, run), { onStdoutLine: (l) => counter.add(l), captureStdout: false }), 'rerun');
            const failedNow = new Set(counter.counts.failedTests);
            const ran = new Set((counter.testCases.get(pkg) ?? []).map((c) => `${pkg}.${c.test}`));
            for (const name of failing.filter((n) => split(n).pkg === pkg)) {
                // A test that did not run again (its parent failed before reaching it) still fails.
                const result = failedNow.has(name) || !ran.has(name) ? 'fail' : 'pass';
                attempts.get(name).push(result);
                if (result === 'fail')
                    stillFailing.push(name);
            }
        }
        failing = stillFailing;
    }
    const flaky = failedTests.filter((t) => attempts.get(t).includes('pass'));
    return { attempts, flaky, stillFailing: failing };
}

/** An error in the stream itself: not what govulncheck -json writes. */
class StreamError extends Error {
}
/**
 * Splits concatenated JSON values ("{...}\n{...}") by tracking strings and nesting, so a
 * pretty-printed stream needs no line structure.
 */
function splitJsonValues(text) {
    const values = [];
    let depth = 0;
    let start = -1;
    let inString = false;
    let escaped = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c === '\\')
                escaped = true;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"')
            inString = true;
        else if (c === '{' || c === '[') {
            if (depth === 0)
                start = i;
            depth++;
        }
        else if (c === '}' || c === ']') {
            depth--;
            if (depth < 0)
                throw new StreamError(`unbalanced "${c}" at offset ${i}`);
            if (depth === 0)
                values.push(text.slice(start, i + 1));
        }
        else if (depth === 0 && !/\s/.test(c)) {
            throw new StreamError(`unexpected "${c}" between values at offset ${i}`);
        }
    }
    if (depth !== 0 || inString)
        throw new StreamError('the stream ends inside a value');
    return values;
}
/**
 * Go's own spelling of a standard-library version as the stream gives it in semver: v1.22.7 →
 * go1.22.7, v1.20.0 → go1.20 (first releases had no .0 before go1.21), v1.23.0-rc.1 → go1.23rc1
 * (golang.org/x/vuln internal/semver SemverToGoTag).
 */
function semverToGoTag(version) {
    if (version === 'v1.0.0')
        return 'go1';
    const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([a-z]+)\.?(\d+))?$/.exec(version);
    if (!m)
        return version;
    const [, major, minor, patch, pre, n] = m;
    const oldFirst = Number(major) === 1 && Number(minor) < 21;
    const withPatch = patch === '0' && (oldFirst || pre) ? '' : `.${patch}`;
    return `go${major}.${minor}${withPatch}${pre ? `${pre}${n}` : ''}`;
}
const GO_MODULES = new Set(['stdlib', 'toolchain']);
function goSpelling(module, version) {
    if (!version)
        return '';
    return GO_MODULES.has(module) ? semverToGoTag(version) : version;
}
function levelOf(frame) {
    if (frame.function)
        return 'symbol';
    if (frame.package)
        return 'package';
    return 'module';
}
const LEVEL_ORDER = { module: 0, package: 1, symbol: 2 };
/** package.Receiver.Function; the receiver without its "*" (source mode writes one, binary mode not). */
function symbolOf(frame) {
    const receiver = frame.receiver ? `${frame.receiver.replace(/^\*/, '')}.` : '';
    return `${frame.package ?? ''}.${receiver}${frame.function ?? ''}`;
}
const MAX_ENTRY_POINTS = 5;
/** The outermost frame of a source trace: the scanned code's call into the path. */
function entryPointOf(trace) {
    if (trace.length < 2)
        return undefined;
    const last = trace[trace.length - 1];
    const where = last.position?.filename ? ` (${last.position.filename}:${last.position.line ?? 0})` : '';
    return `${symbolOf(last)}${where}`;
}
const addUnique = (list, ...items) => {
    for (const item of items)
        if (item && !list.includes(item))
            list.push(item);
};
/**
 * Reads a whole -json stream into one finding per advisory and module, at the deepest level the
 * stream reached. Throws StreamError when the text is not such a stream.
 */
function parseGovulncheckJson(text) {
    const messages = splitJsonValues(text).map((value) => {
        try {
            return JSON.parse(value);
        }
        catch (err) {
            throw new StreamError(`not JSON: ${err.message}`);
        }
    });
    const config = messages.find((m) => m.config)?.config;
    if (!config)
        throw new StreamError('no config message: not the output of govulncheck -json');
    const osvs = new Map(messages.flatMap((m) => (m.osv ? [[m.osv.id, m.osv]] : [])));
    const byKey = new Map();
    for (const { finding } of messages) {
        const trace = finding?.trace ?? [];
        if (!finding || trace.length === 0)
            continue;
        const first = trace[0];
        const module = first.module ?? '';
        const key = `${finding.osv}\u0000${module}`;
        const osv = osvs.get(finding.osv);
        const current = byKey.get(key) ??
            {
                id: finding.osv,
                aliases: osv?.aliases ?? [],
                summary: osv?.summary ?? '',
                url: osv?.database_specific?.url ?? `https://pkg.go.dev/vuln/${finding.osv}`,
                module,
                foundVersion: goSpelling(module, first.version ?? ''),
                fixedVersion: goSpelling(module, finding.fixed_version ?? ''),
                level: 'module',
                reachable: false,
                packages: [],
                symbols: [],
                entryPoints: []
            };
        const level = levelOf(first);
        if (LEVEL_ORDER[level] > LEVEL_ORDER[current.level])
            current.level = level;
        current.reachable = current.level === 'symbol';
        addUnique(current.packages, first.package);
        if (level === 'symbol')
            addUnique(current.symbols, symbolOf(first));
        if (current.entryPoints.length < MAX_ENTRY_POINTS)
            addUnique(current.entryPoints, entryPointOf(trace));
        byKey.set(key, current);
    }
    const findings = [...byKey.values()].sort(compareFindings);
    for (const f of findings) {
        f.packages.sort();
        f.symbols.sort();
    }
    return {
        scanner: `${config.scanner_name ?? 'govulncheck'}@${config.scanner_version ?? 'unknown'}`,
        protocol: config.protocol_version ?? '',
        goVersion: messages.find((m) => m.SBOM)?.SBOM?.go_version ?? '',
        findings
    };
}
function compareFindings(a, b) {
    return a.id.localeCompare(b.id) || a.module.localeCompare(b.module);
}
/**
 * A cell's findings: each advisory once, at the deepest level any binary reached, with the
 * binaries it was found in (binary mode). A source scan's findings pass through unchanged.
 */
function mergeBinaryFindings(binaries) {
    const byKey = new Map();
    for (const binary of binaries) {
        for (const f of binary.vulncheck?.findings ?? []) {
            const key = `${f.id}\u0000${f.module}`;
            const current = byKey.get(key);
            if (!current) {
                byKey.set(key, {
                    ...f,
                    packages: [...f.packages],
                    symbols: [...f.symbols],
                    entryPoints: [...f.entryPoints],
                    binaries: [binary.name]
                });
                continue;
            }
            if (LEVEL_ORDER[f.level] > LEVEL_ORDER[current.level])
                current.level = f.level;
            current.reachable ||= f.reachable;
            addUnique(current.packages, ...f.packages);
            addUnique(current.symbols, ...f.symbols);
            addUnique(current.binaries, binary.name);
            // Two binaries of one cell share its toolchain and go.mod: one version of each module.
            addUnique(current.entryPoints, ...f.entryPoints);
        }
    }
    const findings = [...byKey.values()].sort(compareFindings);
    for (const f of findings) {
        f.packages.sort();
        f.symbols.sort();
    }
    return findings;
}
/** The findings that fail a cell: none, the reachable ones, or all of them. */
function failingFindings(findings, failOn) {
    if (failOn === 'none')
        return [];
    return findings.filter((f) => failOn === 'any' || f.reachable);
}
/** "stdlib go1.21.13, fixed in go1.22.7" / "golang.org/x/text v0.3.5, no fix". */
function describeVersions(f) {
    const found = [f.module, f.foundVersion].filter(Boolean).join(' ');
    return `${found}, ${f.fixedVersion ? `fixed in ${f.fixedVersion}` : 'no fix'}`;
}
const MAX_REASON_ADVISORIES = 5;
/**
 * The cell's reason when findings fail it: "vulncheck: 2 reachable advisories: GO-2021-0113
 * (golang.org/x/text v0.3.5, fixed in v0.3.7), GO-2024-3106 (stdlib go1.21.13, fixed in go1.22.7)".
 */
function failureReason(failing, failOn) {
    const what = failOn === 'reachable' ? 'reachable ' : '';
    const noun = failing.length === 1 ? 'advisory' : 'advisories';
    const listed = failing
        .slice(0, MAX_REASON_ADVISORIES)
        .map((f) => `${f.id} (${describeVersions(f)})`)
        .join(', ');
    const more = failing.length > MAX_REASON_ADVISORIES ? `, and ${failing.length - MAX_REASON_ADVISORIES} more` : '';
    return `vulncheck: ${failing.length} ${what}${noun} (vulncheck-fail-on: ${failOn}): ${listed}${more}`;
}
/**
 * Whether govulncheck can read a binary's symbols: it looks up the funcdata symbol ("go:func.*"
 * since go1.20, "go.func.*" before) to follow inlined calls, and that name is only in the symbol
 * table. `-ldflags=-s` strips it (and -trimpath keeps -ldflags out of the build info, so the
 * binary is the only witness); without it govulncheck counts every vulnerable function of an
 * affected module as called (x/vuln #57764).
 */
function hasSymbolTable(binary) {
    return binary.includes('go:func.*') || binary.includes('go.func.*');
}

/** Runs fn over items with at most `limit` at once; results keep the items' order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await fn(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}

var zr=Object.defineProperty;var Ur=(s,t)=>{for(var e in t)zr(s,e,{get:t[e],enumerable:true});};var Ds=typeof process=="object"&&process?process:{stdout:null,stderr:null},Wr=s=>!!s&&typeof s=="object"&&(s instanceof A||s instanceof require$$0$2||Gr(s)||Zr(s)),Gr=s=>!!s&&typeof s=="object"&&s instanceof EventEmitter&&typeof s.pipe=="function"&&s.pipe!==require$$0$2.Writable.prototype.pipe,Zr=s=>!!s&&typeof s=="object"&&s instanceof EventEmitter&&typeof s.write=="function"&&typeof s.end=="function",Q=Symbol("EOF"),J=Symbol("maybeEmitEnd"),nt=Symbol("emittedEnd"),De=Symbol("emittingEnd"),qt=Symbol("emittedError"),Ne=Symbol("closed"),Ns=Symbol("read"),Ae=Symbol("flush"),As=Symbol("flushChunk"),z=Symbol("encoding"),Mt=Symbol("decoder"),g=Symbol("flowing"),Qt=Symbol("paused"),Bt=Symbol("resume"),b=Symbol("buffer"),N=Symbol("pipes"),_=Symbol("bufferLength"),bi=Symbol("bufferPush"),Ie=Symbol("bufferShift"),L=Symbol("objectMode"),S=Symbol("destroyed"),_i=Symbol("error"),Oi=Symbol("emitData"),Is=Symbol("emitEnd"),Ti=Symbol("emitEnd2"),Z=Symbol("async"),xi=Symbol("abort"),Ce=Symbol("aborted"),Jt=Symbol("signal"),Rt=Symbol("dataListeners"),C=Symbol("discarded"),jt=s=>Promise.resolve().then(s),Yr=s=>s(),Kr=s=>s==="end"||s==="finish"||s==="prefinish",Vr=s=>s instanceof ArrayBuffer||!!s&&typeof s=="object"&&s.constructor&&s.constructor.name==="ArrayBuffer"&&s.byteLength>=0,$r=s=>!Buffer.isBuffer(s)&&ArrayBuffer.isView(s),Fe=class{src;dest;opts;ondrain;constructor(t,e,i){this.src=t,this.dest=e,this.opts=i,this.ondrain=()=>t[Bt](),this.dest.on("drain",this.ondrain);}unpipe(){this.dest.removeListener("drain",this.ondrain);}proxyErrors(t){}end(){this.unpipe(),this.opts.end&&this.dest.end();}},Li=class extends Fe{unpipe(){this.src.removeListener("error",this.proxyErrors),super.unpipe();}constructor(t,e,i){super(t,e,i),this.proxyErrors=r=>this.dest.emit("error",r),t.on("error",this.proxyErrors);}},Xr=s=>!!s.objectMode,qr=s=>!s.objectMode&&!!s.encoding&&s.encoding!=="buffer",A=class extends EventEmitter{[g]=false;[Qt]=false;[N]=[];[b]=[];[L];[z];[Z];[Mt];[Q]=false;[nt]=false;[De]=false;[Ne]=false;[qt]=null;[_]=0;[S]=false;[Jt];[Ce]=false;[Rt]=0;[C]=false;writable=true;readable=true;constructor(...t){let e=t[0]||{};if(super(),e.objectMode&&typeof e.encoding=="string")throw new TypeError("Encoding and objectMode may not be used together");Xr(e)?(this[L]=true,this[z]=null):qr(e)?(this[z]=e.encoding,this[L]=false):(this[L]=false,this[z]=null),this[Z]=!!e.async,this[Mt]=this[z]?new StringDecoder(this[z]):null,e&&e.debugExposeBuffer===true&&Object.defineProperty(this,"buffer",{get:()=>this[b]}),e&&e.debugExposePipes===true&&Object.defineProperty(this,"pipes",{get:()=>this[N]});let{signal:i}=e;i&&(this[Jt]=i,i.aborted?this[xi]():i.addEventListener("abort",()=>this[xi]()));}get bufferLength(){return this[_]}get encoding(){return this[z]}set encoding(t){throw new Error("Encoding must be set at instantiation time")}setEncoding(t){throw new Error("Encoding must be set at instantiation time")}get objectMode(){return this[L]}set objectMode(t){throw new Error("objectMode must be set at instantiation time")}get async(){return this[Z]}set async(t){this[Z]=this[Z]||!!t;}[xi](){this[Ce]=true,this.emit("abort",this[Jt]?.reason),this.destroy(this[Jt]?.reason);}get aborted(){return this[Ce]}set aborted(t){}write(t,e,i){if(this[Ce])return  false;if(this[Q])throw new Error("write after end");if(this[S])return this.emit("error",Object.assign(new Error("Cannot call write after a stream was destroyed"),{code:"ERR_STREAM_DESTROYED"})),true;typeof e=="function"&&(i=e,e="utf8"),e||(e="utf8");let r=this[Z]?jt:Yr;if(!this[L]&&!Buffer.isBuffer(t)){if($r(t))t=Buffer.from(t.buffer,t.byteOffset,t.byteLength);else if(Vr(t))t=Buffer.from(t);else if(typeof t!="string")throw new Error("Non-contiguous data written to non-objectMode stream")}return this[L]?(this[g]&&this[_]!==0&&this[Ae](true),this[g]?this.emit("data",t):this[bi](t),this[_]!==0&&this.emit("readable"),i&&r(i),this[g]):t.length?(typeof t=="string"&&!(e===this[z]&&!this[Mt]?.lastNeed)&&(t=Buffer.from(t,e)),Buffer.isBuffer(t)&&this[z]&&(t=this[Mt].write(t)),this[g]&&this[_]!==0&&this[Ae](true),this[g]?this.emit("data",t):this[bi](t),this[_]!==0&&this.emit("readable"),i&&r(i),this[g]):(this[_]!==0&&this.emit("readable"),i&&r(i),this[g])}read(t){if(this[S])return null;if(this[C]=false,this[_]===0||t===0||t&&t>this[_])return this[J](),null;this[L]&&(t=null),this[b].length>1&&!this[L]&&(this[b]=[this[z]?this[b].join(""):Buffer.concat(this[b],this[_])]);let e=this[Ns](t||null,this[b][0]);return this[J](),e}[Ns](t,e){if(this[L])this[Ie]();else {let i=e;t===i.length||t===null?this[Ie]():typeof i=="string"?(this[b][0]=i.slice(t),e=i.slice(0,t),this[_]-=t):(this[b][0]=i.subarray(t),e=i.subarray(0,t),this[_]-=t);}return this.emit("data",e),!this[b].length&&!this[Q]&&this.emit("drain"),e}end(t,e,i){return typeof t=="function"&&(i=t,t=void 0),typeof e=="function"&&(i=e,e="utf8"),t!==void 0&&this.write(t,e),i&&this.once("end",i),this[Q]=true,this.writable=false,(this[g]||!this[Qt])&&this[J](),this}[Bt](){this[S]||(!this[Rt]&&!this[N].length&&(this[C]=true),this[Qt]=false,this[g]=true,this.emit("resume"),this[b].length?this[Ae]():this[Q]?this[J]():this.emit("drain"));}resume(){return this[Bt]()}pause(){this[g]=false,this[Qt]=true,this[C]=false;}get destroyed(){return this[S]}get flowing(){return this[g]}get paused(){return this[Qt]}[bi](t){this[L]?this[_]+=1:this[_]+=t.length,this[b].push(t);}[Ie](){return this[L]?this[_]-=1:this[_]-=this[b][0].length,this[b].shift()}[Ae](t=false){do;while(this[As](this[Ie]())&&this[b].length);!t&&!this[b].length&&!this[Q]&&this.emit("drain");}[As](t){return this.emit("data",t),this[g]}pipe(t,e){if(this[S])return t;this[C]=false;let i=this[nt];return e=e||{},t===Ds.stdout||t===Ds.stderr?e.end=false:e.end=e.end!==false,e.proxyErrors=!!e.proxyErrors,i?e.end&&t.end():(this[N].push(e.proxyErrors?new Li(this,t,e):new Fe(this,t,e)),this[Z]?jt(()=>this[Bt]()):this[Bt]()),t}unpipe(t){let e=this[N].find(i=>i.dest===t);e&&(this[N].length===1?(this[g]&&this[Rt]===0&&(this[g]=false),this[N]=[]):this[N].splice(this[N].indexOf(e),1),e.unpipe());}addListener(t,e){return this.on(t,e)}on(t,e){let i=super.on(t,e);if(t==="data")this[C]=false,this[Rt]++,!this[N].length&&!this[g]&&this[Bt]();else if(t==="readable"&&this[_]!==0)super.emit("readable");else if(Kr(t)&&this[nt])super.emit(t),this.removeAllListeners(t);else if(t==="error"&&this[qt]){let r=e;this[Z]?jt(()=>r.call(this,this[qt])):r.call(this,this[qt]);}return i}removeListener(t,e){return this.off(t,e)}off(t,e){let i=super.off(t,e);return t==="data"&&(this[Rt]=this.listeners("data").length,this[Rt]===0&&!this[C]&&!this[N].length&&(this[g]=false)),i}removeAllListeners(t){let e=super.removeAllListeners(t);return (t==="data"||t===void 0)&&(this[Rt]=0,!this[C]&&!this[N].length&&(this[g]=false)),e}get emittedEnd(){return this[nt]}[J](){!this[De]&&!this[nt]&&!this[S]&&this[b].length===0&&this[Q]&&(this[De]=true,this.emit("end"),this.emit("prefinish"),this.emit("finish"),this[Ne]&&this.emit("close"),this[De]=false);}emit(t,...e){let i=e[0];if(t!=="error"&&t!=="close"&&t!==S&&this[S])return  false;if(t==="data")return !this[L]&&!i?false:this[Z]?(jt(()=>this[Oi](i)),true):this[Oi](i);if(t==="end")return this[Is]();if(t==="close"){if(this[Ne]=true,!this[nt]&&!this[S])return  false;let n=super.emit("close");return this.removeAllListeners("close"),n}else if(t==="error"){this[qt]=i,super.emit(_i,i);let n=!this[Jt]||this.listeners("error").length?super.emit("error",i):false;return this[J](),n}else if(t==="resume"){let n=super.emit("resume");return this[J](),n}else if(t==="finish"||t==="prefinish"){let n=super.emit(t);return this.removeAllListeners(t),n}let r=super.emit(t,...e);return this[J](),r}[Oi](t){for(let i of this[N])i.dest.write(t)===false&&this.pause();let e=this[C]?false:super.emit("data",t);return this[J](),e}[Is](){return this[nt]?false:(this[nt]=true,this.readable=false,this[Z]?(jt(()=>this[Ti]()),true):this[Ti]())}[Ti](){if(this[Mt]){let e=this[Mt].end();if(e){for(let i of this[N])i.dest.write(e);this[C]||super.emit("data",e);}}for(let e of this[N])e.end();let t=super.emit("end");return this.removeAllListeners("end"),t}async collect(){let t=Object.assign([],{dataLength:0});this[L]||(t.dataLength=0);let e=this.promise();return this.on("data",i=>{t.push(i),this[L]||(t.dataLength+=i.length);}),await e,t}async concat(){if(this[L])throw new Error("cannot concat in objectMode");let t=await this.collect();return this[z]?t.join(""):Buffer.concat(t,t.dataLength)}async promise(){return new Promise((t,e)=>{this.on(S,()=>e(new Error("stream destroyed"))),this.on("error",i=>e(i)),this.on("end",()=>t());})}[Symbol.asyncIterator](){this[C]=false;let t=false,e=async()=>(this.pause(),t=true,{value:void 0,done:true});return {next:()=>{if(t)return e();let r=this.read();if(r!==null)return Promise.resolve({done:false,value:r});if(this[Q])return e();let n,o,h=d=>{this.off("data",a),this.off("end",l),this.off(S,c),e(),o(d);},a=d=>{this.off("error",h),this.off("end",l),this.off(S,c),this.pause(),n({value:d,done:!!this[Q]});},l=()=>{this.off("error",h),this.off("data",a),this.off(S,c),e(),n({done:true,value:void 0});},c=()=>h(new Error("stream destroyed"));return new Promise((d,y)=>{o=y,n=d,this.once(S,c),this.once("error",h),this.once("end",l),this.once("data",a);})},throw:e,return:e,[Symbol.asyncIterator](){return this},[Symbol.asyncDispose]:async()=>{}}}[Symbol.iterator](){this[C]=false;let t=false,e=()=>(this.pause(),this.off(_i,e),this.off(S,e),this.off("end",e),t=true,{done:true,value:void 0}),i=()=>{if(t)return e();let r=this.read();return r===null?e():{done:false,value:r}};return this.once("end",e),this.once(_i,e),this.once(S,e),{next:i,throw:e,return:e,[Symbol.iterator](){return this},[Symbol.dispose]:()=>{}}}destroy(t){if(this[S])return t?this.emit("error",t):this.emit(S),this;this[S]=true,this[C]=true,this[b].length=0,this[_]=0;let e=this;return typeof e.close=="function"&&!this[Ne]&&e.close(),t?this.emit("error",t):this.emit(S),this}static get isStream(){return Wr}};var Jr=fs__default.writev,ht=Symbol("_autoClose"),H=Symbol("_close"),te=Symbol("_ended"),m=Symbol("_fd"),Ni=Symbol("_finished"),tt=Symbol("_flags"),Ai=Symbol("_flush"),ki=Symbol("_handleChunk"),vi=Symbol("_makeBuf"),ie=Symbol("_mode"),ke=Symbol("_needDrain"),Ut=Symbol("_onerror"),Ht=Symbol("_onopen"),Ii=Symbol("_onread"),Pt=Symbol("_onwrite"),at=Symbol("_open"),U=Symbol("_path"),ot=Symbol("_pos"),Y=Symbol("_queue"),zt=Symbol("_read"),Ci=Symbol("_readSize"),j=Symbol("_reading"),ee=Symbol("_remain"),Fi=Symbol("_size"),ve=Symbol("_write"),gt=Symbol("_writing"),Me=Symbol("_defaultFlag"),bt=Symbol("_errored"),_t=class extends A{[bt]=false;[m];[U];[Ci];[j]=false;[Fi];[ee];[ht];constructor(t,e){if(e=e||{},super(e),this.readable=true,this.writable=false,typeof t!="string")throw new TypeError("path must be a string");this[bt]=false,this[m]=typeof e.fd=="number"?e.fd:void 0,this[U]=t,this[Ci]=e.readSize||16*1024*1024,this[j]=false,this[Fi]=typeof e.size=="number"?e.size:1/0,this[ee]=this[Fi],this[ht]=typeof e.autoClose=="boolean"?e.autoClose:true,typeof this[m]=="number"?this[zt]():this[at]();}get fd(){return this[m]}get path(){return this[U]}write(){throw new TypeError("this is a readable stream")}end(){throw new TypeError("this is a readable stream")}[at](){fs__default.open(this[U],"r",(t,e)=>this[Ht](t,e));}[Ht](t,e){t?this[Ut](t):(this[m]=e,this.emit("open",e),this[zt]());}[vi](){return Buffer.allocUnsafe(Math.min(this[Ci],this[ee]))}[zt](){if(!this[j]){this[j]=true;let t=this[vi]();if(t.length===0)return process.nextTick(()=>this[Ii](null,0,t));fs__default.read(this[m],t,0,t.length,null,(e,i,r)=>this[Ii](e,i,r));}}[Ii](t,e,i){this[j]=false,t?this[Ut](t):this[ki](e,i)&&this[zt]();}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,fs__default.close(t,e=>e?this.emit("error",e):this.emit("close"));}}[Ut](t){this[j]=true,this[H](),this.emit("error",t);}[ki](t,e){let i=false;return this[ee]-=t,t>0&&(i=super.write(t<e.length?e.subarray(0,t):e)),(t===0||this[ee]<=0)&&(i=false,this[H](),super.end()),i}emit(t,...e){switch(t){case "prefinish":case "finish":return  false;case "drain":return typeof this[m]=="number"&&this[zt](),false;case "error":return this[bt]?false:(this[bt]=true,super.emit(t,...e));default:return super.emit(t,...e)}}},Be=class extends _t{[at](){let t=true;try{this[Ht](null,fs__default.openSync(this[U],"r")),t=!1;}finally{t&&this[H]();}}[zt](){let t=true;try{if(!this[j]){this[j]=!0;do{let e=this[vi](),i=e.length===0?0:fs__default.readSync(this[m],e,0,e.length,null);if(!this[ki](i,e))break}while(!0);this[j]=!1;}t=!1;}finally{t&&this[H]();}}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,fs__default.closeSync(t),this.emit("close");}}},et=class extends require$$1__default{readable=false;writable=true;[bt]=false;[gt]=false;[te]=false;[Y]=[];[ke]=false;[U];[ie];[ht];[m];[Me];[tt];[Ni]=false;[ot];constructor(t,e){e=e||{},super(e),this[U]=t,this[m]=typeof e.fd=="number"?e.fd:void 0,this[ie]=e.mode===void 0?438:e.mode,this[ot]=typeof e.start=="number"?e.start:void 0,this[ht]=typeof e.autoClose=="boolean"?e.autoClose:true;let i=this[ot]!==void 0?"r+":"w";this[Me]=e.flags===void 0,this[tt]=e.flags===void 0?i:e.flags,this[m]===void 0&&this[at]();}emit(t,...e){if(t==="error"){if(this[bt])return  false;this[bt]=true;}return super.emit(t,...e)}get fd(){return this[m]}get path(){return this[U]}[Ut](t){this[H](),this[gt]=true,this.emit("error",t);}[at](){fs__default.open(this[U],this[tt],this[ie],(t,e)=>this[Ht](t,e));}[Ht](t,e){this[Me]&&this[tt]==="r+"&&t&&t.code==="ENOENT"?(this[tt]="w",this[at]()):t?this[Ut](t):(this[m]=e,this.emit("open",e),this[gt]||this[Ai]());}end(t,e){return t&&this.write(t,e),this[te]=true,!this[gt]&&!this[Y].length&&typeof this[m]=="number"&&this[Pt](null,0),this}write(t,e){return typeof t=="string"&&(t=Buffer.from(t,e)),this[te]?(this.emit("error",new Error("write() after end()")),false):this[m]===void 0||this[gt]||this[Y].length?(this[Y].push(t),this[ke]=true,false):(this[gt]=true,this[ve](t),true)}[ve](t){fs__default.write(this[m],t,0,t.length,this[ot],(e,i)=>this[Pt](e,i));}[Pt](t,e){t?this[Ut](t):(this[ot]!==void 0&&typeof e=="number"&&(this[ot]+=e),this[Y].length?this[Ai]():(this[gt]=false,this[te]&&!this[Ni]?(this[Ni]=true,this[H](),this.emit("finish")):this[ke]&&(this[ke]=false,this.emit("drain"))));}[Ai](){if(this[Y].length===0)this[te]&&this[Pt](null,0);else if(this[Y].length===1)this[ve](this[Y].pop());else {let t=this[Y];this[Y]=[],Jr(this[m],t,this[ot],(e,i)=>this[Pt](e,i));}}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,fs__default.close(t,e=>e?this.emit("error",e):this.emit("close"));}}},Wt=class extends et{[at](){let t;if(this[Me]&&this[tt]==="r+")try{t=fs__default.openSync(this[U],this[tt],this[ie]);}catch(e){if(e?.code==="ENOENT")return this[tt]="w",this[at]();throw e}else t=fs__default.openSync(this[U],this[tt],this[ie]);this[Ht](null,t);}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,fs__default.closeSync(t),this.emit("close");}}[ve](t){let e=true;try{this[Pt](null,fs__default.writeSync(this[m],t,0,t.length,this[ot])),e=!1;}finally{if(e)try{this[H]();}catch{}}}};var jr=new Map([["C","cwd"],["f","file"],["z","gzip"],["P","preservePaths"],["U","unlink"],["strip-components","strip"],["stripComponents","strip"],["keep-newer","newer"],["keepNewer","newer"],["keep-newer-files","newer"],["keepNewerFiles","newer"],["k","keep"],["keep-existing","keep"],["keepExisting","keep"],["m","noMtime"],["no-mtime","noMtime"],["p","preserveOwner"],["L","follow"],["h","follow"],["onentry","onReadEntry"]]),Fs=s=>!!s.sync&&!!s.file,ks=s=>!s.sync&&!!s.file,vs=s=>!!s.sync&&!s.file,Ms=s=>!s.sync&&!s.file;var Bs=s=>!!s.file;var tn=s=>{let t=jr.get(s);return t||s},se=(s={})=>{if(!s)return {};let t={};for(let[e,i]of Object.entries(s)){let r=tn(e);t[r]=i;}return t.chmod===void 0&&t.noChmod===false&&(t.chmod=true),delete t.noChmod,t};var K=(s,t,e,i,r)=>Object.assign((n=[],o,h)=>{Array.isArray(n)&&(o=n,n={}),typeof o=="function"&&(h=o,o=void 0),o=o?Array.from(o):[];let a=se(n);if(r?.(a,o),Fs(a)){if(typeof h=="function")throw new TypeError("callback not supported for sync tar functions");return s(a,o)}else if(ks(a)){let l=t(a,o);return h?l.then(()=>h(),h):l}else if(vs(a)){if(typeof h=="function")throw new TypeError("callback not supported for sync tar functions");return e(a,o)}else if(Ms(a)){if(typeof h=="function")throw new TypeError("callback only supported with file option");return i(a,o)}throw new Error("impossible options??")},{syncFile:s,asyncFile:t,syncNoFile:e,asyncNoFile:i,validate:r});var sn=require$$0__default.constants||{ZLIB_VERNUM:4736},M=Object.freeze(Object.assign(Object.create(null),{Z_NO_FLUSH:0,Z_PARTIAL_FLUSH:1,Z_SYNC_FLUSH:2,Z_FULL_FLUSH:3,Z_FINISH:4,Z_BLOCK:5,Z_OK:0,Z_STREAM_END:1,Z_NEED_DICT:2,Z_ERRNO:-1,Z_STREAM_ERROR:-2,Z_DATA_ERROR:-3,Z_MEM_ERROR:-4,Z_BUF_ERROR:-5,Z_VERSION_ERROR:-6,Z_NO_COMPRESSION:0,Z_BEST_SPEED:1,Z_BEST_COMPRESSION:9,Z_DEFAULT_COMPRESSION:-1,Z_FILTERED:1,Z_HUFFMAN_ONLY:2,Z_RLE:3,Z_FIXED:4,Z_DEFAULT_STRATEGY:0,DEFLATE:1,INFLATE:2,GZIP:3,GUNZIP:4,DEFLATERAW:5,INFLATERAW:6,UNZIP:7,BROTLI_DECODE:8,BROTLI_ENCODE:9,Z_MIN_WINDOWBITS:8,Z_MAX_WINDOWBITS:15,Z_DEFAULT_WINDOWBITS:15,Z_MIN_CHUNK:64,Z_MAX_CHUNK:1/0,Z_DEFAULT_CHUNK:16384,Z_MIN_MEMLEVEL:1,Z_MAX_MEMLEVEL:9,Z_DEFAULT_MEMLEVEL:8,Z_MIN_LEVEL:-1,Z_MAX_LEVEL:9,Z_DEFAULT_LEVEL:-1,BROTLI_OPERATION_PROCESS:0,BROTLI_OPERATION_FLUSH:1,BROTLI_OPERATION_FINISH:2,BROTLI_OPERATION_EMIT_METADATA:3,BROTLI_MODE_GENERIC:0,BROTLI_MODE_TEXT:1,BROTLI_MODE_FONT:2,BROTLI_DEFAULT_MODE:0,BROTLI_MIN_QUALITY:0,BROTLI_MAX_QUALITY:11,BROTLI_DEFAULT_QUALITY:11,BROTLI_MIN_WINDOW_BITS:10,BROTLI_MAX_WINDOW_BITS:24,BROTLI_LARGE_MAX_WINDOW_BITS:30,BROTLI_DEFAULT_WINDOW:22,BROTLI_MIN_INPUT_BLOCK_BITS:16,BROTLI_MAX_INPUT_BLOCK_BITS:24,BROTLI_PARAM_MODE:0,BROTLI_PARAM_QUALITY:1,BROTLI_PARAM_LGWIN:2,BROTLI_PARAM_LGBLOCK:3,BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING:4,BROTLI_PARAM_SIZE_HINT:5,BROTLI_PARAM_LARGE_WINDOW:6,BROTLI_PARAM_NPOSTFIX:7,BROTLI_PARAM_NDIRECT:8,BROTLI_DECODER_RESULT_ERROR:0,BROTLI_DECODER_RESULT_SUCCESS:1,BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:2,BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:3,BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION:0,BROTLI_DECODER_PARAM_LARGE_WINDOW:1,BROTLI_DECODER_NO_ERROR:0,BROTLI_DECODER_SUCCESS:1,BROTLI_DECODER_NEEDS_MORE_INPUT:2,BROTLI_DECODER_NEEDS_MORE_OUTPUT:3,BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE:-1,BROTLI_DECODER_ERROR_FORMAT_RESERVED:-2,BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE:-3,BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET:-4,BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME:-5,BROTLI_DECODER_ERROR_FORMAT_CL_SPACE:-6,BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE:-7,BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT:-8,BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1:-9,BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2:-10,BROTLI_DECODER_ERROR_FORMAT_TRANSFORM:-11,BROTLI_DECODER_ERROR_FORMAT_DICTIONARY:-12,BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS:-13,BROTLI_DECODER_ERROR_FORMAT_PADDING_1:-14,BROTLI_DECODER_ERROR_FORMAT_PADDING_2:-15,BROTLI_DECODER_ERROR_FORMAT_DISTANCE:-16,BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET:-19,BROTLI_DECODER_ERROR_INVALID_ARGUMENTS:-20,BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES:-21,BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS:-22,BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP:-25,BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1:-26,BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2:-27,BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES:-30,BROTLI_DECODER_ERROR_UNREACHABLE:-31},sn));var rn=Buffer$1.concat,zs=Object.getOwnPropertyDescriptor(Buffer$1,"concat"),nn=s=>s,Bi=zs?.writable===true||zs?.set!==void 0?s=>{Buffer$1.concat=s?nn:rn;}:s=>{},Tt=Symbol("_superWrite"),Gt=class extends Error{code;errno;constructor(t,e){super("zlib: "+t.message,{cause:t}),this.code=t.code,this.errno=t.errno,this.code||(this.code="ZLIB_ERROR"),this.message="zlib: "+t.message,Error.captureStackTrace(this,e??this.constructor);}get name(){return "ZlibError"}},Pi=Symbol("flushFlag"),re=class extends A{#t=false;#i=false;#s;#n;#r;#e;#o;get sawError(){return this.#t}get handle(){return this.#e}get flushFlag(){return this.#s}constructor(t,e){if(!t||typeof t!="object")throw new TypeError("invalid options for ZlibBase constructor");if(super(t),this.#s=t.flush??0,this.#n=t.finishFlush??0,this.#r=t.fullFlushFlag??0,typeof require$$0$1[e]!="function")throw new TypeError("Compression method not supported: "+e);try{this.#e=new require$$0$1[e](t);}catch(i){throw new Gt(i,this.constructor)}this.#o=i=>{this.#t||(this.#t=true,this.close(),this.emit("error",i));},this.#e?.on("error",i=>this.#o(new Gt(i))),this.once("end",()=>this.close);}close(){this.#e&&(this.#e.close(),this.#e=void 0,this.emit("close"));}reset(){if(!this.#t)return assert(this.#e,"zlib binding closed"),this.#e.reset?.()}flush(t){this.ended||(typeof t!="number"&&(t=this.#r),this.write(Object.assign(Buffer$1.alloc(0),{[Pi]:t})));}end(t,e,i){return typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),t&&(e?this.write(t,e):this.write(t)),this.flush(this.#n),this.#i=true,super.end(i)}get ended(){return this.#i}[Tt](t){return super.write(t)}write(t,e,i){if(typeof e=="function"&&(i=e,e="utf8"),typeof t=="string"&&(t=Buffer$1.from(t,e)),this.#t)return;assert(this.#e,"zlib binding closed");let r=this.#e._handle,n=r.close;r.close=()=>{};let o=this.#e.close;this.#e.close=()=>{},Bi(true);let h;try{let l=typeof t[Pi]=="number"?t[Pi]:this.#s;h=this.#e._processChunk(t,l),Bi(!1);}catch(l){Bi(false),this.#o(new Gt(l,this.write));}finally{this.#e&&(this.#e._handle=r,r.close=n,this.#e.close=o,this.#e.removeAllListeners("error"));}this.#e&&this.#e.on("error",l=>this.#o(new Gt(l,this.write)));let a;if(h)if(Array.isArray(h)&&h.length>0){let l=h[0];a=this[Tt](Buffer$1.from(l));for(let c=1;c<h.length;c++)a=this[Tt](h[c]);}else a=this[Tt](Buffer$1.from(h));return i&&i(),a}},Pe=class extends re{#t;#i;constructor(t,e){t=t||{},t.flush=t.flush||M.Z_NO_FLUSH,t.finishFlush=t.finishFlush||M.Z_FINISH,t.fullFlushFlag=M.Z_FULL_FLUSH,super(t,e),this.#t=t.level,this.#i=t.strategy;}params(t,e){if(!this.sawError){if(!this.handle)throw new Error("cannot switch params when binding is closed");if(!this.handle.params)throw new Error("not supported in this implementation");if(this.#t!==t||this.#i!==e){this.flush(M.Z_SYNC_FLUSH),assert(this.handle,"zlib binding closed");let i=this.handle.flush;this.handle.flush=(r,n)=>{typeof r=="function"&&(n=r,r=this.flushFlag),this.flush(r),n?.();};try{this.handle.params(t,e);}finally{this.handle.flush=i;}this.handle&&(this.#t=t,this.#i=e);}}}};var ze=class extends Pe{#t;constructor(t){super(t,"Gzip"),this.#t=t&&!!t.portable;}[Tt](t){return this.#t?(this.#t=false,t[9]=255,super[Tt](t)):super[Tt](t)}};var Ue=class extends Pe{constructor(t){super(t,"Unzip");}},He=class extends re{constructor(t,e){t=t||{},t.flush=t.flush||M.BROTLI_OPERATION_PROCESS,t.finishFlush=t.finishFlush||M.BROTLI_OPERATION_FINISH,t.fullFlushFlag=M.BROTLI_OPERATION_FLUSH,super(t,e);}},We=class extends He{constructor(t){super(t,"BrotliCompress");}},Ge=class extends He{constructor(t){super(t,"BrotliDecompress");}},Ze=class extends re{constructor(t,e){t=t||{},t.flush=t.flush||M.ZSTD_e_continue,t.finishFlush=t.finishFlush||M.ZSTD_e_end,t.fullFlushFlag=M.ZSTD_e_flush,super(t,e);}},Ye=class extends Ze{constructor(t){super(t,"ZstdCompress");}},Ke=class extends Ze{constructor(t){super(t,"ZstdDecompress");}};var Us=(s,t)=>{if(Number.isSafeInteger(s))s<0?an(s,t):hn(s,t);else throw Error("cannot encode number outside of javascript safe integer range");return t},hn=(s,t)=>{t[0]=128;for(var e=t.length;e>1;e--)t[e-1]=s&255,s=Math.floor(s/256);},an=(s,t)=>{t[0]=255;var e=false;s=s*-1;for(var i=t.length;i>1;i--){var r=s&255;s=Math.floor(s/256),e?t[i-1]=Ws(r):r===0?t[i-1]=0:(e=true,t[i-1]=Gs(r));}},Hs=s=>{let t=s[0],e=t===128?cn(s.subarray(1,s.length)):t===255?ln(s):null;if(e===null)throw Error("invalid base256 encoding");if(!Number.isSafeInteger(e))throw Error("parsed number outside of javascript safe integer range");return e},ln=s=>{for(var t=s.length,e=0,i=false,r=t-1;r>-1;r--){var n=Number(s[r]),o;i?o=Ws(n):n===0?o=n:(i=true,o=Gs(n)),o!==0&&(e-=o*Math.pow(256,t-r-1));}return e},cn=s=>{for(var t=s.length,e=0,i=t-1;i>-1;i--){var r=Number(s[i]);r!==0&&(e+=r*Math.pow(256,t-i-1));}return e},Ws=s=>(255^s)&255,Gs=s=>(255^s)+1&255;var Hi={};Ur(Hi,{code:()=>Ve,isCode:()=>ne,isName:()=>dn,name:()=>oe,normalFsTypes:()=>Ui});var ne=s=>oe.has(s),dn=s=>Ve.has(s),Ui=new Set(["0","","1","2","3","4","5","6","7","D"]),oe=new Map([["0","File"],["","OldFile"],["1","Link"],["2","SymbolicLink"],["3","CharacterDevice"],["4","BlockDevice"],["5","Directory"],["6","FIFO"],["7","ContiguousFile"],["g","GlobalExtendedHeader"],["x","ExtendedHeader"],["A","SolarisACL"],["D","GNUDumpDir"],["I","Inode"],["K","NextFileHasLongLinkpath"],["L","NextFileHasLongPath"],["M","ContinuationFile"],["N","OldGnuLongPath"],["S","SparseFile"],["V","TapeVolumeHeader"],["X","OldExtendedHeader"]]),Ve=new Map(Array.from(oe).map(s=>[s[1],s[0]]));var un=s=>s===void 0||s<0?void 0:s,F=class{cksumValid=false;needPax=false;nullBlock=false;block;path;mode;uid;gid;size;cksum;#t="Unsupported";linkpath;uname;gname;devmaj=0;devmin=0;atime;ctime;mtime;charset;comment;constructor(t,e=0,i,r){Buffer.isBuffer(t)?this.decode(t,e||0,i,r):t&&this.#i(t);}decode(t,e,i,r){if(e||(e=0),!t||!(t.length>=e+512))throw new Error("need 512 bytes for header");let n=xt(t,e+156,1),o=Ui.has(n),h=o?i:void 0,a=o?r:void 0;if(this.path=h?.path??xt(t,e,100),this.mode=h?.mode??a?.mode??lt(t,e+100,8),this.uid=h?.uid??a?.uid??lt(t,e+108,8),this.gid=h?.gid??a?.gid??lt(t,e+116,8),this.size=un(h?.size??a?.size??lt(t,e+124,12)),this.mtime=h?.mtime??a?.mtime??Wi(t,e+136,12),this.cksum=lt(t,e+148,12),a&&this.#i(a,true),h&&this.#i(h),ne(n)&&(this.#t=n||"0"),this.#t==="0"&&this.path.slice(-1)==="/"&&(this.#t="5"),this.#t==="5"&&(this.size=0),this.linkpath=xt(t,e+157,100),t.subarray(e+257,e+265).toString()==="ustar\x0000")if(this.uname=h?.uname??a?.uname??xt(t,e+265,32),this.gname=h?.gname??a?.gname??xt(t,e+297,32),this.devmaj=h?.devmaj??a?.devmaj??lt(t,e+329,8)??0,this.devmin=h?.devmin??a?.devmin??lt(t,e+337,8)??0,t[e+475]!==0){let c=xt(t,e+345,155);this.path=c+"/"+this.path;}else {let c=xt(t,e+345,130);c&&(this.path=c+"/"+this.path),this.atime=i?.atime??r?.atime??Wi(t,e+476,12),this.ctime=i?.ctime??r?.ctime??Wi(t,e+488,12);}let l=256;for(let c=e;c<e+148;c++)l+=t[c];for(let c=e+156;c<e+512;c++)l+=t[c];this.cksumValid=l===this.cksum,this.cksum===void 0&&l===256&&(this.nullBlock=true);}#i(t,e=false){Object.assign(this,Object.fromEntries(Object.entries(t).filter(([i,r])=>!(r==null||i==="size"&&Number(r)<0||i==="path"&&e||i==="linkpath"&&e||i==="global"))));}encode(t,e=0){if(t||(t=this.block=Buffer.alloc(512)),this.#t==="Unsupported"&&(this.#t="0"),!(t.length>=e+512))throw new Error("need 512 bytes for header");let i=this.ctime||this.atime?130:155,r=mn(this.path||"",i),n=r[0],o=r[1];this.needPax=!!r[2],this.needPax=Lt(t,e,100,n)||this.needPax,this.needPax=ct(t,e+100,8,this.mode)||this.needPax,this.needPax=ct(t,e+108,8,this.uid)||this.needPax,this.needPax=ct(t,e+116,8,this.gid)||this.needPax,this.needPax=ct(t,e+124,12,this.size)||this.needPax,this.needPax=Gi(t,e+136,12,this.mtime)||this.needPax,t[e+156]=Number(this.#t.codePointAt(0)),this.needPax=Lt(t,e+157,100,this.linkpath)||this.needPax,t.write("ustar\x0000",e+257,8),this.needPax=Lt(t,e+265,32,this.uname)||this.needPax,this.needPax=Lt(t,e+297,32,this.gname)||this.needPax,this.needPax=ct(t,e+329,8,this.devmaj)||this.needPax,this.needPax=ct(t,e+337,8,this.devmin)||this.needPax,this.needPax=Lt(t,e+345,i,o)||this.needPax,t[e+475]!==0?this.needPax=Lt(t,e+345,155,o)||this.needPax:(this.needPax=Lt(t,e+345,130,o)||this.needPax,this.needPax=Gi(t,e+476,12,this.atime)||this.needPax,this.needPax=Gi(t,e+488,12,this.ctime)||this.needPax);let h=256;for(let a=e;a<e+148;a++)h+=t[a];for(let a=e+156;a<e+512;a++)h+=t[a];return this.cksum=h,ct(t,e+148,8,this.cksum),this.cksumValid=true,this.needPax}get type(){return this.#t==="Unsupported"?this.#t:oe.get(this.#t)}get typeKey(){return this.#t}set type(t){let e=String(Ve.get(t));if(ne(e)||e==="Unsupported")this.#t=e;else if(ne(t))this.#t=t;else throw new TypeError("invalid entry type: "+t)}},mn=(s,t)=>{let i=s,r="",n,o=posix.parse(s).root||".";if(Buffer.byteLength(i)<100)n=[i,r,false];else {r=posix.dirname(i),i=posix.basename(i);do Buffer.byteLength(i)<=100&&Buffer.byteLength(r)<=t?n=[i,r,false]:Buffer.byteLength(i)>100&&Buffer.byteLength(r)<=t?n=[i.slice(0,99),r,true]:(i=posix.join(posix.basename(r),i),r=posix.dirname(r));while(r!==o&&n===void 0);n||(n=[s.slice(0,99),"",true]);}return n},xt=(s,t,e)=>s.subarray(t,t+e).toString("utf8").replace(/\0.*/,""),Wi=(s,t,e)=>pn(lt(s,t,e)),pn=s=>s===void 0?void 0:new Date(s*1e3),lt=(s,t,e)=>Number(s[t])&128?Hs(s.subarray(t,t+e)):wn(s,t,e),En=s=>isNaN(s)?void 0:s,wn=(s,t,e)=>En(parseInt(s.subarray(t,t+e).toString("utf8").replace(/\0.*$/,"").trim(),8)),Sn={12:8589934591,8:2097151},ct=(s,t,e,i)=>i===void 0?false:i>Sn[e]||i<0?(Us(i,s.subarray(t,t+e)),true):(yn(s,t,e,i),false),yn=(s,t,e,i)=>s.write(Rn(i,e),t,e,"ascii"),Rn=(s,t)=>gn(Math.floor(s).toString(8),t),gn=(s,t)=>(s.length===t-1?s:new Array(t-s.length-1).join("0")+s+" ")+"\0",Gi=(s,t,e,i)=>i===void 0?false:ct(s,t,e,i.getTime()/1e3),bn=new Array(156).join("\0"),Lt=(s,t,e,i)=>i===void 0?false:(s.write(i+bn,t,e,"utf8"),i.length!==Buffer.byteLength(i)||i.length>e);var ft=class s{atime;mtime;ctime;charset;comment;gid;uid;gname;uname;linkpath;dev;ino;nlink;path;size;mode;global;constructor(t,e=false){this.atime=t.atime,this.charset=t.charset,this.comment=t.comment,this.ctime=t.ctime,this.dev=t.dev,this.gid=t.gid,this.global=e,this.gname=t.gname,this.ino=t.ino,this.linkpath=t.linkpath,this.mtime=t.mtime,this.nlink=t.nlink,this.path=t.path,this.size=t.size,this.uid=t.uid,this.uname=t.uname;}encode(){let t=this.encodeBody();if(t==="")return Buffer.allocUnsafe(0);let e=Buffer.byteLength(t),i=512*Math.ceil(1+e/512),r=Buffer.allocUnsafe(i);for(let n=0;n<512;n++)r[n]=0;new F({path:("PaxHeader/"+basename(this.path??"")).slice(0,99),mode:this.mode||420,uid:this.uid,gid:this.gid,size:e,mtime:this.mtime,type:this.global?"GlobalExtendedHeader":"ExtendedHeader",linkpath:"",uname:this.uname||"",gname:this.gname||"",devmaj:0,devmin:0,atime:this.atime,ctime:this.ctime}).encode(r),r.write(t,512,e,"utf8");for(let n=e+512;n<r.length;n++)r[n]=0;return r}encodeBody(){return this.encodeField("path")+this.encodeField("ctime")+this.encodeField("atime")+this.encodeField("dev")+this.encodeField("ino")+this.encodeField("nlink")+this.encodeField("charset")+this.encodeField("comment")+this.encodeField("gid")+this.encodeField("gname")+this.encodeField("linkpath")+this.encodeField("mtime")+this.encodeField("size")+this.encodeField("uid")+this.encodeField("uname")}encodeField(t){if(this[t]===void 0)return "";let e=this[t],i=e instanceof Date?e.getTime()/1e3:e,r=" "+(t==="dev"||t==="ino"||t==="nlink"?"SCHILY.":"")+t+"="+i+`
`,n=Buffer.byteLength(r),o=Math.floor(Math.log(n)/Math.log(10))+1;return n+o>=Math.pow(10,o)&&(o+=1),o+n+r}static parse(t,e,i=false){return new s(On(Tn(t),e),i)}},On=(s,t)=>t?Object.assign({},t,s):s,Tn=s=>s.replace(/\n$/,"").split(`
`).reduce(xn,Object.create(null)),xn=(s,t)=>{let e=parseInt(t,10);if(e!==Buffer.byteLength(t)+1)return s;t=t.slice((e+" ").length);let i=t.split("="),r=i.shift();if(!r)return s;let n=r.replace(/^SCHILY\.(dev|ino|nlink)/,"$1"),o=i.join("=").replace(/\0.*/,"");switch(n){case "path":case "linkpath":case "type":case "charset":case "comment":case "gname":case "uname":s[n]=o;break;case "ctime":case "atime":case "mtime":s[n]=new Date(Number(o)*1e3);break;case "size":let h=+o;h>=0&&(s[n]=h);break;case "gid":case "uid":case "dev":case "ino":case "nlink":case "mode":s[n]=+o;break}return s};var Ln=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,f=Ln!=="win32"?s=>String(s):s=>String(s).replaceAll(/\\/g,"/");var $e=class extends A{extended;globalExtended;header;startBlockSize;blockRemain;remain;type;meta=false;ignore=false;path;mode;uid;gid;uname;gname;size=0;mtime;atime;ctime;linkpath;dev;ino;nlink;invalid=false;absolute;unsupported=false;constructor(t,e,i){switch(super({}),this.pause(),this.extended=e,this.globalExtended=i,this.header=t,this.remain=t.size??0,this.startBlockSize=512*Math.ceil(this.remain/512),this.blockRemain=this.startBlockSize,this.type=t.type,this.type){case "File":case "OldFile":case "Link":case "SymbolicLink":case "CharacterDevice":case "BlockDevice":case "Directory":case "FIFO":case "ContiguousFile":case "GNUDumpDir":break;case "NextFileHasLongLinkpath":case "NextFileHasLongPath":case "OldGnuLongPath":case "GlobalExtendedHeader":case "ExtendedHeader":case "OldExtendedHeader":this.meta=true;break;default:this.ignore=true;}if(!t.path)throw new Error("no path provided for tar.ReadEntry");this.path=f(t.path),this.mode=t.mode,this.mode&&(this.mode=this.mode&4095),this.uid=t.uid,this.gid=t.gid,this.uname=t.uname,this.gname=t.gname,this.size=this.remain,this.mtime=t.mtime,this.atime=t.atime,this.ctime=t.ctime,this.linkpath=t.linkpath?f(t.linkpath):void 0,this.uname=t.uname,this.gname=t.gname,e&&this.#t(e),i&&this.#t(i,true);}write(t){let e=t.length;if(e>this.blockRemain)throw new Error("writing more to entry than is appropriate");let i=this.remain,r=this.blockRemain;return this.remain=Math.max(0,i-e),this.blockRemain=Math.max(0,r-e),this.ignore?true:i>=e?super.write(t):super.write(t.subarray(0,i))}#t(t,e=false){t.path&&(t.path=f(t.path)),t.linkpath&&(t.linkpath=f(t.linkpath)),Object.assign(this,Object.fromEntries(Object.entries(t).filter(([i,r])=>!(r==null||i==="path"&&e))));}};var Dt=(s,t,e,i={})=>{s.file&&(i.file=s.file),s.cwd&&(i.cwd=s.cwd),i.code=e instanceof Error&&e.code||t,i.tarCode=t,!s.strict&&i.recoverable!==false?(e instanceof Error&&(i=Object.assign(e,i),e=e.message),s.emit("warn",t,e,i)):e instanceof Error?s.emit("error",Object.assign(e,i)):s.emit("error",Object.assign(new Error(`${t}: ${e}`),i));};var Nn=1024*1024,Xi=Buffer.from([31,139]),qi=Buffer.from([40,181,47,253]),An=Math.max(Xi.length,qi.length),B=Symbol("state"),Nt=Symbol("writeEntry"),it=Symbol("readEntry"),Zi=Symbol("nextEntry"),Zs=Symbol("processEntry"),V=Symbol("extendedHeader"),he=Symbol("globalExtendedHeader"),dt=Symbol("meta"),Ys=Symbol("emitMeta"),p=Symbol("buffer"),st=Symbol("queue"),ut=Symbol("ended"),Yi=Symbol("emittedEnd"),At=Symbol("emit"),w=Symbol("unzip"),Xe=Symbol("consumeChunk"),qe=Symbol("consumeChunkSub"),Ki=Symbol("consumeBody"),Ks=Symbol("consumeMeta"),Vs=Symbol("consumeHeader"),ae=Symbol("consuming"),Vi=Symbol("bufferConcat"),Qe=Symbol("maybeEnd"),Yt=Symbol("writing"),$=Symbol("aborted"),Je=Symbol("onDone"),It=Symbol("sawValidEntry"),je=Symbol("sawNullBlock"),ti=Symbol("sawEOF"),$s=Symbol("closeStream"),In=1e3,le=Symbol("compressedBytesRead"),$i=Symbol("decompressedBytesRead"),Xs=Symbol("checkDecompressionRatio"),Cn=()=>true,rt=class extends EventEmitter$1{file;strict;maxMetaEntrySize;filter;brotli;zstd;maxDecompressionRatio;writable=true;readable=false;[st]=[];[p];[it];[Nt];[B]="begin";[dt]="";[V];[he];[ut]=false;[w];[$]=false;[It];[je]=false;[ti]=false;[Yt]=false;[ae]=false;[Yi]=false;[le]=0;[$i]=0;constructor(t={}){super(),this.file=t.file||"",this.on(Je,()=>{(this[B]==="begin"||this[It]===false)&&this.warn("TAR_BAD_ARCHIVE","Unrecognized archive format");}),t.ondone?this.on(Je,t.ondone):this.on(Je,()=>{this.emit("prefinish"),this.emit("finish"),this.emit("end");}),this.strict=!!t.strict,this.maxDecompressionRatio=typeof t.maxDecompressionRatio=="number"?t.maxDecompressionRatio:In,this.maxMetaEntrySize=t.maxMetaEntrySize||Nn,this.filter=typeof t.filter=="function"?t.filter:Cn;let e=t.file&&(t.file.endsWith(".tar.br")||t.file.endsWith(".tbr"));this.brotli=!(t.gzip||t.zstd)&&t.brotli!==void 0?t.brotli:e?void 0:false;let i=t.file&&(t.file.endsWith(".tar.zst")||t.file.endsWith(".tzst"));this.zstd=!(t.gzip||t.brotli)&&t.zstd!==void 0?t.zstd:i?true:void 0,this.on("end",()=>this[$s]()),typeof t.onwarn=="function"&&this.on("warn",t.onwarn),typeof t.onReadEntry=="function"&&this.on("entry",t.onReadEntry);}warn(t,e,i={}){Dt(this,t,e,i);}[Vs](t,e){this[It]===void 0&&(this[It]=false);let i;try{i=new F(t,e,this[V],this[he]);}catch(r){return this.warn("TAR_ENTRY_INVALID",r)}if(i.nullBlock)this[je]?(this[ti]=true,this[B]==="begin"&&(this[B]="header"),this[At]("eof")):(this[je]=true,this[At]("nullBlock"));else if(this[je]=false,!i.cksumValid)this.warn("TAR_ENTRY_INVALID","checksum failure",{header:i});else if(!i.path)this.warn("TAR_ENTRY_INVALID","path is required",{header:i});else {let r=i.type;if(/^(Symbolic)?Link$/.test(r)&&!i.linkpath)this.warn("TAR_ENTRY_INVALID","linkpath required",{header:i});else if(!/^(Symbolic)?Link$/.test(r)&&!/^(Global)?ExtendedHeader$/.test(r)&&i.linkpath)this.warn("TAR_ENTRY_INVALID","linkpath forbidden",{header:i});else {let n=this[Nt]=new $e(i,this[V],this[he]);if(!this[It])if(n.remain){let o=()=>{n.invalid||(this[It]=true);};n.on("end",o);}else this[It]=true;n.meta?n.size>this.maxMetaEntrySize?(n.ignore=true,this[At]("ignoredEntry",n),this[B]="ignore",n.resume()):n.size>0&&(this[dt]="",n.on("data",o=>this[dt]+=o),this[B]="meta"):(this[V]=void 0,n.ignore=n.ignore||!this.filter(n.path,n),n.ignore?(this[At]("ignoredEntry",n),this[B]=n.remain?"ignore":"header",n.resume()):(n.remain?this[B]="body":(this[B]="header",n.end()),this[it]?this[st].push(n):(this[st].push(n),this[Zi]())));}}}[$s](){queueMicrotask(()=>this.emit("close"));}[Zs](t){let e=true;if(!t)this[it]=void 0,e=false;else if(Array.isArray(t)){let[i,...r]=t;this.emit(i,...r);}else this[it]=t,this.emit("entry",t),t.emittedEnd||(t.on("end",()=>this[Zi]()),e=false);return e}[Zi](){do;while(this[Zs](this[st].shift()));if(this[st].length===0){let t=this[it];!t||t.flowing||t.size===t.remain?this[Yt]||this.emit("drain"):t.once("drain",()=>this.emit("drain"));}}[Ki](t,e){let i=this[Nt];if(!i)throw new Error("attempt to consume body without entry??");let r=i.blockRemain??0,n=r>=t.length&&e===0?t:t.subarray(e,e+r);return i.write(n),i.blockRemain||(this[B]="header",this[Nt]=void 0,i.end()),n.length}[Ks](t,e){let i=this[Nt],r=this[Ki](t,e);return !this[Nt]&&i&&this[Ys](i),r}[At](t,e,i){this[st].length===0&&!this[it]?this.emit(t,e,i):this[st].push([t,e,i]);}[Ys](t){switch(this[At]("meta",this[dt]),t.type){case "ExtendedHeader":case "OldExtendedHeader":this[V]=ft.parse(this[dt],this[V],false);break;case "GlobalExtendedHeader":this[he]=ft.parse(this[dt],this[he],true);break;case "NextFileHasLongPath":case "OldGnuLongPath":{let e=this[V]??Object.create(null);this[V]=e,e.path=this[dt].replace(/\0.*/,"");break}case "NextFileHasLongLinkpath":{let e=this[V]||Object.create(null);this[V]=e,e.linkpath=this[dt].replace(/\0.*/,"");break}default:throw new Error("unknown meta: "+t.type)}}abort(t){if(!this[$]){if(this[w]){let e=this[w];e.write=()=>true,e.end=()=>e,e.emit=()=>false,e.destroy?.();}this[$]=true,this.emit("abort",t),this.warn("TAR_ABORT",t,{recoverable:false});}}[Xs](t){this[$i]+=t.length;let e=this[$i]/this[le];return e>this.maxDecompressionRatio?(this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)),false):true}write(t,e,i){if(typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8")),this[$])return i?.(),false;if((this[w]===void 0||this.brotli===void 0&&this[w]===false)&&t){if(this[p]&&(t=Buffer.concat([this[p],t]),this[p]=void 0),t.length<An)return this[p]=t,i?.(),true;for(let a=0;this[w]===void 0&&a<Xi.length;a++)t[a]!==Xi[a]&&(this[w]=false);let o=false;if(this[w]===false&&this.zstd!==false){o=true;for(let a=0;a<qi.length;a++)if(t[a]!==qi[a]){o=false;break}}let h=this.brotli===void 0&&!o;if(this[w]===false&&h)if(t.length<512)if(this[ut])this.brotli=true;else return this[p]=t,i?.(),true;else try{new F(t.subarray(0,512)),this.brotli=!1;}catch{this.brotli=true;}if(this[w]===void 0||this[w]===false&&(this.brotli||o)){let a=this[ut];this[ut]=false,this[w]=this[w]===void 0?new Ue({}):o?new Ke({}):new Ge({}),this[w].on("data",c=>{this[Xs](c)&&this[Xe](c);}),this[w].on("error",c=>{this[$]||this.abort(c);}),this[w].on("end",()=>{this[ut]=true,this[Xe]();}),this[Yt]=true,this[le]+=t.length;let l=!!this[w][a?"end":"write"](t);return this[Yt]=false,i?.(),l}}this[Yt]=true,this[w]?(this[le]+=t.length,this[w].write(t)):this[Xe](t),this[Yt]=false;let n=this[st].length>0?false:this[it]?this[it].flowing:true;return !n&&this[st].length===0&&this[it]?.once("drain",()=>this.emit("drain")),i?.(),n}[Vi](t){t&&!this[$]&&(this[p]=this[p]?Buffer.concat([this[p],t]):t);}[Qe](){if(this[ut]&&!this[Yi]&&!this[$]&&!this[ae]){this[Yi]=true;let t=this[Nt];if(t?.blockRemain){let e=this[p]?this[p].length:0;this.warn("TAR_BAD_ARCHIVE",`Truncated input (needed ${t.blockRemain} more bytes, only ${e} available)`,{entry:t}),this[p]&&t.write(this[p]),t.end();}this[At](Je);}}[Xe](t){if(this[ae]&&t)this[Vi](t);else if(!t&&!this[p])this[Qe]();else if(t){if(this[ae]=true,this[p]){this[Vi](t);let e=this[p];this[p]=void 0,this[qe](e);}else this[qe](t);for(;this[p]&&this[p]?.length>=512&&!this[$]&&!this[ti];){let e=this[p];this[p]=void 0,this[qe](e);}this[ae]=false;}(!this[p]||this[ut])&&this[Qe]();}[qe](t){let e=0,i=t.length;for(;e+512<=i&&!this[$]&&!this[ti];)switch(this[B]){case "begin":case "header":this[Vs](t,e),e+=512;break;case "ignore":case "body":e+=this[Ki](t,e);break;case "meta":e+=this[Ks](t,e);break;default:throw new Error("invalid state: "+this[B])}e<i&&(this[p]=this[p]?Buffer.concat([t.subarray(e),this[p]]):t.subarray(e));}end(t,e,i){return typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,e)),i&&this.once("finish",i),this[$]||(this[w]?(t&&(this[le]+=t.length,this[w].write(t)),this[w].end()):(this[ut]=true,(this.brotli===void 0||this.zstd===void 0)&&(t=t||Buffer.alloc(0)),t&&this.write(t),this[Qe]())),this}};var mt=s=>{let t=s.length-1,e=-1;for(;t>-1&&s.charAt(t)==="/";)e=t,t--;return e===-1?s:s.slice(0,e)};var vn=s=>{let t=s.onReadEntry;s.onReadEntry=t?e=>{t(e),e.resume();}:e=>e.resume();},Qi=(s,t)=>{let e=new Map(t.map(o=>[mt(o),true])),i=s.filter,r=100,n=(o,h="",a=0)=>{if(a>=r)return e.set(o,false),false;let l=h||parse$1(o).root||".",c;if(o===l)c=false;else {let d=e.get(o);c=d!==void 0?d:n(dirname(o),l,a+1);}return e.set(o,c),c};s.filter=i?(o,h)=>i(o,h)&&n(mt(o)):o=>n(mt(o));},Mn=s=>{let t=new rt(s),e=s.file,i;try{i=u.openSync(e,"r");let r=u.fstatSync(i),n=s.maxReadSize||16*1024*1024;if(r.size<n){let o=Buffer.allocUnsafe(r.size),h=u.readSync(i,o,0,r.size,0);t.end(h===o.byteLength?o:o.subarray(0,h));}else {let o=0,h=Buffer.allocUnsafe(n);for(;o<r.size;){let a=u.readSync(i,h,0,n,o);if(a===0)break;o+=a,t.write(h.subarray(0,a));}t.end();}}finally{if(typeof i=="number")try{u.closeSync(i);}catch{}}},Bn=(s,t)=>{let e=new rt(s),i=s.maxReadSize||16*1024*1024,r=s.file;return new Promise((o,h)=>{e.on("error",h),e.on("end",o),u.stat(r,(a,l)=>{if(a)h(a);else {let c=new _t(r,{readSize:i,size:l.size});c.on("error",h),c.pipe(e);}});})},Ct=K(Mn,Bn,s=>new rt(s),s=>new rt(s),(s,t)=>{t?.length&&Qi(s,t),s.noResume||vn(s);});var Ji=(s,t,e)=>(s&=4095,e&&(s=(s|384)&-19),t&&(s&256&&(s|=64),s&32&&(s|=8),s&4&&(s|=1)),s);var{isAbsolute:zn,parse:qs}=win32,ce=s=>{let t="",e=qs(s);for(;zn(s)||e.root;){let i=s.charAt(0)==="/"&&s.slice(0,4)!=="//?/"?"/":e.root;s=s.slice(i.length),t+=i,e=qs(s);}return [t,s]};var ei=["|","<",">","?",":"],ji=ei.map(s=>String.fromCodePoint(61440+Number(s.codePointAt(0)))),Un=new Map(ei.map((s,t)=>[s,ji[t]])),Hn=new Map(ji.map((s,t)=>[s,ei[t]])),ts=s=>ei.reduce((t,e)=>t.split(e).join(Un.get(e)),s),Qs=s=>ji.reduce((t,e)=>t.split(e).join(Hn.get(e)),s);var rr=(s,t)=>t?(s=f(s).replace(/^\.(\/|$)/,""),mt(t)+"/"+s):f(s),Wn=16*1024*1024,tr=Symbol("process"),er=Symbol("file"),ir=Symbol("directory"),is=Symbol("symlink"),sr=Symbol("hardlink"),fe=Symbol("header"),ii=Symbol("read"),ss=Symbol("lstat"),si=Symbol("onlstat"),rs=Symbol("onread"),ns=Symbol("onreadlink"),os=Symbol("openfile"),hs=Symbol("onopenfile"),pt=Symbol("close"),ri=Symbol("mode"),as=Symbol("awaitDrain"),es=Symbol("ondrain"),q=Symbol("prefix"),de=class extends A{path;portable;myuid=process.getuid&&process.getuid()||0;myuser=process.env.USER||"";maxReadSize;linkCache;statCache;preservePaths;cwd;strict;mtime;noPax;noMtime;prefix;fd;blockLen=0;blockRemain=0;buf;pos=0;remain=0;length=0;offset=0;win32;absolute;header;type;linkpath;stat;onWriteEntry;#t=false;constructor(t,e={}){let i=se(e);super(),this.path=f(t),this.portable=!!i.portable,this.maxReadSize=i.maxReadSize||Wn,this.linkCache=i.linkCache||new Map,this.statCache=i.statCache||new Map,this.preservePaths=!!i.preservePaths,this.cwd=f(i.cwd||process.cwd()),this.strict=!!i.strict,this.noPax=!!i.noPax,this.noMtime=!!i.noMtime,this.mtime=i.mtime,this.prefix=i.prefix?f(i.prefix):void 0,this.onWriteEntry=i.onWriteEntry,typeof i.onwarn=="function"&&this.on("warn",i.onwarn);let r=false;if(!this.preservePaths){let[o,h]=ce(this.path);o&&typeof h=="string"&&(this.path=h,r=o);}this.win32=!!i.win32||process.platform==="win32",this.win32&&(this.path=Qs(this.path.replaceAll(/\\/g,"/")),t=t.replaceAll(/\\/g,"/")),this.absolute=f(i.absolute||path__default.resolve(this.cwd,t)),this.path===""&&(this.path="./"),r&&this.warn("TAR_ENTRY_INFO",`stripping ${r} from absolute path`,{entry:this,path:r+this.path});let n=this.statCache.get(this.absolute);n?this[si](n):this[ss]();}warn(t,e,i={}){return Dt(this,t,e,i)}emit(t,...e){return t==="error"&&(this.#t=true),super.emit(t,...e)}[ss](){fs__default.lstat(this.absolute,(t,e)=>{if(t)return this.emit("error",t);this[si](e);});}[si](t){this.statCache.set(this.absolute,t),this.stat=t,t.isFile()||(t.size=0),this.type=Gn(t),this.emit("stat",t),this[tr]();}[tr](){switch(this.type){case "File":return this[er]();case "Directory":return this[ir]();case "SymbolicLink":return this[is]();default:return this.end()}}[ri](t){return Ji(t,this.type==="Directory",this.portable)}[q](t){return rr(t,this.prefix)}[fe](){if(!this.stat)throw new Error("cannot write header before stat");this.type==="Directory"&&this.portable&&(this.noMtime=true),this.onWriteEntry?.(this),this.header=new F({path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,mode:this[ri](this.stat.mode),uid:this.portable?void 0:this.stat.uid,gid:this.portable?void 0:this.stat.gid,size:this.stat.size,mtime:this.noMtime?void 0:this.mtime||this.stat.mtime,type:this.type==="Unsupported"?void 0:this.type,uname:this.portable?void 0:this.stat.uid===this.myuid?this.myuser:"",atime:this.portable?void 0:this.stat.atime,ctime:this.portable?void 0:this.stat.ctime}),this.header.encode()&&!this.noPax&&super.write(new ft({atime:this.portable?void 0:this.header.atime,ctime:this.portable?void 0:this.header.ctime,gid:this.portable?void 0:this.header.gid,mtime:this.noMtime?void 0:this.mtime||this.header.mtime,path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,size:this.header.size,uid:this.portable?void 0:this.header.uid,uname:this.portable?void 0:this.header.uname,dev:this.portable?void 0:this.stat.dev,ino:this.portable?void 0:this.stat.ino,nlink:this.portable?void 0:this.stat.nlink}).encode());let t=this.header?.block;if(!t)throw new Error("failed to encode header");super.write(t);}[ir](){if(!this.stat)throw new Error("cannot create directory entry without stat");this.path.slice(-1)!=="/"&&(this.path+="/"),this.stat.size=0,this[fe](),this.end();}[is](){fs__default.readlink(this.absolute,(t,e)=>{if(t)return this.emit("error",t);this[ns](e);});}[ns](t){this.linkpath=f(t),this[fe](),this.end();}[sr](t){if(!this.stat)throw new Error("cannot create link entry without stat");this.type="Link",this.linkpath=f(path__default.relative(this.cwd,t)),this.stat.size=0,this[fe](),this.end();}[er](){if(!this.stat)throw new Error("cannot create file entry without stat");if(this.stat.nlink>1){let t=`${this.stat.dev}:${this.stat.ino}`,e=this.linkCache.get(t);if(e?.indexOf(this.cwd)===0)return this[sr](e);this.linkCache.set(t,this.absolute);}if(this[fe](),this.stat.size===0)return this.end();this[os]();}[os](){fs__default.open(this.absolute,"r",(t,e)=>{if(t)return this.emit("error",t);this[hs](e);});}[hs](t){if(this.fd=t,this.#t)return this[pt]();if(!this.stat)throw new Error("should stat before calling onopenfile");this.blockLen=512*Math.ceil(this.stat.size/512),this.blockRemain=this.blockLen;let e=Math.min(this.blockLen,this.maxReadSize);this.buf=Buffer.allocUnsafe(e),this.offset=0,this.pos=0,this.remain=this.stat.size,this.length=this.buf.length,this[ii]();}[ii](){let{fd:t,buf:e,offset:i,length:r,pos:n}=this;if(t===void 0||e===void 0)throw new Error("cannot read file without first opening");fs__default.read(t,e,i,r,n,(o,h)=>{if(o)return this[pt](()=>this.emit("error",o));this[rs](h);});}[pt](t=()=>{}){this.fd!==void 0&&fs__default.close(this.fd,t);}[rs](t){if(t<=0&&this.remain>0){let r=Object.assign(new Error("encountered unexpected EOF"),{path:this.absolute,syscall:"read",code:"EOF"});return this[pt](()=>this.emit("error",r))}if(t>this.remain){let r=Object.assign(new Error("did not encounter expected EOF"),{path:this.absolute,syscall:"read",code:"EOF"});return this[pt](()=>this.emit("error",r))}if(!this.buf)throw new Error("should have created buffer prior to reading");if(t===this.remain)for(let r=t;r<this.length&&t<this.blockRemain;r++)this.buf[r+this.offset]=0,t++,this.remain++;let e=this.offset===0&&t===this.buf.length?this.buf:this.buf.subarray(this.offset,this.offset+t);this.write(e)?this[es]():this[as](()=>this[es]());}[as](t){this.once("drain",t);}write(t,e,i){if(typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8")),this.blockRemain<t.length){let r=Object.assign(new Error("writing more data than expected"),{path:this.absolute});return this.emit("error",r)}return this.remain-=t.length,this.blockRemain-=t.length,this.pos+=t.length,this.offset+=t.length,super.write(t,null,i)}[es](){if(!this.remain)return this.blockRemain&&super.write(Buffer.alloc(this.blockRemain)),this[pt](t=>t?this.emit("error",t):this.end());if(!this.buf)throw new Error("buffer lost somehow in ONDRAIN");this.offset>=this.length&&(this.buf=Buffer.allocUnsafe(Math.min(this.blockRemain,this.buf.length)),this.offset=0),this.length=this.buf.length-this.offset,this[ii]();}},ni=class extends de{sync=true;[ss](){this[si](fs__default.lstatSync(this.absolute));}[is](){this[ns](fs__default.readlinkSync(this.absolute));}[os](){this[hs](fs__default.openSync(this.absolute,"r"));}[ii](){let t=true;try{let{fd:e,buf:i,offset:r,length:n,pos:o}=this;if(e===void 0||i===void 0)throw new Error("fd and buf must be set in READ method");let h=fs__default.readSync(e,i,r,n,o);this[rs](h),t=!1;}finally{if(t)try{this[pt](()=>{});}catch{}}}[as](t){t();}[pt](t=()=>{}){this.fd!==void 0&&fs__default.closeSync(this.fd),t();}},oi=class extends A{blockLen=0;blockRemain=0;buf=0;pos=0;remain=0;length=0;preservePaths;portable;strict;noPax;noMtime;readEntry;type;prefix;path;mode;uid;gid;uname;gname;header;mtime;atime;ctime;linkpath;size;onWriteEntry;warn(t,e,i={}){return Dt(this,t,e,i)}constructor(t,e={}){let i=se(e);super(),this.preservePaths=!!i.preservePaths,this.portable=!!i.portable,this.strict=!!i.strict,this.noPax=!!i.noPax,this.noMtime=!!i.noMtime,this.onWriteEntry=i.onWriteEntry,this.readEntry=t;let{type:r}=t;if(r==="Unsupported")throw new Error("writing entry that should be ignored");this.type=r,this.type==="Directory"&&this.portable&&(this.noMtime=true),this.prefix=i.prefix,this.path=f(t.path),this.mode=t.mode!==void 0?this[ri](t.mode):void 0,this.uid=this.portable?void 0:t.uid,this.gid=this.portable?void 0:t.gid,this.uname=this.portable?void 0:t.uname,this.gname=this.portable?void 0:t.gname,this.size=t.size,this.mtime=this.noMtime?void 0:i.mtime||t.mtime,this.atime=this.portable?void 0:t.atime,this.ctime=this.portable?void 0:t.ctime,this.linkpath=t.linkpath!==void 0?f(t.linkpath):void 0,typeof i.onwarn=="function"&&this.on("warn",i.onwarn);let n=false;if(!this.preservePaths){let[h,a]=ce(this.path);h&&typeof a=="string"&&(this.path=a,n=h);}this.remain=t.size,this.blockRemain=t.startBlockSize,this.onWriteEntry?.(this),this.header=new F({path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,mode:this.mode,uid:this.portable?void 0:this.uid,gid:this.portable?void 0:this.gid,size:this.size,mtime:this.noMtime?void 0:this.mtime,type:this.type,uname:this.portable?void 0:this.uname,atime:this.portable?void 0:this.atime,ctime:this.portable?void 0:this.ctime}),n&&this.warn("TAR_ENTRY_INFO",`stripping ${n} from absolute path`,{entry:this,path:n+this.path}),this.header.encode()&&!this.noPax&&super.write(new ft({atime:this.portable?void 0:this.atime,ctime:this.portable?void 0:this.ctime,gid:this.portable?void 0:this.gid,mtime:this.noMtime?void 0:this.mtime,path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,size:this.size,uid:this.portable?void 0:this.uid,uname:this.portable?void 0:this.uname,dev:this.portable?void 0:this.readEntry.dev,ino:this.portable?void 0:this.readEntry.ino,nlink:this.portable?void 0:this.readEntry.nlink}).encode());let o=this.header?.block;if(!o)throw new Error("failed to encode header");super.write(o),t.pipe(this);}[q](t){return rr(t,this.prefix)}[ri](t){return Ji(t,this.type==="Directory",this.portable)}write(t,e,i){typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8"));let r=t.length;if(r>this.blockRemain)throw new Error("writing more to entry than is appropriate");return this.blockRemain-=r,super.write(t,i)}end(t,e,i){return this.blockRemain&&super.write(Buffer.alloc(this.blockRemain)),typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,e??"utf8")),i&&this.once("finish",i),t?super.end(t,i):super.end(i),this}},Gn=s=>s.isFile()?"File":s.isDirectory()?"Directory":s.isSymbolicLink()?"SymbolicLink":"Unsupported";var hi=class s{tail;head;length=0;static create(t=[]){return new s(t)}constructor(t=[]){for(let e of t)this.push(e);}*[Symbol.iterator](){for(let t=this.head;t;t=t.next)yield t.value;}removeNode(t){if(t.list!==this)throw new Error("removing node which does not belong to this list");let e=t.next,i=t.prev;return e&&(e.prev=i),i&&(i.next=e),t===this.head&&(this.head=e),t===this.tail&&(this.tail=i),this.length--,t.next=void 0,t.prev=void 0,t.list=void 0,e}unshiftNode(t){if(t===this.head)return;t.list&&t.list.removeNode(t);let e=this.head;t.list=this,t.next=e,e&&(e.prev=t),this.head=t,this.tail||(this.tail=t),this.length++;}pushNode(t){if(t===this.tail)return;t.list&&t.list.removeNode(t);let e=this.tail;t.list=this,t.prev=e,e&&(e.next=t),this.tail=t,this.head||(this.head=t),this.length++;}push(...t){for(let e=0,i=t.length;e<i;e++)Yn(this,t[e]);return this.length}unshift(...t){for(var e=0,i=t.length;e<i;e++)Kn(this,t[e]);return this.length}pop(){if(!this.tail)return;let t=this.tail.value,e=this.tail;return this.tail=this.tail.prev,this.tail?this.tail.next=void 0:this.head=void 0,e.list=void 0,this.length--,t}shift(){if(!this.head)return;let t=this.head.value,e=this.head;return this.head=this.head.next,this.head?this.head.prev=void 0:this.tail=void 0,e.list=void 0,this.length--,t}forEach(t,e){e=e||this;for(let i=this.head,r=0;i;r++)t.call(e,i.value,r,this),i=i.next;}forEachReverse(t,e){e=e||this;for(let i=this.tail,r=this.length-1;i;r--)t.call(e,i.value,r,this),i=i.prev;}get(t){let e=0,i=this.head;for(;i&&e<t;e++)i=i.next;if(e===t&&i)return i.value}getReverse(t){let e=0,i=this.tail;for(;i&&e<t;e++)i=i.prev;if(e===t&&i)return i.value}map(t,e){e=e||this;let i=new s;for(let r=this.head;r;)i.push(t.call(e,r.value,this)),r=r.next;return i}mapReverse(t,e){e=e||this;var i=new s;for(let r=this.tail;r;)i.push(t.call(e,r.value,this)),r=r.prev;return i}reduce(t,e){let i,r=this.head;if(arguments.length>1)i=e;else if(this.head)r=this.head.next,i=this.head.value;else throw new TypeError("Reduce of empty list with no initial value");for(var n=0;r;n++)i=t(i,r.value,n),r=r.next;return i}reduceReverse(t,e){let i,r=this.tail;if(arguments.length>1)i=e;else if(this.tail)r=this.tail.prev,i=this.tail.value;else throw new TypeError("Reduce of empty list with no initial value");for(let n=this.length-1;r;n--)i=t(i,r.value,n),r=r.prev;return i}toArray(){let t=new Array(this.length);for(let e=0,i=this.head;i;e++)t[e]=i.value,i=i.next;return t}toArrayReverse(){let t=new Array(this.length);for(let e=0,i=this.tail;i;e++)t[e]=i.value,i=i.prev;return t}slice(t=0,e=this.length){e<0&&(e+=this.length),t<0&&(t+=this.length);let i=new s;if(e<t||e<0)return i;t<0&&(t=0),e>this.length&&(e=this.length);let r=this.head,n=0;for(n=0;r&&n<t;n++)r=r.next;for(;r&&n<e;n++,r=r.next)i.push(r.value);return i}sliceReverse(t=0,e=this.length){e<0&&(e+=this.length),t<0&&(t+=this.length);let i=new s;if(e<t||e<0)return i;t<0&&(t=0),e>this.length&&(e=this.length);let r=this.length,n=this.tail;for(;n&&r>e;r--)n=n.prev;for(;n&&r>t;r--,n=n.prev)i.push(n.value);return i}splice(t,e=0,...i){t>this.length&&(t=this.length-1),t<0&&(t=this.length+t);let r=this.head;for(let o=0;r&&o<t;o++)r=r.next;let n=[];for(let o=0;r&&o<e;o++)n.push(r.value),r=this.removeNode(r);r?r!==this.tail&&(r=r.prev):r=this.tail;for(let o of i)r=Zn(this,r,o);return n}reverse(){let t=this.head,e=this.tail;for(let i=t;i;i=i.prev){let r=i.prev;i.prev=i.next,i.next=r;}return this.head=e,this.tail=t,this}};function Zn(s,t,e){let i=t,r=t?t.next:s.head,n=new ue(e,i,r,s);return n.next===void 0&&(s.tail=n),n.prev===void 0&&(s.head=n),s.length++,n}function Yn(s,t){s.tail=new ue(t,s.tail,void 0,s),s.head||(s.head=s.tail),s.length++;}function Kn(s,t){s.head=new ue(t,void 0,s.head,s),s.tail||(s.tail=s.head),s.length++;}var ue=class{list;next;prev;value;constructor(t,e,i,r){this.list=r,this.value=t,e?(e.next=this,this.prev=e):this.prev=void 0,i?(i.prev=this,this.next=i):this.next=void 0;}};var pi=class{path;absolute;entry;stat;readdir;pending=false;pendingLink=false;ignore=false;piped=false;constructor(t,e){this.path=t||"./",this.absolute=e;}},nr=Buffer.alloc(1024),li=Symbol("onStat"),me=Symbol("ended"),W=Symbol("queue"),pe=Symbol("pendingLinks"),Et=Symbol("current"),Ft=Symbol("process"),Ee=Symbol("processing"),ai=Symbol("processJob"),G=Symbol("jobs"),ls=Symbol("jobDone"),ci=Symbol("addFSEntry"),or=Symbol("addTarEntry"),ds=Symbol("stat"),us=Symbol("readdir"),fi=Symbol("onreaddir"),di=Symbol("pipe"),hr=Symbol("entry"),cs=Symbol("entryOpt"),ui=Symbol("writeEntryClass"),lr=Symbol("write"),fs=Symbol("ondrain"),wt=class extends A{sync=false;opt;cwd;maxReadSize;preservePaths;strict;noPax;prefix;linkCache;statCache;file;portable;zip;readdirCache;noDirRecurse;follow;noMtime;mtime;filter;jobs;[ui];onWriteEntry;[W];[pe]=new Map;[G]=0;[Ee]=false;[me]=false;constructor(t={}){if(super(),this.opt=t,this.file=t.file||"",this.cwd=t.cwd||process.cwd(),this.maxReadSize=t.maxReadSize,this.preservePaths=!!t.preservePaths,this.strict=!!t.strict,this.noPax=!!t.noPax,this.prefix=f(t.prefix||""),this.linkCache=t.linkCache||new Map,this.statCache=t.statCache||new Map,this.readdirCache=t.readdirCache||new Map,this.onWriteEntry=t.onWriteEntry,this[ui]=de,typeof t.onwarn=="function"&&this.on("warn",t.onwarn),this.portable=!!t.portable,t.gzip||t.brotli||t.zstd){if((t.gzip?1:0)+(t.brotli?1:0)+(t.zstd?1:0)>1)throw new TypeError("gzip, brotli, zstd are mutually exclusive");if(t.gzip&&(typeof t.gzip!="object"&&(t.gzip={}),this.portable&&(t.gzip.portable=true),this.zip=new ze(t.gzip)),t.brotli&&(typeof t.brotli!="object"&&(t.brotli={}),this.zip=new We(t.brotli)),t.zstd&&(typeof t.zstd!="object"&&(t.zstd={}),this.zip=new Ye(t.zstd)),!this.zip)throw new Error("impossible");let e=this.zip;e.on("data",i=>super.write(i)),e.on("end",()=>super.end()),e.on("drain",()=>this[fs]()),this.on("resume",()=>e.resume());}else this.on("drain",this[fs]);this.noDirRecurse=!!t.noDirRecurse,this.follow=!!t.follow,this.noMtime=!!t.noMtime,t.mtime&&(this.mtime=t.mtime),this.filter=typeof t.filter=="function"?t.filter:()=>true,this[W]=new hi,this[G]=0,this.jobs=Number(t.jobs)||4,this[Ee]=false,this[me]=false;}[lr](t){return super.write(t)}add(t){return this.write(t),this}end(t,e,i){return typeof t=="function"&&(i=t,t=void 0),typeof e=="function"&&(i=e,e=void 0),t&&this.add(t),this[me]=true,this[Ft](),i&&i(),this}write(t){if(this[me])throw new Error("write after end");return typeof t=="string"?this[ci](t):this[or](t),this.flowing}[or](t){let e=f(path__default.resolve(this.cwd,t.path));if(!this.filter(t.path,t))t.resume();else {let i=new pi(t.path,e);i.entry=new oi(t,this[cs](i)),i.entry.on("end",()=>this[ls](i)),this[G]+=1,this[W].push(i);}this[Ft]();}[ci](t){let e=f(path__default.resolve(this.cwd,t));this[W].push(new pi(t,e)),this[Ft]();}[ds](t){t.pending=true,this[G]+=1;let e=this.follow?"stat":"lstat";fs__default[e](t.absolute,(i,r)=>{t.pending=false,this[G]-=1,i?this.emit("error",i):this[li](t,r);});}[li](t,e){if(this.statCache.set(t.absolute,e),t.stat=e,!this.filter(t.path,e))t.ignore=true;else if(e.isFile()&&e.nlink>1&&!this.linkCache.get(`${e.dev}:${e.ino}`)&&!this.sync)if(t===this[Et])this[ai](t);else {let i=`${e.dev}:${e.ino}`,r=this[pe].get(i);r?r.push(t):this[pe].set(i,[t]),t.pendingLink=true,t.pending=true;}this[Ft]();}[us](t){t.pending=true,this[G]+=1,fs__default.readdir(t.absolute,(e,i)=>{if(t.pending=false,this[G]-=1,e)return this.emit("error",e);this[fi](t,i);});}[fi](t,e){this.readdirCache.set(t.absolute,e),t.readdir=e,this[Ft]();}[Ft](){if(!this[Ee]){this[Ee]=true;for(let t=this[W].head;t&&this[G]<this.jobs;t=t.next)if(this[ai](t.value),t.value.ignore){let e=t.next;this[W].removeNode(t),t.next=e;}this[Ee]=false,this[me]&&this[W].length===0&&this[G]===0&&(this.zip?this.zip.end(nr):(super.write(nr),super.end()));}}get[Et](){return this[W]&&this[W].head&&this[W].head.value}[ls](t){this[W].shift(),this[G]-=1;let{stat:e}=t;if(e&&e.isFile()&&e.nlink>1){let i=`${e.dev}:${e.ino}`,r=this[pe].get(i);if(r){this[pe].delete(i);for(let n of r)n.pending=false,this[ai](n);}}this[Ft]();}[ai](t){if(t.pending&&t.pendingLink&&t===this[Et]&&(t.pending=false,t.pendingLink=false),!t.pending){if(t.entry){t===this[Et]&&!t.piped&&this[di](t);return}if(!t.stat){let e=this.statCache.get(t.absolute);e?this[li](t,e):this[ds](t);}if(t.stat&&!t.ignore){if(!this.noDirRecurse&&t.stat.isDirectory()&&!t.readdir){let e=this.readdirCache.get(t.absolute);if(e?this[fi](t,e):this[us](t),!t.readdir)return}if(t.entry=this[hr](t),!t.entry){t.ignore=true;return}t===this[Et]&&!t.piped&&this[di](t);}}}[cs](t){return {onwarn:(e,i,r)=>this.warn(e,i,r),noPax:this.noPax,cwd:this.cwd,absolute:t.absolute,preservePaths:this.preservePaths,maxReadSize:this.maxReadSize,strict:this.strict,portable:this.portable,linkCache:this.linkCache,statCache:this.statCache,noMtime:this.noMtime,mtime:this.mtime,prefix:this.prefix,onWriteEntry:this.onWriteEntry}}[hr](t){this[G]+=1;try{return new this[ui](t.path,this[cs](t)).on("end",()=>this[ls](t)).on("error",i=>this.emit("error",i))}catch(e){this.emit("error",e);}}[fs](){this[Et]&&this[Et].entry&&this[Et].entry.resume();}[di](t){t.piped=true,t.readdir&&t.readdir.forEach(r=>{let n=t.path,o=n==="./"?"":n.replace(/\/*$/,"/");this[ci](o+r);});let e=t.entry,i=this.zip;if(!e)throw new Error("cannot pipe without source");i?e.on("data",r=>{i.write(r)||e.pause();}):e.on("data",r=>{super.write(r)||e.pause();});}pause(){return this.zip&&this.zip.pause(),super.pause()}warn(t,e,i={}){Dt(this,t,e,i);}},kt=class extends wt{sync=true;constructor(t){super(t),this[ui]=ni;}pause(){}resume(){}[ds](t){let e=this.follow?"statSync":"lstatSync";this[li](t,fs__default[e](t.absolute));}[us](t){this[fi](t,fs__default.readdirSync(t.absolute));}[di](t){let e=t.entry,i=this.zip;if(t.readdir&&t.readdir.forEach(r=>{let n=t.path,o=n==="./"?"":n.replace(/\/*$/,"/");this[ci](o+r);}),!e)throw new Error("Cannot pipe without source");i?e.on("data",r=>{i.write(r);}):e.on("data",r=>{super[lr](r);});}};var Vn=(s,t)=>{let e=new kt(s),i=new Wt(s.file,{mode:s.mode||438});e.pipe(i),fr(e,t);},$n=(s,t)=>{let e=new wt(s),i=new et(s.file,{mode:s.mode||438});e.pipe(i);let r=new Promise((n,o)=>{i.on("error",o),i.on("close",n),e.on("error",o);});return dr(e,t).catch(n=>e.emit("error",n)),r},fr=(s,t)=>{t.forEach(e=>{e.charAt(0)==="@"?Ct({file:path.resolve(s.cwd,e.slice(1)),sync:true,noResume:true,onReadEntry:i=>s.add(i)}):s.add(e);}),s.end();},dr=async(s,t)=>{for(let e of t)e.charAt(0)==="@"?await Ct({file:path.resolve(String(s.cwd),e.slice(1)),noResume:true,onReadEntry:i=>{s.add(i);}}):s.add(e);s.end();},Xn=(s,t)=>{let e=new kt(s);return fr(e,t),e},qn=(s,t)=>{let e=new wt(s);return dr(e,t).catch(i=>e.emit("error",i)),e};K(Vn,$n,Xn,qn,(s,t)=>{if(!t?.length)throw new TypeError("no paths specified to add to archive")});var Jn=process.env.__FAKE_PLATFORM__||process.platform,Er=Jn==="win32",{O_CREAT:wr,O_NOFOLLOW:ur,O_TRUNC:Sr,O_WRONLY:yr}=fs__default.constants,Rr=Number(process.env.__FAKE_FS_O_FILENAME__)||fs__default.constants.UV_FS_O_FILEMAP||0,jn=Er&&!!Rr,to=512*1024,eo=Rr|Sr|wr|yr,mr=!Er&&typeof ur=="number"?ur|Sr|wr|yr:null,ms=mr!==null?()=>mr:jn?s=>s<to?eo:"w":()=>"w";var ps=(s,t,e)=>{try{return u.lchownSync(s,t,e)}catch(i){if(i?.code!=="ENOENT")throw i}},Ei=(s,t,e,i)=>{u.lchown(s,t,e,r=>{i(r&&r?.code!=="ENOENT"?r:null);});},io=(s,t,e,i,r)=>{if(t.isDirectory())Es(path.resolve(s,t.name),e,i,n=>{if(n)return r(n);let o=path.resolve(s,t.name);Ei(o,e,i,r);});else {let n=path.resolve(s,t.name);Ei(n,e,i,r);}},Es=(s,t,e,i)=>{u.readdir(s,{withFileTypes:true},(r,n)=>{if(r){if(r.code==="ENOENT")return i();if(r.code!=="ENOTDIR"&&r.code!=="ENOTSUP")return i(r)}if(r||!n.length)return Ei(s,t,e,i);let o=n.length,h=null,a=l=>{if(!h){if(l)return i(h=l);if(--o===0)return Ei(s,t,e,i)}};for(let l of n)io(s,l,t,e,a);});},so=(s,t,e,i)=>{t.isDirectory()&&ws(path.resolve(s,t.name),e,i),ps(path.resolve(s,t.name),e,i);},ws=(s,t,e)=>{let i;try{i=u.readdirSync(s,{withFileTypes:!0});}catch(r){let n=r;if(n?.code==="ENOENT")return;if(n?.code==="ENOTDIR"||n?.code==="ENOTSUP")return ps(s,t,e);throw n}for(let r of i)so(s,r,t,e);return ps(s,t,e)};var Se=class extends Error{path;code;syscall="chdir";constructor(t,e){super(`${e}: Cannot cd into '${t}'`),this.path=t,this.code=e;}get name(){return "CwdError"}};var St=class extends Error{path;symlink;syscall="symlink";code="TAR_SYMLINK_ERROR";constructor(t,e){super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"),this.symlink=t,this.path=e;}get name(){return "SymlinkError"}};var no=(s,t)=>{u.stat(s,(e,i)=>{(e||!i.isDirectory())&&(e=new Se(s,e?.code||"ENOTDIR")),t(e);});},gr=(s,t,e)=>{s=f(s);let i=t.umask??18,r=t.mode|448,n=(r&i)!==0,o=t.uid,h=t.gid,a=typeof o=="number"&&typeof h=="number"&&(o!==t.processUid||h!==t.processGid),l=t.preserve,c=t.unlink,d=f(t.cwd),y=(E,x)=>{E?e(E):x&&a?Es(x,o,h,Le=>y(Le)):n?u.chmod(s,r,e):e();};if(s===d)return no(s,y);if(l)return require$$5.mkdir(s,{mode:r,recursive:true}).then(E=>y(null,E??void 0),y);let D=f(path.relative(d,s)).split("/");Ss(d,D,r,c,d,void 0,y);},Ss=(s,t,e,i,r,n,o)=>{if(t.length===0)return o(null,n);let h=t.shift(),a=f(path.resolve(s+"/"+h));u.mkdir(a,e,br(a,t,e,i,r,n,o));},br=(s,t,e,i,r,n,o)=>h=>{h?u.lstat(s,(a,l)=>{if(a)a.path=a.path&&f(a.path),o(a);else if(l.isDirectory())Ss(s,t,e,i,r,n,o);else if(i)u.unlink(s,c=>{if(c)return o(c);u.mkdir(s,e,br(s,t,e,i,r,n,o));});else {if(l.isSymbolicLink())return o(new St(s,s+"/"+t.join("/")));o(h);}}):(n=n||s,Ss(s,t,e,i,r,n,o));},oo=s=>{let t=false,e;try{t=u.statSync(s).isDirectory();}catch(i){e=i?.code;}finally{if(!t)throw new Se(s,e??"ENOTDIR")}},_r=(s,t)=>{s=f(s);let e=t.umask??18,i=t.mode|448,r=(i&e)!==0,n=t.uid,o=t.gid,h=typeof n=="number"&&typeof o=="number"&&(n!==t.processUid||o!==t.processGid),a=t.preserve,l=t.unlink,c=f(t.cwd),d=E=>{E&&h&&ws(E,n,o),r&&u.chmodSync(s,i);};if(s===c)return oo(c),d();if(a)return d(u.mkdirSync(s,{mode:i,recursive:true})??void 0);let T=f(path.relative(c,s)).split("/"),D;for(let E=T.shift(),x=c;E&&(x+="/"+E);E=T.shift()){x=f(path.resolve(x));try{u.mkdirSync(x,i),D=D||x;}catch{let Le=u.lstatSync(x);if(Le.isDirectory())continue;if(l){u.unlinkSync(x),u.mkdirSync(x,i),D=D||x;continue}else if(Le.isSymbolicLink())return new St(x,x+"/"+T.join("/"))}}return d(D)};var ys=Object.create(null),Or=1e4,Vt=new Set,Tr=s=>{Vt.has(s)?Vt.delete(s):ys[s]=s.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"),Vt.add(s);let t=ys[s],e=Vt.size-Or;if(e>Or/10){for(let i of Vt)if(Vt.delete(i),delete ys[i],--e<=0)break}return t};var ho=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,ao=ho==="win32",lo=s=>s.split("/").slice(0,-1).reduce((e,i)=>{let r=e.at(-1);return r!==void 0&&(i=join(r,i)),e.push(i||"/"),e},[]),yi=class{#t=new Map;#i=new Map;#s=new Set;reserve(t,e){t=ao?["win32 parallelization disabled"]:t.map(r=>mt(join(Tr(r))));let i=new Set(t.map(r=>lo(r)).reduce((r,n)=>r.concat(n)));this.#i.set(e,{dirs:i,paths:t});for(let r of t){let n=this.#t.get(r);n?n.push(e):this.#t.set(r,[e]);}for(let r of i){let n=this.#t.get(r);if(!n)this.#t.set(r,[new Set([e])]);else {let o=n.at(-1);o instanceof Set?o.add(e):n.push(new Set([e]));}}return this.#r(e)}#n(t){let e=this.#i.get(t);if(!e)throw new Error("function does not have any path reservations");return {paths:e.paths.map(i=>this.#t.get(i)),dirs:[...e.dirs].map(i=>this.#t.get(i))}}check(t){let{paths:e,dirs:i}=this.#n(t);return e.every(r=>r&&r[0]===t)&&i.every(r=>r&&r[0]instanceof Set&&r[0].has(t))}#r(t){return this.#s.has(t)||!this.check(t)?false:(this.#s.add(t),t(()=>this.#e(t)),true)}#e(t){if(!this.#s.has(t))return  false;let e=this.#i.get(t);if(!e)throw new Error("invalid reservation");let{paths:i,dirs:r}=e,n=new Set;for(let o of i){let h=this.#t.get(o);if(!h||h?.[0]!==t)continue;let a=h[1];if(!a){this.#t.delete(o);continue}if(h.shift(),typeof a=="function")n.add(a);else for(let l of a)n.add(l);}for(let o of r){let h=this.#t.get(o),a=h?.[0];if(!(!h||!(a instanceof Set)))if(a.size===1&&h.length===1){this.#t.delete(o);continue}else if(a.size===1){h.shift();let l=h[0];typeof l=="function"&&n.add(l);}else a.delete(t);}return this.#s.delete(t),n.forEach(o=>this.#r(o)),true}};var Lr=()=>process.umask();var Dr=Symbol("onEntry"),_s=Symbol("checkFs"),Nr=Symbol("checkFs2"),Os=Symbol("isReusable"),P=Symbol("makeFs"),Ts=Symbol("file"),xs=Symbol("directory"),gi=Symbol("link"),Ar=Symbol("symlink"),Ir=Symbol("hardlink"),Re=Symbol("ensureNoSymlink"),Cr=Symbol("unsupported"),Fr=Symbol("checkPath"),Rs=Symbol("stripAbsolutePath"),yt=Symbol("mkdir"),O=Symbol("onError"),Ri=Symbol("pending"),kr=Symbol("pend"),$t=Symbol("unpend"),gs=Symbol("ended"),bs=Symbol("maybeClose"),Ls=Symbol("skip"),ge=Symbol("doChown"),be=Symbol("uid"),_e=Symbol("gid"),Oe=Symbol("checkedCwd"),fo=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,Te=fo==="win32",uo=1024,mo=(s,t)=>{if(!Te)return u.unlink(s,t);let e=s+".DELETE."+randomBytes(16).toString("hex");u.rename(s,e,i=>{if(i)return t(i);u.unlink(e,t);});},po=s=>{if(!Te)return u.unlinkSync(s);let t=s+".DELETE."+randomBytes(16).toString("hex");u.renameSync(s,t),u.unlinkSync(t);},vr=(s,t,e)=>s!==void 0&&s===s>>>0?s:t!==void 0&&t===t>>>0?t:e,Xt=class extends rt{[gs]=false;[Oe]=false;[Ri]=0;reservations=new yi;transform;writable=true;readable=false;uid;gid;setOwner;preserveOwner;processGid;processUid;maxDepth;forceChown;win32;newer;keep;noMtime;preservePaths;unlink;cwd;strip;processUmask;umask;dmode;fmode;chmod;constructor(t={}){if(t.ondone=()=>{this[gs]=true,this[bs]();},super(t),this.transform=t.transform,this.chmod=!!t.chmod,typeof t.uid=="number"||typeof t.gid=="number"){if(typeof t.uid!="number"||typeof t.gid!="number")throw new TypeError("cannot set owner without number uid and gid");if(t.preserveOwner)throw new TypeError("cannot preserve owner in archive and also set owner explicitly");this.uid=t.uid,this.gid=t.gid,this.setOwner=true;}else this.uid=void 0,this.gid=void 0,this.setOwner=false;this.preserveOwner=t.preserveOwner===void 0&&typeof t.uid!="number"?process.getuid?.()===0:!!t.preserveOwner,this.processUid=(this.preserveOwner||this.setOwner)&&process.getuid?process.getuid():void 0,this.processGid=(this.preserveOwner||this.setOwner)&&process.getgid?process.getgid():void 0,this.maxDepth=typeof t.maxDepth=="number"?t.maxDepth:uo,this.forceChown=t.forceChown===true,this.win32=!!t.win32||Te,this.newer=!!t.newer,this.keep=!!t.keep,this.noMtime=!!t.noMtime,this.preservePaths=!!t.preservePaths,this.unlink=!!t.unlink,this.cwd=f(path.resolve(t.cwd||process.cwd())),this.strip=Number(t.strip)||0,this.processUmask=this.chmod?typeof t.processUmask=="number"?t.processUmask:Lr():0,this.umask=typeof t.umask=="number"?t.umask:this.processUmask,this.dmode=t.dmode||511&~this.umask,this.fmode=t.fmode||438&~this.umask,this.on("entry",e=>this[Dr](e));}warn(t,e,i={}){return (t==="TAR_BAD_ARCHIVE"||t==="TAR_ABORT")&&(i.recoverable=false),super.warn(t,e,i)}[bs](){this[gs]&&this[Ri]===0&&(this.emit("prefinish"),this.emit("finish"),this.emit("end"));}[Rs](t,e){let i=t[e],{type:r}=t;if(!i||this.preservePaths)return  true;let[n,o]=ce(i),h=o.replaceAll(/\\/g,"/").split("/");if(h.includes("..")||Te&&/^[a-z]:\.\.$/i.test(h[0]??"")){if(e==="path"||r==="Link")return this.warn("TAR_ENTRY_ERROR",`${e} contains '..'`,{entry:t,[e]:i}),false;let a=path.posix.dirname(t.path),l=path.posix.normalize(path.posix.join(a,h.join("/")));if(l.startsWith("../")||l==="..")return this.warn("TAR_ENTRY_ERROR",`${e} escapes extraction directory`,{entry:t,[e]:i}),false}return n&&(t[e]=String(o),this.warn("TAR_ENTRY_INFO",`stripping ${n} from absolute ${e}`,{entry:t,[e]:i})),true}[Fr](t){let e=f(t.path),i=e.split("/");if(this.strip){if(i.length<this.strip)return  false;if(t.type==="Link"){let r=f(String(t.linkpath)).split("/");if(r.length>=this.strip)t.linkpath=r.slice(this.strip).join("/");else return  false}i.splice(0,this.strip),t.path=i.join("/");}if(isFinite(this.maxDepth)&&i.length>this.maxDepth)return this.warn("TAR_ENTRY_ERROR","path excessively deep",{entry:t,path:e,depth:i.length,maxDepth:this.maxDepth}),false;if(!this[Rs](t,"path")||!this[Rs](t,"linkpath"))return  false;if(t.absolute=path.isAbsolute(t.path)?f(path.resolve(t.path)):f(path.resolve(this.cwd,t.path)),!this.preservePaths&&typeof t.absolute=="string"&&t.absolute.indexOf(this.cwd+"/")!==0&&t.absolute!==this.cwd)return this.warn("TAR_ENTRY_ERROR","path escaped extraction target",{entry:t,path:f(t.path),resolvedPath:t.absolute,cwd:this.cwd}),false;if(t.absolute===this.cwd&&t.type!=="Directory"&&t.type!=="GNUDumpDir")return  false;if(this.win32){let{root:r}=path.win32.parse(String(t.absolute));t.absolute=r+ts(String(t.absolute).slice(r.length));let{root:n}=path.win32.parse(t.path);t.path=n+ts(t.path.slice(n.length));}return  true}[Dr](t){if(!this[Fr](t))return t.resume();switch(require$$0$3.equal(typeof t.absolute,"string"),t.type){case "Directory":case "GNUDumpDir":t.mode&&(t.mode=t.mode|448);case "File":case "OldFile":case "ContiguousFile":case "Link":case "SymbolicLink":return this[_s](t);default:return this[Cr](t)}}[O](t,e){t.name==="CwdError"?this.emit("error",t):(this.warn("TAR_ENTRY_ERROR",t,{entry:e}),this[$t](),e.resume());}[yt](t,e,i){gr(f(t),{uid:this.uid,gid:this.gid,processUid:this.processUid,processGid:this.processGid,umask:this.processUmask,preserve:this.preservePaths,unlink:this.unlink,cwd:this.cwd,mode:e},i);}[ge](t){return this.forceChown||this.preserveOwner&&(typeof t.uid=="number"&&t.uid!==this.processUid||typeof t.gid=="number"&&t.gid!==this.processGid)||typeof this.uid=="number"&&this.uid!==this.processUid||typeof this.gid=="number"&&this.gid!==this.processGid}[be](t){return vr(this.uid,t.uid,this.processUid)}[_e](t){return vr(this.gid,t.gid,this.processGid)}[Ts](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.fmode,r=new et(String(t.absolute),{flags:ms(t.size),mode:i,autoClose:false});r.on("error",a=>{r.fd&&u.close(r.fd,()=>{}),r.write=()=>true,this[O](a,t),e();});let n=1,o=a=>{if(a){r.fd&&u.close(r.fd,()=>{}),this[O](a,t),e();return}--n===0&&r.fd!==void 0&&u.close(r.fd,l=>{l?this[O](l,t):this[$t](),e();});};r.on("finish",()=>{let a=String(t.absolute),l=r.fd;if(typeof l=="number"&&t.mtime&&!this.noMtime){n++;let c=t.atime||new Date,d=t.mtime;u.futimes(l,c,d,y=>y?u.utimes(a,c,d,T=>o(T&&y)):o());}if(typeof l=="number"&&this[ge](t)){n++;let c=this[be](t),d=this[_e](t);typeof c=="number"&&typeof d=="number"&&u.fchown(l,c,d,y=>y?u.chown(a,c,d,T=>o(T&&y)):o());}o();});let h=this.transform&&this.transform(t)||t;h!==t&&(h.on("error",a=>{this[O](a,t),e();}),t.pipe(h)),h.pipe(r);}[xs](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.dmode;this[yt](String(t.absolute),i,r=>{if(r){this[O](r,t),e();return}let n=1,o=()=>{--n===0&&(e(),this[$t](),t.resume());};t.mtime&&!this.noMtime&&(n++,u.utimes(String(t.absolute),t.atime||new Date,t.mtime,o)),this[ge](t)&&(n++,u.chown(String(t.absolute),Number(this[be](t)),Number(this[_e](t)),o)),o();});}[Cr](t){t.unsupported=true,this.warn("TAR_ENTRY_UNSUPPORTED",`unsupported entry type: ${t.type}`,{entry:t}),t.resume();}[Ar](t,e){let i=f(path.relative(this.cwd,path.resolve(path.dirname(String(t.absolute)),String(t.linkpath)))).split("/");this[Re](t,this.cwd,i,()=>this[gi](t,String(t.linkpath),"symlink",e),r=>{this[O](r,t),e();});}[Ir](t,e){let i=f(path.resolve(this.cwd,String(t.linkpath))),r=f(String(t.linkpath)).split("/");this[Re](t,this.cwd,r,()=>this[gi](t,i,"link",e),n=>{this[O](n,t),e();});}[Re](t,e,i,r,n){let o=i.shift();if(this.preservePaths||o===void 0)return r();let h=path.resolve(e,o);u.lstat(h,(a,l)=>{if(a)return r();if(l?.isSymbolicLink())return n(new St(h,path.resolve(h,i.join("/"))));this[Re](t,h,i,r,n);});}[kr](){this[Ri]++;}[$t](){this[Ri]--,this[bs]();}[Ls](t){this[$t](),t.resume();}[Os](t,e){return t.type==="File"&&!this.unlink&&e.isFile()&&e.nlink<=1&&!Te}[_s](t){this[kr]();let e=[t.path];t.linkpath&&e.push(t.linkpath),this.reservations.reserve(e,i=>this[Nr](t,i));}[Nr](t,e){let i=h=>{e(h);},r=()=>{this[yt](this.cwd,this.dmode,h=>{if(h){this[O](h,t),i();return}this[Oe]=true,n();});},n=()=>{if(t.absolute!==this.cwd){let h=f(path.dirname(String(t.absolute)));if(h!==this.cwd)return this[yt](h,this.dmode,a=>{if(a){this[O](a,t),i();return}o();})}o();},o=()=>{u.lstat(String(t.absolute),(h,a)=>{if(a&&(this.keep||this.newer&&a.mtime>(t.mtime??a.mtime))){this[Ls](t),i();return}if(h||this[Os](t,a))return this[P](null,t,i);if(a.isDirectory()){if(t.type==="Directory"){let l=this.chmod&&t.mode&&(a.mode&4095)!==t.mode,c=d=>this[P](d??null,t,i);return l?u.chmod(String(t.absolute),Number(t.mode),c):c()}if(t.absolute!==this.cwd)return u.rmdir(String(t.absolute),l=>this[P](l??null,t,i))}if(t.absolute===this.cwd)return this[P](null,t,i);mo(String(t.absolute),l=>this[P](l??null,t,i));});};this[Oe]?n():r();}[P](t,e,i){if(t){this[O](t,e),i();return}switch(e.type){case "File":case "OldFile":case "ContiguousFile":return this[Ts](e,i);case "Link":return this[Ir](e,i);case "SymbolicLink":return this[Ar](e,i);case "Directory":case "GNUDumpDir":return this[xs](e,i)}}[gi](t,e,i,r){u[i](e,String(t.absolute),n=>{n?this[O](n,t):(this[$t](),t.resume()),r();});}},ye=s=>{try{return [null,s()]}catch(t){return [t,null]}},xe=class extends Xt{sync=true;[P](t,e){return super[P](t,e,()=>{})}[_s](t){if(!this[Oe]){let n=this[yt](this.cwd,this.dmode);if(n)return this[O](n,t);this[Oe]=true;}if(t.absolute!==this.cwd){let n=f(path.dirname(String(t.absolute)));if(n!==this.cwd){let o=this[yt](n,this.dmode);if(o)return this[O](o,t)}}let[e,i]=ye(()=>u.lstatSync(String(t.absolute)));if(i&&(this.keep||this.newer&&i.mtime>(t.mtime??i.mtime)))return this[Ls](t);if(e||this[Os](t,i))return this[P](null,t);if(i.isDirectory()){if(t.type==="Directory"){let o=this.chmod&&t.mode&&(i.mode&4095)!==t.mode,[h]=o?ye(()=>{u.chmodSync(String(t.absolute),Number(t.mode));}):[];return this[P](h,t)}let[n]=ye(()=>u.rmdirSync(String(t.absolute)));this[P](n,t);}let[r]=t.absolute===this.cwd?[]:ye(()=>po(String(t.absolute)));this[P](r,t);}[Ts](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.fmode,r=h=>{let a;try{u.closeSync(n);}catch(l){a=l;}(h||a)&&this[O](h||a,t),e();},n;try{n=u.openSync(String(t.absolute),ms(t.size),i);}catch(h){return r(h)}let o=this.transform&&this.transform(t)||t;o!==t&&(o.on("error",h=>this[O](h,t)),t.pipe(o)),o.on("data",h=>{try{u.writeSync(n,h,0,h.length);}catch(a){r(a);}}),o.on("end",()=>{let h=null;if(t.mtime&&!this.noMtime){let a=t.atime||new Date,l=t.mtime;try{u.futimesSync(n,a,l);}catch(c){try{u.utimesSync(String(t.absolute),a,l);}catch{h=c;}}}if(this[ge](t)){let a=this[be](t),l=this[_e](t);try{u.fchownSync(n,Number(a),Number(l));}catch(c){try{u.chownSync(String(t.absolute),Number(a),Number(l));}catch{h=h||c;}}}r(h);});}[xs](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.dmode,r=this[yt](String(t.absolute),i);if(r){this[O](r,t),e();return}if(t.mtime&&!this.noMtime)try{u.utimesSync(String(t.absolute),t.atime||new Date,t.mtime);}catch{}if(this[ge](t))try{u.chownSync(String(t.absolute),Number(this[be](t)),Number(this[_e](t)));}catch{}e(),t.resume();}[yt](t,e){try{return _r(f(t),{uid:this.uid,gid:this.gid,processUid:this.processUid,processGid:this.processGid,umask:this.processUmask,preserve:this.preservePaths,unlink:this.unlink,cwd:this.cwd,mode:e})}catch(i){return i}}[Re](t,e,i,r,n){if(this.preservePaths||i.length===0)return r();let o=e;for(let h of i){o=path.resolve(o,h);let[a,l]=ye(()=>u.lstatSync(o));if(a)return r();if(l.isSymbolicLink())return n(new St(o,path.resolve(e,i.join("/"))))}r();}[gi](t,e,i,r){let n=`${i}Sync`;try{u[n](e,String(t.absolute)),r(),t.resume();}catch(o){return this[O](o,t)}}};var Eo=s=>{let t=new xe(s),e=s.file,i=u.statSync(e),r=s.maxReadSize||16*1024*1024;new Be(e,{readSize:r,size:i.size}).pipe(t);},wo=(s,t)=>{let e=new Xt(s),i=s.maxReadSize||16*1024*1024,r=s.file;return new Promise((o,h)=>{e.on("error",h),e.on("close",o),u.stat(r,(a,l)=>{if(a)h(a);else {let c=new _t(r,{readSize:i,size:l.size});c.on("error",h),c.pipe(e);}});})},So=K(Eo,wo,s=>new xe(s),s=>new Xt(s),(s,t)=>{t?.length&&Qi(s,t);});var yo=(s,t)=>{let e=new kt(s),i=true,r,n;try{try{r=u.openSync(s.file,"r+");}catch(a){if(a?.code==="ENOENT")r=u.openSync(s.file,"w+");else throw a}let o=u.fstatSync(r),h=Buffer.alloc(512);t:for(n=0;n<o.size;n+=512){for(let c=0,d=0;c<512;c+=d){if(d=u.readSync(r,h,c,h.length-c,n+c),n===0&&h[0]===31&&h[1]===139)throw new Error("cannot append to compressed archives");if(!d)break t}let a=new F(h);if(!a.cksumValid)break;let l=512*Math.ceil((a.size||0)/512);if(n+l+512>o.size)break;n+=l,s.mtimeCache&&a.mtime&&s.mtimeCache.set(String(a.path),a.mtime);}i=!1,Ro(s,e,n,r,t);}finally{if(i)try{u.closeSync(r);}catch{}}},Ro=(s,t,e,i,r)=>{let n=new Wt(s.file,{fd:i,start:e});t.pipe(n),bo(t,r);},go=(s,t)=>{t=Array.from(t);let e=new wt(s),i=(n,o,h)=>{let a=(T,D)=>{T?u.close(n,E=>h(T)):h(null,D);},l=0;if(o===0)return a(null,0);let c=0,d=Buffer.alloc(512),y=(T,D)=>{if(T||D===void 0)return a(T);if(c+=D,c<512&&D)return u.read(n,d,c,d.length-c,l+c,y);if(l===0&&d[0]===31&&d[1]===139)return a(new Error("cannot append to compressed archives"));if(c<512)return a(null,l);let E=new F(d);if(!E.cksumValid)return a(null,l);let x=512*Math.ceil((E.size??0)/512);if(l+x+512>o||(l+=x+512,l>=o))return a(null,l);s.mtimeCache&&E.mtime&&s.mtimeCache.set(String(E.path),E.mtime),c=0,u.read(n,d,0,512,l,y);};u.read(n,d,0,512,l,y);};return new Promise((n,o)=>{e.on("error",o);let h="r+",a=(l,c)=>{if(l&&l.code==="ENOENT"&&h==="r+")return h="w+",u.open(s.file,h,a);if(l||!c)return o(l);u.fstat(c,(d,y)=>{if(d)return u.close(c,()=>o(d));i(c,y.size,(T,D)=>{if(T)return o(T);let E=new et(s.file,{fd:c,start:D});e.pipe(E),E.on("error",o),E.on("close",n),_o(e,t);});});};u.open(s.file,h,a);})},bo=(s,t)=>{t.forEach(e=>{e.charAt(0)==="@"?Ct({file:path.resolve(s.cwd,e.slice(1)),sync:true,noResume:true,onReadEntry:i=>s.add(i)}):s.add(e);}),s.end();},_o=async(s,t)=>{for(let e of t)e.charAt(0)==="@"?await Ct({file:path.resolve(String(s.cwd),e.slice(1)),noResume:true,onReadEntry:i=>s.add(i)}):s.add(e);s.end();},vt=K(yo,go,()=>{throw new TypeError("file is required")},()=>{throw new TypeError("file is required")},(s,t)=>{if(!Bs(s))throw new TypeError("file is required");if(s.gzip||s.brotli||s.zstd||s.file.endsWith(".br")||s.file.endsWith(".tbr"))throw new TypeError("cannot append to compressed archives");if(!t?.length)throw new TypeError("no paths specified to add/replace")});K(vt.syncFile,vt.asyncFile,vt.syncNoFile,vt.asyncNoFile,(s,t=[])=>{vt.validate?.(s,t),To(s);});var To=s=>{let t=s.filter;s.mtimeCache||(s.mtimeCache=new Map),s.filter=t?(e,i)=>t(e,i)&&!((s.mtimeCache?.get(e)??i.mtime??0)>(i.mtime??0)):(e,i)=>!((s.mtimeCache?.get(e)??i.mtime??0)>(i.mtime??0));};

var yauzl$1 = {};

var fdSlicer = {};

var pend;
var hasRequiredPend;

function requirePend () {
	if (hasRequiredPend) return pend;
	hasRequiredPend = 1;
	pend = Pend;

	function Pend() {
	  this.pending = 0;
	  this.max = Infinity;
	  this.listeners = [];
	  this.waiting = [];
	  this.error = null;
	}

	Pend.prototype.go = function(fn) {
	  if (this.pending < this.max) {
	    pendGo(this, fn);
	  } else {
	    this.waiting.push(fn);
	  }
	};

	Pend.prototype.wait = function(cb) {
	  if (this.pending === 0) {
	    cb(this.error);
	  } else {
	    this.listeners.push(cb);
	  }
	};

	Pend.prototype.hold = function() {
	  return pendHold(this);
	};

	function pendHold(self) {
	  self.pending += 1;
	  var called = false;
	  return onCb;
	  function onCb(err) {
	    if (called) throw new Error("callback called twice");
	    called = true;
	    self.error = self.error || err;
	    self.pending -= 1;
	    if (self.waiting.length > 0 && self.pending < self.max) {
	      pendGo(self, self.waiting.shift());
	    } else if (self.pending === 0) {
	      var listeners = self.listeners;
	      self.listeners = [];
	      listeners.forEach(cbListener);
	    }
	  }
	  function cbListener(listener) {
	    listener(self.error);
	  }
	}

	function pendGo(self, fn) {
	  fn(pendHold(self));
	}
	return pend;
}

var hasRequiredFdSlicer;

function requireFdSlicer () {
	if (hasRequiredFdSlicer) return fdSlicer;
	hasRequiredFdSlicer = 1;
	// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
	var fs = fs__default;
	var util = require$$0__default$2;
	var stream = require$$0__default$1;
	var Readable = stream.Readable;
	var PassThrough = stream.PassThrough;
	var Pend = requirePend();
	var EventEmitter = require$$1__default.EventEmitter;

	fdSlicer.BufferSlicer = BufferSlicer;
	fdSlicer.FdSlicer = FdSlicer;

	util.inherits(FdSlicer, EventEmitter);
	function FdSlicer(fd) {
	  EventEmitter.call(this);

	  this.fd = fd;
	  this.pend = new Pend();
	  this.pend.max = 1;
	  this.refCount = 0;
	}

	FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
	  var self = this;
	  self.pend.go(function(cb) {
	    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
	      cb();
	      callback(err, bytesRead, buffer);
	    });
	  });
	};

	FdSlicer.prototype.createReadStream = function(options) {
	  return new ReadStream(this, options);
	};

	FdSlicer.prototype.ref = function() {
	  this.refCount += 1;
	};

	FdSlicer.prototype.unref = function() {
	  var self = this;
	  self.refCount -= 1;
	  if (self.refCount < 0) throw new Error("invalid unref");
	  if (self.refCount > 0) return;

	  fs.close(self.fd, onCloseDone);

	  function onCloseDone(err) {
	    if (err) {
	      self.emit('error', err);
	    } else {
	      self.emit('close');
	    }
	  }
	};

	util.inherits(ReadStream, Readable);
	function ReadStream(context, options) {
	  options = options || {};
	  Readable.call(this, options);

	  this.context = context;
	  this.context.ref();

	  this.start = options.start || 0;
	  this.endOffset = options.end;
	  this.pos = this.start;
	}

	ReadStream.prototype._read = function(n) {
	  var self = this;

	  var toRead = Math.min(self._readableState.highWaterMark, n);
	  if (self.endOffset != null) {
	    toRead = Math.min(toRead, self.endOffset - self.pos);
	  }
	  if (toRead <= 0) {
	    self.push(null);
	    this._cleanup();
	    return;
	  }
	  self.context.pend.go(function(cb) {
	    var buffer = Buffer.allocUnsafe(toRead);
	    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
	      if (err) {
	        self.destroy(err);
	      } else if (bytesRead === 0) {
	        self.push(null);
	        self._cleanup();
	      } else {
	        self.pos += bytesRead;
	        self.push(buffer.slice(0, bytesRead));
	      }
	      cb();
	    });
	  });
	};

	ReadStream.prototype._destroy = function(err, cb) {
	  // Node 14+ calls this automatically at EOF.
	  this._cleanup();
	  cb(err);
	};

	ReadStream.prototype._cleanup = function() {
	  if (this.context != null) {
	    this.context.unref();
	    this.context = null;
	  }
	};

	util.inherits(BufferSlicer, EventEmitter);
	function BufferSlicer(buffer) {
	  EventEmitter.call(this);

	  this.refCount = 0;
	  this.buffer = buffer;
	}

	BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
	  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
	  if (position < 0) throw new RangeError("position is negative: " + position);
	  if (offset + length > buffer.length) {
	    // The caller's buffer can't hold all the bytes they're trying to read.
	    // Clamp the length instead of giving an error.
	    // The callback will be informed of fewer than expected bytes written.
	    length = buffer.length - offset;
	  }
	  if (position + length > this.buffer.length) {
	    // Clamp any attempt to read past the end of the source buffer.
	    length = this.buffer.length - position;
	  }
	  if (length <= 0) {
	    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
	    // This isn't an error; it's just zero bytes written.
	    setImmediate(function() {
	      callback(null, 0);
	    });
	    return;
	  }
	  this.buffer.copy(buffer, offset, position, position + length);
	  setImmediate(function() {
	    callback(null, length);
	  });
	};

	BufferSlicer.prototype.createReadStream = function(options) {
	  options = options || {};
	  var readStream = new PassThrough(options);
	  readStream.start = options.start || 0;
	  readStream.endOffset = options.end;
	  // by the time this function returns, we'll be done.
	  readStream.pos = readStream.endOffset || this.buffer.length;

	  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
	  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
	  // See https://github.com/thejoshwolfe/yauzl/issues/87
	  var maxChunkSize = 0x10000;
	  var offset = 0;
	  while (true) {
	    var nextOffset = offset + maxChunkSize;
	    if (nextOffset >= entireSlice.length) {
	      // last chunk
	      if (offset < entireSlice.length) {
	        readStream.write(entireSlice.slice(offset, entireSlice.length));
	      }
	      break;
	    }
	    readStream.write(entireSlice.slice(offset, nextOffset));
	    offset = nextOffset;
	  }

	  readStream.end();
	  return readStream;
	};

	BufferSlicer.prototype.ref = function() {
	  this.refCount += 1;
	};

	BufferSlicer.prototype.unref = function() {
	  this.refCount -= 1;

	  if (this.refCount < 0) {
	    throw new Error("invalid unref");
	  }
	};
	return fdSlicer;
}

var crc32_1;
var hasRequiredCrc32;

function requireCrc32 () {
	if (hasRequiredCrc32) return crc32_1;
	hasRequiredCrc32 = 1;
	// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
	const CRC_TABLE = new Int32Array([
	  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
	  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
	  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
	  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
	  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
	  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
	  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
	  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
	  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
	  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
	  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
	  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
	  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
	  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
	  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
	  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
	  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
	  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
	  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
	  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
	  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
	  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
	  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
	  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
	  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
	  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
	  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
	  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
	  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
	  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
	  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
	  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
	]);

	function crc32(buf) {
	  let crc = -1;
	  for (let x of buf) {
	    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
	  }
	  return (crc ^ -1) >>> 0;
	}

	crc32_1 = crc32;
	return crc32_1;
}

var hasRequiredYauzl;

function requireYauzl () {
	if (hasRequiredYauzl) return yauzl$1;
	hasRequiredYauzl = 1;
	var fs = fs__default;
	var zlib = require$$0__default;
	var fd_slicer = requireFdSlicer();
	var util = require$$0__default$2;
	var EventEmitter = require$$1__default.EventEmitter;
	var Transform = require$$0__default$1.Transform;
	var PassThrough = require$$0__default$1.PassThrough;
	var Writable = require$$0__default$1.Writable;

	// Node 20 added zlib.crc32.
	const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : requireCrc32();

	yauzl$1.open = open;
	yauzl$1.fromFd = fromFd;
	yauzl$1.fromBuffer = fromBuffer;
	yauzl$1.fromRandomAccessReader = fromRandomAccessReader;
	yauzl$1.openPromise = openPromise;
	yauzl$1.fromFdPromise = fromFdPromise;
	yauzl$1.fromBufferPromise = fromBufferPromise;
	yauzl$1.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

	yauzl$1.dosDateTimeToDate = dosDateTimeToDate;
	yauzl$1.getFileNameLowLevel = getFileNameLowLevel;
	yauzl$1.validateFileName = validateFileName;
	yauzl$1.parseExtraFields = parseExtraFields;
	yauzl$1.ZipFile = ZipFile;
	yauzl$1.Entry = Entry;
	yauzl$1.LocalFileHeader = LocalFileHeader;
	yauzl$1.RandomAccessReader = RandomAccessReader;

	function openPromise(path, options) {
	  return new Promise((resolve, reject) => {
	    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
	      if (err) return reject(err);
	      resolve(zipfile);
	    });
	  });
	}
	function fromFdPromise(fd, options) {
	  return new Promise((resolve, reject) => {
	    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
	      if (err) return reject(err);
	      resolve(zipfile);
	    });
	  });
	}
	function fromBufferPromise(buffer, options) {
	  return new Promise((resolve, reject) => {
	    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
	      if (err) return reject(err);
	      resolve(zipfile);
	    });
	  });
	}
	function fromRandomAccessReaderPromise(reader, totalSize, options) {
	  return new Promise((resolve, reject) => {
	    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
	      if (err) return reject(err);
	      resolve(zipfile);
	    });
	  });
	}

	function open(path, options, callback) {
	  if (typeof options === "function") {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};
	  if (options.autoClose == null) options.autoClose = true;
	  if (options.lazyEntries == null) options.lazyEntries = false;
	  if (options.decodeStrings == null) options.decodeStrings = true;
	  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
	  if (options.strictFileNames == null) options.strictFileNames = false;
	  if (callback == null) callback = defaultCallback;
	  fs.open(path, "r", function(err, fd) {
	    if (err) return callback(err);
	    fromFd(fd, options, function(err, zipfile) {
	      if (err) fs.close(fd, defaultCallback);
	      callback(err, zipfile);
	    });
	  });
	}

	function fromFd(fd, options, callback) {
	  if (typeof options === "function") {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};
	  if (options.autoClose == null) options.autoClose = false;
	  if (options.lazyEntries == null) options.lazyEntries = false;
	  if (options.decodeStrings == null) options.decodeStrings = true;
	  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
	  if (options.strictFileNames == null) options.strictFileNames = false;
	  if (callback == null) callback = defaultCallback;
	  fs.fstat(fd, function(err, stats) {
	    if (err) return callback(err);
	    var reader = new fd_slicer.FdSlicer(fd);
	    fromRandomAccessReader(reader, stats.size, options, callback);
	  });
	}

	function fromBuffer(buffer, options, callback) {
	  if (typeof options === "function") {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};
	  options.autoClose = false;
	  if (options.lazyEntries == null) options.lazyEntries = false;
	  if (options.decodeStrings == null) options.decodeStrings = true;
	  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
	  if (options.strictFileNames == null) options.strictFileNames = false;
	  var reader = new fd_slicer.BufferSlicer(buffer);
	  fromRandomAccessReader(reader, buffer.length, options, callback);
	}

	function fromRandomAccessReader(reader, totalSize, options, callback) {
	  if (typeof options === "function") {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};
	  if (options.autoClose == null) options.autoClose = true;
	  if (options.lazyEntries == null) options.lazyEntries = false;
	  if (options.decodeStrings == null) options.decodeStrings = true;
	  var decodeStrings = !!options.decodeStrings;
	  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
	  if (options.strictFileNames == null) options.strictFileNames = false;
	  if (callback == null) callback = defaultCallback;
	  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
	  if (totalSize > Number.MAX_SAFE_INTEGER) {
	    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
	  }

	  // the matching unref() call is in zipfile.close()
	  reader.ref();

	  // eocdr means End of Central Directory Record.
	  // search backwards for the eocdr signature.
	  // the last field of the eocdr is a variable-length comment.
	  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
	  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
	  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
	  var eocdrWithoutCommentSize = 22;
	  var zip64EocdlSize = 20; // Zip64 end of central directory locator
	  var maxCommentSize = 0xffff; // 2-byte size
	  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
	  var buffer = newBuffer(bufferSize);
	  var bufferReadStart = totalSize - buffer.length;
	  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
	    if (err) return callback(err);
	    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
	      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
	      // found eocdr
	      var eocdrBuffer = buffer.subarray(i);

	      // 0 - End of central directory signature = 0x06054b50
	      // 4 - Number of this disk
	      var diskNumber = eocdrBuffer.readUInt16LE(4);
	      // 6 - Disk where central directory starts
	      // 8 - Number of central directory records on this disk
	      // 10 - Total number of central directory records
	      var entryCount = eocdrBuffer.readUInt16LE(10);
	      // 12 - Size of central directory (bytes)
	      // 16 - Offset of start of central directory, relative to start of archive
	      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
	      // 20 - Comment length
	      var commentLength = eocdrBuffer.readUInt16LE(20);
	      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
	      if (commentLength !== expectedCommentLength) {
	        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
	      }
	      // 22 - Comment
	      // the encoding is always cp437.
	      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
	                                  : eocdrBuffer.subarray(22);

	      // Look for a Zip64 end of central directory locator
	      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
	        // ZIP64 format
	        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
	        // 0 - zip64 end of central dir locator signature = 0x07064b50
	        // 4 - number of the disk with the start of the zip64 end of central directory
	        // 8 - relative offset of the zip64 end of central directory record
	        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
	        // 16 - total number of disks

	        // ZIP64 end of central directory record
	        var zip64EocdrBuffer = newBuffer(56);
	        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
	          if (err) return callback(err);

	          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
	          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
	            return callback(new Error("invalid zip64 end of central directory record signature"));
	          }
	          // 4 - size of zip64 end of central directory record                8 bytes
	          // 12 - version made by                                             2 bytes
	          // 14 - version needed to extract                                   2 bytes
	          // 16 - number of this disk                                         4 bytes
	          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
	          if (diskNumber !== 0) {
	            // Check this only after zip64 overrides. See #118.
	            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
	          }
	          // 20 - number of the disk with the start of the central directory  4 bytes
	          // 24 - total number of entries in the central directory on this disk         8 bytes
	          // 32 - total number of entries in the central directory            8 bytes
	          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
	          // 40 - size of the central directory                               8 bytes
	          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
	          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
	          // 56 - zip64 extensible data sector                                (variable size)
	          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
	        });
	      }

	      // Not ZIP64 format
	      if (diskNumber !== 0) {
	        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
	      }
	      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

	    }

	    // Not a zip file.
	    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
	  });
	}

	util.inherits(ZipFile, EventEmitter);
	function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
	  var self = this;
	  EventEmitter.call(self);
	  self.reader = reader;
	  // forward close events
	  self.reader.on("error", function(err) {
	    // error closing the fd
	    emitError(self, err);
	  });
	  self.reader.once("close", function() {
	    self.emit("close");
	  });
	  self.readEntryCursor = centralDirectoryOffset;
	  self.fileSize = fileSize;
	  self.entryCount = entryCount;
	  self.comment = comment;
	  self.entriesRead = 0;
	  self.autoClose = !!autoClose;
	  self.lazyEntries = !!lazyEntries;
	  self.decodeStrings = !!decodeStrings;
	  self.validateEntrySizes = !!validateEntrySizes;
	  self.strictFileNames = !!strictFileNames;
	  self.isOpen = true;
	  self.emittedError = false;
	  self.hasEachEntryBeenCalled = false;

	  if (!self.lazyEntries) self._readEntry();
	}
	ZipFile.prototype.close = function() {
	  if (!this.isOpen) return;
	  this.isOpen = false;
	  this.reader.unref();
	};

	function emitErrorAndAutoClose(self, err) {
	  if (self.autoClose) self.close();
	  emitError(self, err);
	}
	function emitError(self, err) {
	  if (self.emittedError) return;
	  self.emittedError = true;
	  self.emit("error", err);
	}

	ZipFile.prototype.readEntry = function() {
	  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
	  this._readEntry();
	};
	ZipFile.prototype._readEntry = function() {
	  var self = this;
	  if (self.entryCount === self.entriesRead) {
	    // done with metadata
	    setImmediate(function() {
	      if (self.autoClose) self.close();
	      if (self.emittedError) return;
	      self.emit("end");
	    });
	    return;
	  }
	  if (self.emittedError) return;
	  var buffer = newBuffer(46);
	  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
	    if (err) return emitErrorAndAutoClose(self, err);
	    if (self.emittedError) return;
	    var entry = new Entry();
	    // 0 - Central directory file header signature
	    var signature = buffer.readUInt32LE(0);
	    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
	    // 4 - Version made by
	    entry.versionMadeBy = buffer.readUInt16LE(4);
	    // 6 - Version needed to extract (minimum)
	    entry.versionNeededToExtract = buffer.readUInt16LE(6);
	    // 8 - General purpose bit flag
	    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
	    // 10 - Compression method
	    entry.compressionMethod = buffer.readUInt16LE(10);
	    // 12 - File last modification time
	    entry.lastModFileTime = buffer.readUInt16LE(12);
	    // 14 - File last modification date
	    entry.lastModFileDate = buffer.readUInt16LE(14);
	    // 16 - CRC-32
	    entry.crc32 = buffer.readUInt32LE(16);
	    // 20 - Compressed size
	    entry.compressedSize = buffer.readUInt32LE(20);
	    // 24 - Uncompressed size
	    entry.uncompressedSize = buffer.readUInt32LE(24);
	    // 28 - File name length (n)
	    entry.fileNameLength = buffer.readUInt16LE(28);
	    // 30 - Extra field length (m)
	    entry.extraFieldLength = buffer.readUInt16LE(30);
	    // 32 - File comment length (k)
	    entry.fileCommentLength = buffer.readUInt16LE(32);
	    // 34 - Disk number where file starts
	    // 36 - Internal file attributes
	    entry.internalFileAttributes = buffer.readUInt16LE(36);
	    // 38 - External file attributes
	    entry.externalFileAttributes = buffer.readUInt32LE(38);
	    // 42 - Relative offset of local file header
	    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

	    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

	    self.readEntryCursor += 46;

	    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
	    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
	      if (err) return emitErrorAndAutoClose(self, err);
	      if (self.emittedError) return;
	      // 46 - File name
	      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
	      // 46+n - Extra field
	      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
	      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
	      // 46+n+m - File comment
	      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

	      // Parse the extra fields, which we need for processing other fields.
	      try {
	        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
	      } catch (err) {
	        return emitErrorAndAutoClose(self, err);
	      }

	      // Interpret strings according to bit flags, extra fields, and options.
	      if (self.decodeStrings) {
	        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
	        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
	        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
	        var errorMessage = validateFileName(entry.fileName);
	        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
	      } else {
	        entry.fileComment = entry.fileCommentRaw;
	        entry.fileName = entry.fileNameRaw;
	      }
	      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
	      entry.comment = entry.fileComment;

	      self.readEntryCursor += buffer.length;
	      self.entriesRead += 1;

	      // Check for the Zip64 Extended Information Extra Field.
	      for (var i = 0; i < entry.extraFields.length; i++) {
	        var extraField = entry.extraFields[i];
	        if (extraField.id !== 0x0001) continue;
	        // Found it.

	        var zip64EiefBuffer = extraField.data;
	        var index = 0;
	        // 0 - Original Size          8 bytes
	        if (entry.uncompressedSize === 0xffffffff) {
	          if (index + 8 > zip64EiefBuffer.length) {
	            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
	          }
	          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
	          index += 8;
	        }
	        // 8 - Compressed Size        8 bytes
	        if (entry.compressedSize === 0xffffffff) {
	          if (index + 8 > zip64EiefBuffer.length) {
	            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
	          }
	          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
	          index += 8;
	        }
	        // 16 - Relative Header Offset 8 bytes
	        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
	          if (index + 8 > zip64EiefBuffer.length) {
	            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
	          }
	          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
	          index += 8;
	        }
	        // 24 - Disk Start Number      4 bytes

	        break;
	      }

	      // validate file size
	      if (self.validateEntrySizes && entry.compressionMethod === 0) {
	        var expectedCompressedSize = entry.uncompressedSize;
	        if (entry.isEncrypted()) {
	          // traditional encryption prefixes the file data with a header
	          expectedCompressedSize += 12;
	        }
	        if (entry.compressedSize !== expectedCompressedSize) {
	          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
	          return emitErrorAndAutoClose(self, new Error(msg));
	        }
	      }

	      self.emit("entry", entry);

	      if (!self.lazyEntries) self._readEntry();
	    });
	  });
	};

	ZipFile.prototype.eachEntry = function() {
	  const self = this;
	  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
	  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
	  self.hasEachEntryBeenCalled = true;

	  let pendingResolveReject = null;
	  self.on("entry", onEntry);
	  self.on("end", onEnd);
	  self.on("error", onError);
	  function cleanup() {
	    self.removeListener("entry", onEntry);
	    self.removeListener("end", onEnd);
	    self.removeListener("error", onError);
	    if (self.autoClose) self.close();
	  }

	  function onEntry(entry) {
	    let {resolve} = pendingResolveReject;
	    pendingResolveReject = null;
	    resolve({value: entry});
	  }
	  function onEnd() {
	    let {resolve} = pendingResolveReject;
	    pendingResolveReject = null;
	    cleanup();
	    resolve({done: true});
	  }
	  function onError(err) {
	    let {reject} = pendingResolveReject;
	    pendingResolveReject = null;
	    cleanup();
	    reject(err);
	  }

	  return {
	    [Symbol.asyncIterator]() {
	      // Called once by `for await...of`.
	      return this;
	    },
	    next() {
	      // Called on each iteration in a `for await...of`.
	      const promise = new Promise((resolve, reject) => {
	        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
	        pendingResolveReject = {resolve, reject};
	      });
	      self.readEntry();
	      return promise;
	    },
	    return(value) {
	      // Called when breaking, returning, throwing out of a `for await...of`.
	      cleanup();
	      return Promise.resolve({done: true, value});
	    },
	    throw(value) {
	      // Almost never called. Something about `yield*` maybe?
	      cleanup();
	      return Promise.reject(value);
	    },
	  };
	};

	ZipFile.prototype.openReadStream = function(entry, options, callback) {
	  var self = this;
	  // parameter validation
	  var relativeStart = 0;
	  var relativeEnd = entry.compressedSize;
	  if (callback == null) {
	    callback = options;
	    options = null;
	  }
	  if (options == null) {
	    options = {};
	  } else {
	    if (options.decodeFileData === false) {
	      // new, simple option
	      if (options.decrypt != null) {
	        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
	      }
	      if (options.decompress != null) {
	        throw new Error("cannot use options.decompress when options.decodeFileData === false");
	      }
	      // start and end are allowed
	    } else {
	      // old, complicated options
	      if (options.decrypt != null) {
	        if (!entry.isEncrypted()) {
	          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
	        }
	        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
	        if (entry.isCompressed()) {
	          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
	        }
	      }
	      if (options.decompress != null) {
	        if (!entry.isCompressed()) {
	          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
	        }
	        if (!(options.decompress === false || options.decompress === true)) {
	          throw new Error("invalid options.decompress value: " + options.decompress);
	        }
	        decompress = options.decompress;
	      }
	    }
	    if (options.start != null) {
	      relativeStart = options.start;
	      if (relativeStart < 0) throw new Error("options.start < 0");
	      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
	    }
	    if (options.end != null) {
	      relativeEnd = options.end;
	      if (relativeEnd < 0) throw new Error("options.end < 0");
	      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
	      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
	    }
	  }
	  var rawMode = (
	    options.decodeFileData === false || // Explicitly requested raw.
	    (
	      (entry.compressionMethod === 0 || // Naturally without compression.
	        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
	      ) &&
	      (!entry.isEncrypted() || // Naturally without encryption.
	        options.decrypt === false // Deprecated encryption bypass option.
	      )
	    )
	  );
	  if (options.start != null || options.end != null) {
	    // Ensure slicing deals with raw data.
	    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
	  }

	  // any further errors can either be caused by the zipfile,
	  // or were introduced in a minor version of yauzl,
	  // so should be passed to the client rather than thrown.
	  if (!self.isOpen) return callback(new Error("closed"));
	  if (entry.isEncrypted() && !rawMode) {
	    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
	  }
	  var decompress;
	  if (rawMode) {
	    decompress = false;
	  } else if (entry.compressionMethod === 8) {
	    // 8 - The file is Deflated
	    decompress = options.decodeFileData !== true;
	  } else {
	    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
	  }

	  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
	    if (err) return callback(err);
	    self.openReadStreamLowLevel(
	      localFileHeader.fileDataStart, entry.compressedSize,
	      relativeStart, relativeEnd,
	      decompress, entry.uncompressedSize,
	      callback);
	  });
	};

	ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
	  var self = this;
	  var readStream = self.reader.createReadStream({
	    start: fileDataStart + relativeStart,
	    end: fileDataStart + relativeEnd,
	  });
	  var endpointStream = readStream;
	  if (decompress) {
	    var destroyed = false;
	    var inflateFilter = zlib.createInflateRaw();
	    readStream.on("error", function(err) {
	      // setImmediate here because errors can be emitted during the first call to pipe()
	      setImmediate(function() {
	        if (!destroyed) inflateFilter.emit("error", err);
	      });
	    });
	    readStream.pipe(inflateFilter);

	    if (self.validateEntrySizes) {
	      endpointStream = new AssertByteCountStream(uncompressedSize);
	      inflateFilter.on("error", function(err) {
	        // forward zlib errors to the client-visible stream
	        setImmediate(function() {
	          if (!destroyed) endpointStream.emit("error", err);
	        });
	      });
	      inflateFilter.pipe(endpointStream);
	    } else {
	      // the zlib filter is the client-visible stream
	      endpointStream = inflateFilter;
	    }
	    // this is part of yauzl's API, so implement this function on the client-visible stream
	    installDestroyFn(endpointStream, function() {
	      destroyed = true;
	      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
	      readStream.unpipe(inflateFilter);
	      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
	      readStream.destroy();
	    });
	  }
	  callback(null, endpointStream);
	};

	ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
	  var self = this;
	  if (callback == null) {
	    callback = options;
	    options = null;
	  }
	  if (options == null) options = {};

	  self.reader.ref();
	  var buffer = newBuffer(30);
	  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
	    try {
	      if (err) return callback(err);
	      // 0 - Local file header signature = 0x04034b50
	      var signature = buffer.readUInt32LE(0);
	      if (signature !== 0x04034b50) {
	        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
	      }

	      var fileNameLength = buffer.readUInt16LE(26);
	      var extraFieldLength = buffer.readUInt16LE(28);
	      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
	      // We now have enough information to do this bounds check.
	      if (fileDataStart + entry.compressedSize > self.fileSize) {
	        return callback(new Error("file data overflows file bounds: " +
	            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
	      }

	      if (options.minimal) {
	        return callback(null, {fileDataStart: fileDataStart});
	      }

	      var localFileHeader = new LocalFileHeader();
	      localFileHeader.fileDataStart = fileDataStart;

	      // 4 - Version needed to extract (minimum)
	      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
	      // 6 - General purpose bit flag
	      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
	      // 8 - Compression method
	      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
	      // 10 - File last modification time
	      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
	      // 12 - File last modification date
	      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
	      // 14 - CRC-32
	      localFileHeader.crc32 = buffer.readUInt32LE(14);
	      // 18 - Compressed size
	      localFileHeader.compressedSize = buffer.readUInt32LE(18);
	      // 22 - Uncompressed size
	      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
	      // 26 - File name length (n)
	      localFileHeader.fileNameLength = fileNameLength;
	      // 28 - Extra field length (m)
	      localFileHeader.extraFieldLength = extraFieldLength;
	      // 30 - File name
	      // 30+n - Extra field

	      buffer = newBuffer(fileNameLength + extraFieldLength);
	      self.reader.ref();
	      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
	        try {
	          if (err) return callback(err);
	          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
	          localFileHeader.extraField = buffer.subarray(fileNameLength);
	          return callback(null, localFileHeader);
	        } finally {
	          self.reader.unref();
	        }
	      });
	    } finally {
	      self.reader.unref();
	    }
	  });
	};

	ZipFile.prototype.openReadStreamPromise = function(entry, options) {
	  return new Promise((resolve, reject) => {
	    this.openReadStream(entry, options, function(err, readStream) {
	      if (err) return reject(err);
	      resolve(readStream);
	    });
	  });
	};
	ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
	  return new Promise((resolve, reject) => {
	    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
	      if (err) return reject(err);
	      resolve(readStream);
	    });
	  });
	};
	ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
	  return new Promise((resolve, reject) => {
	    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
	      if (err) return reject(err);
	      resolve(localFileHeader);
	    });
	  });
	};

	function Entry() {
	}
	Entry.prototype.getLastModDate = function(options) {
	  if (options == null) options = {};

	  if (!options.forceDosFormat) {
	    // Check extended fields.
	    for (var i = 0; i < this.extraFields.length; i++) {
	      var extraField = this.extraFields[i];
	      if (extraField.id === 0x5455) {
	        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
	        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
	        var data = extraField.data;
	        if (data.length < 5) continue; // Too short.
	        // The flags define which of the three fields are present: mtime, atime, ctime.
	        // We only care about mtime.
	        // Also, ctime is never included in practice.
	        // And also, atime is only included in the local file header for some reason
	        // despite the flags lying about its inclusion in the central header.
	        var flags = data[0];
	        var HAS_MTIME = 1;
	        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
	        // Although the positions of all of the fields shift around depending on the presence of other fields,
	        // mtime is always first if present, and that's the only one we care about.
	        var posixTimestamp = data.readInt32LE(1);
	        return new Date(posixTimestamp * 1000);
	      } else if (extraField.id === 0x000a) {
	        var data = extraField.data;
	        if (data.length !== 32) continue; // The length is always the same.
	        // 4 bytes reserved
	        // 2 bytes Tag
	        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
	        // 2 bytes Size
	        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
	        // 8 bytes Mtime
	        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
	        // Convert from NTFS to POSIX milliseconds.
	        // The big number below is the milliseconds between year 1601 and year 1970
	        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
	        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
	        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
	        // and NTFS timestamps are typically much bigger than that limit.
	        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
	        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
	        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
	        // Up through the year 2057, this conversion only drops 4 bits of precision,
	        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
	        return new Date(millisecondsSince1970);
	      }
	    }
	  }

	  // Fallback to non-extended encoding.
	  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
	};

	Entry.prototype.canDecodeFileData = function() {
	  return (
	    !this.isEncrypted() &&
	    (this.compressionMethod === 0 || this.compressionMethod === 8)
	  );
	};
	Entry.prototype.isEncrypted = function() {
	  return (this.generalPurposeBitFlag & 0x1) !== 0;
	};
	Entry.prototype.isCompressed = function() {
	  return this.compressionMethod === 8;
	};

	function LocalFileHeader() {
	}

	function dosDateTimeToDate(date, time, timezone) {
	  var day = date & 0x1f; // 1-31
	  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
	  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

	  var millisecond = 0;
	  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
	  var minute = time >> 5 & 0x3f; // 0-59
	  var hour = time >> 11 & 0x1f; // 0-23

	  if (timezone == null || timezone === "local") {
	    return new Date(year, month, day, hour, minute, second, millisecond);
	  } else if (timezone === "UTC") {
	    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
	  } else {
	    throw new Error("unrecognized options.timezone: " + options.timezone);
	  }
	}

	function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
	  var fileName = null;

	  // check for Info-ZIP Unicode Path Extra Field (0x7075)
	  // see https://github.com/thejoshwolfe/yauzl/issues/33
	  for (var i = 0; i < extraFields.length; i++) {
	    var extraField = extraFields[i];
	    if (extraField.id === 0x7075) {
	      if (extraField.data.length < 6) {
	        // too short to be meaningful
	        continue;
	      }
	      // Version       1 byte      version of this extra field, currently 1
	      if (extraField.data.readUInt8(0) !== 1) {
	        // > Changes may not be backward compatible so this extra
	        // > field should not be used if the version is not recognized.
	        continue;
	      }
	      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
	      var oldNameCrc32 = extraField.data.readUInt32LE(1);
	      if (crc32(fileNameBuffer) !== oldNameCrc32) {
	        // > If the CRC check fails, this UTF-8 Path Extra Field should be
	        // > ignored and the File Name field in the header should be used instead.
	        continue;
	      }
	      // UnicodeName   Variable    UTF-8 version of the entry File Name
	      fileName = decodeBuffer(extraField.data.subarray(5), true);
	      break;
	    }
	  }

	  if (fileName == null) {
	    // The typical case.
	    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
	    fileName = decodeBuffer(fileNameBuffer, isUtf8);
	  }

	  if (!strictFileNames) {
	    // Allow backslash.
	    fileName = fileName.replace(/\\/g, "/");
	  }
	  return fileName;
	}

	function validateFileName(fileName) {
	  if (fileName.indexOf("\\") !== -1) {
	    return "invalid characters in fileName: " + fileName;
	  }
	  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
	    return "absolute path: " + fileName;
	  }
	  if (fileName.split("/").indexOf("..") !== -1) {
	    return "invalid relative path: " + fileName;
	  }
	  // all good
	  return null;
	}

	function parseExtraFields(extraFieldBuffer) {
	  var extraFields = [];
	  var i = 0;
	  while (i < extraFieldBuffer.length - 3) {
	    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
	    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
	    var dataStart = i + 4;
	    var dataEnd = dataStart + dataSize;
	    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
	    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
	    extraFields.push({
	      id: headerId,
	      data: dataBuffer,
	    });
	    i = dataEnd;
	  }
	  return extraFields;
	}

	function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
	  if (length === 0) {
	    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
	    return setImmediate(function() { callback(null, newBuffer(0)); });
	  }
	  reader.read(buffer, offset, length, position, function(err, bytesRead) {
	    if (err) return callback(err);
	    if (bytesRead < length) {
	      return callback(new Error("unexpected EOF"));
	    }
	    callback();
	  });
	}

	util.inherits(AssertByteCountStream, Transform);
	function AssertByteCountStream(byteCount) {
	  Transform.call(this);
	  this.actualByteCount = 0;
	  this.expectedByteCount = byteCount;
	}
	AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
	  this.actualByteCount += chunk.length;
	  if (this.actualByteCount > this.expectedByteCount) {
	    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
	    return cb(new Error(msg));
	  }
	  cb(null, chunk);
	};
	AssertByteCountStream.prototype._flush = function(cb) {
	  if (this.actualByteCount < this.expectedByteCount) {
	    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
	    return cb(new Error(msg));
	  }
	  cb();
	};

	util.inherits(RandomAccessReader, EventEmitter);
	function RandomAccessReader() {
	  EventEmitter.call(this);
	  this.refCount = 0;
	}
	RandomAccessReader.prototype.ref = function() {
	  this.refCount += 1;
	};
	RandomAccessReader.prototype.unref = function() {
	  var self = this;
	  self.refCount -= 1;

	  if (self.refCount > 0) return;
	  if (self.refCount < 0) throw new Error("invalid unref");

	  self.close(onCloseDone);

	  function onCloseDone(err) {
	    if (err) return self.emit('error', err);
	    self.emit('close');
	  }
	};
	RandomAccessReader.prototype.createReadStream = function(options) {
	  if (options == null) options = {};
	  var start = options.start;
	  var end = options.end;
	  if (start === end) {
	    var emptyStream = new PassThrough();
	    setImmediate(function() {
	      emptyStream.end();
	    });
	    return emptyStream;
	  }
	  var stream = this._readStreamForRange(start, end);

	  var destroyed = false;
	  var refUnrefFilter = new RefUnrefFilter(this);
	  stream.on("error", function(err) {
	    setImmediate(function() {
	      if (!destroyed) refUnrefFilter.emit("error", err);
	    });
	  });
	  installDestroyFn(refUnrefFilter, function() {
	    stream.unpipe(refUnrefFilter);
	    refUnrefFilter.unref();
	    stream.destroy();
	  });

	  var byteCounter = new AssertByteCountStream(end - start);
	  refUnrefFilter.on("error", function(err) {
	    setImmediate(function() {
	      if (!destroyed) byteCounter.emit("error", err);
	    });
	  });
	  installDestroyFn(byteCounter, function() {
	    destroyed = true;
	    refUnrefFilter.unpipe(byteCounter);
	    refUnrefFilter.destroy();
	  });

	  return stream.pipe(refUnrefFilter).pipe(byteCounter);
	};
	RandomAccessReader.prototype._readStreamForRange = function(start, end) {
	  throw new Error("not implemented");
	};
	RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
	  var readStream = this.createReadStream({start: position, end: position + length});
	  var writeStream = new Writable();
	  var written = 0;
	  writeStream._write = function(chunk, encoding, cb) {
	    chunk.copy(buffer, offset + written, 0, chunk.length);
	    written += chunk.length;
	    cb();
	  };
	  writeStream.on("finish", callback);
	  readStream.on("error", function(error) {
	    callback(error);
	  });
	  readStream.pipe(writeStream);
	};
	RandomAccessReader.prototype.close = function(callback) {
	  setImmediate(callback);
	};

	util.inherits(RefUnrefFilter, PassThrough);
	function RefUnrefFilter(context) {
	  PassThrough.call(this);
	  this.context = context;
	  this.context.ref();
	  this.unreffedYet = false;
	}
	RefUnrefFilter.prototype._flush = function(cb) {
	  this.unref();
	  cb();
	};
	RefUnrefFilter.prototype.unref = function(cb) {
	  if (this.unreffedYet) return;
	  this.unreffedYet = true;
	  this.context.unref();
	};

	var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
	function decodeBuffer(buffer, isUtf8) {
	  if (isUtf8) {
	    return buffer.toString("utf8");
	  } else {
	    var result = "";
	    for (var i = 0; i < buffer.length; i++) {
	      result += cp437[buffer[i]];
	    }
	    return result;
	  }
	}

	function readUInt64LE(buffer, offset) {
	  // There is no native function for this, because we can't actually store 64-bit integers precisely.
	  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
	  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
	  // As of 2020, Node has added support for BigInt, which obviates this whole function,
	  // but yauzl hasn't been updated to depend on BigInt (yet?).
	  var lower32 = buffer.readUInt32LE(offset);
	  var upper32 = buffer.readUInt32LE(offset + 4);
	  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
	  return upper32 * 0x100000000 + lower32;
	  // as long as we're bounds checking the result of this function against the total file size,
	  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
	}

	// Node 10 deprecated new Buffer().
	var newBuffer;
	if (typeof Buffer.allocUnsafe === "function") {
	  newBuffer = function(len) {
	    return Buffer.allocUnsafe(len);
	  };
	} else {
	  newBuffer = function(len) {
	    return new Buffer(len);
	  };
	}

	// Node 8 introduced a proper destroy() implementation on writable streams.
	function installDestroyFn(stream, fn) {
	  if (typeof stream.destroy === "function") {
	    // New API.
	    stream._destroy = function(err, cb) {
	      fn();
	      if (cb != null) cb(err);
	    };
	  } else {
	    // Old API.
	    stream.destroy = fn;
	  }
	}

	function defaultCallback(err) {
	  if (err) throw err;
	}
	return yauzl$1;
}

var yauzlExports = requireYauzl();
var yauzl = /*@__PURE__*/getDefaultExportFromCjs(yauzlExports);

/**
 * Unpacks toolchain archives into a private staging folder, refusing any entry that would land
 * outside it (absolute paths, "..", links pointing out, device files). The caller deletes the
 * staging folder on any error, so a refused archive leaves nothing behind.
 */
class UnsafeArchiveError extends EnvironmentError {
}
/** Why an entry would escape `root`, or undefined when it stays inside. */
function escapeReason(entryPath, type, linkPath) {
    if (path.posix.isAbsolute(entryPath) || /^[A-Za-z]:/.test(entryPath) || entryPath.includes('\\')) {
        return 'is an absolute or Windows-style path';
    }
    const normal = path.posix.normalize(entryPath);
    if (normal === '..' || normal.startsWith('../'))
        return 'climbs out with ".."';
    if (!['File', 'OldFile', 'ContiguousFile', 'Directory', 'SymbolicLink', 'Link'].includes(type)) {
        return `is a ${type} entry`;
    }
    if (linkPath !== undefined && (type === 'SymbolicLink' || type === 'Link')) {
        if (path.posix.isAbsolute(linkPath))
            return `links to the absolute path ${linkPath}`;
        const base = type === 'SymbolicLink' ? path.posix.dirname(normal) : '.';
        const target = path.posix.normalize(path.posix.join(base, linkPath));
        if (target === '..' || target.startsWith('../'))
            return `links outside the archive (${linkPath})`;
    }
    return undefined;
}
/** Why a go.dev archive entry is refused, or undefined: everything lives under go/ and stays there. */
function goArchiveEntryReason(entryPath, type, linkPath) {
    if (entryPath !== 'go/' && !entryPath.startsWith('go/'))
        return 'is outside the top-level go/ folder';
    if (type === 'Link' && linkPath !== undefined) {
        // A hard link names its target from the archive root, so it must be under go/ too.
        if (!linkPath.startsWith('go/'))
            return `links outside the top-level go/ folder (${linkPath})`;
        return escapeReason(entryPath.slice(3) || '.', type, linkPath.slice(3));
    }
    return escapeReason(entryPath.slice(3) || '.', type, linkPath);
}
function entryFacts(entry) {
    const e = entry;
    return { type: e.type ?? 'File', linkPath: e.linkpath };
}
/**
 * Extracts a go.dev-style .tar.gz (every entry under "go/") so that dest becomes GOROOT. Every
 * entry is checked first (a listing pass, ~1 s); one escaping entry refuses the whole archive
 * before anything is written. Unpacking then uses the system tar when there is one (about four
 * times faster than node-tar on a 250 MB toolchain), node-tar otherwise.
 */
async function extractGoTarGz(file, dest, label) {
    let refused;
    await Ct({
        file,
        onReadEntry: (entry) => {
            const { type, linkPath } = entryFacts(entry);
            const reason = goArchiveEntryReason(entry.path, type, linkPath);
            if (reason && !refused)
                refused = `${entry.path} ${reason}`;
        }
    });
    if (refused)
        throw new UnsafeArchiveError(`${label}: archive refused: entry ${refused}`);
    await mkdir(dest, { recursive: true });
    const systemTar = process.platform !== 'win32' ? which('tar') : undefined;
    if (systemTar) {
        const result = await runProcess(systemTar, [
            '-xzf',
            file,
            '-C',
            dest,
            '--strip-components=1',
            '--no-same-owner'
        ]);
        if (result.code !== 0)
            throw new Error(`${label}: tar -xzf failed: ${firstLines(result.stderr)}`);
        return;
    }
    await So({
        file,
        cwd: dest,
        strip: 1,
        preservePaths: false,
        strict: true,
        filter: (entryPath, entry) => {
            const { type, linkPath } = entryFacts(entry);
            return !goArchiveEntryReason(entryPath, type, linkPath);
        }
    });
}
/** Files of a Go toolchain that must be executable; module zips carry no mode bits (as cmd/go does). */
function isToolchainExecutable(rel) {
    return rel.startsWith('bin/') || rel.startsWith('pkg/tool/') || /^lib\/.*\/go_[^/]+_[^/]+_exec$/.test(rel);
}
/** yauzl refuses unsafe names itself (strictFileNames); say so as a refusal, not a fault to retry. */
function asRefusal(err, label) {
    const m = /^(invalid relative path|absolute path|invalid characters in fileName): (.*)$/.exec(err.message);
    return m ? new UnsafeArchiveError(`${label}: archive refused: entry ${m[2]} (${m[1]})`) : err;
}
function openZip(file) {
    return new Promise((resolve, reject) => yauzl.open(file, { lazyEntries: true, autoClose: true, strictFileNames: true, validateEntrySizes: true }, (err, zip) => (err ? reject(err) : resolve(zip))));
}
function openEntry(zip, entry) {
    return new Promise((resolve, reject) => zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))));
}
/**
 * Extracts a zip whose entries all start with `prefix` (e.g. "golang.org/toolchain@v0.0.1-go1.22.8.linux-amd64/"
 * or "go/") into dest, and returns the zip's dirhash h1 (golang.org/x/mod/sumdb/dirhash.Hash1 over
 * the entry names as stored), computed in the same pass.
 */
async function extractZip(file, dest, prefix, label) {
    await mkdir(dest, { recursive: true });
    const zip = await openZip(file).catch((err) => Promise.reject(asRefusal(err, label)));
    const lines = [];
    const madeDirs = new Set();
    try {
        await new Promise((resolve, reject) => {
            zip.on('error', (err) => reject(asRefusal(err, label)));
            zip.on('end', resolve);
            zip.on('entry', (entry) => {
                extractEntry(entry).then(() => zip.readEntry(), reject);
            });
            zip.readEntry();
        });
    }
    finally {
        zip.close();
    }
    async function extractEntry(entry) {
        const name = entry.fileName;
        const isDir = name.endsWith('/');
        const unixType = (entry.externalFileAttributes >>> 16) & 0o170000;
        const type = isDir ? 'Directory' : unixType === 0o120000 ? 'SymbolicLink' : 'File';
        const rel = name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
        const reason = rel === undefined
            ? `is outside ${prefix}`
            : type === 'SymbolicLink'
                ? 'is a symbolic link'
                : escapeReason(rel || '.', type);
        if (reason)
            throw new UnsafeArchiveError(`${label}: archive refused: entry ${name} ${reason}`);
        const target = path.join(dest, rel);
        if (isDir) {
            await mkdir(target, { recursive: true });
            return;
        }
        const dir = path.dirname(target);
        if (!madeDirs.has(dir)) {
            await mkdir(dir, { recursive: true });
            madeDirs.add(dir);
        }
        const hash = createHash('sha256');
        const tap = new Transform({
            transform(chunk, _enc, done) {
                hash.update(chunk);
                done(null, chunk);
            }
        });
        const execBits = (entry.externalFileAttributes >>> 16) & 0o111;
        const mode = isToolchainExecutable(rel) || execBits ? 0o755 : 0o644;
        // Module zips may not hold nested go.mod files, so toolchain zips store them as _go.mod;
        // cmd/go renames them back on first use, and so do we (the h1 covers the stored names).
        const outFile = path.basename(target) === '_go.mod' ? path.join(dir, 'go.mod') : target;
        await pipeline(await openEntry(zip, entry), tap, createWriteStream(outFile, { mode }));
        lines.push({ name: Buffer.from(name), line: `${hash.digest('hex')}  ${name}\n` });
    }
    // dirhash sorts names as Go strings: bytewise.
    lines.sort((a, b) => Buffer.compare(a.name, b.name));
    const summary = createHash('sha256');
    for (const { line } of lines)
        summary.update(line);
    return `h1:${summary.digest('base64')}`;
}

/**
 * HTTP for toolchain indexes and archives, through @actions/http-client so a runner's proxy
 * settings apply. Retries what a retry can fix (connection errors, cut-off bodies, 408/429/5xx)
 * with short backoff; everything else fails at once with the URL and status.
 */
class HttpStatusError extends Error {
    url;
    status;
    constructor(url, status) {
        super(`GET ${url} answered HTTP ${status}`);
        this.url = url;
        this.status = status;
    }
}
const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500 };
function retryable(err) {
    if (err instanceof HttpStatusError)
        return err.status >= 500 || err.status === 408 || err.status === 429;
    // A name that does not resolve will not resolve in a second either (offline, a typo'd mirror).
    if (err.code === 'ENOTFOUND')
        return false;
    return true; // connection refused/reset, timeouts, cut-off bodies
}
class Http {
    retry;
    onRetry;
    client = new HttpClient('go-cross-matrix', [], {
        allowRetries: false,
        socketTimeout: 60_000,
        keepAlive: true
    });
    constructor(retry = DEFAULT_RETRY, onRetry = () => { }) {
        this.retry = retry;
        this.onRetry = onRetry;
    }
    async getText(url) {
        return this.withRetry(async () => {
            const res = await this.client.get(url);
            const status = res.message.statusCode ?? 0;
            const body = await res.readBody();
            if (status !== 200)
                throw new HttpStatusError(url, status);
            return body;
        });
    }
    /** The body as bytes, for binary answers (checksum database tiles) and signed text. */
    async getBytes(url) {
        return this.withRetry(async () => {
            const res = await this.client.get(url);
            const status = res.message.statusCode ?? 0;
            const chunks = [];
            for await (const chunk of res.message)
                chunks.push(chunk); // rejects on a reset
            if (status !== 200)
                throw new HttpStatusError(url, status);
            const body = Buffer.concat(chunks);
            if (!res.message.complete)
                throw new Error(`GET ${url} was cut off after ${body.length} bytes`);
            return body;
        });
    }
    async getJson(url) {
        const text = await this.getText(url);
        try {
            return JSON.parse(text);
        }
        catch {
            throw new Error(`GET ${url} did not answer JSON (starts with ${JSON.stringify(text.slice(0, 40))})`);
        }
    }
    /** Streams url into file, hashing as it goes; a cut-off body is an error (and retried). */
    async download(url, file, 
    /** bytes so far and the announced total (NaN when unknown), as they arrive */
    onProgress) {
        return this.withRetry(async () => {
            const res = await this.client.get(url);
            const status = res.message.statusCode ?? 0;
            if (status !== 200) {
                res.message.resume();
                throw new HttpStatusError(url, status);
            }
            const expected = Number(res.message.headers['content-length'] ?? NaN);
            const hash = createHash('sha256');
            let size = 0;
            const tap = new Transform({
                transform(chunk, _enc, done) {
                    hash.update(chunk);
                    size += chunk.length;
                    onProgress?.(size, expected);
                    done(null, chunk);
                }
            });
            try {
                await pipeline(res.message, tap, createWriteStream(file));
                if (!res.message.complete || (Number.isFinite(expected) && size !== expected)) {
                    throw new Error(`GET ${url} was cut off after ${size} of ${expected} bytes`);
                }
            }
            catch (err) {
                await rm(file, { force: true });
                throw err;
            }
            return { file, sha256: hash.digest('hex'), size };
        });
    }
    async withRetry(attempt) {
        for (let n = 1;; n++) {
            try {
                return await attempt();
            }
            catch (err) {
                if (n >= this.retry.attempts || !retryable(err))
                    throw err;
                const delay = this.retry.baseDelayMs * 2 ** (n - 1);
                this.onRetry(`${err.message}; retrying in ${delay} ms (attempt ${n + 1} of ${this.retry.attempts})`);
                await new Promise((resolve) => setTimeout(resolve, delay));
            }
        }
    }
    dispose() {
        this.client.dispose();
    }
}

/**
 * Signed notes (golang.org/x/mod/sumdb/note), written by hand with node:crypto's Ed25519: there
 * is no well-kept JS library for them. A note is text, a blank line, then signature lines
 * "— <name> <base64(key hash (4 bytes, big-endian) || signature)>". A verifier key is
 * "<name>+<key hash, 8 hex>+<base64(algorithm byte || public key)>", the key hash being the first
 * 4 bytes of SHA-256(name || "\n" || algorithm byte || public key); algorithm 1 is Ed25519.
 */
const ALG_ED25519 = 1;
/** The DER prefix that makes a raw 32-byte Ed25519 key an SPKI structure node:crypto can load. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const SIGNATURE_PREFIX = '\u2014 '; // "— "
class NoteError extends Error {
    failure;
    constructor(failure, message) {
        super(message);
        this.failure = failure;
    }
}
/** note.isValidName: non-empty, no white space, no "+". */
function isValidName(name) {
    return name !== '' && !/[\s+]/u.test(name);
}
function keyHash(name, key) {
    return createHash('sha256').update(`${name}\n`).update(key).digest().readUInt32BE(0);
}
function formatKeyId(name, hash) {
    return `${name}+${hash.toString(16).padStart(8, '0')}`;
}
/** note.NewVerifier; throws an Error saying what is wrong with the key. */
function parseVerifierKey(vkey) {
    // Cut at the first two "+" only: base64 has "+" of its own.
    const [name, hex] = vkey.split('+', 2);
    const key64 = vkey.slice(`${name}+${hex}+`.length);
    const key = Buffer.from(key64, 'base64');
    if (!isValidName(name) ||
        !/^[0-9a-f]{8}$/i.test(hex ?? '') ||
        key.length === 0 ||
        key.toString('base64') !== key64) {
        throw new Error(`malformed verifier key ${JSON.stringify(vkey)}`);
    }
    const hash = Number.parseInt(hex, 16);
    if (hash !== keyHash(name, key))
        throw new Error(`verifier key ${vkey}: its hash does not match its key`);
    if (key[0] !== ALG_ED25519 || key.length !== 33) {
        throw new Error(`verifier key ${vkey}: not an Ed25519 key (algorithm ${key[0]}, ${key.length} bytes)`);
    }
    const publicKey = createPublicKey({
        key: Buffer.concat([ED25519_SPKI_PREFIX, key.subarray(1)]),
        format: 'der',
        type: 'spki'
    });
    return {
        name,
        keyHash: hash,
        id: formatKeyId(name, hash),
        verify: (message, signature) => signature.length === 64 && verify(null, message, publicKey, signature)
    };
}
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/**
 * note.Open with one known key: returns the note's text (ending in "\n") once a signature by
 * that key verifies. Signatures by other keys are ignored, as note.Open does; none by ours is
 * `unknown-key`, a wrong one `bad-signature`.
 */
function openNote(message, verifier) {
    let decoded;
    try {
        decoded = strictUtf8.decode(message);
    }
    catch {
        throw new NoteError('malformed', 'the tree note is not UTF-8');
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0009\u000b-\u001f]/.test(decoded)) {
        throw new NoteError('malformed', 'the tree note holds control characters');
    }
    const split = decoded.lastIndexOf('\n\n');
    const signatures = decoded.slice(split + 2);
    if (split < 0 || !signatures.endsWith('\n')) {
        throw new NoteError('malformed', 'the tree note has no signature block');
    }
    const text = decoded.slice(0, split + 1);
    const others = [];
    let verified = false;
    for (const line of signatures.slice(0, -1).split('\n')) {
        const [name, b64, extra] = line.startsWith(SIGNATURE_PREFIX)
            ? line.slice(SIGNATURE_PREFIX.length).split(' ')
            : [];
        const signature = Buffer.from(b64 ?? '', 'base64');
        if (extra !== undefined ||
            !isValidName(name ?? '') ||
            signature.length < 5 ||
            signature.toString('base64') !== b64) {
            throw new NoteError('malformed', `the tree note has a malformed signature line ${JSON.stringify(line)}`);
        }
        const hash = signature.readUInt32BE(0);
        if (name !== verifier.name || hash !== verifier.keyHash) {
            others.push(formatKeyId(name, hash));
            continue;
        }
        if (!verifier.verify(Buffer.from(text), signature.subarray(4))) {
            throw new NoteError('bad-signature', `bad signature on the tree note for key ${verifier.id}`);
        }
        verified = true;
    }
    if (!verified) {
        const by = others.length ? `signed only by unknown key ${others.join(', ')}` : 'unsigned';
        throw new NoteError('unknown-key', `the tree note is not signed by key ${verifier.id} (${by})`);
    }
    return text;
}

/**
 * The Merkle tree math of Go's checksum database (golang.org/x/mod/sumdb/tlog), written by hand:
 * there is no well-kept JS library for Go's sumdb, and the part we need is small. Hashing is
 * RFC 6962's (leaf = SHA-256(0x00||record), node = SHA-256(0x01||left||right)); the database
 * serves the stored hashes in tiles of height 8, so every hash we use is read from a tile and
 * every result is compared with a signed root hash, which authenticates the tiles used for it.
 */
const HASH_SIZE = 32;
const TILE_HEIGHT = 8;
const TILE_WIDTH = 2 ** TILE_HEIGHT;
function recordHash(record) {
    return createHash('sha256').update(Buffer.of(0)).update(record).digest();
}
function nodeHash(left, right) {
    return createHash('sha256').update(Buffer.of(1)).update(left).update(right).digest();
}
/** tlog.ParseTree: "go.sum database tree\n<size>\n<base64 root>\n", extra lines ignored. */
function parseTree(text) {
    const [header, size, hash] = text.split('\n', 3);
    if (header !== 'go.sum database tree' || !/^(0|[1-9][0-9]{0,15})$/.test(size ?? ''))
        return undefined;
    const root = Buffer.from(hash ?? '', 'base64');
    if (root.length !== HASH_SIZE || root.toString('base64') !== hash)
        return undefined;
    const n = Number(size);
    return Number.isSafeInteger(n) ? { size: n, hash: root } : undefined;
}
/** Largest power of two strictly below n (n ≥ 2): RFC 6962's split point. */
function splitBelow(n) {
    let k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}
function completeLevel(width) {
    const level = Math.log2(width);
    return Number.isInteger(level) ? level : undefined;
}
/**
 * RFC 6962's MTH over leaves [lo, hi). Every range the recursion reaches starts at a multiple of
 * its own split, so a power-of-two range is always a complete subtree that one read answers.
 */
async function rangeHash(lo, hi, read) {
    const level = completeLevel(hi - lo);
    if (level !== undefined)
        return read(level, lo / 2 ** level);
    const mid = lo + splitBelow(hi - lo);
    const [left, right] = await Promise.all([rangeHash(lo, mid, read), rangeHash(mid, hi, read)]);
    return nodeHash(left, right);
}
/** The root hash of the tree of `size` leaves. */
async function treeHash(size, read) {
    if (size === 0)
        return Buffer.alloc(HASH_SIZE); // tlog's hash of the empty tree
    return rangeHash(0, size, read);
}
/**
 * The root of the tree of `size` leaves with leaf `index` replaced by `leaf`: an inclusion proof
 * read from the tiles. It equals the signed root only if that leaf is in the tree at that index.
 */
async function rootWithLeaf(size, index, leaf, read) {
    const walk = async (lo, hi) => {
        if (hi - lo === 1)
            return leaf;
        const mid = lo + splitBelow(hi - lo);
        if (index < mid)
            return nodeHash(await walk(lo, mid), await rangeHash(mid, hi, read));
        return nodeHash(await rangeHash(lo, mid, read), await walk(mid, hi));
    };
    return walk(0, size);
}
/**
 * The roots of the trees of `oldSize` and `size` leaves computed from one set of hashes (a
 * consistency proof): the old root is made only of nodes the new root is made of, so when the new
 * root matches its signed hash, the old root is what the newer tree says the older one was.
 */
async function prefixAndTreeHash(size, oldSize, read) {
    if (oldSize < 0 || oldSize > size)
        throw new RangeError(`tree of ${oldSize} is not a prefix of ${size}`);
    if (oldSize === 0)
        return { old: Buffer.alloc(HASH_SIZE), tree: await treeHash(size, read) };
    // Returns the hash of [lo, hi) and of its part below oldSize (undefined when there is none).
    const walk = async (lo, hi) => {
        if (hi <= oldSize) {
            const both = await rangeHash(lo, hi, read);
            return { old: both, tree: both };
        }
        if (lo >= oldSize)
            return { tree: await rangeHash(lo, hi, read) };
        const mid = lo + splitBelow(hi - lo);
        if (oldSize <= mid) {
            const [left, right] = await Promise.all([walk(lo, mid), rangeHash(mid, hi, read)]);
            return { old: left.old, tree: nodeHash(left.tree, right) };
        }
        const [left, right] = await Promise.all([rangeHash(lo, mid, read), walk(mid, hi)]);
        return { old: nodeHash(left, right.old), tree: nodeHash(left, right.tree) };
    };
    const { old, tree } = await walk(0, size);
    return { old: old, tree };
}
/** tlog.Tile.Path: tile/8/<level>/<index as x001/x234/567>[.p/<width>]. */
function tilePath(level, index, width) {
    let n = index;
    let digits = String(n % 1000).padStart(3, '0');
    while (n >= 1000) {
        n = Math.floor(n / 1000);
        digits = `x${String(n % 1000).padStart(3, '0')}/${digits}`;
    }
    const partial = width === TILE_WIDTH ? '' : `.p/${width}`;
    return `tile/${TILE_HEIGHT}/${level}/${digits}${partial}`;
}
/**
 * Subtree hashes of the tree of `size` leaves from its tiles. Tile level L holds the hashes at
 * tree level 8L; a hash between two tile levels is computed from the 2^k hashes below it, which
 * always lie in one tile. A tile at the tree's right edge is partial: as wide as the tree is there.
 */
function tileHashReader(size, readTile) {
    return async (level, index) => {
        const tileLevel = Math.floor(level / TILE_HEIGHT);
        const span = 2 ** (level % TILE_HEIGHT);
        const first = index * span; // index of the first hash at tree level 8·tileLevel
        const tileIndex = Math.floor(first / TILE_WIDTH);
        const hashesAtLevel = Math.floor(size / 2 ** (tileLevel * TILE_HEIGHT));
        const width = Math.min(TILE_WIDTH, hashesAtLevel - tileIndex * TILE_WIDTH);
        if (first + span > hashesAtLevel) {
            throw new RangeError(`no complete subtree at level ${level}, index ${index} in a tree of ${size}`);
        }
        const tile = await readTile(tileLevel, tileIndex, width);
        const start = first - tileIndex * TILE_WIDTH;
        let hashes = [];
        for (let i = start; i < start + span; i++)
            hashes.push(tile.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE));
        while (hashes.length > 1) {
            const up = [];
            for (let i = 0; i < hashes.length; i += 2)
                up.push(nodeHash(hashes[i], hashes[i + 1]));
            hashes = up;
        }
        return hashes[0];
    };
}

/**
 * The latest verified tree head of a checksum database, kept per runner cache (as cmd/go keeps
 * $GOPATH/pkg/sumdb/<name>/latest): the signed note, re-verified when read, replaced atomically.
 * Every later answer must be consistent with it, so a database (or proxy) cannot show one runner
 * two different histories.
 */
class LatestTreeStore {
    file;
    constructor(toolCacheDir, databaseName) {
        // The name is a host name in practice; encoded so that no name can leave the folder.
        this.file = path.join(toolCacheDir, '.sumdb', encodeURIComponent(databaseName).replace(/^\.+/, '_'), 'latest');
    }
    /**
     * The stored head, or undefined when there is none or it does not verify under this key (a
     * GOSUMDB key change): it is then replaced by the next verified head.
     */
    async read(verifier) {
        let note;
        try {
            note = await readFile(this.file);
        }
        catch {
            return undefined;
        }
        try {
            const tree = parseTree(openNote(note, verifier));
            return tree && { tree, note };
        }
        catch {
            return undefined;
        }
    }
    async write(head) {
        await mkdir(path.dirname(this.file), { recursive: true });
        const tmp = `${this.file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
        try {
            await writeFile(tmp, head.note);
            await rename(tmp, this.file);
        }
        finally {
            await rm(tmp, { force: true });
        }
    }
}

/**
 * Looks up a module's h1 in the Go checksum database the way cmd/go does (golang.org/x/mod/sumdb
 * Client): first through each proxy's /sumdb/<name>/ endpoint, then the database itself. An
 * answer is believed only once its tree note is signed by the database key (GOSUMDB), its record
 * is proved to be in that tree, and the tree is proved consistent with the latest tree this
 * runner cache verified before (both proofs read from the database's tiles, through the same
 * base the answer came from). A missing answer is "unavailable" (the next base is tried); a wrong
 * one is "forged or corrupt" and ends the lookup.
 */
class ChecksumDbUnavailableError extends Error {
}
/** The database (or a proxy in between) answered something its key and tree do not vouch for. */
class ChecksumDbForgeryError extends Error {
    kind;
    url;
    constructor(kind, url, what) {
        super(`the answer from ${url} is forged or corrupt: ${what}`);
        this.kind = kind;
        this.url = url;
    }
}
/** GOSUMDB names no database key that can verify anything. */
class ChecksumDbConfigError extends Error {
}
/** cmd/go's knownGOSUMDB: the keys of the databases GOSUMDB may name without one. */
const KNOWN_DATABASE_KEYS = {
    'sum.golang.org': 'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8'
};
function sumDbFromEnv(env, proxies, toolCacheDir) {
    return { gosumdb: (env.GOSUMDB ?? '').trim() || 'sum.golang.org', proxies, toolCacheDir };
}
/** cmd/go's dbDial: "<known name or verifier key> [url]". */
function parseGosumdb(gosumdb) {
    const value = gosumdb.trim() === 'sum.golang.google.cn' ? 'sum.golang.org https://sum.golang.google.cn' : gosumdb;
    const fields = value.trim().split(/\s+/);
    if (fields.length > 2)
        throw new ChecksumDbConfigError(`GOSUMDB=${JSON.stringify(gosumdb)}: too many fields`);
    let verifier;
    try {
        verifier = parseVerifierKey(KNOWN_DATABASE_KEYS[fields[0]] ?? fields[0]);
    }
    catch (err) {
        throw new ChecksumDbConfigError(`GOSUMDB=${JSON.stringify(gosumdb)}: ${err.message}; give "<name>+<hash>+<key> [url]" or sum.golang.org`);
    }
    const direct = fields[1] ?? `https://${verifier.name}`;
    return { name: verifier.name, verifier, directUrl: direct.replace(/\/+$/, '') };
}
/** module.EscapePath / EscapeVersion: upper-case letters as "!" + lower case. */
const escapeCase = (s) => s.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
/** tlog.ParseRecord: "<id>\n<record lines>\n\n<signed note>". */
function parseLookupAnswer(answer) {
    const newline = answer.indexOf('\n');
    const idText = answer.subarray(0, Math.max(newline, 0)).toString('latin1');
    const blank = answer.indexOf('\n\n', newline + 1);
    if (newline < 0 || blank < 0 || !/^(0|[1-9][0-9]{0,15})$/.test(idText))
        return undefined;
    const record = answer.subarray(newline + 1, blank + 1);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0009\u000b-\u001f]/.test(record.toString('latin1')))
        return undefined;
    return { id: Number(idText), record, note: answer.subarray(blank + 2) };
}
class ChecksumDb {
    config;
    http;
    /** fetched tiles by URL, for this run; full tiles never change, partial ones are named by width */
    tiles = new Map();
    /** one head check at a time, so parallel lookups see each other's stored head */
    headQueue = Promise.resolve();
    memoryHeads = new Map();
    constructor(config, http) {
        this.config = config;
        this.http = http;
    }
    get enabled() {
        return this.config.gosumdb !== 'off';
    }
    /** Where lookups go, in order. */
    lookupBases(db = parseGosumdb(this.config.gosumdb)) {
        return [...this.config.proxies.map((p) => `${p}/sumdb/${db.name}`), db.directUrl];
    }
    /**
     * The h1 of module@version's zip once the answer is verified. Throws ChecksumDbUnavailableError
     * naming what was tried, ChecksumDbForgeryError saying what did not verify, or
     * ChecksumDbConfigError for a GOSUMDB without a usable key.
     */
    async lookupH1(module, version) {
        const db = parseGosumdb(this.config.gosumdb);
        const failures = [];
        for (const base of this.lookupBases(db)) {
            const url = `${base}/lookup/${escapeCase(module)}@${escapeCase(version)}`;
            try {
                const answer = await this.http.getBytes(url);
                const record = await this.verifiedRecord(db, base, url, answer);
                const prefix = `${module} ${version} h1:`;
                const line = record.split('\n').find((l) => l.startsWith(prefix));
                if (!line)
                    throw new ChecksumDbForgeryError('wrong-record', url, `its record has no line for ${module}@${version}`);
                return line.split(' ')[2];
            }
            catch (err) {
                if (err instanceof ChecksumDbForgeryError)
                    throw err;
                failures.push(err.message);
            }
        }
        throw new ChecksumDbUnavailableError(`checksum database unreachable (${failures.join('; ')})`);
    }
    /** The record text of a lookup answer, after the note, inclusion and consistency checks. */
    async verifiedRecord(db, base, url, answer) {
        const parsed = parseLookupAnswer(answer);
        if (!parsed)
            throw new ChecksumDbForgeryError('malformed', url, 'not a checksum database record');
        let text;
        try {
            text = openNote(parsed.note, db.verifier);
        }
        catch (err) {
            if (err instanceof NoteError)
                throw new ChecksumDbForgeryError(err.failure, url, err.message);
            throw err;
        }
        const tree = parseTree(text);
        if (!tree)
            throw new ChecksumDbForgeryError('malformed', url, 'its signed note is not a tree head');
        if (parsed.id >= tree.size) {
            throw new ChecksumDbForgeryError('not-in-tree', url, `record ${parsed.id} is past the end of the signed tree of size ${tree.size}`);
        }
        const head = { tree, note: parsed.note };
        await this.serialized(() => this.checkHead(db, base, url, head, parsed.id, recordHash(parsed.record)));
        return parsed.record.toString('utf8');
    }
    /**
     * Checks the record's inclusion and the tree's consistency with the stored head, both in the
     * newer of the two trees (as cmd/go does: an old tree's right-edge tiles may be gone), then
     * stores the answer's tree if it is the newest verified so far.
     */
    async checkHead(db, base, url, head, recordId, leaf) {
        const store = this.config.toolCacheDir
            ? new LatestTreeStore(this.config.toolCacheDir, db.name)
            : undefined;
        const latest = store ? await store.read(db.verifier) : this.memoryHeads.get(db.name);
        const newer = !latest || head.tree.size >= latest.tree.size ? head.tree : latest.tree;
        const older = newer === head.tree ? latest?.tree : head.tree;
        const read = tileHashReader(newer.size, this.tileReader(base, url));
        const roots = await prefixAndTreeHash(newer.size, older?.size ?? 0, read);
        const inconsistent = () => new ChecksumDbForgeryError('inconsistent', url, `its signed tree of size ${head.tree.size} is inconsistent with the tree of size ${latest.tree.size} verified earlier (${store ? store.file : 'this run'})`);
        if (!roots.tree.equals(newer.hash)) {
            // The base cannot show the tree we stored: the tiles it has are of another history.
            if (newer !== head.tree)
                throw inconsistent();
            throw new ChecksumDbForgeryError('bad-tiles', url, `the tiles from ${base} do not hash to the signed root of the tree of size ${newer.size}`);
        }
        if (latest && older && !roots.old.equals(older.hash))
            throw inconsistent();
        if (!(await rootWithLeaf(newer.size, recordId, leaf, read)).equals(newer.hash)) {
            throw new ChecksumDbForgeryError('not-in-tree', url, `its record ${recordId} is not in the signed tree of size ${head.tree.size} (the inclusion proof does not reach the root hash)`);
        }
        if (!latest || head.tree.size > latest.tree.size) {
            if (store)
                await store.write(head);
            else
                this.memoryHeads.set(db.name, head);
        }
    }
    serialized(task) {
        const run = this.headQueue.then(task);
        this.headQueue = run.catch(() => undefined);
        return run;
    }
    tileReader(base, lookupUrl) {
        return (level, index, width) => {
            const fullUrl = `${base}/${tilePath(level, index, TILE_WIDTH)}`;
            const full = this.tiles.get(fullUrl);
            if (full)
                return full.then((tile) => tile.subarray(0, width * HASH_SIZE));
            const url = `${base}/${tilePath(level, index, width)}`;
            let tile = this.tiles.get(url);
            if (!tile) {
                tile = this.fetchTile(url, fullUrl, width, lookupUrl);
                this.tiles.set(url, tile);
                tile.catch(() => this.tiles.delete(url));
            }
            return tile;
        };
    }
    async fetchTile(url, fullUrl, width, lookupUrl) {
        const get = async (tileUrl, want) => {
            const tile = await this.http.getBytes(tileUrl);
            if (tile.length !== want * HASH_SIZE) {
                throw new ChecksumDbForgeryError('bad-tiles', lookupUrl, `tile ${tileUrl} has ${tile.length} bytes, not ${want * HASH_SIZE}`);
            }
            return tile;
        };
        try {
            try {
                return await get(url, width);
            }
            catch (err) {
                // A proxy need not keep a partial tile once it is full; cmd/go falls back the same way.
                const gone = err instanceof HttpStatusError && (err.status === 404 || err.status === 410);
                if (!gone || url === fullUrl)
                    throw err;
                const tile = await get(fullUrl, TILE_WIDTH);
                this.tiles.set(fullUrl, Promise.resolve(tile));
                return tile.subarray(0, width * HASH_SIZE);
            }
        }
        catch (err) {
            if (err instanceof ChecksumDbForgeryError)
                throw err;
            throw new ChecksumDbUnavailableError(`${err.message} (a tile needed to verify ${lookupUrl})`);
        }
    }
}

/**
 * Installs resolved Go versions in parallel: a tool-cache hit costs a stat; a miss downloads,
 * verifies (sha256 from the dl index, or h1 from the checksum database for the proxy), unpacks
 * into staging and commits under a per-version lock. Nothing unverified reaches the cache.
 */
/** The newest of the installed toolchains (by semver), e.g. to run tools that any version can. */
function newestToolchain(toolchains) {
    return [...toolchains].sort((a, b) => semver.rcompare(a.semver, b.semver))[0];
}
/** A toolchain that does not hash to what the index or checksum database says, or cannot be checked: never retried, never cached. */
class VerificationError extends EnvironmentError {
}
/** "go1.22.8 41% 28.1/68.4 MB 9.3 MB/s" for the log's live line. */
function progressOf(label, deps) {
    const { log } = deps;
    if (!log.progress)
        return undefined;
    const started = Date.now();
    const mb = (n) => (n / 1e6).toFixed(1);
    return (bytes, total) => {
        const rate = bytes / Math.max(0.001, (Date.now() - started) / 1000);
        const share = Number.isFinite(total) && total > 0 ? `${Math.floor((bytes / total) * 100)}% ` : '';
        const of = Number.isFinite(total) ? `/${mb(total)}` : '';
        log.progress(label, `${label} ${share}${mb(bytes)}${of} MB ${mb(rate)} MB/s`);
    };
}
async function installToolchains(versions, deps) {
    await deps.cache.sweepStaleStaging();
    const settled = await mapLimit(versions, deps.concurrency, (v) => installOne(v, deps).then((ok) => ({ ok }), (error) => ({ error })));
    const failed = settled.filter((s) => 'error' in s);
    for (const f of failed.slice(1))
        deps.log.error(errorLine(f.error));
    if (failed.length)
        throw failed[0].error;
    return settled.map((s) => s.ok);
}
function fromCache(v, goroot, deps, started) {
    const p = deps.cache.provenance(v.semver);
    return {
        version: v.version,
        semver: v.semver,
        specs: v.specs,
        path: goroot,
        source: 'cache',
        sha256: p?.sha256,
        h1: p?.h1,
        verified: p?.verified ?? false,
        url: p?.url,
        durationMs: Date.now() - started
    };
}
async function installOne(v, deps) {
    const started = Date.now();
    const hit = deps.cache.find(v.semver);
    if (hit)
        return fromCache(v, hit, deps, started);
    return deps.cache.withInstallLock(v.semver, async () => {
        const raced = deps.cache.find(v.semver); // another process may have installed it while we waited
        if (raced)
            return fromCache(v, raced, deps, started);
        const failures = [];
        for (const source of deps.sources) {
            const archive = source.archive(v);
            if (!archive)
                continue;
            try {
                const provenance = await fetchVerified(v, archive, deps);
                const goroot = await deps.cache.commit(provenance.staging, v.semver, provenance.record);
                deps.log.info(`go${v.version}: installed from ${archive.url} in ${Date.now() - started} ms`);
                return {
                    version: v.version,
                    semver: v.semver,
                    specs: v.specs,
                    path: goroot,
                    source: archive.source,
                    sha256: provenance.record.sha256,
                    h1: provenance.record.h1,
                    verified: provenance.record.verified,
                    url: archive.url,
                    durationMs: Date.now() - started
                };
            }
            catch (err) {
                if (err instanceof VerificationError || err instanceof UnsafeArchiveError)
                    throw err;
                failures.push(`${source.name}: ${errorLine(err)}`);
                deps.log.warning(`go${v.version}: ${source.name} failed: ${errorLine(err)}`);
            }
        }
        throw new EnvironmentError(`go${v.version}: could not install (${failures.join('; ') || 'no source has a build for this host'})`);
    });
}
async function fetchVerified(v, archive, deps) {
    const label = `go${v.version}`;
    const staging = await deps.cache.stagingDir(v.semver);
    const file = path.join(deps.tempDir, path.basename(staging) + (archive.kind === 'tar.gz' ? '.tar.gz' : '.zip'));
    try {
        const record = {
            version: v.version,
            source: archive.source,
            url: archive.url,
            verified: false,
            installedAt: new Date().toISOString()
        };
        if (archive.source === 'dl') {
            const got = await deps.http.download(archive.url, file, progressOf(label, deps));
            deps.log.progress?.(label, '');
            record.sha256 = got.sha256;
            if (deps.verify) {
                if (!archive.sha256)
                    throw new VerificationError(`${label}: the index at ${archive.url} lists no sha256 to verify against`);
                if (got.sha256 !== archive.sha256) {
                    throw new VerificationError(`${label}: checksum mismatch for ${path.basename(archive.url)}: expected sha256 ${archive.sha256}, got ${got.sha256}`);
                }
                record.verified = true;
            }
            if (archive.kind === 'zip')
                await extractZip(file, staging, archive.zipPrefix, label);
            else
                await extractGoTarGz(file, staging, label);
        }
        else {
            const expected = deps.verify ? lookupExpectedH1(label, archive, deps) : undefined;
            expected?.catch(() => { }); // awaited below; keep an early failure from going unhandled
            const got = await deps.http.download(archive.url, file, progressOf(label, deps));
            deps.log.progress?.(label, '');
            record.sha256 = got.sha256;
            record.h1 = await extractZip(file, staging, archive.zipPrefix, label);
            if (expected) {
                const want = await expected;
                if (record.h1 !== want) {
                    throw new VerificationError(`${label}: checksum mismatch for ${archive.module}@${archive.moduleVersion}: expected ${want} (checksum database), got ${record.h1}`);
                }
                record.verified = true;
            }
        }
        return { staging, record };
    }
    catch (err) {
        await rm(staging, { recursive: true, force: true });
        throw err;
    }
    finally {
        await rm(file, { force: true });
    }
}
async function lookupExpectedH1(label, archive, deps) {
    if (!deps.sumdb?.enabled) {
        throw new VerificationError(`${label}: cannot verify the proxy's toolchain: GOSUMDB=off; enable the checksum database or set verify-checksums: false`);
    }
    try {
        return await deps.sumdb.lookupH1(archive.module, archive.moduleVersion);
    }
    catch (err) {
        const what = `${archive.module}@${archive.moduleVersion}`;
        if (err instanceof ChecksumDbForgeryError)
            throw new VerificationError(`${label}: cannot trust the checksum database for ${what}: ${err.message}; nothing installed`);
        if (err instanceof ChecksumDbConfigError)
            throw new VerificationError(`${label}: cannot verify ${what}: ${err.message}`);
        throw new VerificationError(`${label}: cannot verify ${what}: ${errorLine(err)}; make the checksum database reachable (GOSUMDB, GOPROXY) or set verify-checksums: false`);
    }
}

/**
 * A cross-process lock on one file system, used so two runs installing the same toolchain at
 * once (two jobs, or two containers sharing a tool cache) both end with a working one.
 *
 * The lock is a folder holding `owner.json`, created whole by renaming a prepared folder into
 * place (atomic: it fails while the lock is held). The owner touches the folder's mtime every
 * `staleMs / 4` (a heartbeat). A waiter treats the lock as abandoned when:
 *  - its owner is in the same pid namespace on the same host and that pid is gone (at once), or
 *  - its heartbeat is older than `staleMs` (holds across pid namespaces and hosts, where a pid
 *    means nothing: a container sharing the tool cache may see another container's pid 7).
 * An abandoned lock is broken only under a short "breaker" lock and only after re-reading the
 * same owner token, so two waiters never break each other's fresh lock. Waiting is bounded.
 *
 * Written by hand: proper-lockfile (the usual library, mtime-based too) removes a stale lock
 * with rmdir + mkdir, which lets a delayed waiter delete the lock another has just taken
 * (moxystudio/node-proper-lockfile#121, open); our many-waiters test catches exactly that.
 */
const DEFAULTS = { pollMs: 100, staleMs: 30_000, waitMs: 10 * 60_000 };
const BREAKER_STALE_MS = 10_000;
const OWNER_FILE = 'owner.json';
/** Another run kept the lock longer than the wait: exit 3, one line naming the holder. */
class LockTimeoutError extends EnvironmentError {
}
const PID_NAMESPACE = (() => {
    try {
        return readlinkSync('/proc/self/ns/pid');
    }
    catch {
        return undefined; // not Linux: the heartbeat alone decides
    }
})();
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
const code = (err) => err.code;
async function readOwner(lockDir) {
    try {
        const owner = JSON.parse(await readFile(path.join(lockDir, OWNER_FILE), 'utf8'));
        return typeof owner.token === 'string' ? owner : undefined;
    }
    catch {
        return undefined;
    }
}
async function heartbeatAgeMs(lockDir) {
    const info = await stat(lockDir).catch(() => undefined);
    return info ? Date.now() - info.mtimeMs : undefined;
}
/** Why the lock is abandoned, or undefined while its owner may still be working. */
async function abandonedBecause(lockDir, owner, staleMs) {
    if (owner &&
        PID_NAMESPACE !== undefined &&
        owner.pidNamespace === PID_NAMESPACE &&
        owner.host === hostname() &&
        !alive(owner.pid))
        return `its owner (pid ${owner.pid}) has exited`;
    const age = await heartbeatAgeMs(lockDir);
    if (age !== undefined && age > staleMs)
        return `no heartbeat for ${Math.round(age / 1000)}s`;
    return undefined;
}
async function tryAcquire(lockDir, owner) {
    const prepared = `${lockDir}.new-${owner.token}`;
    await mkdir(prepared);
    await writeFile(path.join(prepared, OWNER_FILE), JSON.stringify(owner));
    try {
        await rename(prepared, lockDir);
        return true;
    }
    catch (err) {
        await rm(prepared, { recursive: true, force: true });
        if (['EEXIST', 'ENOTEMPTY', 'EPERM', 'EACCES'].includes(code(err) ?? ''))
            return false;
        throw err;
    }
}
/**
 * Moves the lock away, then deletes it. Deleting in place would leave an empty folder for a
 * moment, and a waiter's rename onto an empty folder succeeds: two holders at once. If what
 * was moved turns out to be someone else's fresh lock (it changed hands between our check and
 * the move), it is put back.
 */
async function removeLock(lockDir, token) {
    const trash = `${lockDir}.gone-${randomBytes(6).toString('hex')}`;
    try {
        await rename(lockDir, trash);
    }
    catch {
        return; // someone else moved it already
    }
    const moved = await readOwner(trash);
    if (moved && moved.token !== token) {
        try {
            await rename(trash, lockDir);
            return;
        }
        catch {
            // a third process took the free name: the moved lock's owner will find it gone
        }
    }
    await rm(trash, { recursive: true, force: true });
}
/** Removes the lock if it is abandoned; safe against other waiters doing the same. */
async function breakIfAbandoned(lockDir, staleMs) {
    const owner = await readOwner(lockDir);
    if (!(await abandonedBecause(lockDir, owner, staleMs)))
        return;
    const breaker = `${lockDir}.break`;
    try {
        await mkdir(breaker);
    }
    catch (err) {
        if (code(err) !== 'EEXIST')
            throw err;
        const age = await heartbeatAgeMs(breaker);
        if (age !== undefined && age > BREAKER_STALE_MS)
            await rm(breaker, { recursive: true, force: true });
        return;
    }
    try {
        const again = await readOwner(lockDir);
        if (again?.token === owner?.token && (await abandonedBecause(lockDir, again, staleMs)))
            await removeLock(lockDir, owner?.token ?? '');
    }
    finally {
        await rm(breaker, { recursive: true, force: true });
    }
}
async function describeHolder(lockDir) {
    const owner = await readOwner(lockDir);
    const age = await heartbeatAgeMs(lockDir);
    const beat = age === undefined ? '' : `, last heartbeat ${Math.round(age / 1000)}s ago`;
    return owner ? `held by pid ${owner.pid} on ${owner.host} since ${owner.since}${beat}` : `held${beat}`;
}
const seconds = (ms) => `${Math.round(ms / 1000)}s`;
/** Runs fn while holding lockDir; waits for another holder at most `waitMs`. */
async function withLock(lockDir, fn, options = {}) {
    const { pollMs, staleMs, waitMs } = { ...DEFAULTS, ...options };
    const owner = {
        token: `${process.pid}-${randomBytes(6).toString('hex')}`,
        pid: process.pid,
        host: hostname(),
        pidNamespace: PID_NAMESPACE,
        since: new Date().toISOString()
    };
    const deadline = Date.now() + waitMs;
    while (!(await tryAcquire(lockDir, owner))) {
        await breakIfAbandoned(lockDir, staleMs);
        if (Date.now() >= deadline) {
            throw new LockTimeoutError(`waited ${seconds(waitMs)} for the lock ${lockDir} (${await describeHolder(lockDir)}); ` +
                `another run may still be installing into this cache; if none is, remove that folder`);
        }
        await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    const heartbeat = setInterval(() => {
        const now = new Date();
        utimes(lockDir, now, now).catch(() => undefined);
    }, Math.max(10, Math.floor(staleMs / 4)));
    heartbeat.unref();
    try {
        return await fn();
    }
    finally {
        clearInterval(heartbeat);
        if ((await readOwner(lockDir))?.token === owner.token)
            await removeLock(lockDir, owner.token);
    }
}

/**
 * `govulncheck`: every invocation of it goes through this class, as every go goes through Go.
 * It is installed at one pinned version with `go install` (through the Go module proxy, with the
 * newest toolchain of the run, under the one environment policy of src/go/env.ts) into the tool
 * cache beside the toolchains, <toolCache>/govulncheck/<version>/<arch>/ with <arch>.complete
 * written last, and reused while that marker is there. Two runs installing at once take turns
 * under the install lock; a crashed install leaves only a staging folder, never a half tool.
 *
 * Scans run with -json (its exit status is 0 with or without findings; anything else is a
 * failure of the scan, not a verdict) against the database given as -db.
 */
/** The pinned release: golang.org/x/vuln tags, as `go list -m -versions golang.org/x/vuln` lists them. */
const GOVULNCHECK_VERSION = 'v1.9.0';
const GOVULNCHECK_PACKAGE = 'golang.org/x/vuln/cmd/govulncheck';
/** The go line of golang.org/x/vuln's go.mod at that version: an older toolchain cannot build it. */
const GOVULNCHECK_MIN_GO = '1.26.0';
const INSTALL_TIMEOUT_MS = 10 * 60_000;
const STAGING_PREFIX$1 = '.staging-';
/** A failed scan: govulncheck did not answer (no database, a package that does not load). */
class ScanError extends Error {
}
/** The scan ran out of the cell's time. */
class ScanTimeout extends ScanError {
}
class Govulncheck {
    binary;
    version;
    db;
    installed;
    constructor(binary, version, 
    /** the database URL given as -db */
    db, 
    /** true when this run built it */
    installed) {
        this.binary = binary;
        this.version = version;
        this.db = db;
        this.installed = installed;
    }
    /** The cached govulncheck, or installs it; throws an InputError when no toolchain can build it. */
    static async install(opts) {
        const root = path.join(opts.toolCacheDir, 'govulncheck');
        const dir = path.join(root, GOVULNCHECK_VERSION, opts.arch);
        const binary = path.join(dir, process.platform === 'win32' ? 'govulncheck.exe' : 'govulncheck');
        const complete = () => existsSync(`${dir}.complete`) && existsSync(binary);
        if (complete())
            return new Govulncheck(binary, GOVULNCHECK_VERSION, opts.db, false);
        const builder = newestToolchain(opts.toolchains);
        if (!builder || semver.lt(builder.semver, GOVULNCHECK_MIN_GO)) {
            throw new InputError('vulncheck', `govulncheck ${GOVULNCHECK_VERSION} needs go >= ${GOVULNCHECK_MIN_GO} to build, but the newest of go-versions is ${builder ? `go${builder.version}` : 'none'}; add a newer Go to go-versions (e.g. stable) or set vulncheck: off`);
        }
        await mkdir(root, { recursive: true });
        return withLock(path.join(root, `.lock-${GOVULNCHECK_VERSION}-${opts.arch}`), async () => {
            if (complete())
                return new Govulncheck(binary, GOVULNCHECK_VERSION, opts.db, false);
            const staging = path.join(root, `${STAGING_PREFIX$1}${GOVULNCHECK_VERSION}-${opts.arch}-${process.pid}-${randomBytes(4).toString('hex')}`);
            await mkdir(staging, { recursive: true });
            try {
                // A pure-Go build for this machine, from an empty folder: no go.mod of the user's applies.
                const go = new Go(opts.env, {
                    goroot: builder.path,
                    goModCache: opts.goModCache,
                    goCache: opts.goCache(builder.version),
                    cgo: false,
                    extra: { GOBIN: staging }
                }, staging, () => INSTALL_TIMEOUT_MS);
                const result = await go.install(`${GOVULNCHECK_PACKAGE}@${GOVULNCHECK_VERSION}`);
                if (result.code !== 0 || !existsSync(path.join(staging, path.basename(binary)))) {
                    throw new EnvironmentError(`vulncheck: go install ${GOVULNCHECK_PACKAGE}@${GOVULNCHECK_VERSION} with go${builder.version} failed: ${failureText(result)}`);
                }
                await writeFile(path.join(staging, 'go-cross-matrix.json'), JSON.stringify({
                    package: GOVULNCHECK_PACKAGE,
                    version: GOVULNCHECK_VERSION,
                    builtWith: `go${builder.version}`,
                    installedAt: new Date().toISOString()
                }, null, 2));
                await rm(`${dir}.complete`, { force: true });
                await rm(dir, { recursive: true, force: true });
                await mkdir(path.dirname(dir), { recursive: true });
                await rename(staging, dir);
                await writeFile(`${dir}.complete`, '');
            }
            finally {
                await rm(staging, { recursive: true, force: true });
            }
            return new Govulncheck(binary, GOVULNCHECK_VERSION, opts.db, true);
        });
    }
    /** `govulncheck -mode=binary -json -db <db> <file>`: reads the binary's build info and symbols; runs no go. */
    scanBinary(file, env, timeoutMs) {
        return this.scan(['-mode=binary', file], { env, cwd: path.dirname(file), timeoutMs });
    }
    /**
     * `govulncheck -mode=source -json -db <db> [-tags t] <packages>` in the module's folder, with
     * the cell's environment (its toolchain first on PATH, its GOOS/GOARCH, cgo and CC): govulncheck
     * loads the packages through that go, as the cell builds them.
     */
    scanSource(go, cwd, packages, tags, timeoutMs) {
        const args = ['-mode=source', ...(tags.length ? [`-tags=${tags.join(',')}`] : []), ...packages];
        return this.scan(args, { env: go.env, cwd, timeoutMs });
    }
    async scan(args, opts) {
        // -json and -db before the mode's own flags and the patterns or file, which end the flags.
        const result = await runProcess(this.binary, ['-json', `-db=${this.db}`, ...args], {
            ...opts,
            timeoutMs: Math.max(1, opts.timeoutMs)
        });
        if (result.timedOut)
            throw new ScanTimeout('govulncheck');
        if (result.code !== 0)
            throw new ScanError(`govulncheck failed: ${failureText(result)}`);
        try {
            return parseGovulncheckJson(result.stdout);
        }
        catch (err) {
            if (err instanceof StreamError)
                throw new ScanError(`govulncheck -json: ${err.message}`);
            throw err;
        }
    }
}
function failureText(result) {
    return result.spawnError ?? (firstLines(result.stderr) || `exit ${result.code}`);
}

/** Scans one built binary; a scan that fails is recorded on the binary, a timeout is rethrown. */
async function scanBuiltBinary(tool, file, bytes, env, timeoutMs) {
    const symbols = hasSymbolTable(bytes);
    try {
        const scan = await tool.scanBinary(file, env, timeoutMs);
        return { findings: scan.findings, symbols };
    }
    catch (err) {
        if (err instanceof ScanTimeout || !(err instanceof ScanError))
            throw err;
        return { findings: [], symbols, error: err.message };
    }
}
/** Judges a cell's findings: a failed scan is an error (nothing can be said), else fail-on decides. */
function judgeCell(opts) {
    const failing = failingFindings(opts.findings, opts.failOn);
    const record = {
        mode: opts.mode,
        scanner: `govulncheck@${opts.tool.version}`,
        db: opts.tool.db,
        failOn: opts.failOn,
        findings: opts.findings,
        failing: [...new Set(failing.map((f) => f.id))],
        ...(opts.error ? { error: opts.error } : {}),
        durationMs: opts.durationMs
    };
    if (opts.error)
        return { record, failure: { status: 'error', reason: `vulncheck: ${opts.error}` } };
    if (failing.length)
        return { record, failure: { status: 'failed', reason: failureReason(failing, opts.failOn) } };
    return { record };
}
/** Binary mode: the cell's verdict from what its binaries' scans found. */
function judgeBinaries(binaries, tool, failOn, durationMs) {
    const errors = binaries.flatMap((b) => (b.vulncheck?.error ? [`${b.name}: ${b.vulncheck.error}`] : []));
    return judgeCell({
        mode: 'binary',
        tool,
        failOn,
        findings: mergeBinaryFindings(binaries),
        error: errors.length ? errors.join('; ') : undefined,
        durationMs
    });
}
/** Source mode: scans the cell's packages with its own go and target, then judges. */
async function scanCellSource(opts) {
    const started = Date.now();
    let findings = [];
    let error;
    try {
        const scan = await opts.tool.scanSource(opts.go, opts.cwd, opts.packages, opts.tags, opts.timeoutMs);
        findings = scan.findings.map((f) => ({ ...f, binaries: [] }));
    }
    catch (err) {
        if (err instanceof ScanTimeout || !(err instanceof ScanError))
            throw err;
        error = err.message;
    }
    return judgeCell({
        mode: 'source',
        tool: opts.tool,
        failOn: opts.failOn,
        findings,
        error,
        durationMs: Date.now() - started
    });
}

/**
 * One cell, start to end: check the go.mod allows this Go, prove the toolchain is the version
 * it claims, build the binaries, run the tests (natively, under QEMU, or compile-only), and
 * record counts and coverage. Every outcome, including a hang, ends as a CellResult.
 */
class CellTimeout extends Error {
}
async function runCell(plan, deps) {
    const started = Date.now();
    const finish = (status, reason, extra = {}) => resultOf(plan, status, reason, {
        ...extra,
        durationMs: Date.now() - started,
        ...(deps.config.shard ? { shard: deps.config.shard } : {})
    });
    try {
        return await runCellSteps(plan, deps, started, finish);
    }
    catch (err) {
        if (err instanceof CellTimeout)
            return finish('timeout', err.message);
        return finish('error', err.message);
    }
}
async function runCellSteps(plan, deps, started, finish) {
    const { config } = deps;
    // The cell's own module: its go line, and the folder go runs in.
    const required = plan.module ? plan.module.goMod.go : config.goMod?.go;
    const moduleRoot = plan.module?.root ?? config.workingDirectory;
    if (required && semver.lt(plan.toolchain.semver, goToSemver(required))) {
        const goModFile = plan.module ? `${plan.module.dir}/go.mod` : 'go.mod';
        return finish('skipped', `${goModFile} requires go >= ${required}; this cell runs go${plan.toolchain.version} (GOTOOLCHAIN=local)`);
    }
    if (plan.emulation.error)
        return finish('error', plan.emulation.error);
    const native = plan.race || plan.emulation.execution === 'native';
    let cc;
    if (plan.cgo) {
        cc = await deps.compilers.forTarget(plan.target, native);
        if (typeof cc === 'string')
            return finish('error', `cgo: ${cc}`);
    }
    const values = cellEnvValues(plan, deps.paths(plan), cc);
    const deadline = started + config.cellTimeoutMs;
    const remaining = () => deadline - Date.now();
    const go = new Go(deps.baseEnv, values, moduleRoot, remaining);
    const env = go.env;
    const check = (result, during) => {
        if (result.timedOut)
            throw new CellTimeout(`cell-timeout ${formatDuration(config.cellTimeoutMs)} reached during ${during}`);
        if (result.spawnError)
            throw new Error(`${during}: ${result.spawnError}`);
        return result;
    };
    const reported = await go.goEnv(['GOVERSION', 'GOOS', 'GOARCH']);
    const proof = { goVersion: reported.GOVERSION, goos: reported.GOOS, goarch: reported.GOARCH };
    if (proof.goVersion !== `go${plan.toolchain.version}`) {
        return finish('error', `toolchain says ${proof.goVersion}, the cell claims go${plan.toolchain.version}`, {
            proof
        });
    }
    // The runtime proof comes from this cell's own toolchain, run the way its tests run. The
    // emulation stage already ran the probe with the newest toolchain: its cells reuse that answer.
    const proveRuntime = async () => {
        if (!values.emulated)
            return undefined;
        const already = plan.emulation.probe;
        if (already?.endsWith(` go${plan.toolchain.version}`)) {
            proof.runtime = already;
            return undefined;
        }
        const probeDir = path.join(deps.tempDir, 'probes', plan.id);
        const probeGo = new Go(deps.baseEnv, probeEnvValues(values), probeDir, remaining);
        const probe = await runProbe(plan.target, plan.emulation, probeGo, probeDir, env);
        await rm(probeDir, { recursive: true, force: true });
        if (probe.error)
            return probe.error;
        proof.runtime = probe.printed;
        return undefined;
    };
    // The probe and go list are independent: run them at once.
    const [probeError, listed] = await Promise.all([
        proveRuntime(),
        go.listPackages(config.packages, buildListFlags(config))
    ]);
    if (probeError)
        return finish('error', probeError, { proof });
    check(listed, 'go list');
    if (listed.code !== 0)
        return finish('build-failed', `go list ${config.packages.join(' ')}: ${firstLines(listed.stderr)}`, {
            proof
        });
    // vulncheck: binary scans each binary as it is checked; source scans the packages after the
    // tests. A -race cell builds no binaries and has the same packages as its plain cell, and a
    // cell split over shards is scanned once, by its first shard (the one with its binaries).
    const firstShard = (config.shard?.index ?? 1) === 1;
    const scanThisCell = !plan.race && config.vulncheck !== 'off' && firstShard;
    const scanner = scanThisCell ? deps.vulncheck : undefined;
    const duringScan = (scan) => scan.catch((err) => {
        if (err instanceof ScanTimeout)
            throw new CellTimeout(`cell-timeout ${formatDuration(config.cellTimeoutMs)} reached during govulncheck`);
        throw err;
    });
    let binaryScanMs = 0;
    const scanBinary = scanner && config.vulncheck === 'binary'
        ? async (file, bytes) => {
            const scanStarted = Date.now();
            const scanned = await duringScan(scanBuiltBinary(scanner, file, bytes, env, remaining()));
            binaryScanMs += Date.now() - scanStarted;
            return scanned;
        }
        : undefined;
    const binaries = [];
    let evidenceMs = 0;
    // A cell split over shards gets its binaries from its first shard only.
    if (!plan.race && config.build.length > 0 && firstShard) {
        const built = await buildAndVerify(plan, {
            config,
            go,
            check,
            tempDir: deps.tempDir,
            tool: deps.tool,
            scanBinary
        });
        evidenceMs = built.evidenceMs;
        if (built.failure) {
            const sboms = built.binaries.flatMap((b) => b.sboms ?? []);
            const compileErrors = built.compileErrors ?? [];
            const binariesScanned = scanner && built.binaries.some((b) => b.vulncheck);
            return finish(built.failure.status, built.failure.reason, {
                proof,
                binaries: built.binaries,
                sboms,
                evidenceMs,
                compileErrors,
                failureOutput: built.output ? [{ kind: 'build', name: 'go build', lines: built.output }] : [],
                ...(binariesScanned
                    ? { vulncheck: judgeBinaries(built.binaries, scanner, config.vulncheckFailOn, binaryScanMs).record }
                    : {})
            });
        }
        binaries.push(...built.binaries);
    }
    const stem = cellFileStem(plan.id, config.shard);
    const logRel = path.join('logs', `${stem}.jsonl`);
    const coverRel = path.join('coverage', `${stem}.out`);
    const wantCoverage = config.coverage && !plan.race && plan.emulation.execution !== 'build-only';
    await mkdir(path.join(config.outDir, 'logs'), { recursive: true });
    if (wantCoverage)
        await mkdir(path.join(config.outDir, 'coverage'), { recursive: true });
    const args = testArgs(config, plan, {
        coverProfile: wantCoverage ? path.join(config.outDir, coverRel) : undefined,
        trueBinary: which('true', env.PATH) ?? '/bin/true',
        remainingMs: deadline - Date.now()
    });
    const counter = new TestEventCounter();
    const log = createWriteStream(path.join(config.outDir, logRel));
    const test = await go.run(args, { stdout: log, captureStdout: false, onStdoutLine: (l) => counter.add(l) });
    await new Promise((resolve) => log.end(resolve));
    if (test.stderr.trim())
        await writeFile(path.join(config.outDir, 'logs', `${stem}.stderr.log`), test.stderr);
    check(test, 'go test');
    counter.markWithoutTestFiles(listed.packages.filter((p) => !p.testGoFiles.length && !p.xTestGoFiles.length).map((p) => p.importPath));
    const coverage = wantCoverage ? await coverageOf(go, path.join(config.outDir, coverRel)) : null;
    const extra = {
        tests: counter.counts,
        packages: counter.packages(),
        failures: counter.failures,
        binaries,
        sboms: binaries.flatMap((b) => b.sboms ?? []),
        evidenceMs,
        proof,
        log: logRel,
        coverage,
        coverageProfile: coverage === null ? null : coverRel
    };
    let verdict = await judgeTestRun({
        code: test.code,
        stderr: test.stderr,
        counter,
        listed: listed.packages,
        patterns: config.packages,
        testFlags: config.testFlags,
        buildOnly: plan.emulation.execution === 'build-only',
        buildOnlyReason: plan.emulation.reason
    });
    let flaky = new Map();
    if (config.rerunFails > 0 &&
        verdict.status === 'failed' &&
        counter.buildFailedPackages.length === 0 &&
        counter.failedPackages.length === 0) {
        const rerun = await rerunFailedTests(counter.counts.failedTests, config.rerunFails, (pkg, run) => testArgs(config, plan, {
            trueBinary: '/bin/true',
            remainingMs: deadline - Date.now(),
            packages: [pkg],
            last: [`-run=${run}`]
        }), go, check);
        flaky = new Map(rerun.flaky.map((t) => [t, rerun.attempts.get(t)]));
        extra.flaky = rerun.flaky.map((test) => ({ test, attempts: rerun.attempts.get(test) }));
        extra.tests = counter.forgiveFlaky(rerun.flaky);
        extra.packages = counter.packages();
        extra.failures = counter.failures;
        if (rerun.stillFailing.length === 0) {
            const tops = rerun.flaky.filter((t) => !rerun.flaky.some((o) => t.startsWith(`${o}/`)));
            verdict = {
                status: 'passed',
                reason: `flaky: ${tops.length} failed, then passed on a rerun: ${tops.slice(0, 5).join(', ')}${tops.length > 5 ? ', ...' : ''}`
            };
        }
    }
    extra.cachedPackages = counter.packages().filter((p) => p.cached).length;
    const fromCache = testCacheText(counter.packages());
    if (verdict.status === 'passed' && fromCache)
        verdict = { ...verdict, reason: verdict.reason || fromCache };
    if (scanner) {
        const judged = config.vulncheck === 'binary'
            ? judgeBinaries(binaries, scanner, config.vulncheckFailOn, binaryScanMs)
            : await duringScan(scanCellSource({
                tool: scanner,
                go,
                cwd: moduleRoot,
                packages: config.packages,
                tags: config.tags,
                failOn: config.vulncheckFailOn,
                timeoutMs: remaining()
            }));
        extra.vulncheck = judged.record;
        // Findings fail a cell that otherwise passed; a cell failing already keeps its status and
        // adds them to its reason.
        if (judged.failure)
            verdict = ['passed', 'built', 'no-tests'].includes(verdict.status)
                ? judged.failure
                : { ...verdict, reason: `${verdict.reason}; ${judged.failure.reason}` };
    }
    if (verdict.status !== 'passed' && verdict.status !== 'built' && verdict.status !== 'no-tests')
        extra.failureOutput = counter.failureOutputs(test.stderr);
    const junitRel = path.join('junit', `${stem}.xml`);
    await mkdir(path.join(config.outDir, 'junit'), { recursive: true });
    const cellFacts = resultOf(plan, verdict.status, verdict.reason);
    await writeFile(path.join(config.outDir, junitRel), renderJUnit(cellSuites(cellFacts, counter.packages(), counter, new Date(started), flaky), plan.id));
    extra.junit = junitRel;
    if (verdict.status === 'build-failed')
        extra.compileErrors = parseCompileErrors(`${test.stderr}\n${counter.allBuildOutput()}`, moduleRoot);
    return finish(verdict.status, verdict.reason, extra);
}
/**
 * `go test` as `go help test` reads it: `go test [build/test flags] [packages] [build/test flags
 * & test binary flags]`. Our flags and the build flags come first, then the packages, then the
 * user's test-flags (where `go test ./... -run X` would put them).
 */
function testArgs(config, plan, opts) {
    // The build flags apply to the tests too: with the same flags (-trimpath above all), go build
    // and go test share one build cache instead of compiling the standard library twice.
    const args = ['test', '-json', ...config.buildFlags];
    if (plan.race)
        args.push('-race');
    if (plan.emulation.execution === 'qemu-exec' && !plan.race)
        args.push(`-exec=${plan.emulation.qemu}`);
    // Build-only: compile every test binary, then "run" it with true(1), so the tests prove they build.
    if (plan.emulation.execution === 'build-only')
        args.push('-run=^$', `-exec=${opts.trueBinary}`);
    if (opts.coverProfile)
        args.push(`-coverprofile=${opts.coverProfile}`);
    if (config.tags.length)
        args.push(`-tags=${config.tags.join(',')}`);
    // Run the tests for real every time (no cached "ok"), unless the user chose a -count or
    // asked for go's test cache.
    if (!hasFlag(config.testFlags, 'count') && !config.testCache)
        args.push('-count=1');
    // go test's own -timeout (10m by default) must not end a package the cell still has time for;
    // it stays a little under the cell's budget so go's timeout panic, with its goroutine dump,
    // comes before the cell is killed. Its value is part of go's test cache key, so with the
    // cache on it comes from the cell timeout, which is the same in every run, not the time left.
    const budgetMs = config.testCache ? config.cellTimeoutMs : opts.remainingMs;
    if (!hasFlag(config.testFlags, 'timeout'))
        args.push(`-timeout=${testTimeoutSeconds(budgetMs)}s`);
    args.push(...(opts.packages ?? config.packages), ...config.testFlags, ...(opts.last ?? []));
    return args;
}
/**
 * What go test's cache answered, for a passed cell's reason: said outright, because a cached
 * "ok" proves the tests passed once with these inputs, not that they ran in this run.
 */
function testCacheText(packages) {
    const tested = testedPackages(packages);
    const cached = tested.filter((p) => p.cached).length;
    if (cached === 0)
        return '';
    if (cached === tested.length)
        return `every package (${cached}) answered from go test's cache: no test ran in this run (test-cache: true)`;
    return `${cached} of ${tested.length} packages answered from go test's cache (test-cache: true)`;
}
function testTimeoutSeconds(remainingMs) {
    const margin = Math.min(30_000, remainingMs * 0.1);
    return Math.max(1, Math.floor((remainingMs - margin) / 1000));
}
/** Whether flags hold -name / --name / -test.name, with or without =value. */
function hasFlag(flags, name) {
    const re = new RegExp(`^--?(test\\.)?${name}(=|$)`);
    return flags.some((f) => re.test(f));
}
/**
 * The cell's verdict from what go test reported, held against what go list says it had to
 * report: a package missing from the stream, or one with tests in which no test ran when
 * nothing filtered them, is an error of ours, never a pass.
 */
async function judgeTestRun(facts) {
    const { counter } = facts;
    const packages = counter.packages();
    const seen = new Set(packages.map((p) => p.package));
    const missing = facts.listed.map((p) => p.importPath).filter((p) => !seen.has(p));
    const unfinished = counter.unfinishedPackages();
    const counts = counter.counts;
    if (facts.code === 0) {
        if (missing.length)
            return {
                status: 'error',
                reason: `go test did not report ${missing.length} of ${facts.listed.length} requested packages (${listText(missing)}): the package list did not reach go test`
            };
        if (facts.buildOnly)
            return { status: 'built', reason: `build only: tests compiled, not run (${facts.buildOnlyReason})` };
        const ran = counts.passed + counts.failed + counts.skipped;
        const filtered = ['run', 'skip', 'list'].some((f) => hasFlag(facts.testFlags, f));
        if (!filtered) {
            const silent = await packagesWithUnrunTests(facts.listed, packages);
            if (silent.length)
                return {
                    status: 'error',
                    reason: `go test ran no test in ${listText(silent)}, which has Test functions and no -run filter: a bug to report`
                };
        }
        if (ran === 0) {
            if (facts.listed.length === 0)
                return {
                    status: 'no-tests',
                    reason: `nothing tested: ${facts.patterns.join(' ')} matched no packages`
                };
            const noFiles = packages.filter((p) => p.status === 'no-test-files').length;
            return {
                status: 'no-tests',
                reason: `nothing tested: no test ran in any of ${packages.length} packages (${noFiles} without test files)`
            };
        }
        return { status: 'passed', reason: '' };
    }
    const buildFailed = counter.buildFailedPackages;
    const timedOut = counter.timedOutPackages;
    if (timedOut.length)
        return {
            status: 'timeout',
            reason: `go test -timeout ended ${listText(timedOut)}: ${counter.timeoutText(timedOut[0])}`
        };
    if (counts.failed === 0 && counter.failedPackages.length === 0) {
        // No test and no test binary failed: go did not build something, or did not start at all.
        const words = buildFailed.map((p) => counter.buildOutput(p)).find((t) => t.trim()) ?? '';
        const why = firstLines(withoutHeaders(`${facts.stderr}
${words}`)) || `exit ${facts.code}`;
        const pkgs = buildFailed.length ? ` ${listText(buildFailed)}` : '';
        return { status: 'build-failed', reason: `go test did not build${pkgs}: ${why}` };
    }
    const failed = counts.failedTests;
    const parts = [];
    if (failed.length)
        parts.push(`${failed.length} failed: ${failed.slice(0, 5).join(', ')}${failed.length > 5 ? ', ...' : ''}`);
    const crashed = counter.failedPackages;
    if (crashed.length)
        parts.push(`${listText(crashed)} failed: ${counter.packageTail(crashed[0], 3) || firstLines(facts.stderr) || 'no test failed'}`);
    if (buildFailed.length)
        parts.push(`${listText(buildFailed)} did not build`);
    if (unfinished.length)
        parts.push(`${listText(unfinished)} never finished`);
    const output = [...counter.failedTestOutput.values()].flat().join('\n');
    if (/address already in use/.test(output))
        parts.push('a test found its address in use: cells run at once on one host, so tests that listen on a fixed port need parallel: 1');
    return { status: 'failed', reason: parts.join('; ') };
}
const TEST_FUNC = /^func\s+(Test|Fuzz)([A-Z0-9_]\w*)?\s*\(\s*\w+\s+\*testing\.[TF]\s*\)/m;
/** Packages go test passed with "[no tests to run]" whose test files declare tests. */
async function packagesWithUnrunTests(listed, packages) {
    const silent = [];
    for (const p of packages.filter((x) => x.status === 'no-tests')) {
        const pkg = listed.find((l) => l.importPath === p.package);
        if (!pkg)
            continue;
        for (const file of [...pkg.testGoFiles, ...pkg.xTestGoFiles]) {
            const text = await readFile(path.join(pkg.dir, file), 'utf8').catch(() => '');
            if (TEST_FUNC.test(text)) {
                silent.push(p.package);
                break;
            }
        }
    }
    return silent;
}
function listText(items, max = 3) {
    return `${items.slice(0, max).join(', ')}${items.length > max ? `, and ${items.length - max} more` : ''}`;
}
/** Drops go's "# pkg" headers so a reason starts with the compiler's own words. */
function withoutHeaders(text) {
    return text
        .split('\n')
        .filter((l) => !/^#\s/.test(l.trim()))
        .join('\n');
}
/** The cell's coverage as `go tool cover -func` prints it for the profile, with the cell's own toolchain. */
async function coverageOf(go, file) {
    let profile;
    try {
        profile = parseProfile(await readFile(file, 'utf8'));
    }
    catch {
        return null;
    }
    if (profile.blocks.size === 0)
        return null;
    return coverageByGoTool(go, file, profile);
}

/**
 * Runs cells with at most `parallel` at once, emulated cells first (they take longest, so they
 * should not be the tail). With fail-fast, cells not yet started after a failure end as
 * `skipped`; cells already running finish, and every result is kept.
 */
const FAILING = new Set(['failed', 'build-failed', 'timeout', 'error']);
function isFailing(result) {
    return FAILING.has(result.status);
}
function weight(plan) {
    if (plan.race)
        return 1;
    return { 'qemu-binfmt': 0, 'qemu-exec': 0, native: 1, 'build-only': 2 }[plan.emulation.execution];
}
async function scheduleCells(plans, parallel, failFast, run, hooks = {}) {
    const order = plans
        .map((plan, index) => ({ plan, index }))
        .sort((a, b) => weight(a.plan) - weight(b.plan) || a.index - b.index);
    let firstFailure;
    const results = new Array(plans.length);
    await mapLimit(order, parallel, async ({ plan, index }) => {
        if (failFast && firstFailure) {
            results[index] = resultOf(plan, 'skipped', `fail-fast: not started after ${firstFailure} failed`);
        }
        else {
            hooks.onStart?.(plan);
            results[index] = await run(plan);
            if (isFailing(results[index]))
                firstFailure ??= plan.id;
        }
        hooks.onEnd?.(results[index]);
    });
    return results;
}

/**
 * The run's list of what it wrote: every file in out-dir with its kind and, for a cell's, the
 * cell. Stages register what they write; uploads, merge and results.json read this list instead
 * of knowing paths, so a new evidence file is one register() where it is written.
 */
/** Adds files once each (a path registered twice keeps its first record). */
function register(files, ...added) {
    for (const f of added)
        if (!files.some((x) => x.path === f.path))
            files.push(f);
}
/** What a cell wrote, read from its result (and the stderr log when go wrote one). */
function cellFiles(cell, outDir) {
    const of = (p, kind) => p && existsSync(path.join(outDir, p)) ? [{ path: p.split(path.sep).join('/'), kind, cell: cell.id }] : [];
    return [
        ...cell.binaries.flatMap((b) => of(b.path, 'binary')),
        ...(cell.sboms ?? []).flatMap((s) => of(s, 'sbom')),
        ...of(cell.coverageProfile, 'coverage'),
        ...of(cell.log, 'log'),
        ...of(cell.log?.replace(/\.jsonl$/, '.stderr.log'), 'log'),
        ...of(cell.junit, 'junit'),
        // a merged sharded cell keeps each shard's own files
        ...(cell.shards ?? []).flatMap((s) => [
            ...of(s.log, 'log'),
            ...of(s.log?.replace(/\.jsonl$/, '.stderr.log'), 'log'),
            ...of(s.junit, 'junit'),
            ...of(s.coverageProfile, 'coverage')
        ])
    ];
}

/** This tool's name and version, as SBOMs and --version report it (a test keeps it equal to package.json). */
const TOOL = { name: 'go-cross-matrix', version: '0.1.0' };

const MAX_ROWS = 100;
const MAX_WARNING_CELLS = 5;
/** Each advisory (and module) with the cells that have it, in id order. */
function advisories(cells) {
    const byKey = new Map();
    for (const cell of cells) {
        for (const finding of cell.vulncheck?.findings ?? []) {
            const key = `${finding.id}\u0000${finding.module}`;
            const entry = byKey.get(key) ?? {
                id: finding.id,
                module: finding.module,
                summary: finding.summary,
                url: finding.url,
                cells: []
            };
            entry.cells.push({ cell, finding });
            byKey.set(key, entry);
        }
    }
    return [...byKey.values()].sort((a, b) => a.id.localeCompare(b.id) || a.module.localeCompare(b.module));
}
const unique = (items) => [...new Set(items.filter(Boolean))];
function reachText(findings) {
    if (findings.some((f) => f.reachable))
        return 'reachable';
    return findings.some((f) => f.level === 'package') ? 'imported' : 'required';
}
/** One Go version's column of an advisory's row. */
function versionCell(advisory, scanned) {
    if (scanned.length === 0)
        return 'not scanned';
    const found = advisory.cells.filter((c) => scanned.includes(c.cell)).map((c) => c.finding);
    if (found.length === 0)
        return '✅ not affected';
    const versions = unique(found.map((f) => f.foundVersion)).join(', ');
    const fixed = unique(found.map((f) => f.fixedVersion));
    const fix = fixed.length ? `fixed in ${fixed.join(', ')}` : 'no fix';
    const some = found.length < scanned.length ? ` (${found.length} of ${scanned.length} cells)` : '';
    const failing = advisory.cells.some((c) => scanned.includes(c.cell) && c.cell.vulncheck?.failing.includes(advisory.id));
    return `${failing ? '❌' : '⚠️'} ${versions} affected, ${reachText(found)}, ${fix}${some}`;
}
/** The summary's vulncheck section: nothing when no cell was scanned. */
function renderVulncheckMarkdown(cells) {
    const scanned = cells.filter((c) => c.vulncheck);
    if (scanned.length === 0)
        return [];
    const first = scanned[0].vulncheck;
    const lines = ['', `### Known vulnerabilities (${first.scanner}, ${first.mode} mode)`, ''];
    const errors = scanned.filter((c) => c.vulncheck.error);
    for (const c of errors.slice(0, MAX_ROWS))
        lines.push(`- ⚠️ **${c.id}** could not be scanned: ${c.vulncheck.error}`);
    if (errors.length)
        lines.push('');
    const rows = advisories(cells);
    if (rows.length === 0) {
        lines.push(`No known vulnerabilities in ${scanned.length} scanned cells (database ${first.db}).`);
        return lines;
    }
    const versions = [...new Set(cells.map((c) => c.go))];
    const failing = scanned.filter((c) => c.vulncheck.failing.length).length;
    lines.push(`${rows.length} ${rows.length === 1 ? 'advisory' : 'advisories'} in ${scanned.length} scanned cells; ${failing} ${failing === 1 ? 'cell fails' : 'cells fail'} on them (vulncheck-fail-on: ${first.failOn}). Database ${first.db}.`, '', `| advisory | module | ${versions.map((v) => `go${v}`).join(' | ')} |`, `|---|---|${versions.map(() => '---').join('|')}|`);
    for (const advisory of rows.slice(0, MAX_ROWS)) {
        const title = advisory.summary ? ` ${advisory.summary.replace(/\|/g, '\\|')}` : '';
        const columns = versions.map((v) => versionCell(advisory, scanned.filter((c) => c.go === v)));
        lines.push(`| [${advisory.id}](${advisory.url})${title} | ${advisory.module} | ${columns.join(' | ')} |`);
    }
    if (rows.length > MAX_ROWS)
        lines.push(`| … ${rows.length - MAX_ROWS} more in results.json | |${versions.map(() => ' |').join('')}`);
    const stripped = scanned.some((c) => c.binaries.some((b) => b.vulncheck && !b.vulncheck.symbols));
    if (stripped)
        lines.push('', 'Binaries built with `-ldflags=-s` have no symbol table: govulncheck cannot see which functions they call and counts every vulnerable function of an affected module as reachable. Build without `-s`, or use `vulncheck: source`, to see the calls.');
    return lines;
}
/**
 * One line per advisory: "GO-2024-3106 (stdlib go1.21.13, fixed in go1.22.7): reachable in
 * go1.21.13-linux-amd64 — Stack exhaustion in Decoder.Decode in encoding/gob".
 */
function vulncheckWarnings(cells) {
    const warnings = advisories(cells).map((a) => {
        const found = a.cells.map((c) => c.finding);
        const versions = unique(found.map((f) => describeVersions(f))).join('; ');
        const ids = a.cells.map((c) => c.cell.id);
        const where = `${ids.slice(0, MAX_WARNING_CELLS).join(', ')}${ids.length > MAX_WARNING_CELLS ? `, and ${ids.length - MAX_WARNING_CELLS} more` : ''}`;
        return `${a.id} (${versions}): ${reachText(found)} in ${where}${a.summary ? ` — ${a.summary}` : ''}`;
    });
    for (const c of cells.filter((x) => x.vulncheck?.error))
        warnings.push(`${c.id}: vulncheck could not scan: ${c.vulncheck.error}`);
    return warnings;
}

/** The emulation and cells stages of `mode: run`. */
const emulationStage = {
    name: 'emulation',
    async run(ctx) {
        ctx.emulation = await setupEmulation({
            config: ctx.config,
            host: ctx.host,
            env: ctx.env,
            log: ctx.log,
            consent: systemChangesAllowed(ctx.config.installDeps, ctx.entry, ctx.env)
        });
        const newest = newestToolchain(ctx.toolchains);
        if (!newest)
            return;
        const probeDir = path.join(ctx.dirs.temp, 'probes');
        await Promise.all(ctx.config.targets.map(async (target) => {
            const emulation = ctx.emulation.get(targetName(target));
            if (emulation.execution !== 'qemu-binfmt' && emulation.execution !== 'qemu-exec')
                return;
            await probeTarget(target, emulation, newest.path, probeDir, ctx.env, goCacheDir(ctx.dirs.cache, newest.version));
            if (emulation.error)
                ctx.log.warning(`${emulation.target}: ${emulation.error}`);
            else
                ctx.log.info(`${emulation.target}: probe ran as ${emulation.probe} under ${emulation.qemuVersion}`);
        }));
        await rm(probeDir, { recursive: true, force: true });
    }
};
/**
 * Fills the shared module cache once, so parallel cells never race to download modules: in
 * each module, with the newest toolchain its go line allows (on its own, as its cells run).
 */
async function downloadModules(ctx, goModCache) {
    for (const module of moduleAxis(ctx.config.modules)) {
        const required = module ? module.goMod.go : ctx.config.goMod?.go;
        const able = ctx.toolchains
            .filter((t) => !required || semver.gte(t.semver, goToSemver(required)))
            .sort((a, b) => semver.rcompare(a.semver, b.semver))[0];
        if (!able)
            continue;
        const go = new Go(ctx.env, {
            goroot: able.path,
            goModCache,
            goCache: goCacheDir(ctx.dirs.cache, able.version),
            ...(module ? { extra: MODULE_ON_ITS_OWN } : {})
        }, module?.root ?? ctx.config.workingDirectory, () => ctx.config.cellTimeoutMs);
        const result = await go.modDownload();
        if (result.code !== 0)
            ctx.log.warning(`go mod download${module ? ` in ${module.dir}` : ''} failed (cells will report it): ${firstLines(result.stderr)}`);
    }
}
const cellsStage = {
    name: 'cells',
    async run(ctx) {
        const { config, log } = ctx;
        const goModCache = defaultGoModCache(ctx.env, os$1.homedir());
        await mkdir(config.outDir, { recursive: true });
        await downloadModules(ctx, goModCache);
        const consent = systemChangesAllowed(config.installDeps, ctx.entry, ctx.env);
        const compilers = new CCompilers(ctx.env, new Apt(new Privileged(ctx.env, consent), ctx.env.PATH), log);
        const race = racePlan(config, ctx.host, Boolean(compilers.host()));
        if (!race.enabled && race.error && config.race === 'auto')
            log.info(`no race cells: ${race.error}`);
        const plans = planCells(config, ctx.toolchains, ctx.emulation, ctx.host, race);
        const modules = config.modules.length > 1
            ? ` over ${config.modules.length} modules (${config.modules.map((m) => `${m.key}: ${m.dir}`).join(', ')})`
            : '';
        log.info(`${plans.length} cells${modules}, ${config.parallel} at a time`);
        // On a terminal, a live line with each running cell and how long it has run (the first cells
        // of a Go version compile its standard library for the target: minutes, silently).
        const running = new Map();
        const tick = log.progress
            ? setInterval(() => {
                for (const [id, since] of running)
                    log.progress(id, `${id} ${Math.round((Date.now() - since) / 1000)}s`);
            }, 1000)
            : undefined;
        const results = await scheduleCells(plans, config.parallel, config.failFast, (plan) => runCell(plan, {
            config,
            baseEnv: ctx.env,
            compilers,
            paths: (p) => ({ goCache: goCacheDir(ctx.dirs.cache, p.toolchain.version), goModCache }),
            tempDir: ctx.dirs.temp,
            tool: TOOL,
            vulncheck: ctx.govulncheck
        }), {
            onStart: (plan) => {
                running.set(plan.id, Date.now());
                log.info(`▶ ${plan.id} (${plan.race ? 'native, -race' : plan.emulation.execution})`);
            },
            onEnd: (r) => {
                running.delete(r.id);
                log.progress?.(r.id, '');
                log.info(`${statusMark(r)} ${r.id} ${r.status}${describe(r)}`);
                if (r.status === 'skipped')
                    log.warning(`${r.id} skipped: ${r.reason}`);
                if (r.status === 'no-tests')
                    log.warning(`${r.id}: ${r.reason}`);
            }
        });
        if (tick)
            clearInterval(tick);
        ctx.cells = results;
        for (const cell of results)
            register(ctx.files, ...cellFiles(cell, config.outDir));
        for (const warning of vulncheckWarnings(results))
            log.warning(warning);
        ctx.timings['cells:evidence'] = results.reduce((sum, r) => sum + r.evidenceMs, 0);
        ctx.timings['cells:total'] = results.reduce((sum, r) => sum + r.durationMs, 0);
        const failing = results.filter(isFailing);
        if (failing.length) {
            ctx.failure = `${failing.length} of ${results.length} cells failed: ${failing
                .slice(0, 3)
                .map((r) => `${r.id} (${r.status})`)
                .join(', ')}${failing.length > 3 ? ', ...' : ''}`;
        }
    }
};
function statusMark(r) {
    const marks = {
        passed: '✔',
        built: '◇',
        'no-tests': '∅',
        skipped: '○',
        failed: '✘',
        'build-failed': '✘',
        timeout: '⏱',
        error: '!'
    };
    return marks[r.status];
}
function describe(r) {
    const parts = [];
    const t = r.tests;
    if (t.passed + t.failed + t.skipped)
        parts.push(`${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
    if (r.coverage !== null)
        parts.push(`coverage ${r.coverage}%`);
    parts.push(`${(r.durationMs / 1000).toFixed(1)}s`);
    if (r.reason)
        parts.push(r.reason);
    return ` (${parts.join('; ')})`;
}

function mergedMode(modes) {
    const unique = [...new Set(modes)];
    if (unique.length === 1)
        return unique[0];
    return unique.includes('set') ? 'set' : 'count';
}
/** The file of a block key "file:l.c,l.c". */
function fileOf(key) {
    return key.slice(0, key.lastIndexOf(':'));
}
/**
 * Merges profiles so that a statement covered in any cell counts as covered, and no statement
 * counts twice. Go versions draw block boundaries differently (go1.27 `x.go:41.2,42.1` where
 * go1.22 has `x.go:40.20,42.2`), so blocks are only combined within one layout: per file, the
 * profiles whose blocks for that file are the same set merge; of the layouts a file has, the one
 * whose merge covers the largest share is kept. Merged coverage is then never below a cell's
 * for the files every cell has, and equals a cell's when every cell agrees.
 */
function mergeProfiles(profiles) {
    const mode = mergedMode(profiles.map((p) => p.mode));
    const combine = (seen, count) => mode === 'set' ? Math.max(seen ?? 0, count > 0 ? 1 : 0) : (seen ?? 0) + count;
    /** file -> layout (its sorted block keys) -> merged blocks */
    const layouts = new Map();
    for (const profile of profiles) {
        const byFile = new Map();
        for (const entry of profile.blocks) {
            const file = fileOf(entry[0]);
            byFile.set(file, [...(byFile.get(file) ?? []), entry]);
        }
        for (const [file, blocks] of byFile) {
            const layout = blocks
                .map(([key]) => key)
                .sort()
                .join('\n');
            const ofFile = layouts.get(file) ?? new Map();
            const merged = ofFile.get(layout) ?? new Map();
            for (const [key, [stmts, count]] of blocks)
                merged.set(key, [stmts, combine(merged.get(key)?.[1], count)]);
            ofFile.set(layout, merged);
            layouts.set(file, ofFile);
        }
    }
    const blocks = new Map();
    for (const ofFile of layouts.values()) {
        let best;
        for (const candidate of ofFile.values()) {
            let total = 0;
            let covered = 0;
            for (const [stmts, count] of candidate.values()) {
                total += stmts;
                if (count > 0)
                    covered += stmts;
            }
            const share = total === 0 ? 0 : covered / total;
            if (!best || share > best.share || (share === best.share && covered > best.covered))
                best = { share, covered, blocks: candidate };
        }
        for (const entry of best.blocks)
            blocks.set(...entry);
    }
    return { mode, blocks };
}
/** Sorts "file:l.c,l.c" keys by file, then start line and column, as go tool cover would read them. */
function compareBlocks(a, b) {
    const split = (k) => {
        const m = /^(.*):(\d+)\.(\d+),(\d+)\.(\d+)$/.exec(k);
        return { file: m[1], pos: [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])] };
    };
    const [x, y] = [split(a), split(b)];
    if (x.file !== y.file)
        return x.file < y.file ? -1 : 1;
    for (let i = 0; i < 4; i++)
        if (x.pos[i] !== y.pos[i])
            return x.pos[i] - y.pos[i];
    return 0;
}
function formatProfile(profile) {
    const lines = [`mode: ${profile.mode}`];
    for (const key of [...profile.blocks.keys()].sort(compareBlocks)) {
        const [stmts, count] = profile.blocks.get(key);
        lines.push(`${key} ${stmts} ${count}`);
    }
    return `${lines.join('\n')}\n`;
}

function renderChecksums(cells) {
    const lines = cells
        .flatMap((c) => c.binaries)
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
        .map((b) => `${b.sha256}  ${b.path.split('\\').join('/')}`);
    return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * The evidence stage, after every cell: checksums.txt over all binaries, and one coverage
 * profile merged across cells with its `go tool cover -func` and `-html` renderings.
 */
const evidenceStage = {
    name: 'evidence',
    async run(ctx) {
        const started = Date.now();
        const { outDir } = ctx.config;
        const checksums = renderChecksums(ctx.cells);
        if (checksums) {
            await writeFile(path.join(outDir, 'checksums.txt'), checksums);
            register(ctx.files, { path: 'checksums.txt', kind: 'checksums' });
        }
        await mergeJUnitFiles(ctx);
        await mergeCoverage(ctx);
        ctx.timings.evidence = Date.now() - started;
    }
};
/** junit/all.xml from every cell's junit/<cell-id>.xml. */
async function mergeJUnitFiles(ctx) {
    const { outDir } = ctx.config;
    const files = ctx.cells
        .map((c) => c.junit)
        .filter((f) => Boolean(f) && existsSync(path.join(outDir, f)));
    if (files.length === 0)
        return;
    const texts = await Promise.all(files.map((f) => readFile(path.join(outDir, f), 'utf8')));
    await writeFile(path.join(outDir, 'junit', 'all.xml'), mergeJUnit(texts, 'go-cross-matrix'));
    register(ctx.files, { path: 'junit/all.xml', kind: 'junit' });
}
async function mergeCoverage(ctx) {
    const { outDir } = ctx.config;
    const cells = ctx.cells.filter((c) => c.coverageProfile);
    if (cells.length === 0)
        return;
    const profiles = await Promise.all(cells.map(async (c) => parseProfile(await readFile(path.join(outDir, c.coverageProfile), 'utf8'))));
    const merged = mergeProfiles(profiles);
    const rel = path.join('coverage', 'merged.out');
    const file = path.join(outDir, rel);
    await writeFile(file, formatProfile(merged));
    ctx.coverage = { merged: coveragePercent(merged), profile: rel };
    register(ctx.files, { path: 'coverage/merged.out', kind: 'coverage' });
    await renderWithGoCover(ctx, file);
}
/** merged.func.txt and merged.html through the newest toolchain's `go tool cover`. */
async function renderWithGoCover(ctx, profile) {
    const newest = newestToolchain(ctx.toolchains);
    const goroot = ctx.toolGoroot ?? newest?.path;
    if (!goroot || !existsSync(goroot))
        return;
    // The version's own (warm) build cache: `go tool cover` loads the packages to find the sources.
    const goCache = newest ? goCacheDir(ctx.dirs.cache, newest.version) : undefined;
    // Several modules: the merged profile names all their packages, which only a go.work of them all sees.
    const gowork = await writeRunWorkspace(ctx.config.modules, ctx.cells, ctx.config.workspace, ctx.dirs.temp);
    const extra = gowork ? { extra: { GOWORK: gowork } } : {};
    const go = new Go(ctx.env, { goroot, goCache, ...extra }, ctx.config.workingDirectory, () => 120_000);
    const dir = path.dirname(profile);
    const [func, html] = await Promise.all([
        go.cover('func', profile),
        go.cover('html', profile, path.join(dir, 'merged.html'))
    ]);
    if (func.code === 0) {
        await writeFile(path.join(dir, 'merged.func.txt'), func.stdout);
        register(ctx.files, { path: 'coverage/merged.func.txt', kind: 'coverage' });
        // The number we print is go tool cover's own (ours agrees, but Go's tool is the reference).
        const total = coverFuncTotal(func.stdout);
        if (total !== undefined && ctx.coverage)
            ctx.coverage.merged = total;
    }
    else
        ctx.log.warning(`go tool cover -func on the merged profile failed: ${firstLines(func.stderr)}`);
    if (html.code === 0)
        register(ctx.files, { path: 'coverage/merged.html', kind: 'coverage' });
    else
        ctx.log.warning(`go tool cover -html on the merged profile failed: ${firstLines(html.stderr)}`);
}

/**
 * The shapes of a SLSA v1 provenance statement (in-toto Statement v1) and of what a build
 * platform says about itself; types only, so the run context can name them without a cycle.
 */
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

/**
 * provenance.intoto.json: a SLSA v1 provenance statement (in-toto Statement v1) naming every
 * binary the run built by its sha256, the inputs that shaped the build, and what the build
 * resolved (the source commit on GitHub, every Go toolchain with its archive's digest). Written
 * after the evidence stage; attest: true signs this very statement (src/github/attest.ts).
 * The build type is documented in docs/buildtypes/cells-v1.md.
 */
const PROJECT = 'https://github.com/go-cross-matrix/go-cross-matrix';
/** Resolves to the build type's documentation, as SLSA asks of a buildType. */
const BUILD_TYPE = `${PROJECT}/blob/main/docs/buildtypes/cells-v1.md`;
/** The builder when no CI platform describes itself: a machine running the CLI (or the action off GitHub). */
const LOCAL_BUILDER_ID = `${PROJECT}/local`;
const PROVENANCE_FILE = 'provenance.intoto.json';
/** The subjects: every binary by its out-dir relative path, sorted as checksums.txt is. */
function provenanceSubjects(cells) {
    return cells
        .flatMap((c) => c.binaries)
        .map((b) => ({ name: b.path.split('\\').join('/'), digest: { sha256: b.sha256 } }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function buildProvenance(input) {
    const { config, platform } = input;
    const workingDirectory = path.relative(config.workspace, config.workingDirectory).split(path.sep).join('/');
    // The inputs that decide which binaries come out and how, as the user gave them (parsed).
    const inputs = {
        'go-versions': config.goVersions,
        targets: config.targets.map((t) => targetName(t)),
        cgo: config.cgo.map((on) => (on ? '1' : '0')),
        'working-directory': workingDirectory || '.',
        build: config.build,
        packages: config.packages,
        'build-flags': config.buildFlags,
        ldflags: config.ldflags,
        tags: config.tags,
        reproducible: config.reproducible
    };
    const resolvedDependencies = [
        ...(platform.source ? [platform.source] : []),
        ...input.toolchains.map((t) => toolchainDescriptor(t, input.host))
    ];
    return {
        _type: STATEMENT_TYPE,
        subject: provenanceSubjects(input.cells),
        predicateType: SLSA_PROVENANCE_V1,
        predicate: {
            buildDefinition: {
                buildType: BUILD_TYPE,
                externalParameters: { inputs, ...(platform.workflow ? { workflow: platform.workflow } : {}) },
                internalParameters: {
                    host: { os: input.host.goos, arch: input.host.goarch },
                    ...platform.internal
                },
                resolvedDependencies
            },
            runDetails: {
                builder: { id: platform.builderId, version: { [TOOL.name]: TOOL.version } },
                metadata: {
                    ...(platform.invocationId ? { invocationId: platform.invocationId } : {}),
                    startedOn: new Date(input.startedAt).toISOString(),
                    finishedOn: new Date(input.finishedAt).toISOString()
                }
            }
        }
    };
}
/**
 * A toolchain as a resolved dependency: where it was downloaded from and its archive's sha256;
 * from the module proxy also its dirHash (the checksum database's h1, in hex). A toolchain
 * cached before provenance was recorded has neither: it is named by its module's purl.
 */
function toolchainDescriptor(t, host) {
    const digest = {};
    if (t.sha256)
        digest.sha256 = t.sha256;
    if (t.h1?.startsWith('h1:'))
        digest.dirHash = Buffer.from(t.h1.slice(3), 'base64').toString('hex');
    return {
        name: `go${t.version}`,
        uri: t.url ?? `pkg:golang/golang.org/toolchain@v0.0.1-go${t.version}.${host.goos}-${host.goarch}`,
        ...(Object.keys(digest).length ? { digest } : {}),
        annotations: { specs: t.specs, source: t.source, verified: t.verified }
    };
}
/** The local run's description of itself: the tool, and a fresh invocation id. */
function localBuildPlatform() {
    return { builderId: LOCAL_BUILDER_ID, invocationId: `urn:uuid:${randomUUID()}` };
}
const provenanceStage = {
    name: 'provenance',
    skip: (ctx) => (ctx.cells.some((c) => c.binaries.length > 0) ? undefined : 'no binaries were built'),
    async run(ctx) {
        const statement = buildProvenance({
            config: ctx.config,
            cells: ctx.cells,
            toolchains: ctx.toolchains,
            host: ctx.host,
            platform: ctx.buildPlatform ?? localBuildPlatform(),
            startedAt: ctx.startedAt,
            finishedAt: Date.now()
        });
        await writeFile(path.join(ctx.config.outDir, PROVENANCE_FILE), `${JSON.stringify(statement, null, 2)}\n`);
        register(ctx.files, { path: PROVENANCE_FILE, kind: 'provenance' });
        ctx.provenance = { statement: PROVENANCE_FILE, subjects: statement.subject.length, attestation: null };
        ctx.log.info(`${PROVENANCE_FILE}: SLSA provenance for ${statement.subject.length} binaries`);
    }
};

/**
 * Turns `go-versions` specs into concrete releases against one release list. Pure: the list
 * and the module's go.mod come in, so this is unit-tested against a recorded index.
 */
function resolveVersionSpecs(specs, releases, goMod) {
    const newestFirst = [...releases].sort((a, b) => semver.rcompare(a.semver, b.semver));
    const byVersion = new Map();
    for (const text of specs) {
        const spec = parseVersionSpec(text);
        if (!spec)
            throw new InputError('go-versions', `"${text}" is not a version spec; valid: ${VALID_SPECS}`);
        for (const release of resolveOne(text, spec, newestFirst, goMod)) {
            const seen = byVersion.get(release.semver);
            if (seen) {
                if (!seen.specs.includes(text))
                    seen.specs.push(text);
            }
            else {
                byVersion.set(release.semver, { ...release, specs: [text] });
            }
        }
    }
    return [...byVersion.values()];
}
function resolveOne(text, spec, releases, goMod) {
    const stable = releases.filter((r) => r.stable);
    const noMatch = (what = `"${text}"`) => {
        const newest = stable[0]
            ? `newest stable is ${stable[0].version}`
            : 'the release list has no stable release';
        throw new InputError('go-versions', `no Go release matches ${what} (${newest}); valid: ${VALID_SPECS}`);
    };
    const newestOfMinor = (major, minor) => stable.find((r) => semver.major(r.semver) === major && semver.minor(r.semver) === minor);
    switch (spec.kind) {
        case 'stable':
            return [stable[0] ?? noMatch()];
        case 'oldstable': {
            const newest = stable[0] ?? noMatch();
            const older = stable.find((r) => semver.minor(r.semver) < semver.minor(newest.semver));
            return [older ?? noMatch()];
        }
        case 'exact': {
            const wanted = toSemver(spec.version);
            return [releases.find((r) => r.semver === wanted) ?? noMatch()];
        }
        case 'minor':
            return [newestOfMinor(spec.major, spec.minor) ?? noMatch()];
        case 'range':
            return [stable.find((r) => semver.satisfies(r.semver, spec.range)) ?? noMatch()];
        case 'gomod':
        case 'gomod-window': {
            const line = requireGoLine(text, goMod);
            const parsed = parseGoVersion(line);
            // go.mod..stable takes the newest patch of every minor, the go line's own included.
            const floor = (parsed.patch === undefined && !parsed.pre) || spec.kind === 'gomod-window'
                ? newestOfMinor(parsed.major, parsed.minor)
                : releases.find((r) => r.semver === toSemver(parsed));
            if (!floor)
                return noMatch(`the go.mod line "go ${line}" of ${goMod.file}`);
            if (spec.kind === 'gomod')
                return [floor];
            const top = stable[0] ?? noMatch();
            const window = [floor];
            for (let minor = parsed.minor + 1; minor <= semver.minor(top.semver); minor++) {
                const release = newestOfMinor(parsed.major, minor);
                if (release)
                    window.push(release);
            }
            return window;
        }
    }
}
function requireGoLine(text, goMod) {
    if (!goMod)
        throw new InputError('go-versions', `"${text}" needs a go.mod in working-directory`);
    if (!goMod.go)
        throw new InputError('go-versions', `"${text}": ${goMod.file} has no go line`);
    return goMod.go;
}

class DlSource {
    baseUrl;
    host;
    http;
    name = 'dl';
    files = new Map();
    constructor(baseUrl, host, http) {
        this.baseUrl = baseUrl;
        this.host = host;
        this.http = http;
    }
    get listUrl() {
        return `${this.baseUrl}/?mode=json&include=all`;
    }
    async listReleases() {
        const index = await this.http.getJson(this.listUrl);
        if (!Array.isArray(index))
            throw new Error(`${this.listUrl} is not a Go release index (expected a JSON array)`);
        const releases = [];
        for (const entry of index) {
            const version = String(entry.version ?? '').replace(/^go/, '');
            const archive = (entry.files ?? []).find((f) => f.kind === 'archive' && f.os === this.host.goos && f.arch === this.host.goarch);
            if (!archive || !parseGoVersion(version))
                continue;
            this.files.set(version, archive);
            releases.push({ version, semver: goToSemver(version), stable: Boolean(entry.stable) });
        }
        return releases;
    }
    archive(release) {
        const file = this.files.get(release.version);
        if (!file)
            return undefined;
        return {
            kind: file.filename.endsWith('.zip') ? 'zip' : 'tar.gz',
            source: 'dl',
            url: `${this.baseUrl}/${file.filename}`,
            sha256: file.sha256 || undefined,
            size: file.size || undefined,
            zipPrefix: 'go/'
        };
    }
}
const TOOLCHAIN_MODULE = 'golang.org/toolchain';
/** The http(s) entries of GOPROXY, in order ("direct" and "off" have no toolchain list). */
function proxiesFromEnv(env) {
    const value = (env.GOPROXY ?? '').trim() || 'https://proxy.golang.org,direct';
    return value
        .split(/[,|]/)
        .map((p) => p.trim().replace(/\/+$/, ''))
        .filter((p) => /^https?:\/\//.test(p));
}
class ProxySource {
    proxies;
    host;
    http;
    sumdb;
    name = 'proxy';
    proxy = '';
    constructor(proxies, host, http, sumdb) {
        this.proxies = proxies;
        this.host = host;
        this.http = http;
        this.sumdb = sumdb;
    }
    get listUrl() {
        return `${this.proxy || this.proxies[0] || 'GOPROXY'}/${TOOLCHAIN_MODULE}/@v/list`;
    }
    async listReleases() {
        if (this.proxies.length === 0)
            throw new Error('GOPROXY names no http(s) proxy to fetch toolchains from');
        const failures = [];
        for (const proxy of this.proxies) {
            try {
                const list = await this.http.getText(`${proxy}/${TOOLCHAIN_MODULE}/@v/list`);
                this.proxy = proxy;
                return this.parseList(list);
            }
            catch (err) {
                failures.push(err.message);
            }
        }
        throw new Error(failures.join('; '));
    }
    parseList(list) {
        const suffix = `.${this.host.goos}-${this.host.goarch}`;
        const releases = [];
        for (const line of list.split('\n')) {
            const m = /^v0\.0\.1-go(.+)$/.exec(line.trim());
            if (!m || !m[1].endsWith(suffix))
                continue;
            const version = m[1].slice(0, -suffix.length);
            const parsed = parseGoVersion(version);
            if (!parsed)
                continue;
            releases.push({ version, semver: goToSemver(version), stable: !parsed.pre });
        }
        return releases;
    }
    /** Asks the proxy for one version directly (its list is incomplete); undefined when absent. */
    async probe(version) {
        const parsed = parseGoVersion(version);
        if (!parsed || !this.proxy)
            return undefined;
        try {
            await this.http.getText(`${this.proxy}/${TOOLCHAIN_MODULE}/@v/${this.moduleVersion(version)}.info`);
            return { version, semver: goToSemver(version), stable: !parsed.pre };
        }
        catch {
            return undefined;
        }
    }
    moduleVersion(version) {
        return `v0.0.1-go${version}.${this.host.goos}-${this.host.goarch}`;
    }
    archive(release) {
        const moduleVersion = this.moduleVersion(release.version);
        return {
            kind: 'module-zip',
            source: 'proxy',
            url: `${this.proxy || this.proxies[0]}/${TOOLCHAIN_MODULE}/@v/${moduleVersion}.zip`,
            module: TOOLCHAIN_MODULE,
            moduleVersion,
            zipPrefix: `${TOOLCHAIN_MODULE}@${moduleVersion}/`
        };
    }
}

/**
 * Go in the runner's tool cache, in the layout @actions/tool-cache and actions/setup-go use
 * ($RUNNER_TOOL_CACHE/go/<semver>/<arch> plus <arch>.complete), so a runner's preinstalled Go
 * is a hit and tool-cache's find() sees what we install (a test holds us to that).
 *
 * We read the layout ourselves rather than through tc.find(), whose `::debug::` lines would
 * litter the CLI's output; the layout is two paths, and the test above keeps them honest.
 * We place toolchains ourselves instead of tc.cacheDir(): cacheDir copies the whole tree (a
 * second 250 MB write) and deletes the destination first, which breaks a second process using
 * it. We unpack into a hidden staging folder beside the destination, then rename it into place
 * under a lock and write the marker last, so a reader sees either nothing or a whole toolchain.
 */
const STAGING_PREFIX = '.staging-';
const STALE_STAGING_MS = 3_600_000;
class GoToolCache {
    arch;
    root;
    constructor(toolCacheRoot, arch) {
        this.arch = arch;
        this.root = path.join(toolCacheRoot, 'go');
    }
    dir(version) {
        return path.join(this.root, version, this.arch);
    }
    /** GOROOT of a complete cached toolchain, or undefined. */
    find(version) {
        const dir = this.dir(version);
        const goBinary = path.join(dir, 'bin', process.platform === 'win32' ? 'go.exe' : 'go');
        return existsSync(`${dir}.complete`) && existsSync(goBinary) ? dir : undefined;
    }
    /** Semver versions with a complete toolchain for this arch. */
    versions() {
        const names = existsSync(this.root) ? readdirSync(this.root) : [];
        return names.filter((v) => semver.valid(v) === v && this.find(v));
    }
    provenance(version) {
        try {
            return JSON.parse(readFileSync(`${this.dir(version)}.go-cross-matrix.json`, 'utf8'));
        }
        catch {
            return undefined; // installed by someone else (e.g. the runner image)
        }
    }
    /** A fresh staging folder on the cache's filesystem (so committing it is a rename). */
    async stagingDir(version) {
        await mkdir(this.root, { recursive: true });
        return path.join(this.root, `${STAGING_PREFIX}${version}-${this.arch}-${process.pid}-${randomBytes(4).toString('hex')}`);
    }
    /** Runs fn while holding this version's install lock (other processes wait). */
    async withInstallLock(version, fn) {
        await mkdir(this.root, { recursive: true });
        return withLock(path.join(this.root, `.lock-${version}-${this.arch}`), fn);
    }
    /** Moves a verified staging folder into place; call under the install lock. */
    async commit(staging, version, provenance) {
        const dest = this.dir(version);
        await rm(`${dest}.complete`, { force: true });
        await rm(dest, { recursive: true, force: true });
        await mkdir(path.dirname(dest), { recursive: true });
        await rename(staging, dest);
        await writeFile(`${dest}.go-cross-matrix.json`, JSON.stringify(provenance, null, 2));
        await writeFile(`${dest}.complete`, '');
        return dest;
    }
    /** Removes staging folders left by processes that died mid-install. */
    async sweepStaleStaging() {
        const names = await readdir(this.root).catch(() => []);
        const now = Date.now();
        for (const name of names.filter((n) => n.startsWith(STAGING_PREFIX))) {
            const full = path.join(this.root, name);
            const info = await stat(full).catch(() => undefined);
            if (info && now - info.mtimeMs > STALE_STAGING_MS)
                await rm(full, { recursive: true, force: true });
        }
    }
}

/**
 * The toolchain stage: resolve every go-versions spec against a release list, then install
 * them all (in parallel, verified, cached). Exact versions already in the tool cache resolve
 * with no network at all, which keeps a warm run fast and lets it work offline.
 */
async function setupToolchains(opts) {
    return withSources(opts, async ({ cache, sources, http }) => {
        const resolved = resolveFromCache(opts.config.goVersions, cache) ?? (await resolveFromSources(opts, sources, cache));
        for (const v of resolved)
            opts.log.debug(`${v.specs.join(', ')} -> ${v.version}`);
        const proxy = sources.find((s) => s instanceof ProxySource);
        return installToolchains(resolved, {
            cache,
            sources,
            http,
            sumdb: proxy?.sumdb,
            tempDir: opts.tempDir,
            verify: opts.config.verifyChecksums,
            concurrency: 4,
            log: opts.log
        });
    });
}
/** Resolves the specs to versions without installing anything (mode: plan). */
async function resolveToolchainVersions(opts) {
    return withSources(opts, async ({ cache, sources }) => resolveFromSources(opts, sources, cache));
}
async function withSources(opts, fn) {
    const cache = new GoToolCache(opts.toolCacheDir, opts.host.toolCacheArch);
    const http = new Http(undefined, (m) => opts.log.warning(m));
    const sumdbHttp = new Http({ attempts: 2, baseDelayMs: 300 });
    try {
        return await fn({ cache, sources: makeSources(opts, http, sumdbHttp), http });
    }
    finally {
        http.dispose();
        sumdbHttp.dispose();
    }
}
function makeSources(opts, http, sumdbHttp) {
    const { config, host, env } = opts;
    const proxies = proxiesFromEnv(env);
    const dl = new DlSource(config.goDownloadBaseUrl, host, http);
    const proxy = new ProxySource(proxies, host, http, new ChecksumDb(sumDbFromEnv(env, proxies, opts.toolCacheDir), sumdbHttp));
    if (config.toolchainSource === 'dl')
        return [dl];
    if (config.toolchainSource === 'proxy')
        return [proxy];
    return [dl, proxy];
}
/** Every spec an exact version that the tool cache holds: no release list needed. */
function resolveFromCache(specs, cache) {
    const byVersion = new Map();
    for (const text of specs) {
        const spec = parseVersionSpec(text);
        if (spec?.kind !== 'exact')
            return undefined;
        const semver = toSemver(spec.version);
        if (!cache.find(semver))
            return undefined;
        const seen = byVersion.get(semver);
        if (seen)
            seen.specs.push(text);
        else {
            const version = cache.provenance(semver)?.version ?? formatGoVersion(spec.version);
            byVersion.set(semver, { version, semver, stable: !spec.version.pre, specs: [text] });
        }
    }
    return [...byVersion.values()];
}
async function resolveFromSources(opts, sources, cache) {
    const { config, log } = opts;
    const failures = [];
    for (const source of sources) {
        let releases;
        try {
            releases = await source.listReleases();
        }
        catch (err) {
            failures.push(`${source.listUrl}: ${errorLine(err)}`);
            if (source !== sources[sources.length - 1])
                log.warning(`release list ${source.listUrl} failed (${errorLine(err)}); trying ${sources[sources.indexOf(source) + 1].name}`);
            continue;
        }
        if (source instanceof ProxySource)
            releases = await addProbedExactVersions(config.goVersions, releases, source);
        return resolveVersionSpecs(config.goVersions, releases, config.goMod);
    }
    // Offline: the cache's versions still answer specs they can satisfy (marked in the log).
    const cached = cachedReleases(cache);
    try {
        const resolved = resolveVersionSpecs(config.goVersions, cached, config.goMod);
        log.warning(`no release list reachable (${failures.join('; ')}); resolved against the tool cache only`);
        return resolved;
    }
    catch (err) {
        if (err instanceof InputError && cached.length === 0) {
            throw new EnvironmentError(`go-versions: cannot fetch a release list: ${failures.join('; ')}`);
        }
        throw err;
    }
}
/** The proxy's @v/list is known to be incomplete; an exact version it omits may still exist. */
async function addProbedExactVersions(specs, releases, proxy) {
    const known = new Set(releases.map((r) => r.semver));
    const extra = [];
    for (const text of specs) {
        const spec = parseVersionSpec(text);
        if (spec?.kind !== 'exact' || known.has(toSemver(spec.version)))
            continue;
        const release = await proxy.probe(formatGoVersion(spec.version));
        if (release)
            extra.push(release);
    }
    return [...releases, ...extra];
}
function cachedReleases(cache) {
    return cache.versions().map((semver) => {
        const version = cache.provenance(semver)?.version ?? semver;
        return { version, semver, stable: !semver.includes('-') };
    });
}

/**
 * mode: plan with `shards`: lists each job's packages with the newest toolchain (for the job's
 * target and cgo mode, with the run's tags), weighs them by an earlier run's durations, and
 * splits the job into shards, each a matrix entry with its own package list.
 */
/** Where the durations come from: the shard-history input, else what the entry point restored. */
async function readHistory(ctx) {
    const given = ctx.config.shardHistory;
    let file = ctx.shardHistoryFile;
    if (given) {
        const full = path.resolve(ctx.config.workspace, given);
        file = existsSync(full) && statSync(full).isDirectory() ? path.join(full, 'results.json') : full;
        if (!existsSync(file))
            throw new InputError('shard-history', `${file} does not exist; give the results.json of an earlier run (or its out-dir)`);
    }
    if (!file || !existsSync(file))
        return { history: new Map() };
    try {
        const results = JSON.parse(await readFile(file, 'utf8'));
        return { history: durationHistory(results.cells ?? []), from: file };
    }
    catch (err) {
        if (given)
            throw new InputError('shard-history', `${file} is not a results.json (${err.message})`);
        ctx.log.warning(`shard history ${file} unreadable, balancing by package count: ${err.message}`);
        return { history: new Map() };
    }
}
/** The newest planned Go, installed here (usually a tool-cache hit), to list the packages. */
async function listingToolchain(ctx, versions) {
    const newest = versions[versions.length - 1];
    const [toolchain] = await setupToolchains(toolchainOptions(ctx, { ...ctx.config, goVersions: [newest] }));
    return {
        goroot: toolchain.path,
        goCache: goCacheDir(ctx.dirs.cache, toolchain.version),
        goModCache: defaultGoModCache(ctx.env, os$1.homedir())
    };
}
const goFor = (ctx, values) => new Go(ctx.env, values, ctx.config.workingDirectory, () => ctx.config.cellTimeoutMs);
/** Import paths `go list -e <packages>` gives for one target and cgo mode, as its cells will see them. */
async function listFor(ctx, toolchain, target, cgo) {
    const { config } = ctx;
    const go = goFor(ctx, { ...toolchain, target: config.targets.find((t) => targetName(t) === target), cgo });
    const listed = await go.listPackages(config.packages, buildListFlags(config));
    if (listed.code !== 0)
        throw new EnvironmentError(`shards: go list ${config.packages.join(' ')} for ${target} failed: ${firstLines(listed.stderr)}`);
    return listed.packages.map((p) => p.importPath);
}
const sameList = (a, b) => a.length === b.length && a.every((p, i) => p === b[i]);
/** Replaces each job of the plan by its shards; the cells stay, each knowing its shard count. */
async function shardPlan(ctx, plan, versions) {
    const spec = ctx.config.shards;
    const { history, from } = await readHistory(ctx);
    ctx.log.info(from
        ? `shards balanced by the package durations in ${from}`
        : 'shards balanced by package count (no history)');
    const toolchain = await listingToolchain(ctx, versions);
    const download = await goFor(ctx, toolchain).modDownload();
    if (download.code !== 0)
        throw new EnvironmentError(`shards: go mod download failed: ${firstLines(download.stderr)}`);
    const include = [];
    const shardsOfJob = new Map();
    for (const entry of plan.include) {
        const cgoModes = entry.cgo.split(',').map((c) => c === '1');
        const lists = await Promise.all(cgoModes.map((cgo) => listFor(ctx, toolchain, entry.targets, cgo)));
        // One package list must hold for every cell of a job: when cgo changes the list, each cgo
        // mode becomes a job of its own.
        const groups = lists.every((l) => sameList(l, lists[0]))
            ? [{ cgo: cgoModes, packages: lists[0] }]
            : cgoModes.map((cgo, i) => ({ cgo: [cgo], packages: lists[i] }));
        for (const group of groups) {
            const flavours = group.cgo.map((cgo) => flavourKey(entry.targets, cgo, false));
            if (entry.race === 'true' || entry.race === 'auto')
                flavours.push(flavourKey(entry.targets, true, true));
            const { weights, fromHistory } = packageWeights(group.packages, flavours, history);
            const total = [...weights.values()].reduce((a, b) => a + b, 0);
            const shards = partition(weights, shardCount(spec, total, fromHistory, group.packages.length));
            const cgoText = group.cgo.map((c) => (c ? '1' : '0')).join(',');
            const base = groups.length > 1 ? `${entry.name} cgo=${cgoText}` : entry.name;
            const cells = entry.cells
                .split(' ')
                .filter((id) => groups.length === 1 || plan.cells.find((c) => c.id === id)?.cgo === group.cgo[0]);
            for (const id of cells)
                shardsOfJob.set(id, shards.length);
            shards.forEach((packages, i) => {
                const shard = { index: i + 1, count: shards.length };
                include.push({
                    ...entry,
                    name: shards.length > 1 ? `${base} [${shardLabel(shard)}]` : base,
                    cgo: cgoText,
                    cells: cells.join(' '),
                    packages: packages.join(' '),
                    shard: shards.length > 1 ? shardLabel(shard) : ''
                });
            });
            ctx.log.info(`  ${base}: ${group.packages.length} packages in ${shards.length} shards (${shards.map((s) => s.length).join(', ')} packages)`);
        }
    }
    return {
        include,
        cells: plan.cells.map((c) => {
            const count = shardsOfJob.get(c.id) ?? 1;
            return count > 1 ? { ...c, shards: count } : c;
        })
    };
}

/**
 * results.json, schemaVersion 1 (design.md): fields may be added, never renamed. Written
 * atomically (temp file + rename) so a reader never sees half a file.
 */
function buildResults(ctx) {
    const modules = runModules(ctx.config.modules, ctx.cells);
    return {
        schemaVersion: 1,
        passed: !ctx.failure,
        mode: ctx.config.mode,
        host: { os: ctx.host.goos, arch: ctx.host.goarch },
        toolchains: ctx.toolchains.map((t) => ({
            version: t.version,
            spec: t.specs.join(', '),
            specs: t.specs,
            path: t.path,
            source: t.source,
            sha256: t.sha256 ?? null,
            h1: t.h1 ?? null,
            verified: t.verified,
            durationMs: t.durationMs
        })),
        emulation: [...ctx.emulation.values()],
        ...(modules.length ? { modules } : {}),
        cells: ctx.cells,
        coverage: { merged: ctx.coverage?.merged ?? null, profile: ctx.coverage?.profile ?? null },
        timings: ctx.timings,
        stages: ctx.stages,
        failure: ctx.failure ?? null,
        files: ctx.files,
        provenance: ctx.provenance ?? null,
        durationMs: Date.now() - ctx.startedAt
    };
}
async function writeJsonAtomic(file, data) {
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.tmp-${process.pid}`;
    await writeFile(tmp, `${JSON.stringify(data, null, 2)}\n`);
    await rename(tmp, file);
}
function resultsFile(ctx) {
    return path.join(ctx.config.outDir, 'results.json');
}

/** What mode: plan leaves in out-dir (and uploads as `<artifact-name>-plan`) for mode: merge. */
const PLAN_FILE = 'plan.json';
/** The planned cells no merged results hold. */
function missingPlannedCells(plan, found) {
    return plan.cells.filter((c) => !found.has(c.id));
}
const cgoText = (modes) => modes.map((m) => (m ? '1' : '0')).join(',');
/**
 * Race cells run on a job's own host, so only one job per Go version may add them: the first
 * entry holding linux/amd64 (GitHub's default runner), else the first entry.
 */
function raceOwner(entries) {
    const i = entries.findIndex((e) => e.targets.some((t) => targetName(t) === 'linux/amd64'));
    return i < 0 ? 0 : i;
}
function planMatrix(config, versions) {
    const raw = [];
    if (config.planGranularity === 'cell') {
        for (const v of versions)
            for (const t of config.targets)
                for (const c of config.cgo)
                    raw.push({ versions: [v], targets: [t], cgo: [c] });
    }
    else {
        for (const t of config.targets)
            raw.push({ versions, targets: [t], cgo: config.cgo });
    }
    const owners = new Set();
    // Without linux/amd64 (GitHub's default runner) among the targets, the first entry of each
    // version keeps race, as with one job per target.
    const hasAmd64 = config.targets.some((t) => targetName(t) === 'linux/amd64');
    const cells = [];
    const include = raw.map((entry, index) => {
        const target = targetName(entry.targets[0]);
        // With one job per cell, the race cell of a version goes with its first linux/amd64 entry.
        const raceKey = `${entry.versions.join(',')}`;
        const ownsRace = config.planGranularity === 'cell'
            ? (target === 'linux/amd64' || !hasAmd64) && !owners.has(raceKey)
            : index === raceOwner(raw);
        if (ownsRace)
            owners.add(raceKey);
        const runsOn = config.runnerMap.get(target);
        const label = [
            entry.versions.length === 1 ? `go${entry.versions[0]}` : '',
            target,
            config.cgo.length > 1 && entry.cgo.length === 1 ? `cgo=${cgoText(entry.cgo)}` : ''
        ];
        const name = label.filter(Boolean).join(' ');
        const ids = [];
        // Every job runs every module (the modules are one checkout): their cells are the job's.
        for (const module of moduleAxis(config.modules))
            for (const go of entry.versions)
                for (const t of entry.targets)
                    for (const cgo of entry.cgo) {
                        const id = cellId(go, t, cgo, false, module?.key);
                        ids.push(id);
                        cells.push({
                            id,
                            ...(module ? { module: moduleRef(module) } : {}),
                            go,
                            target: t,
                            cgo,
                            job: name
                        });
                    }
        return {
            name,
            'go-versions': entry.versions.join(', '),
            targets: target,
            cgo: cgoText(entry.cgo),
            race: ownsRace ? config.race : 'false',
            cells: ids.join(' '),
            packages: config.packages.join(' '),
            shard: '',
            ...(runsOn ? { 'runs-on': runsOn } : {})
        };
    });
    return { include, cells };
}
const planStage = {
    name: 'plan',
    async run(ctx) {
        const resolved = await resolveToolchainVersions(toolchainOptions(ctx));
        const versions = resolved.map((r) => r.version);
        const whole = planMatrix(ctx.config, versions);
        const plan = isSharded(ctx.config.shards) ? await shardPlan(ctx, whole, versions) : whole;
        ctx.plan = { include: plan.include, versions: resolved.map((r) => r.version) };
        ctx.log.info(`${plan.include.length} matrix jobs for ${resolved.map((r) => `go${r.version}`).join(', ')}:`);
        for (const e of plan.include)
            ctx.log.info(`  ${e.name}${e['runs-on'] ? ` on ${e['runs-on']}` : ''}`);
        await writeJsonAtomic(path.join(ctx.config.outDir, PLAN_FILE), plan);
        register(ctx.files, { path: PLAN_FILE, kind: 'plan' });
    }
};

function mergeResults(parts) {
    const cells = new Map();
    const shards = new Map();
    const toolchains = new Map();
    const emulation = new Map();
    for (const part of parts) {
        for (const cell of part.cells) {
            if (!cell.shard) {
                cells.set(cell.id, cell);
                continue;
            }
            const byIndex = shards.get(cell.id) ?? new Map();
            byIndex.set(cell.shard.index, cell);
            shards.set(cell.id, byIndex);
        }
        for (const t of part.toolchains)
            if (!toolchains.has(t.version))
                toolchains.set(t.version, t);
        for (const e of part.emulation ?? [])
            if (!emulation.has(e.target))
                emulation.set(e.target, e);
    }
    for (const [id, byIndex] of shards)
        cells.set(id, combineShards([...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, cell]) => cell)));
    const merged = [...cells.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
        cells: merged,
        toolchains: [...toolchains.values()],
        emulation: [...emulation.values()],
        passed: !merged.some(isFailing)
    };
}
/**
 * How the shards' statuses make the cell's, as one go test over all the packages would have
 * judged it: a timeout first, then failed tests (with packages that did not build among them),
 * then build failures; a cell passed when any shard ran tests and none failed.
 */
const STATUS_ORDER = [
    'timeout',
    'failed',
    'build-failed',
    'error',
    'skipped',
    'passed',
    'built',
    'no-tests'
];
/**
 * One cell from its shards (sorted by shard index): counts and packages added up, the status
 * as above, reasons of the deciding shards named by shard. Coverage and JUnit are files: the
 * merge stage combines them (and sets coverage, coverageProfile, junit).
 */
function combineShards(parts) {
    const [first] = parts;
    const status = STATUS_ORDER.find((s) => parts.some((p) => p.status === s)) ?? first.status;
    const packages = parts.flatMap((p) => p.packages);
    const deciding = parts.filter((p) => p.status === status && p.reason);
    let reason = deciding.map((p) => `shard ${shardLabel(p.shard)}: ${p.reason}`).join('; ');
    if (status === 'passed' && !parts.some((p) => p.flaky.length))
        reason = testCacheText(packages);
    if (status === 'no-tests') {
        const noFiles = packages.filter((p) => p.status === 'no-test-files').length;
        reason = `nothing tested: no test ran in any of ${packages.length} packages (${noFiles} without test files)`;
    }
    const sum = (f) => parts.reduce((t, p) => t + f(p), 0);
    const shards = parts.map((p) => ({
        shard: shardLabel(p.shard),
        status: p.status,
        reason: p.reason,
        packages: p.packages.length,
        durationMs: p.durationMs,
        log: p.log,
        junit: p.junit,
        coverageProfile: p.coverageProfile
    }));
    const cell = {
        ...first,
        status,
        reason,
        tests: {
            passed: sum((p) => p.tests.passed),
            failed: sum((p) => p.tests.failed),
            skipped: sum((p) => p.tests.skipped),
            failedTests: parts.flatMap((p) => p.tests.failedTests)
        },
        packages,
        flaky: parts.flatMap((p) => p.flaky),
        failures: parts.flatMap((p) => p.failures),
        failureOutput: parts.flatMap((p) => p.failureOutput),
        compileErrors: parts.flatMap((p) => p.compileErrors),
        binaries: parts.flatMap((p) => p.binaries),
        sboms: parts.flatMap((p) => p.sboms ?? []),
        cachedPackages: sum((p) => p.cachedPackages ?? 0),
        // the shards ran at once, on their own runners: the cell took as long as its slowest shard
        durationMs: Math.max(...parts.map((p) => p.durationMs)),
        evidenceMs: sum((p) => p.evidenceMs),
        proof: parts.find((p) => p.proof)?.proof ?? null,
        log: (parts.find((p) => p.status === status) ?? first).log,
        coverage: null,
        coverageProfile: null,
        junit: null,
        shards
    };
    delete cell.shard;
    return cell;
}

/**
 * mode: merge. Downloads every `<artifact-name>-results-*` and `-coverage-*` artifact of this
 * workflow run, merges them into one results.json (cells, toolchains, emulation), and lets the
 * evidence and report stages write checksums, merged coverage and the summary from it.
 */
/** The out-dirs given in merge-from: each holds results.json (a run job) or plan.json (the plan). */
async function localSources(ctx) {
    const sources = { parts: [], planWhere: 'merge-from' };
    for (const given of ctx.config.mergeFrom) {
        const dir = path.resolve(ctx.config.workspace, given);
        const results = path.join(dir, 'results.json');
        const plan = path.join(dir, PLAN_FILE);
        if (!existsSync(results) && !existsSync(plan))
            throw new InputError('merge-from', `${dir} holds no results.json (mode: run) or plan.json (mode: plan); give the out-dir of such a job`);
        if (existsSync(plan))
            sources.plan = JSON.parse(await readFile(plan, 'utf8'));
        if (existsSync(results))
            sources.parts.push({
                name: given,
                results: JSON.parse(await readFile(results, 'utf8')),
                dir
            });
    }
    return sources;
}
/** Copies the cells' files a job lists (what it has of them) into out-dir. */
async function copyCellFiles(part, outDir) {
    for (const file of part.results.files ?? []) {
        if (!file.cell)
            continue;
        const from = path.join(part.dir, file.path);
        if (!existsSync(from) || path.resolve(part.dir) === path.resolve(outDir))
            continue;
        await mkdir(path.dirname(path.join(outDir, file.path)), { recursive: true });
        await cp(from, path.join(outDir, file.path));
    }
    // Jobs of an older results.json list no files: their logs and JUnit folders as they are.
    if (!part.results.files)
        for (const folder of ['logs', 'junit'])
            if (existsSync(path.join(part.dir, folder)))
                await cp(path.join(part.dir, folder), path.join(outDir, folder), { recursive: true });
}
const mergeStage = {
    name: 'merge',
    async run(ctx) {
        const { outDir } = ctx.config;
        // Local out-dirs (merge-from), or what the entry point brings (the action: this workflow
        // run's artifacts). The engine itself knows nothing of GitHub.
        if (!ctx.config.mergeFrom.length && !ctx.mergeSource)
            throw new InputError('merge-from', 'mode: merge needs the out-dirs of the mode: run jobs (and of mode: plan) to merge, e.g. --merge-from "plan-out, job1-out, job2-out"');
        const sources = ctx.config.mergeFrom.length ? await localSources(ctx) : await ctx.mergeSource(ctx);
        if (sources.parts.length === 0)
            throw new InputError('merge-from', 'no results.json among the folders; give the out-dirs of mode: run jobs');
        await mkdir(outDir, { recursive: true });
        for (const part of sources.parts)
            await copyCellFiles(part, outDir);
        const merged = mergeResults(sources.parts.map((p) => p.results));
        const missing = sources.plan ? missingCells(sources.plan, merged.cells) : [];
        merged.cells.push(...missing);
        if (sources.plan)
            missing.push(...markIncompleteShards(sources.plan, merged.cells));
        if (!sources.plan)
            ctx.log.warning(`no plan (${sources.planWhere}): cannot tell whether a planned job's results are missing (run mode: plan with the same artifact-name, or give its out-dir)`);
        const results = sources.parts;
        ctx.cells = merged.cells;
        ctx.toolchains = merged.toolchains.map((t) => ({
            ...t,
            semver: goToSemver(t.version),
            // results.json of older jobs carry only the joined spelling
            specs: t.specs ?? t.spec.split(', '),
            sha256: t.sha256 ?? undefined,
            h1: t.h1 ?? undefined
        }));
        ctx.emulation = new Map(merged.emulation.map((e) => [e.target, e]));
        ctx.toolGoroot = await goForTools(ctx);
        for (const cell of merged.cells.filter((c) => c.shards?.length))
            await joinShardFiles(ctx, cell);
        for (const cell of merged.cells)
            register(ctx.files, ...cellFiles(cell, outDir));
        ctx.log.info(`merged ${results.length} jobs: ${merged.cells.length} cells`);
        const failing = merged.cells.filter(isFailing);
        if (missing.length)
            ctx.failure = `${missing.length} planned cells have no results: ${missing
                .slice(0, 3)
                .map((c) => c.reason.slice(MISSING.length))
                .join(', ')}${missing.length > 3 ? ', ...' : ''}`;
        else if (failing.length)
            ctx.failure = `${failing.length} of ${merged.cells.length} cells failed: ${failing
                .slice(0, 3)
                .map((c) => `${c.id} (${c.status})`)
                .join(', ')}`;
    }
};
/**
 * A sharded cell whose plan named more shards than reported becomes `error`, naming the
 * missing shards and their job: part of a cell's packages untested is no pass.
 */
function markIncompleteShards(plan, cells) {
    const marked = [];
    for (const planned of plan.cells.filter((c) => (c.shards ?? 1) > 1)) {
        const cell = cells.find((c) => c.id === planned.id);
        if (!cell || cell.status === 'error')
            continue;
        const count = planned.shards;
        const seen = new Set((cell.shards ?? []).map((s) => s.shard));
        const absent = Array.from({ length: count }, (_, i) => `${i + 1}/${count}`).filter((s) => !seen.has(s));
        if (absent.length === 0)
            continue;
        cell.status = 'error';
        cell.reason = `${MISSING}${planned.id} shard ${absent.join(', ')} (job "${planned.job} [${absent[0]}]") was planned, but no results were found for it`;
        marked.push(cell);
    }
    return marked;
}
/**
 * A sharded cell's coverage profile and JUnit file, from its shards' (which stay, listed in
 * `shards`): the profiles merged (disjoint packages) and counted by go tool cover -func, as
 * the unsharded cell's would be; the JUnit suites in one file.
 */
async function joinShardFiles(ctx, cell) {
    const { outDir } = ctx.config;
    const present = (rel) => Boolean(rel) && existsSync(path.join(outDir, rel));
    const parts = cell.shards ?? [];
    const profiles = parts.map((p) => p.coverageProfile).filter(present);
    if (profiles.length) {
        const merged = mergeProfiles(await Promise.all(profiles.map(async (f) => parseProfile(await readFile(path.join(outDir, f), 'utf8')))));
        const rel = path.join('coverage', `${cell.id}.out`);
        await writeFile(path.join(outDir, rel), formatProfile(merged));
        cell.coverageProfile = rel;
        const go = ctx.toolGoroot
            ? new Go(ctx.env, { goroot: ctx.toolGoroot }, ctx.config.workingDirectory, () => 120_000)
            : undefined;
        cell.coverage = await coverageByGoTool(go, path.join(outDir, rel), merged);
    }
    const junits = parts.map((p) => p.junit).filter(present);
    if (junits.length) {
        const rel = path.join('junit', `${cell.id}.xml`);
        const texts = await Promise.all(junits.map((f) => readFile(path.join(outDir, f), 'utf8')));
        await writeFile(path.join(outDir, rel), mergeJUnit(texts, cell.id));
        cell.junit = rel;
    }
}
const MISSING = 'no results: ';
/**
 * The planned cells no job reported, as `error` cells naming their job, so results.json, the
 * summary and the outputs all show the hole instead of a smaller matrix that passed.
 */
function missingCells(plan, cells) {
    return missingPlannedCells(plan, new Set(cells.map((c) => c.id))).map((planned) => resultOf({
        id: planned.id,
        toolchain: { version: planned.go },
        target: planned.target,
        cgo: planned.cgo,
        race: false,
        emulation: { target: '', execution: 'native', reason: '' }
    }, 'error', `${MISSING}${planned.id} (job "${planned.job}") was planned, but no results were found for it`, planned.module ? { module: planned.module } : {}));
}
/** The newest merged Go version, installed here (usually a cache hit) for go tool cover. */
async function goForTools(ctx) {
    const newest = newestToolchain(ctx.toolchains);
    if (!newest)
        return undefined;
    try {
        const [installed] = await setupToolchains(toolchainOptions(ctx, { ...ctx.config, goVersions: [newest.version] }));
        return installed.path;
    }
    catch (err) {
        ctx.log.warning(`no Go toolchain for go tool cover (${err.message}); merged.func.txt and merged.html skipped`);
        return undefined;
    }
}

const targetOf = (c) => targetName(c);
const DIMENSIONS = [
    { label: (v) => `on ${v}`, of: targetOf },
    { label: (v) => `on go${v}`, of: (c) => c.go },
    { label: (v) => (v === 'true' ? 'with cgo' : 'without cgo'), of: (c) => String(c.cgo) },
    { label: (v) => (v === 'true' ? 'with -race' : 'without -race'), of: (c) => String(c.race) }
];
/** Cells where tests really ran: a test's absence there is a pass, not a gap. */
function ranTests(c) {
    return (c.status === 'passed' || c.status === 'failed') && c.execution !== 'build-only';
}
function describePattern(failing, all) {
    // A failing cell counts as having run the test even when its verdict is not `failed` (a
    // timeout in another package): the pool is every cell that ran tests, and every failing one.
    const ran = [...new Set([...all.filter(ranTests), ...failing])];
    if (ran.length > 1 && failing.length === ran.length)
        return `failed in every cell of this run (${ran.length})`;
    const only = [];
    for (const dim of DIMENSIONS) {
        const values = new Set(failing.map(dim.of));
        const others = ran.filter((c) => !values.has(dim.of(c)));
        // "only on X": every failing cell has X, and cells without X ran this test and passed it.
        if (values.size === 1 && others.length > 0)
            only.push(dim.label([...values][0]));
    }
    if (only.length === 0)
        return `failed in ${failing.length} of ${ran.length} cells of this run`;
    return `failed in this run only ${only.join(', ')} (${failing.length} of ${ran.length} cells)`;
}
/** "example.com/m/pkg.TestA/sub.case" -> package and test (test function names hold no dots). */
function splitTestName(name) {
    const m = /^(.+?)\.((?:Test|Example|Fuzz|Benchmark)\w*(?:\/.*)?)$/.exec(name);
    return m ? { pkg: m[1], test: m[2] } : { pkg: '', test: name };
}
function failingTests(cells) {
    const byName = new Map();
    for (const cell of cells) {
        for (const name of cell.tests.failedTests) {
            const { pkg, test } = splitTestName(name);
            const entry = byName.get(name) ?? { name, package: pkg, test, cells: [], locations: [], pattern: '' };
            entry.cells.push(cell);
            for (const f of cell.failures.filter((f) => `${f.package}.${f.test}` === name && f.file)) {
                if (!entry.locations.some((l) => l.file === f.file && l.line === f.line))
                    entry.locations.push(f);
            }
            byName.set(name, entry);
        }
    }
    const tests = [...byName.values()];
    for (const t of tests)
        t.pattern = describePattern(t.cells, cells);
    return tests;
}
/** Flaky tests across cells (top-level and subtests as reported), with the attempts of each. */
function flakyTests(cells) {
    const byTest = new Map();
    for (const cell of cells) {
        for (const f of cell.flaky ?? []) {
            // A parent that failed only through its subtest says nothing new.
            if ((cell.flaky ?? []).some((o) => o.test.startsWith(`${f.test}/`)))
                continue;
            const entry = byTest.get(f.test) ?? { test: f.test, cells: [], attempts: f.attempts.join(' → ') };
            entry.cells.push(cell.id);
            byTest.set(f.test, entry);
        }
    }
    return [...byTest.values()];
}

const MAX_GROUPS = 20;
function groupFailureOutput(cells) {
    const groups = new Map();
    for (const cell of cells) {
        for (const f of cell.failureOutput ?? []) {
            const key = `${f.kind}\0${f.name}`;
            const group = groups.get(key) ?? { kind: f.kind, name: f.name, variants: [] };
            const same = group.variants.find((v) => v.lines.join('\n') === f.lines.join('\n'));
            if (same)
                same.cells.push(cell.id);
            else
                group.variants.push({ lines: f.lines, cells: [cell.id] });
            groups.set(key, group);
        }
    }
    return [...groups.values()];
}
const TITLE = {
    test: 'FAIL',
    package: 'FAIL (package)',
    build: 'did not build'
};
/** The terminal's failure section, or '' when nothing failed. */
function renderFailureDetails(cells, outDir) {
    const groups = groupFailureOutput(cells);
    if (groups.length === 0)
        return '';
    const lines = [];
    for (const group of groups.slice(0, MAX_GROUPS)) {
        for (const v of group.variants) {
            lines.push(`── ${TITLE[group.kind]} ${group.name}  [${v.cells.join(', ')}]`);
            lines.push(...v.lines.map((l) => `   ${l}`));
        }
    }
    if (groups.length > MAX_GROUPS)
        lines.push(`… ${groups.length - MAX_GROUPS} more failures`);
    lines.push(`(last lines only; whole logs: ${outDir}/logs/<cell-id>.jsonl)`);
    return lines.join('\n');
}
/** The job summary's failure section: a collapsible block per failure. */
function renderFailureMarkdown(cells) {
    const groups = groupFailureOutput(cells);
    if (groups.length === 0)
        return [];
    const lines = ['', '### What failed, in its own words', ''];
    for (const group of groups.slice(0, MAX_GROUPS)) {
        for (const v of group.variants) {
            lines.push(`<details><summary>${TITLE[group.kind]} <code>${escapeHtml(group.name)}</code> — ${v.cells.join(', ')}</summary>`, '', '```text', ...v.lines.map((l) => l.replace(/```/g, "'''")), '```', '', '</details>');
        }
    }
    if (groups.length > MAX_GROUPS)
        lines.push('', `… ${groups.length - MAX_GROUPS} more in results.json`);
    lines.push('', "Last lines only; the whole output is in each cell's log (results artifact, `logs/<cell-id>.jsonl`).");
    return lines;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The run's report as Markdown: a Go version x target matrix (one per module when the run has
 * several), the failing cells first with their reasons, then toolchains and emulation. Written
 * to summary.md; the action also makes it the job summary, the CLI prints the matrix as a table.
 */
const MARK = {
    passed: '✅',
    built: '🔨',
    'no-tests': '∅',
    failed: '❌',
    'build-failed': '🧱',
    timeout: '⏱️',
    skipped: '⏭️',
    error: '⚠️'
};
function cellText(c) {
    const t = c.tests;
    const counts = t.passed + t.failed ? ` ${t.passed}/${t.passed + t.failed}` : '';
    const cover = c.coverage === null ? '' : ` · ${c.coverage}%`;
    const how = c.execution === 'native' ? '' : ` · ${c.execution}`;
    const tested = testedPackages(c.packages).length;
    const cached = !c.cachedPackages
        ? ''
        : c.cachedPackages === tested
            ? ' · cached'
            : ` · ${c.cachedPackages}/${tested} cached`;
    return `${MARK[c.status]} ${c.status}${counts}${cover}${how}${cached}`;
}
/** "6 cells passed", or what else they did: built only (not tested), ran no test, skipped. */
function verdictText(cells) {
    const count = (status) => cells.filter((c) => c.status === status).length;
    const passed = count('passed');
    if (passed === cells.length)
        return `${passed} cells passed`;
    const parts = [`${passed} of ${cells.length} cells passed`];
    if (count('built'))
        parts.push(`${count('built')} built only, not tested`);
    if (count('no-tests'))
        parts.push(`${count('no-tests')} ran no test`);
    if (count('skipped'))
        parts.push(`${count('skipped')} skipped`);
    return parts.join(' · ');
}
/** Column label of a cell: its target plus cgo/race flags. */
function columnOf(c) {
    const target = targetName(c);
    return c.race ? `${target} -race` : c.cgo ? `${target} cgo` : target;
}
/** The Go version x target matrix of some cells (one module's). */
function matrixTable(cells) {
    const columns = [...new Set(cells.map(columnOf))];
    const versions = [...new Set(cells.map((c) => c.go))];
    const lines = [`| Go | ${columns.join(' | ')} |`, `|---|${columns.map(() => '---').join('|')}|`];
    for (const v of versions) {
        const row = columns.map((col) => {
            const c = cells.find((x) => x.go === v && columnOf(x) === col);
            return c ? cellText(c) : '';
        });
        lines.push(`| go${v} | ${row.join(' | ')} |`);
    }
    return lines;
}
const MAX_FAILING_TESTS = 50;
const MAX_CELL_ROWS = 300;
/** GitHub refuses a job summary over 1 MiB; stay well under it. */
const SUMMARY_LIMIT = 900 * 1024;
function renderSummary(ctx, extras = {}) {
    const cells = ctx.cells;
    const failing = cells.filter(isFailing);
    const lines = [];
    const untested = cells.some((c) => c.status === 'built' || c.status === 'no-tests');
    const verdict = failing.length
        ? `❌ ${failing.length} of ${cells.length} cells failed`
        : ctx.failure
            ? `❌ ${ctx.failure}`
            : `${untested ? '⚠️' : '✅'} ${verdictText(cells)}`;
    const cover = ctx.coverage?.merged == null ? '' : ` · merged coverage ${ctx.coverage.merged}%`;
    lines.push(`## go-cross-matrix: ${verdict}${cover}`, '');
    const modules = runModules(ctx.config.modules, cells);
    if (modules.length === 0)
        lines.push(...matrixTable(cells));
    // Several modules: a table per module, headed by its key (which starts its cells' ids).
    for (const m of modules) {
        const own = cells.filter((c) => c.module?.key === m.key);
        lines.push(`### ${m.key}: \`${m.dir}\` (${m.path}) — ${verdictText(own)}`, '', ...matrixTable(own), '');
    }
    const tests = failingTests(cells);
    if (tests.length) {
        lines.push('', '### Failing tests', '');
        for (const t of tests.slice(0, MAX_FAILING_TESTS)) {
            const where = t.locations.map((l) => `${l.file}:${l.line}`).join(', ');
            lines.push(`- **${t.name}** — ${t.pattern}${where ? ` (${where})` : ''}: ${t.cells.map((c) => c.id).join(', ')}`);
        }
        if (tests.length > MAX_FAILING_TESTS)
            lines.push(`- … and ${tests.length - MAX_FAILING_TESTS} more in results.json (results artifact)`);
    }
    const flaky = flakyTests(cells);
    if (flaky.length) {
        lines.push('', '### Flaky tests', '', 'Failed, then passed when run again (`rerun-fails`): the cells passed.', '');
        for (const f of flaky.slice(0, MAX_FAILING_TESTS))
            lines.push(`- ⚠️ **${f.test}** — ${f.attempts}: ${f.cells.join(', ')}`);
    }
    lines.push(...renderFailureMarkdown(cells));
    if (failing.length) {
        lines.push('', '### Failing cells', '');
        for (const c of failing.slice(0, MAX_FAILING_TESTS))
            lines.push(`- **${c.id}** (${c.status}): ${c.reason}`);
        if (failing.length > MAX_FAILING_TESTS)
            lines.push(`- … and ${failing.length - MAX_FAILING_TESTS} more in results.json`);
    }
    lines.push(...renderVulncheckMarkdown(cells));
    lines.push('', '### Toolchains', '', '| spec | version | source | verified |', '|---|---|---|---|');
    for (const t of ctx.toolchains) {
        lines.push(`| ${t.specs.join(', ')} | go${t.version} | ${t.source} | ${t.verified ? 'yes' : 'no'} |`);
    }
    const emulated = [...ctx.emulation.values()].filter((e) => e.execution !== 'native');
    if (emulated.length) {
        lines.push('', '### Emulation', '');
        for (const e of emulated) {
            const qemu = e.qemuVersion ? ` (${e.qemuVersion})` : '';
            lines.push(`- ${e.target}: ${e.execution}${qemu}${e.probe ? `, probe ran as ${e.probe}` : ''}${e.error ? `, error: ${e.error}` : ''}`);
        }
    }
    if (extras.artifacts?.length) {
        lines.push('', '### Artifacts', '');
        for (const a of extras.artifacts)
            lines.push(`- ${a.url ? `[${a.name}](${a.url})` : a.name}`);
    }
    lines.push('', '<details><summary>Time per cell</summary>', '', '| cell | status | execution | time |', '|---|---|---|---|');
    for (const c of cells.slice(0, MAX_CELL_ROWS)) {
        lines.push(`| ${c.id} | ${c.status} | ${c.execution} | ${(c.durationMs / 1000).toFixed(1)}s |`);
    }
    if (cells.length > MAX_CELL_ROWS)
        lines.push(`| … ${cells.length - MAX_CELL_ROWS} more in results.json | | | |`);
    lines.push('', '</details>');
    const text = `${lines.join('\n')}\n`;
    return text.length <= SUMMARY_LIMIT
        ? text
        : `${text.slice(0, SUMMARY_LIMIT)}\n\n… cut at ${SUMMARY_LIMIT} bytes: the full report is summary.md in the results artifact\n`;
}
const writeSummaryStage = {
    name: 'summary',
    always: true,
    async run(ctx) {
        await writeFile(path.join(ctx.config.outDir, 'summary.md'), renderSummary(ctx));
        register(ctx.files, { path: 'summary.md', kind: 'report' });
    }
};

const STATUS_STYLE = {
    passed: 'green',
    built: 'yellow',
    'no-tests': 'yellow',
    skipped: 'dim',
    failed: 'red',
    'build-failed': 'red',
    timeout: 'red',
    error: 'red'
};
function renderCellTable(cells, style = (_f, t) => t) {
    const rows = cells.map((c) => [
        c.id,
        c.status,
        c.execution,
        c.status === 'built'
            ? 'not run'
            : `${c.tests.passed}/${c.tests.passed + c.tests.failed}${c.cachedPackages ? ` (${c.cachedPackages} pkg cached)` : ''}`,
        c.coverage === null ? '-' : `${c.coverage}%`,
        `${(c.durationMs / 1000).toFixed(1)}s`
    ]);
    const header = ['cell', 'status', 'execution', 'tests', 'coverage', 'time'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => r
        .map((v, i) => v.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    // Padding first, colour after, so escape codes never count as width.
    const styled = (r, i) => r
        .map((v, col) => col === 1 ? style(STATUS_STYLE[cells[i].status], v.padEnd(widths[col])) : v.padEnd(widths[col]))
        .join('  ')
        .trimEnd();
    return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(styled)].join('\n');
}
/** Compact per-status counts and per-cell statuses: the action's `results` output. */
function compactResults(cells, passed) {
    const counts = {};
    for (const c of cells)
        counts[c.status] = (counts[c.status] ?? 0) + 1;
    return JSON.stringify({
        passed,
        total: cells.length,
        counts,
        cells: Object.fromEntries(cells.map((c) => [c.id, c.status]))
    });
}

/** The govulncheck stage of `mode: run`: the scanner in place before the cells that use it. */
const vulncheckToolStage = {
    name: 'govulncheck',
    skip: (ctx) => (ctx.config.vulncheck === 'off' ? 'vulncheck: off' : undefined),
    async run(ctx) {
        const install = (toolchains = ctx.toolchains) => Govulncheck.install({
            toolCacheDir: ctx.dirs.toolCache,
            arch: ctx.host.toolCacheArch,
            toolchains,
            env: ctx.env,
            goModCache: defaultGoModCache(ctx.env, os$1.homedir()),
            goCache: (version) => goCacheDir(ctx.dirs.cache, version),
            db: ctx.config.vulnDb
        });
        let tool;
        try {
            tool = await install();
        }
        catch (err) {
            // A matrix of older Go versions still gets its scan: govulncheck is only a tool here, so
            // it is built with the stable Go (installed like any toolchain) when none of the run's can.
            const newest = newestToolchain(ctx.toolchains);
            if (newest && semver.gte(newest.semver, GOVULNCHECK_MIN_GO))
                throw err;
            const [stable] = await setupToolchains(toolchainOptions(ctx, { ...ctx.config, goVersions: ['stable'] }));
            if (semver.lt(stable.semver, GOVULNCHECK_MIN_GO))
                throw err;
            ctx.log.info(`govulncheck needs go >= ${GOVULNCHECK_MIN_GO} to build: building it with go${stable.version}`);
            tool = await install([...ctx.toolchains, stable]);
        }
        ctx.govulncheck = tool;
        ctx.log.info(`govulncheck ${tool.version} (${tool.installed ? 'installed' : 'cached'}): ${tool.binary}; database ${tool.db}; vulncheck: ${ctx.config.vulncheck}, fail on ${ctx.config.vulncheckFailOn}`);
    }
};

/** The stages shared by the action and the CLI, and which of them each mode runs. */
const toolchainStage = {
    name: 'toolchains',
    async run(ctx) {
        ctx.toolchains = await setupToolchains(toolchainOptions(ctx));
        for (const t of ctx.toolchains) {
            const how = t.source === 'cache' ? 'cached' : `${t.source}, ${t.verified ? 'verified' : 'NOT verified'}`;
            ctx.log.info(`${t.specs.join(', ')} -> ${t.version} -> ${t.path} (${how})`);
        }
    }
};
const writeResultsStage = {
    name: 'results',
    always: true,
    async run(ctx) {
        const file = resultsFile(ctx);
        register(ctx.files, { path: 'results.json', kind: 'results' });
        await writeJsonAtomic(file, buildResults(ctx));
        ctx.log.info(`results: ${path.relative(ctx.config.workspace, file) || file}`);
    }
};
function stagesFor(mode, hooks = {}) {
    switch (mode) {
        case 'setup':
            return [toolchainStage, writeResultsStage];
        case 'run':
            return [
                toolchainStage,
                ...(hooks.beforeCells ?? []),
                emulationStage,
                vulncheckToolStage,
                cellsStage,
                evidenceStage,
                provenanceStage,
                ...(hooks.afterProvenance ?? []),
                // The summary first, so results.json lists it among the files.
                writeSummaryStage,
                writeResultsStage,
                ...(hooks.afterResults ?? [])
            ];
        case 'plan':
            return [...(hooks.beforePlan ?? []), planStage, ...(hooks.afterResults ?? [])];
        case 'merge':
            return [mergeStage, evidenceStage, writeSummaryStage, writeResultsStage, ...(hooks.afterResults ?? [])];
    }
}
/** The action's outputs, as strings (large data stays in results.json). */
function outputsOf(ctx) {
    return {
        toolchains: JSON.stringify(Object.fromEntries(ctx.toolchains.map((t) => [t.version, t.path]))),
        'go-versions': JSON.stringify(ctx.plan ? ctx.plan.versions : ctx.toolchains.map((t) => t.version)),
        matrix: ctx.plan ? JSON.stringify({ include: ctx.plan.include }) : '',
        'results-file': resultsFile(ctx),
        passed: String(!ctx.failure),
        results: compactResults(ctx.cells, !ctx.failure),
        coverage: ctx.coverage?.merged == null ? '' : String(ctx.coverage.merged),
        'artifact-ids': JSON.stringify(ctx.artifacts)
    };
}

/**
 * The engine both entry points call: build the config, lay out the context, run the mode's
 * stages. It knows nothing of GitHub or of terminals: those come in as the Log and as outputs.
 */
async function runEngine(opts) {
    const startedAt = Date.now();
    const config = await buildConfig(opts.raw, opts.workspace);
    for (const w of [...(opts.warnings ?? []), ...config.warnings])
        opts.log.warning(w);
    await mkdir(opts.dirs.temp, { recursive: true });
    // @actions/cache and @actions/artifact stage their archives under RUNNER_TEMP.
    process.env.RUNNER_TEMP ??= opts.dirs.temp;
    const ctx = {
        config,
        log: opts.log,
        host: hostPlatform(),
        env: opts.env,
        dirs: opts.dirs,
        entry: opts.entry,
        mergeSource: opts.mergeSource,
        buildPlatform: opts.buildPlatform,
        startedAt,
        toolchains: [],
        emulation: new Map(),
        cells: [],
        caches: [],
        artifacts: {},
        timings: {},
        stages: [],
        files: []
    };
    await prepareOutDir(config.outDir, config.mode);
    const failure = await runStages(ctx, stagesFor(config.mode, opts.hooks));
    // Before any cell ran, an error is the whole story: its one line and the entry point's exit
    // code for its kind. After, it is reported with the results the always-stages wrote.
    if (failure && ctx.cells.length === 0)
        throw failure.error;
    return ctx;
}
/**
 * What a run writes into out-dir. A previous run's are removed first, so that a run that fails
 * early never leaves an old report claiming success, and nothing stays on disk that this run's
 * results.json does not describe. Nothing else in out-dir is touched.
 */
const RUN_OUTPUTS = [
    'results.json',
    'summary.md',
    'checksums.txt',
    'provenance.intoto.json',
    'provenance.sigstore.json',
    'plan.json',
    'bin',
    'sbom',
    'coverage',
    'logs',
    'junit'
];
/** Checks out-dir can be written before any work, and clears the previous run's outputs. */
async function prepareOutDir(outDir, mode) {
    if (mode === 'plan')
        return;
    try {
        await mkdir(outDir, { recursive: true });
        const probe = path.join(outDir, `.write-test-${process.pid}`);
        await writeFile(probe, '');
        await rm(probe);
        await Promise.all(RUN_OUTPUTS.map((f) => rm(path.join(outDir, f), { recursive: true, force: true })));
    }
    catch (err) {
        throw new InputError('out-dir', `cannot write to ${outDir} (${err.code ?? errorLine(err)}); give a writable folder`);
    }
}

export { Go as G, INPUTS as I, OUTPUTS as O, PLAN_FILE as P, TOOL as T, flakyTests as a, renderSummary as b, runEngine as c, renderFailureDetails as d, renderCellTable as e, failingTests as f, compactResults as g, moduleAxis as m, newestToolchain as n, outputsOf as o, register as r };
