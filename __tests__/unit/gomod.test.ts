import { describe, expect, it } from '@jest/globals'
import { parseGoMod } from '../../src/module/gomod.js'

describe('go.mod', () => {
  it('reads module, go and toolchain lines, skipping blocks and comments', () => {
    const mod = parseGoMod(
      'module example.com/m // main module\n\ngo 1.22.3\ntoolchain go1.23.4\n\nrequire (\n\tgolang.org/x/mod v0.20.0\n)\nreplace a => ../a\n'
    )
    expect(mod).toMatchObject({ module: 'example.com/m', go: '1.22.3', toolchain: '1.23.4' })
  })

  it('treats toolchain default as none', () => {
    expect(parseGoMod('module m\ngo 1.21\ntoolchain default\n').toolchain).toBeUndefined()
  })

  it.each([
    ['module a b\n', /go.mod:1: usage: module module\/path/],
    ['module m\nbogus x\n', /go.mod:2: unknown directive "bogus"/],
    ['module m\ngo one.two\n', /go.mod:2: invalid go version "one.two"/],
    ['module m\ntoolchain 1.22\n', /go.mod:2: invalid toolchain "1.22"/],
    ['module m\nrequire (\n', /unterminated require block/],
    ['go 1.22\n', /no module directive/]
  ])('refuses %j in one line naming go.mod', (text, message) => {
    expect(() => parseGoMod(text)).toThrow(message)
  })
})
