import manifest from "@kabinet/widgets/custom-elements.json" with { type: "json" }
import { describe, expect, it } from "vitest"
import { argTypesOf, type Manifest } from "./arg-types.ts"

const of = (tag: string) => argTypesOf(manifest as unknown as Manifest, tag)

describe("Storybook's table of an element's API", () => {
  it("keeps an attribute and a CSS part of the same name apart", () => {
    const list = of("kab-number-list")
    expect(list.search?.table?.category).toBe("attributes")
    expect(list.search?.type).toBeDefined()
    expect(list["part:search"]?.name).toBe("search")
    expect(list["part:search"]?.table?.category).toBe("css shadow parts")
    const profile = of("kab-admin-profile")
    expect(profile.tab?.table?.category).toBe("attributes")
    expect(profile["part:tab"]?.table?.category).toBe("css shadow parts")
  })

  it("lists events with an action, slots and custom properties", () => {
    const dialog = of("kab-confirm-dialog")
    expect(dialog.onKabConfirm?.action).toBe("kab-confirm")
    expect(dialog["kab-cancel"]?.table?.category).toBe("events")
    expect(dialog["slot:error"]?.table?.category).toBe("slots")
    expect(dialog["--kab-confirm-dialog-padding"]?.table?.category).toBe("css custom properties")
  })

  it("knows nothing of an element the manifest does not declare", () => {
    expect(of("kab-nothing")).toEqual({})
  })
})
