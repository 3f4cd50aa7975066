/**
 * Storybook's table of an element's API, read from the custom elements manifest. Storybook's own
 * reading keys every entry by its name alone, so a CSS part named like an attribute (the number list's
 * `search`, the admin profile's `tab`) replaced the attribute in the table and its control was lost.
 * Here parts and slots are keyed apart from properties and attributes, and every kind keeps its entries.
 */
import type { ArgTypes } from "@storybook/web-components-vite"

/** An entry of the manifest: a member, attribute, event, slot, CSS part or custom property. */
interface Entry {
  readonly name: string
  readonly kind?: string
  readonly static?: boolean
  readonly description?: string
  readonly type?: { readonly text?: string }
  readonly default?: string
}

/** An element as the manifest declares it. */
interface Element {
  readonly tagName?: string
  readonly members?: ReadonlyArray<Entry>
  readonly attributes?: ReadonlyArray<Entry>
  readonly events?: ReadonlyArray<Entry>
  readonly slots?: ReadonlyArray<Entry>
  readonly cssProperties?: ReadonlyArray<Entry>
  readonly cssParts?: ReadonlyArray<Entry>
}

/** The manifest, as far as the table needs it. */
export interface Manifest {
  readonly modules: ReadonlyArray<{ readonly declarations?: ReadonlyArray<Element> }>
}

type Category = "properties" | "attributes" | "events" | "slots" | "css custom properties" | "css shadow parts"

const row = (entry: Entry, category: Category, name = entry.name) => ({
  name,
  description: entry.description ?? "",
  ...(category === "properties" || category === "attributes"
    ? { type: { name: "other" as const, value: entry.type?.text ?? "" } }
    : { control: false as const }),
  table: {
    category,
    type: { summary: entry.type?.text ?? "" },
    defaultValue: entry.default === undefined ? undefined : { summary: entry.default },
  },
})

/** The camel-cased `on…` handler name Storybook's actions use for an event. */
const handlerName = (event: string) =>
  `on${event.replace(/(?:^|-)(\w)/gu, (_, letter: string) => letter.toUpperCase())}`

/**
 * The arg types of element `tag` in `manifest`: properties and attributes by name (an attribute wins
 * over the property it reflects, keeping its control), events by name with an action, slots as
 * `slot:<name>`, parts as `part:<name>`, custom properties by name.
 *
 * @example
 * ```ts
 * argTypesOf(manifest, "kab-number-list")["search"]?.table?.category // "attributes"
 * ```
 */
export const argTypesOf = (manifest: Manifest, tag: string): ArgTypes => {
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((each) => each.tagName === tag)
  if (element === undefined) return {}
  const types: Record<string, ReturnType<typeof row> | { name: string; action: string; table: { disable: true } }> = {}
  for (const member of element.members ?? []) {
    if (member.kind === "field" && member.static !== true) types[member.name] = row(member, "properties")
  }
  for (const attribute of element.attributes ?? []) types[attribute.name] = row(attribute, "attributes")
  for (const event of element.events ?? []) {
    types[handlerName(event.name)] = { name: handlerName(event.name), action: event.name, table: { disable: true } }
    types[event.name] = row(event, "events")
  }
  for (const slot of element.slots ?? []) types[`slot:${slot.name}`] = row(slot, "slots", slot.name || "(default)")
  for (const property of element.cssProperties ?? []) types[property.name] = row(property, "css custom properties")
  for (const part of element.cssParts ?? []) types[`part:${part.name}`] = row(part, "css shadow parts")
  return types as ArgTypes
}
