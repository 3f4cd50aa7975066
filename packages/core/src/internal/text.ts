/**
 * Checks of free text typed by people (names, searches, passwords), counted the way the contract
 * documents them: JSON Schema's `maxLength` counts code points, so the checks do too, rather than
 * the UTF-16 units of `String.length` that would refuse 40 emoji against a maximum of 64.
 *
 * @internal
 */
import * as Schema from "effect/Schema"

// A check JSON Schema cannot state: the published schema is looser, and says so in a description.
const beyond = (): [Record<string, never>, true] => [{}, true]

/** How many code points a string has (a surrogate pair is one). */
export const codePointCount = (text: string): number => {
  let count = 0
  for (const _ of text) count++
  return count
}

/**
 * At most `max` code points; documented as JSON Schema's `maxLength`, which counts the same way.
 */
export const maxCodePoints = (max: number, annotations: Schema.Annotations.Filter = {}) =>
  Schema.makeFilter((text: string) => codePointCount(text) <= max, {
    expected: `at most ${max} characters`,
    toJsonSchema: () => ({ maxLength: max }),
    arbitraryConstraint: { maxLength: max },
    ...annotations,
  })

// A lone surrogate cannot be encoded as UTF-8: stored, hashed or compared, it would silently turn
// into U+FFFD and make two different strings equal.
const isWellFormed = (text: string): boolean => !/\p{Surrogate}/u.test(text)

/** Refuses a lone (unpaired) surrogate. */
export const wellFormed = (annotations: Schema.Annotations.Filter = {}) =>
  Schema.makeFilter(isWellFormed, { expected: "text without lone surrogates", toJsonSchema: beyond, ...annotations })

/** Refuses control characters (NUL, escape, line breaks, C1 controls). */
export const noControlCharacters = (annotations: Schema.Annotations.Filter = {}) =>
  Schema.makeFilter((text: string) => !/\p{Cc}/u.test(text), {
    expected: "text without control characters",
    toJsonSchema: beyond,
    ...annotations,
  })

// Letters, digits, punctuation, symbols: what leaves a mark. Format characters (zero-width space,
// joiners, bidi marks), separators and combining marks alone do not.
const visible = /[\p{L}\p{N}\p{P}\p{S}]/u

/** Requires at least one visible character, so a name of zero-width characters alone is refused. */
export const hasVisibleCharacter = (annotations: Schema.Annotations.Filter = {}) =>
  Schema.makeFilter((text: string) => visible.test(text), {
    expected: "at least one visible character",
    toJsonSchema: beyond,
    ...annotations,
  })
