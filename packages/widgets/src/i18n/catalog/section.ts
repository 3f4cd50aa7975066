/**
 * The shape of one feature's interface strings. Every feature owns a module in this folder with its
 * own key prefix, so that features add strings without touching each other's modules, and the prefix
 * keeps their keys apart.
 */
import type { Messages } from "@kabinet/core"

/**
 * A feature's Russian strings: every key starts with one of the feature's prefixes.
 *
 * @example
 * ```ts
 * export const ru = { "numbers.search.label": "Поиск" } as const satisfies Section<"numbers">
 * ```
 */
export type Section<Prefix extends string> = Readonly<Record<`${Prefix}.${string}`, Messages.Template>>

/**
 * A translation of a feature's Russian strings: exactly the same keys, every one of them, so a key
 * added in Russian does not compile until it is translated.
 *
 * @example
 * ```ts
 * export const kk: Translation<typeof ru> = { "numbers.search.label": "Іздеу" }
 * ```
 */
export type Translation<Russian> = { readonly [K in keyof Russian]: Messages.Template }
