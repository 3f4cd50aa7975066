/**
 * The in-page network of the browser entry point, exercised in Node (its interceptors run here
 * too): the operator answers `fetch` to its base URL and lets every other request through.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type InPageOperator, startInPageOperator } from "../src/InPageNetwork.js"

let page: InPageOperator
beforeAll(async () => {
  page = await startInPageOperator({ baseUrl: "https://operator.kabinet.test/api" })
})
afterAll(() => page.stop())

describe("in-page network", () => {
  it("answers requests to the operator's base URL, path prefix included", async () => {
    const response = await fetch("https://operator.kabinet.test/api/v1/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone: "77012111249", password: "kabinet-demo" }),
    })
    expect(response.status).toBe(200)
    const { token } = (await response.json()) as { token: string }
    const companies = await fetch("https://operator.kabinet.test/api/v1/companies", {
      headers: { authorization: `Bearer ${token}` },
    })
    expect(((await companies.json()) as Array<unknown>).length).toBe(3)
  })

  it("does not claim other addresses", () => {
    expect(page.operator.owns("https://operator.kabinet.test/apiary")).toBe(false)
    expect(page.operator.owns("https://elsewhere.test/api/v1/companies")).toBe(false)
    expect(page.operator.owns("https://operator.kabinet.test/api/v1/companies")).toBe(true)
  })
})
