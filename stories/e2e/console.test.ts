import { readFileSync } from "node:fs"
import type { Server } from "node:http"
import { fileURLToPath } from "node:url"
import { type Browser, chromium, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { serveStatic } from "./static-server.ts"

// Every story of the built Storybook, loaded in Debian's Chromium: nothing in the console (no second
// copy of Lit, not Lit's development build, no missing favicon), and the docs pages' previews show
// each widget in its story's state, signed in.
const root = fileURLToPath(new URL("../storybook-static", import.meta.url))
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium"

interface Entry {
  readonly id: string
  readonly type: "story" | "docs"
  readonly title: string
}

const entries = Object.values(
  (JSON.parse(readFileSync(`${root}/index.json`, "utf8")) as { entries: Record<string, Entry> }).entries,
)

let browser: Browser
let server: Server
let base: string

beforeAll(async () => {
  ;({ url: base, server } = await serveStatic(root))
  browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  })
})

afterAll(async () => {
  await browser?.close()
  server?.close()
})

/** Opens `path` and gathers what the console said and which requests failed. */
const visit = async (path: string, settle: (page: Page) => Promise<void>) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const said: Array<string> = []
  page.on("console", (message) => {
    if (message.type() === "warning" || message.type() === "error") said.push(`${message.type()}: ${message.text()}`)
  })
  page.on("pageerror", (error) => said.push(`pageerror: ${error.message}`))
  page.on("response", (response) => {
    if (response.status() >= 400 && response.url().startsWith(base)) said.push(`${response.status()} ${response.url()}`)
  })
  try {
    await page.goto(`${base}${path}`, { waitUntil: "load" })
    await settle(page)
  } finally {
    await page.close()
  }
  return said
}

const storyRoot = (page: Page) => page.locator("#storybook-root").waitFor({ state: "attached", timeout: 15_000 })

// Messages the stories mean to cause (a story of an operator error logs nothing, but a browser
// reports the failed request of a story that simulates a network error).
const expected = (line: string) => /Failed to load resource: net::ERR_FAILED/u.test(line)

describe("the built Storybook", () => {
  it("loads every story without a word in the console", async () => {
    const complaints: Array<string> = []
    // One story per widget: Lit, its build and the favicon are the same for every story of a page.
    const firstOfEach = [
      ...new Map(entries.filter((each) => each.type === "story").map((each) => [each.title, each])).values(),
    ]
    for (const entry of firstOfEach) {
      const said = await visit(`/iframe.html?id=${entry.id}&viewMode=story`, async (page) => {
        await storyRoot(page)
        // The favicon is asked for once the page has loaded.
        await page.waitForTimeout(1000)
      })
      complaints.push(...said.filter((line) => !expected(line)).map((line) => `${entry.id}: ${line}`))
    }
    expect(complaints).toEqual([])
  }, 300_000)

  it("shows each signed-in widget in its state in the docs pages' previews", async () => {
    const docs = entries.filter(
      (entry) => entry.type === "docs" && /admin-profile|company-switcher|number-list/u.test(entry.id),
    )
    expect(docs.length).toBe(3)
    for (const entry of docs) {
      const said = await visit(`/iframe.html?id=${entry.id}&viewMode=docs`, async (page) => {
        const previews = page.locator(".docs-story [id^='anchor--'], .docs-story")
        await previews.first().waitFor({ state: "attached", timeout: 15_000 })
        // Every preview of a signed-in story ends signed in: no widget stays `signed-out`.
        await expect
          .poll(
            () =>
              page.evaluate(() => {
                const all = [...document.querySelectorAll("[id^='anchor--']")]
                return all
                  .filter((anchor) => !anchor.id.endsWith("signed-out") && !anchor.id.endsWith("--empty"))
                  .flatMap((anchor) => [...anchor.querySelectorAll("[signed-out]")].map(() => anchor.id))
              }),
            { timeout: 20_000, interval: 200 },
          )
          .toEqual([])
        const widgets = await page.evaluate(
          () => document.querySelectorAll("kab-number-list, kab-company-switcher, kab-admin-profile").length,
        )
        expect(widgets).toBeGreaterThan(0)
      })
      expect(said.filter((line) => !expected(line))).toEqual([])
    }
  }, 300_000)
})
