/**
 * The generated custom elements manifest (`custom-elements.json`, written by `npm run build`) lists the
 * public API and nothing else: every public element, its public members, attributes and parts — also
 * where an attribute and a part share a name — and no private or protected member.
 */
import { expect } from "@open-wc/testing"
import { elements } from "./bundle.js"

interface Named {
  readonly name: string
  readonly privacy?: string
  readonly attribute?: string
}

interface Declaration {
  readonly name: string
  readonly tagName?: string
  readonly customElement?: boolean
  readonly members?: ReadonlyArray<Named>
  readonly attributes?: ReadonlyArray<Named>
  readonly cssParts?: ReadonlyArray<Named>
  readonly events?: ReadonlyArray<Named>
  readonly slots?: ReadonlyArray<Named>
}

interface Manifest {
  readonly modules: ReadonlyArray<{
    readonly path: string
    readonly declarations?: ReadonlyArray<Declaration>
    readonly exports?: ReadonlyArray<{ readonly kind: string; readonly name: string }>
  }>
}

const load = async (): Promise<Manifest> => {
  const response = await fetch(new URL("../custom-elements.json", import.meta.url))
  if (!response.ok) throw new Error("custom-elements.json is missing: run `npm run build` in packages/widgets first")
  return (await response.json()) as Manifest
}

const names = (list: ReadonlyArray<Named> | undefined) => (list ?? []).map((each) => each.name)

describe("custom-elements.json", () => {
  it("declares every public element, and only elements", async () => {
    const manifest = await load()
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? [])
    expect(declarations.map((each) => each.tagName).sort()).to.deep.equal(elements.map(([tag]) => tag).sort())
    for (const declaration of declarations) expect(declaration.customElement, declaration.name).to.equal(true)
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((each) => each.kind === "custom-element-definition").map((each) => each.name),
    )
    expect(definitions.sort()).to.deep.equal(elements.map(([tag]) => tag).sort())
  })

  it("lists no private or protected member", async () => {
    const manifest = await load()
    for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
      const hidden = (declaration.members ?? []).filter(
        (member) => member.name.startsWith("#") || member.privacy === "private" || member.privacy === "protected",
      )
      expect(names(hidden), declaration.name).to.deep.equal([])
      expect(names(declaration.members), declaration.name).to.not.include.members(["kabinet", "i18n", "store"])
    }
  })

  it("lists attributes and parts that share a name under both", async () => {
    const manifest = await load()
    const element = (tag: string) =>
      manifest.modules.flatMap((module) => module.declarations ?? []).find((each) => each.tagName === tag)
    const list = element("kab-number-list")
    expect(names(list?.attributes)).to.include.members(["search", "sort", "order"])
    expect(names(list?.cssParts)).to.include.members(["search", "menu", "row"])
    expect(list?.members?.find((member) => member.name === "search")?.attribute).to.equal("search")
    const profile = element("kab-admin-profile")
    expect(names(profile?.attributes)).to.include("tab")
    expect(names(profile?.cssParts)).to.include("tab")
    expect(profile?.members?.find((member) => member.name === "tab")?.attribute).to.equal("tab")
  })

  it("documents the building blocks' API", async () => {
    const manifest = await load()
    const element = (tag: string) =>
      manifest.modules.flatMap((module) => module.declarations ?? []).find((each) => each.tagName === tag)
    const menu = element("kab-menu")
    expect(names(menu?.members)).to.include.members(["items", "label", "open", "anchor", "show", "hide"])
    expect(names(menu?.events)).to.deep.equal(["kab-menu-select"])
    const dialog = element("kab-confirm-dialog")
    expect(names(dialog?.attributes)).to.include.members([
      "label",
      "subtitle",
      "text",
      "confirm-label",
      "cancel-label",
      "busy",
      "operation",
    ])
    expect(names(dialog?.members)).to.include.members(["action", "error", "open", "show", "close", "confirm"])
    expect(names(dialog?.events).sort()).to.deep.equal(["kab-cancel", "kab-confirm"])
    expect(names(dialog?.slots).sort()).to.deep.equal(["", "error"])
  })
})
