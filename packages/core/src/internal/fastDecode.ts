/**
 * A synchronous fast path for a schema that is decoded in bulk, beside its ordinary decoding.
 *
 * A page of the number list is hundreds of rows, each with a dozen checked fields; decoded through
 * the general schema machinery a row costs several times what `JSON.parse` spent reading it. The
 * fast path is a hand-written function that either returns exactly the value the schema would, or
 * `invalid` — and then the ordinary decoding runs, so every refusal still carries the schema's own
 * issue and message. The fast path only has to accept a subset of what the schema accepts; the tests
 * of each schema with a fast path check that on valid and invalid inputs alike.
 *
 * It is installed in Effect's parser registry (`SchemaCompiler.set`) for the schema's exact AST, so
 * every parser built on it afterwards — `Schema.decodeUnknown*`, the HTTP client's response
 * decoder, a struct or array that contains it — takes it without knowing. Installing happens where
 * the schema is defined, before any parser can have resolved it.
 *
 * @internal
 */
import * as Effect from "effect/Effect"
import type * as Schema from "effect/Schema"
import * as SchemaParser from "effect/SchemaParser"
import * as SchemaCompiler from "effect/schema/SchemaCompiler"

/** What a fast path returns when it will not decode an input; the ordinary decoding takes over. */
export const invalid: typeof SchemaCompiler.invalid = SchemaCompiler.invalid

/** A fast path: the decoded value, or `invalid`. */
export type FastDecode<A> = (input: unknown) => A | typeof invalid

/**
 * Installs `decode` as the fast path of `schema` and returns `schema`. `twin` must be built exactly
 * like `schema` (the same fields and annotations) but be another object: it is the ordinary
 * decoding, used for every input the fast path leaves, and its issues read as `schema`'s would.
 */
export const withFastDecode = <S extends Schema.Top>(schema: S, twin: S, decode: FastDecode<S["Type"]>): S => {
  const detailed = SchemaParser.decodeUnknownEffect(twin)
  SchemaCompiler.set(schema.ast, {
    // Refusing excess properties is the one option that changes what a valid input decodes to.
    decode: (input, options) => (options.onExcessProperty === "error" ? invalid : decode(input)),
    decodeEffect: (input, options) =>
      input === SchemaCompiler.missing ? Effect.succeed(input) : detailed(input, options),
  })
  return schema
}
