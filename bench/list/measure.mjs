// One run of one page: opens it in a fresh browser context, waits for its first rows, and measures
// what the plan asks for, through the in-page probe (`probe.js`) and a CDP session for the heap.
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const probe = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "probe.js"), "utf8")

/** Rejects after `ms` with `what` in the message: no wait is without end. */
const within = (promise, ms, what) =>
  Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing after ${ms / 1000} s`)), ms)),
  ])

/**
 * @typedef {object} Plan
 * @property {boolean} [steps] Scroll by small steps (600 frames of three rows).
 * @property {boolean} [jumps] Scroll by big jumps (1/300 of the height per frame) to the end.
 * @property {{ typed: string, submitted: string }} [search] Numbers to type (debounce) and to submit (Enter).
 */

/**
 * Opens `url` in a fresh context of `browser` at `viewport` and measures per `plan`.
 * @param {import("playwright-core").Browser} browser
 * @param {{ url: string, viewport: { width: number, height: number }, plan: Plan }} options
 */
export const measurePage = async (browser, { url, viewport, plan }) => {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  const errors = []
  try {
    await context.addInitScript({ content: probe })
    const page = await context.newPage()
    page.on("pageerror", (error) => errors.push(error.message))
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()))
    await page.goto(url, { waitUntil: "commit", timeout: 120_000 })
    const firstRows = await within(
      page.evaluate(() => window.__bench.firstRows),
      150_000,
      "first rows",
    ).catch((error) => {
      throw new Error(`${url}: the page never showed rows (${[error.message, ...errors].join("; ")})`)
    })
    const request = await page.evaluate(() => window.__bench.listRequest())
    if (!request) throw new Error(`${url}: no list request in the resource timing`)
    const result = {
      firstRows,
      requestSent: request.sent,
      responseToRows: firstRows - request.responseEnd,
    }
    const cdp = await context.newCDPSession(page)
    const heap = async () => {
      await cdp.send("HeapProfiler.collectGarbage")
      await cdp.send("HeapProfiler.collectGarbage")
      return (await cdp.send("Runtime.getHeapUsage")).usedSize
    }
    await within(
      page.evaluate(() => window.__bench.settled()),
      90_000,
      `${url}: rows never settled`,
    )
    const heapBefore = await heap()
    if (plan.steps) {
      result.steps = await page.evaluate(() => window.__bench.scroll("steps", 600))
      await page.evaluate(() => window.__bench.top())
      await within(
        page.evaluate(() => window.__bench.settled()),
        90_000,
        `${url}: rows never settled at the top`,
      )
    }
    if (plan.jumps) {
      result.jumps = await page.evaluate(() => window.__bench.scroll("jumps"))
      // A grid may leave its rows blank at the end until it sees another scroll: give it a few
      // seconds, then scroll it up by a few pixels, as a reader would, and wait again.
      // Still blank then, the grid is noted as such and the run goes on.
      try {
        await page.evaluate(() => window.__bench.settled(10_000))
      } catch {
        await page.evaluate(() => window.__bench.nudge())
        result.blankAtEnd = await page.evaluate(() =>
          window.__bench.settled(20_000).then(
            () => false,
            () => true,
          ),
        )
      }
    }
    result.heapGrowth = (await heap()) - heapBefore
    result.elements = await page.evaluate(() => window.__bench.elements())
    if (plan.search) {
      const field = page.locator("kab-number-list input[part~='search'], input#search")
      await field.click()
      await page.keyboard.type(plan.search.typed)
      const typedPainted = await within(
        page.evaluate((number) => window.__bench.only(number), plan.search.typed),
        90_000,
        `${url}: typed search`,
      )
      result.searchTyped = typedPainted - (await page.evaluate(() => window.__bench.input.last))
      await field.fill("")
      await within(
        page.evaluate(() => window.__bench.settled()),
        90_000,
        `${url}: the list never came back`,
      )
      await page.keyboard.type(plan.search.submitted)
      await page.keyboard.press("Enter")
      const submittedPainted = await within(
        page.evaluate((number) => window.__bench.only(number), plan.search.submitted),
        90_000,
        `${url}: submitted search`,
      )
      result.searchSubmitted = submittedPainted - (await page.evaluate(() => window.__bench.input.enter))
    }
    result.errors = errors
    return result
  } finally {
    await context.close()
  }
}
