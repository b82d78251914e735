// Package shards: parsing, history, weights and the balanced split.
import { describe, expect, it } from '@jest/globals'
import { parseShard, parseShards } from '../../src/config/values.js'
import {
  cellFileStem,
  durationHistory,
  flavourKey,
  packageWeights,
  PACKAGE_FIXED_COST_MS,
  partition,
  shardCount
} from '../../src/plan/shards.js'
import type { PackageResult } from '../../src/cells/types.js'

const pkg = (name: string, elapsedMs: number, extra: Partial<PackageResult> = {}): PackageResult => ({
  package: name,
  status: 'passed',
  passed: 1,
  failed: 0,
  skipped: 0,
  cached: false,
  elapsedMs,
  ...extra
})
const cell = (goarch: string, packages: PackageResult[], cgo = false) => ({
  goos: 'linux',
  goarch,
  variant: '',
  cgo,
  race: false,
  packages
})

describe('shards', () => {
  it('parses shards as a count or a time per job, and shard as k/N, naming the input otherwise', () => {
    expect(parseShards('3', 'shards')).toEqual({ count: 3 })
    expect(parseShards('10m', 'shards')).toEqual({ targetMs: 600_000 })
    expect(() => parseShards('0', 'shards')).toThrow(/^shards: "0" is not a whole number from 1 to 64/)
    expect(() => parseShards('lots', 'shards')).toThrow(
      'shards: "lots" is neither a number of shards from 1 to 64 nor a time per job from 10s to 6h (e.g. 3, or 10m)'
    )
    expect(parseShard('', 'shard')).toBeNull()
    expect(parseShard('2/3', 'shard')).toEqual({ index: 2, count: 3 })
    for (const bad of ['0/3', '4/3', '2', 'a/b'])
      expect(() => parseShard(bad, 'shard')).toThrow(`shard: "${bad}" is not a shard like 2/3`)
    expect(cellFileStem('go1.27.4-linux-amd64', { index: 2, count: 3 })).toBe(
      'go1.27.4-linux-amd64.shard2of3'
    )
    expect(cellFileStem('go1.27.4-linux-amd64', null)).toBe('go1.27.4-linux-amd64')
  })

  it('keeps the longest duration per package and flavour across versions, ignoring cached answers', () => {
    const history = durationHistory([
      cell('amd64', [pkg('a', 100), pkg('b', 40)]),
      cell('amd64', [pkg('a', 300), pkg('b', 0, { cached: true })]),
      cell('arm64', [pkg('a', 900)]),
      cell('amd64', [pkg('c', 50)], true)
    ])
    expect(Object.fromEntries(history.get('linux/amd64')!)).toEqual({ a: 300, b: 40 })
    expect(Object.fromEntries(history.get('linux/arm64')!)).toEqual({ a: 900 })
    expect(Object.fromEntries(history.get(flavourKey('linux/amd64', true, false))!)).toEqual({ c: 50 })
  })

  it('weighs packages by their history plus the fixed cost of a test binary, per job flavour; unknown ones by the median', () => {
    const history = durationHistory([
      cell('amd64', [pkg('a', 100), pkg('b', 300), pkg('c', 200)]),
      cell('arm64', [pkg('a', 1000)])
    ])
    const { weights, fromHistory } = packageWeights(
      ['a', 'b', 'c', 'new'],
      ['linux/amd64', 'linux/arm64'],
      history
    )
    expect(fromHistory).toBe(true)
    const fixed = PACKAGE_FIXED_COST_MS
    expect(Object.fromEntries(weights)).toEqual({
      a: 100 + 1000 + 2 * fixed,
      b: 300 + fixed,
      c: 200 + fixed,
      new: 300 + fixed
    })
    const none = packageWeights(['a', 'b'], ['linux/riscv64'], history)
    expect(none.fromHistory).toBe(false)
    expect(Object.fromEntries(none.weights)).toEqual({ a: 1, b: 1 })
  })

  it('splits heaviest first onto the lightest shard, deterministically, never leaving a shard empty', () => {
    const weights = new Map([
      ['p1', 70],
      ['p2', 60],
      ['p3', 50],
      ['p4', 40],
      ['p5', 30],
      ['p6', 20],
      ['p7', 10]
    ])
    const shards = partition(weights, 3)
    const loads = shards.map((s) => s.reduce((t, p) => t + weights.get(p)!, 0))
    expect(shards).toEqual([
      ['p1', 'p6', 'p7'],
      ['p2', 'p5'],
      ['p3', 'p4']
    ])
    expect(Math.max(...loads)).toBe(100) // total 280: ideal 93.3, within 4/3
    expect(partition(weights, 3)).toEqual(shards)
    expect(partition(new Map([['only', 5]]), 4)).toEqual([['only']])
    // by count when there is no history
    expect(partition(new Map(['a', 'b', 'c', 'd', 'e'].map((p) => [p, 1])), 2).map((s) => s.length)).toEqual([
      3, 2
    ])
  })

  it('derives the shard count from a time per job only with history, and never above the packages', () => {
    expect(shardCount({ count: 4 }, 0, false, 10)).toBe(4)
    expect(shardCount({ count: 4 }, 0, false, 2)).toBe(2)
    expect(shardCount({ targetMs: 60_000 }, 250_000, true, 100)).toBe(5)
    expect(shardCount({ targetMs: 60_000 }, 250_000, false, 100)).toBe(1)
  })
})
