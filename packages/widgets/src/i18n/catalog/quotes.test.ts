import { Messages } from "@kabinet/core"
import { expect } from "@open-wc/testing"
import { en } from "./index.js"

const texts = (catalog: Readonly<Record<string, Messages.Template>>): ReadonlyArray<readonly [string, string]> =>
  Object.entries(catalog).flatMap(([key, template]) =>
    typeof template === "string"
      ? [[key, template] as const]
      : Object.values(template)
          .filter((form): form is string => typeof form === "string")
          .map((form) => [key, form] as const),
  )

describe("quotation marks", () => {
  it("English text quotes with “…”, never the Russian «…»", () => {
    const russianQuotes = [...texts(en), ...texts(Messages.catalogs.en)].filter(([, text]) => /[«»]/u.test(text))
    expect(russianQuotes).to.deep.equal([])
    expect(Messages.format("en", "note.firstLogin")).to.contain("“Forgot password?”")
  })
})
