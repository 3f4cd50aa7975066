// Quick measurement of <kab-number-list> in Chromium: first request, first rows, big-jump and
// small-step frame times, empty-row frames, DOM elements, scroll-height changes.
// node bench/list-perf/measure.mjs [--runs 3] [--width 1280] [--lines 100000] [--trace file.json] [--page-scroll]
import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { chromium } from "playwright-core"

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    width: { type: "string", default: "1280" },
    lines: { type: "string", default: "100000" },
    trace: { type: "string" },
    profile: { type: "string" },
    variants: { type: "string", default: "page" },
    "page-scroll": { type: "boolean", default: false },
  },
})
const here = fileURLToPath(new URL(".", import.meta.url))
// Builds to compare (out/<name>.js), measured in turn within each run.
const variants = values.variants.split(",")
const scripts = Object.fromEntries(variants.map((name) => [name, readFileSync(`${here}out/${name}.js`, "utf8")]))
const html = `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;font-family:sans-serif}</style></head><body><script>window.htmlMs = performance.now()</script><script type="module" src="/page.js"></script></body></html>`

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] })
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}
const results = []
for (let turn = 0; turn < Number(values.runs) * variants.length; turn++) {
  const run = Math.floor(turn / variants.length)
  const variant = variants[turn % variants.length]
  const script = scripts[variant]
  const context = await browser.newContext({ viewport: { width: Number(values.width), height: 800 } })
  const page = await context.newPage()
  page.on("pageerror", (e) => console.error("pageerror", e.message))
  page.on("console", (m) => m.type() === "error" && console.error("console", m.text()))
  await page.route("http://bench.local/**", (route) => {
    const url = new URL(route.request().url())
    if (url.pathname === "/page.js") return route.fulfill({ body: script, contentType: "text/javascript" })
    return route.fulfill({ body: html, contentType: "text/html" })
  })
  await page.goto(`http://bench.local/?lines=${values.lines}${values["page-scroll"] ? "&page-scroll" : ""}`)
  const firstRows = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () => {
          const list = document.querySelector("kab-number-list")
          if (list?.shadowRoot?.querySelector('[role="row"][data-msisdn]')) resolve(performance.now())
          else requestAnimationFrame(check)
        }
        check()
      }),
  )
  const first = await page.evaluate(() => ({
    request: window.firstRequestMs,
    signedIn: window.signedInMs,
    html: window.htmlMs,
    script: window.scriptMs,
    signInSent: window.signInSentMs,
  }))
  await page.waitForTimeout(500)
  const pass = (kind) =>
    page.evaluate(
      ({ kind, pageScroll }) =>
        new Promise((resolve) => {
          const list = document.querySelector("kab-number-list")
          const root = list.shadowRoot
          const scroller = pageScroll ? document.scrollingElement : root.querySelector(".rows")
          scroller.scrollTop = 0
          const rowPx = root.querySelector('.rows [role="row"]').getBoundingClientRect().height
          const frames = kind === "big" ? 300 : 600
          const deltas = []
          let empty = 0
          const heights = new Set()
          let last = performance.now()
          let n = 0
          const step = (now) => {
            deltas.push(now - last)
            last = now
            // A frame shows empty rows when a row on screen is missing or still a placeholder.
            const top = pageScroll ? -root.querySelector(".rows").getBoundingClientRect().top : scroller.scrollTop
            const height = pageScroll ? innerHeight : scroller.clientHeight
            for (let i = Math.floor(Math.max(0, top) / rowPx); i <= Math.floor((top + height - 1) / rowPx); i++) {
              if (!root.querySelector(`[data-index="${i}"][data-msisdn]`)) {
                empty++
                break
              }
            }
            heights.add(scroller.scrollHeight)
            if (n++ >= frames) {
              resolve({ deltas: deltas.slice(1), empty, heights: heights.size })
              return
            }
            scroller.scrollTop += kind === "big" ? scroller.scrollHeight / 300 : 3 * rowPx
            requestAnimationFrame(step)
          }
          requestAnimationFrame((now) => {
            last = now
            requestAnimationFrame(step)
          })
        }),
      { kind, pageScroll: values["page-scroll"] },
    )
  if (values.trace && run === 0) await browser.startTracing(page, { path: values.trace, screenshots: false })
  const cdp = values.profile && run === 0 ? await context.newCDPSession(page) : undefined
  if (cdp) {
    await cdp.send("Profiler.enable")
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 })
    await cdp.send("Profiler.start")
  }
  const big = await pass("big")
  if (cdp) {
    const { profile } = await cdp.send("Profiler.stop")
    writeFileSync(values.profile, JSON.stringify(profile))
  }
  if (values.trace && run === 0) await browser.stopTracing()
  const small = await pass("small")
  const dom = await page.evaluate(() => {
    const count = (root) => {
      let n = 0
      for (const el of root.querySelectorAll("*")) {
        n++
        if (el.shadowRoot) n += count(el.shadowRoot)
      }
      return n
    }
    return count(document)
  })
  const r = {
    variant,
    html: Math.round(first.html),
    scriptRan: Math.round(first.script),
    signInSent: Math.round(first.signInSent),
    signedIn: Math.round(first.signedIn),
    firstRequest: Math.round(first.request),
    firstRows: Math.round(firstRows),
    bigP95: Math.round(pct(big.deltas, 95)),
    bigMax: Math.round(Math.max(...big.deltas)),
    bigEmpty: Math.round((100 * big.empty) / big.deltas.length),
    bigHeights: big.heights,
    smallP95: Math.round(pct(small.deltas, 95)),
    smallOver50: small.deltas.filter((d) => d > 50).length,
    smallMax: Math.round(Math.max(...small.deltas)),
    dom,
  }
  console.log(JSON.stringify(r))
  results.push(r)
  await context.close()
}
await browser.close()
const keys = Object.keys(results[0]).filter((k) => k !== "variant")
for (const variant of variants) {
  const mine = results.filter((r) => r.variant === variant)
  const medians = Object.fromEntries(
    keys.map((k) => [
      k,
      pct(
        mine.map((r) => r[k]),
        50,
      ),
    ]),
  )
  console.log(variant, "median", JSON.stringify(medians))
}
