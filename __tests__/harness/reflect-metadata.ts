/**
 * The part of the Reflect metadata API that tsyringe, which @peculiar/x509 2.x depends on, checks for
 * and calls (reflect-metadata itself is not a dependency of this project). Import it before
 * @peculiar/x509. Metadata lives per target and property key, and lookups walk the prototype chain.
 */
type Key = unknown
const store = new WeakMap<object, Map<PropertyKey | undefined, Map<Key, unknown>>>()

function own(
  target: object,
  property: PropertyKey | undefined,
  create: boolean
): Map<Key, unknown> | undefined {
  let byProperty = store.get(target)
  if (!byProperty && create) store.set(target, (byProperty = new Map()))
  let entries = byProperty?.get(property)
  if (!entries && create && byProperty) byProperty.set(property, (entries = new Map()))
  return entries
}

function lookup(key: Key, target: object, property?: PropertyKey): unknown {
  for (let t: object | null = target; t; t = Object.getPrototypeOf(t) as object | null) {
    const entries = own(t, property, false)
    if (entries?.has(key)) return entries.get(key)
  }
  return undefined
}

const api = {
  defineMetadata: (key: Key, value: unknown, target: object, property?: PropertyKey): void =>
    void own(target, property, true)!.set(key, value),
  getMetadata: lookup,
  getOwnMetadata: (key: Key, target: object, property?: PropertyKey): unknown =>
    own(target, property, false)?.get(key),
  hasMetadata: (key: Key, target: object, property?: PropertyKey): boolean =>
    lookup(key, target, property) !== undefined,
  metadata:
    (key: Key, value: unknown) =>
    (target: object, property?: PropertyKey): void =>
      void own(target, property, true)!.set(key, value)
}

const reflect = Reflect as unknown as Record<string, unknown>
for (const [name, fn] of Object.entries(api)) reflect[name] ??= fn
