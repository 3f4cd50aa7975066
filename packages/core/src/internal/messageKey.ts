/**
 * Turning a schema failure into one of a module's message keys.
 *
 * Every check of the identifier schemas carries its key as the `message` annotation, so Effect's
 * Standard Schema formatter already yields keys; this only picks the first one and narrows it to
 * the module's own union, so `parse` can promise a closed set of keys to the widgets.
 *
 * @internal
 */
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

/**
 * The first message of `issue` if it is one of `keys`, else `fallback`.
 *
 * @example
 * ```ts
 * const keyOf = messageKeyOf(["sms.empty", "sms.invalid"], "sms.invalid")
 * ```
 */
export const messageKeyOf =
  <K extends string>(keys: ReadonlyArray<K>, fallback: NoInfer<K>) =>
  (issue: SchemaIssue.Issue): K => {
    const message = formatter(issue).issues[0]?.message
    return keys.find((key) => key === message) ?? fallback
  }

/**
 * A synchronous parser from typed text to `schema`'s type that fails with a message key.
 *
 * @example
 * ```ts
 * const parse = makeParse(FromInput, messageKeys, "sms.invalid")
 * parse("123 456") // Result.succeed("123456")
 * ```
 */
export const makeParse = <S extends Schema.ConstraintDecoder<unknown>, K extends string>(
  schema: S,
  keys: ReadonlyArray<K>,
  fallback: NoInfer<K>,
): ((input: string) => Result.Result<S["Type"], K>) => {
  const decode = Schema.decodeUnknownResult(schema)
  const keyOf = messageKeyOf(keys, fallback)
  return (input) => Result.mapError(decode(input), (error) => keyOf(error.issue))
}
