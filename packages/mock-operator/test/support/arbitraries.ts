/**
 * fast-check arbitraries from the JSON Schemas of the contract's OpenAPI document — the subset the
 * document uses: `$ref`, `allOf`, `anyOf`, `enum`, strings with `pattern` and lengths, integers and
 * numbers with bounds and `multipleOf`, booleans, arrays and closed objects. What the schemas allow,
 * and no more; whatever the contract checks beyond JSON Schema (a check digit, a real calendar day)
 * is left to the operator, and the test asks the contract's own codecs which requests are valid.
 */
import fc from "fast-check"

/** A JSON Schema as the document writes it. */
// biome-ignore lint/suspicious/noExplicitAny: JSON Schema is untyped JSON
export type JsonSchema = Record<string, any>

/** Resolves `$ref`s against the document's components. */
export const resolver = (components: Record<string, JsonSchema>) => {
  const resolve = (schema: JsonSchema): JsonSchema => {
    const ref = schema.$ref as string | undefined
    if (ref === undefined) return schema
    const target = components[ref.replace("#/components/schemas/", "")]
    if (target === undefined) throw new Error(`unresolved ${ref}`)
    return resolve(target)
  }
  return resolve
}

const codePoints = (text: string): number => [...text].length

const stringOf = (parts: ReadonlyArray<JsonSchema>): fc.Arbitrary<string> => {
  const patterns = parts.flatMap((part) => (typeof part.pattern === "string" ? [new RegExp(part.pattern, "u")] : []))
  const min = Math.max(...parts.map((part) => (part.minLength as number | undefined) ?? 0))
  const max = Math.min(...parts.map((part) => (part.maxLength as number | undefined) ?? 64))
  // Generated from the most particular pattern (the longest), checked against the others.
  const first = [...patterns].sort((a, b) => b.source.length - a.source.length)[0]
  const base =
    first === undefined
      ? fc.string({ minLength: min, maxLength: Math.min(max, min + 40), unit: "grapheme" })
      : fc.stringMatching(first)
  const fits = (text: string) =>
    codePoints(text) >= min && codePoints(text) <= max && patterns.every((pattern) => pattern.test(text))
  return base.filter(fits)
}

/** Known values of a property or parameter, by name, mixed in with the generated ones. */
export type Samples = Readonly<Record<string, ReadonlyArray<unknown>>>

/** An arbitrary that draws from `samples[name]` three times in four, where there are samples. */
export const withSamples = (
  samples: Samples,
  name: string,
  generated: fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> => {
  const known = samples[name]
  return known === undefined || known.length === 0
    ? generated
    : fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, { arbitrary: generated, weight: 1 })
}

/**
 * An arbitrary of the values a schema allows, with `samples` mixed in by property name.
 *
 * @example
 * ```ts
 * const arbitrary = arbitraryOf(resolver(spec.components.schemas))(spec.components.schemas.SignInRequest)
 * ```
 */
export const arbitraryOf =
  (resolve: (schema: JsonSchema) => JsonSchema, samples: Samples = {}) =>
  (input: JsonSchema): fc.Arbitrary<unknown> => {
    const of = arbitraryOf(resolve, samples)
    const schema = resolve(input)
    if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as Array<unknown>))
    if ("const" in schema) return fc.constant(schema.const)
    if (Array.isArray(schema.anyOf)) {
      const branches = (schema.anyOf as Array<JsonSchema>).map((branch) =>
        of({ ...schema, anyOf: undefined, ...branch }),
      )
      return fc.oneof(...branches)
    }
    const parts = [schema, ...((schema.allOf as Array<JsonSchema> | undefined) ?? []).map(resolve)]
    switch (schema.type) {
      case "string":
        return stringOf(parts)
      case "integer":
      case "number": {
        const min = (schema.minimum as number | undefined) ?? -1_000_000
        const max = (schema.maximum as number | undefined) ?? 1_000_000
        const step = (schema.multipleOf as number | undefined) ?? 1
        return fc
          .integer({ min: Math.ceil(min / step), max: Math.floor(max / step) })
          .map((n) => Math.round(n * step * 1e6) / 1e6)
      }
      case "boolean":
        return fc.boolean()
      case "null":
        return fc.constant(null)
      case "array": {
        const item = schema.items === undefined ? fc.constant(null) : of(schema.items as JsonSchema)
        return fc.array(item, {
          minLength: (schema.minItems as number | undefined) ?? 0,
          maxLength: Math.min((schema.maxItems as number | undefined) ?? 3, 3),
        })
      }
      case "object": {
        const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
        const required = new Set((schema.required ?? []) as Array<string>)
        const model: Record<string, fc.Arbitrary<unknown>> = {}
        for (const [name, property] of Object.entries(properties))
          model[name] = withSamples(samples, name, of(property))
        return fc.record(model, { requiredKeys: [...required].filter((name) => name in model) })
      }
      default:
        if (Array.isArray(schema.allOf))
          return of(Object.assign({}, ...parts.map((part) => ({ ...part, allOf: undefined }))))
        return fc.constant(null)
    }
  }
