/**
 * A small seeded pseudo-random generator, so that the same seed always yields the same operator.
 *
 * Every entity draws from its own stream, forked from the seed and the entity's key
 * (`fork(seed, "line", companyId, index)`): a line's data then depends only on the seed and the
 * line, never on which lines were generated before it. That is what lets a 100,000-line fleet be
 * derived lazily, one row at a time, in any order.
 *
 * @example
 * ```ts
 * const random = Prng.fork(42, "line", "cmp-700700700700", 17)
 * random.int(60, 120) // the same number on every run with seed 42
 * ```
 */

/**
 * A 32-bit FNV-1a hash of a string, folded into a running hash: mixes keys of any length into a
 * stream's starting state.
 */
const fnv1a = (text: string, hash: number): number => {
  let h = hash
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * The 32-bit finaliser of MurmurHash3: spreads nearby inputs (index 17 and 18) over the whole range.
 */
const mix = (value: number): number => {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * A 32-bit hash of a seed and a key: the deterministic "dice roll" of one fact
 * (`hash(seed, "status", msisdn)`), for when a whole stream is not needed.
 *
 * @example
 * ```ts
 * Prng.hash(42, "funds", "77070600017") % 100
 * ```
 */
export const hash = (seed: number, ...key: ReadonlyArray<string | number>): number => {
  let h = mix(seed ^ 0x9e3779b9)
  for (const part of key) h = mix(fnv1a(String(part), h ^ 0x2545f491))
  return h
}

/**
 * A stream of pseudo-random numbers (mulberry32): fast, 32 bits of state, good enough to make
 * demo data look varied. Not for anything secret.
 */
export class Random {
  #state: number

  constructor(state: number) {
    this.#state = state >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0
    let t = this.#state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability
  }

  /** One element of a non-empty array. */
  pick<A>(items: ReadonlyArray<A>): A {
    return items[Math.floor(this.next() * items.length)] as A
  }

  /** One element, chosen with the given weights (same order as `items`). */
  weighted<A>(items: ReadonlyArray<readonly [A, number]>): A {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0)
    let roll = this.next() * total
    for (const [item, weight] of items) {
      roll -= weight
      if (roll < 0) return item
    }
    return (items[items.length - 1] as readonly [A, number])[0]
  }

  /** A string of `length` decimal digits (leading zeros kept). */
  digits(length: number): string {
    let out = ""
    for (let i = 0; i < length; i++) out += String(Math.floor(this.next() * 10))
    return out
  }
}

/**
 * A stream of its own for one entity, from the seed and the entity's key.
 *
 * @example
 * ```ts
 * const random = Prng.fork(seed, "payment", accountNumber, "2020-09")
 * ```
 */
export const fork = (seed: number, ...key: ReadonlyArray<string | number>): Random => new Random(hash(seed, ...key))
