/**
 * Parsers for input values. Each takes the raw text and the input's name and either returns a
 * typed value or throws an InputError that names the input, what was given and what is valid.
 */
import { parse as shellParse } from 'shell-quote'
import { InputError } from '../errors.js'

/** Splits a list written with commas and/or newlines (the action's multi-line inputs). */
export function parseList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** Like parseList, but also splits on spaces: package patterns and tags contain none. */
export function parseWords(raw: string): string[] {
  return raw
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

/** The YAML 1.2 core booleans, as @actions/core's getBooleanInput accepts them. */
export function parseBoolean(raw: string, name: string): boolean {
  const text = raw.trim()
  if (TRUE.includes(text)) return true
  if (FALSE.includes(text)) return false
  throw new InputError(name, `"${raw}" is not a boolean; use true or false`)
}

export function parseChoice<T extends string>(raw: string, name: string, choices: readonly T[]): T {
  const text = raw.trim() as T
  if (choices.includes(text)) return text
  throw new InputError(name, `"${raw}" is not one of ${choices.join(', ')}`)
}

export function parseInteger(raw: string, name: string, min: number, max: number): number {
  const text = raw.trim()
  const n = Number(text)
  if (!/^-?\d+$/.test(text) || n < min || n > max) {
    throw new InputError(name, `"${raw}" is not a whole number from ${min} to ${max}`)
  }
  return n
}

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/** Go-style durations (90s, 30m, 1h30m, 500ms) to milliseconds, within [minMs, maxMs]. */
export function parseDuration(raw: string, name: string, minMs: number, maxMs: number): number {
  const text = raw.trim()
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)]
  const valid = parts.length > 0 && parts.map((p) => p[0]).join('') === text
  const ms = valid ? parts.reduce((sum, p) => sum + Number(p[1]) * DURATION_UNITS[p[2]], 0) : NaN
  if (!valid || ms < minMs || ms > maxMs) {
    throw new InputError(
      name,
      `"${raw}" is not a duration from ${formatDuration(minMs)} to ${formatDuration(maxMs)} (e.g. 90s, 30m, 1h30m)`
    )
  }
  return ms
}

export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`
  if (ms % 60_000 === 0) return `${ms / 60_000}m`
  if (ms % 1000 === 0) return `${ms / 1000}s`
  return `${ms}ms`
}

/**
 * Splits flags like a shell would (quotes, backslashes) without ever running one: operators,
 * substitutions and redirections are refused rather than passed on as text.
 */
export function parseFlags(raw: string, name: string): string[] {
  const words: string[] = []
  for (const token of shellParse(raw, (key) => `$${key}`)) {
    if (typeof token === 'string') {
      words.push(token)
    } else if ('op' in token && token.op === 'glob') {
      words.push(token.pattern)
    } else {
      const what = 'op' in token ? token.op : 'comment' in token ? `#${token.comment}` : JSON.stringify(token)
      throw new InputError(
        name,
        `"${raw}" contains shell syntax "${what}"; give plain flags (they never run through a shell)`
      )
    }
  }
  return words
}

/** Package patterns: ./..., ./cmd/x, example.com/m/pkg. Never something a tool reads as a flag. */
export function parsePackages(raw: string, name: string): string[] {
  const patterns = parseWords(raw)
  for (const p of patterns) {
    if (p.startsWith('-') || !/^[\w./~+@-]+$/.test(p)) {
      throw new InputError(
        name,
        `"${p}" is not a package pattern (e.g. ./..., ./cmd/app, example.com/mod/pkg)`
      )
    }
  }
  return patterns
}

export function parseUrl(raw: string, name: string): string {
  const text = raw.trim().replace(/\/+$/, '')
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new InputError(name, `"${raw}" is not a URL; give an http(s) URL like https://go.dev/dl`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(name, `"${raw}" is not an http(s) URL (e.g. https://go.dev/dl)`)
  }
  return text
}

/** `shards`: a whole number of jobs (1 = no sharding), or a duration each job should take about. */
export function parseShards(raw: string, name: string): { count: number } | { targetMs: number } {
  const text = raw.trim()
  if (/^\d+$/.test(text)) return { count: parseInteger(text, name, 1, 64) }
  try {
    return { targetMs: parseDuration(text, name, 10_000, 6 * 3_600_000) }
  } catch {
    throw new InputError(
      name,
      `"${raw}" is neither a number of shards from 1 to 64 nor a time per job from 10s to 6h (e.g. 3, or 10m)`
    )
  }
}

/** `shard` (set by the plan's matrix entry): "k/N", or empty for a job that is not a shard. */
export function parseShard(raw: string, name: string): { index: number; count: number } | null {
  const text = raw.trim()
  if (!text) return null
  const m = /^(\d+)\/(\d+)$/.exec(text)
  const index = Number(m?.[1])
  const count = Number(m?.[2])
  if (!m || count < 1 || count > 64 || index < 1 || index > count)
    throw new InputError(
      name,
      `"${raw}" is not a shard like 2/3 (k of N, 1 <= k <= N <= 64); the plan's matrix entry sets it`
    )
  return { index, count }
}
