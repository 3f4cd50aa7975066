// The number list in Chromium beside @vaadin/grid and AG Grid Community: three pages that show only
// the company's numbers (six columns, pages of 100) fed by the same standalone mock operator, at
// 100,000 and 1,000 lines and on a 375 px screen. See `bench/list/README.md` to look at the pages.
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { chromium } from "playwright-core"
import { startOperator } from "../lib/operator.mjs"
import { median, percentile, writeSuite } from "../lib/results.mjs"
import { buildPages, pagesDirectory, subjects } from "../list/build.mjs"
import { measurePage } from "../list/measure.mjs"
import { startSite } from "../list/site.mjs"

const runs = Number(process.env.LIST_RUNS ?? 5)
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
const wide = { width: 1280, height: 800 }
const narrow = { width: 375, height: 800 }
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
const log = (line) => console.log(`[list ${elapsed()}] ${line}`)

const repository = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "..")
const versionOf = (name) =>
  JSON.parse(readFileSync(join(repository, "node_modules", name, "package.json"), "utf8")).version

/** Two numbers of the big fleet, far down the list, for the searches. */
const searchNumbers = async (operatorUrl) => {
  const session = await (
    await fetch(`${operatorUrl}/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ phone: "77012111249", password: "kabinet-demo" }),
    })
  ).json()
  const at = async (offset) => {
    const page = await (
      await fetch(`${operatorUrl}/v1/companies/${session.admin.companyIds[0]}/numbers?offset=${offset}&limit=1`, {
        headers: { authorization: `Bearer ${session.token}` },
      })
    ).json()
    return page.items[0].msisdn
  }
  return { typed: await at(50_000), submitted: await at(80_000) }
}

// Frame figures of one scrolling pass.
const framesOf = (pass) => {
  const durations = pass.durations
  return {
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    max: Math.max(...durations),
    over50: durations.filter((duration) => duration > 50).length,
    over100: durations.filter((duration) => duration > 100).length,
    empty: (100 * pass.emptyFrames) / pass.frames,
  }
}

/** Runs `plan` on every subject, `runs` times, interleaved (K, V, A, K, V, A …); a retry on a failure. */
const measureAll = async (browser, label, site, viewport, plan, only = subjects) => {
  const results = Object.fromEntries(subjects.map((subject) => [subject.id, []]))
  for (let run = 1; run <= runs; run++) {
    for (const subject of only) {
      const url = `${site.url}/${subject.id}.html`
      let result
      for (let attempt = 1; result === undefined; attempt++) {
        try {
          result = await measurePage(browser, { url, viewport, plan })
        } catch (error) {
          log(`${label} run ${run} ${subject.name}: ${error.message}`)
          if (attempt >= 2 || /never showed rows/u.test(error.message)) throw error
        }
      }
      results[subject.id].push(result)
      const jumps = result.jumps ? `, big-jump p95 ${framesOf(result.jumps).p95.toFixed(0)} ms` : ""
      log(`${label} run ${run}/${runs} ${subject.name}: first rows ${result.firstRows.toFixed(0)} ms${jumps}`)
    }
  }
  return results
}

const figure = (name, unit, results, pick, extra = {}) => ({
  name,
  unit,
  samples: Object.fromEntries(
    subjects
      .filter((subject) => results[subject.id].length > 0)
      .map((subject) => [subject.name, results[subject.id].map(pick)]),
  ),
  ...extra,
})

const frameFigures = (label, results, pass, which = ["p50", "p95", "max", "over50", "over100", "empty"]) => {
  const of = (key) => (result) => framesOf(result[pass])[key]
  const all = {
    p50: () => figure(`${label}: frame p50`, "ms", results, of("p50")),
    p95: () => figure(`${label}: frame p95`, "ms", results, of("p95")),
    max: () =>
      figure(`${label}: frame max`, "ms", results, of("max"), {
        target: {
          max: 100,
          text: subjects.slice(1).some((peer) => results[peer.id].length > 0) ? "≤ better peer, ≤ 100 ms" : "≤ 100 ms",
        },
      }),
    over50: () => figure(`${label}: frames over 50 ms`, "count", results, of("over50")),
    over100: () => figure(`${label}: frames over 100 ms`, "count", results, of("over100")),
    empty: () => figure(`${label}: frames showing a row with no data yet`, "%", results, of("empty")),
  }
  return which.map((key) => all[key]())
}

// Grids that left the end of the list blank after the big-jump pass, even after another scroll.
const blankEnds = (phases) =>
  subjects.flatMap((subject) => {
    const all = phases.flatMap((phase) => phase[subject.id])
    const blank = all.filter((result) => result.blankAtEnd).length
    return blank === 0
      ? []
      : [
          `${subject.name} left the end of the list blank after the big-jump pass in ${blank} of ${all.length} runs, even after another small scroll; its heap and DOM were measured as they were.`,
        ]
  })

// Measured with a CPU profile of Kabinet's page: its modules are in ≈250 ms after navigation, the
// sign-in request leaves ≈580 ms later.
const startupWhy =
  "before its first request Kabinet's page parses and runs ≈510 KiB of minified modules (Effect, the core's " +
  "schemas, rules and messages, the widgets) and builds the typed client of the contract; a CPU profile put the " +
  "modules in at ≈250 ms and the sign-in request ≈580 ms later, where the peers' smaller pages send theirs at once."

const operators = []
const sites = []
let browser
let failed = false
try {
  log("building the pages")
  const sizes = await buildPages()
  log("starting the mock operators (1,000 and 100,000 lines)")
  const [small, big] = await Promise.all([startOperator(1_000), startOperator(100_000)])
  operators.push(small, big)
  const bigSite = await startSite({ root: pagesDirectory, operatorUrl: big.url })
  const smallSite = await startSite({ root: pagesDirectory, operatorUrl: small.url })
  sites.push(bigSite, smallSite)
  const search = await searchNumbers(big.url)
  browser = await chromium.launch({ executablePath, headless: true })
  log(`${browser.version()}; ${runs} runs per subject`)

  const fleet = await measureAll(browser, "100,000 lines", bigSite, wide, { steps: true, jumps: true, search })
  const fewer = await measureAll(browser, "1,000 lines", smallSite, wide, { jumps: true })
  // On a phone, Kabinet alone unless LIST_PHONE_PEERS=1: the peers' grids are not made for 375 px
  // (they scroll sideways), and the suite stays within its time.
  const phoneSubjects = process.env.LIST_PHONE_PEERS === "1" ? subjects : subjects.slice(0, 1)
  const phone = await measureAll(browser, "375 px", bigSite, narrow, { jumps: true }, phoneSubjects)

  const mb = (bytes) => bytes / 2 ** 20
  const figures = [
    figure("navigation → first data rows painted", "ms", fleet, (r) => r.firstRows, {
      target: { ifMissed: startupWhy },
    }),
    figure("… first list request sent, after navigation start", "ms", fleet, (r) => r.requestSent, {
      target: { ifMissed: startupWhy },
    }),
    figure("… list response end → rows painted", "ms", fleet, (r) => r.responseToRows, {
      target: {
        ifMissed:
          "the peers put the parsed JSON on screen as it is; Kabinet decodes every row into the core's typed " +
          "values (a wrong payload is refused, not shown) and asks the core's rules for each row's menu before it paints.",
      },
    }),
    figure("search: last keystroke → the one match painted (300 ms pause included)", "ms", fleet, (r) => r.searchTyped),
    figure("search: Enter → the one match painted", "ms", fleet, (r) => r.searchSubmitted),
    ...frameFigures("big jumps (1/300 of the height per frame)", fleet, "jumps"),
    ...frameFigures("small steps (3 rows per frame, 600 frames)", fleet, "steps"),
    figure("JS heap growth after scrolling everything", "MB", fleet, (r) => mb(r.heapGrowth)),
    figure("DOM elements after scrolling (shadow roots included)", "count", fleet, (r) => r.elements),
    figure("1,000 lines: navigation → first data rows painted", "ms", fewer, (r) => r.firstRows, {
      target: { ifMissed: startupWhy },
    }),
    ...frameFigures("1,000 lines: big jumps", fewer, "jumps", ["p95", "max", "empty"]),
    figure("1,000 lines: JS heap growth after scrolling everything", "MB", fewer, (r) => mb(r.heapGrowth), {
      target: {
        ifMissed:
          "with 1,000 lines Kabinet keeps all ten pages it read as decoded rows; the pages it keeps are bounded " +
          "(30), so at 100,000 lines it grows by less than either peer.",
      },
    }),
    figure("1,000 lines: DOM elements after scrolling", "count", fewer, (r) => r.elements),
    figure("375 px: navigation → first data rows painted", "ms", phone, (r) => r.firstRows),
    ...frameFigures("375 px: big jumps", phone, "jumps", ["p50", "p95", "max", "empty"]),
    {
      name: "page with only the list, min+gzip",
      unit: "KB",
      samples: Object.fromEntries(subjects.map((subject) => [subject.name, [sizes[subject.id].initial / 1024]])),
      target: {
        ratio: 2,
        text: "≤ 2× vaadin-grid",
        ifMissed:
          "the page carries the typed data layer — Effect's runtime, Schema and HTTP client, the core's schemas, " +
          "rules and messages in three languages — where the peers parse JSON and show it; see the bytes section " +
          "for what each part weighs.",
      },
      note:
        `what each page loads first (its module and the chunks it imports statically); loaded later, on demand: ` +
        subjects.map((subject) => `${subject.name} ${(sizes[subject.id].lazy / 1024).toFixed(0)} KB`).join(", "),
    },
  ]
  const errors = subjects.flatMap((subject) =>
    [...fleet[subject.id], ...fewer[subject.id], ...phone[subject.id]].flatMap((result) => result.errors),
  )
  writeSuite({
    id: "list",
    title: "The number list in Chromium",
    order: 10,
    method:
      `Three pages that show only the company's numbers (Номер, Лицевой счет, Тарифный план, Метод расчета, Статус, ` +
      `Доступные средства; pages of 100 rows), each built by esbuild into minified production ES modules: ` +
      `\`<kab-number-list>\` in a \`<kab-provider>\` from the entry \`@kabinet/widgets/number-list.js\`; ` +
      `\`@vaadin/grid\` with a data provider (size from the first page's total, sort columns, filter); AG Grid ` +
      `Community with the infinite row model (cacheBlockSize 100). All three are fed by the standalone mock operator ` +
      `(\`@kabinet/mock-operator\`, its own process, seeded, 100,000 or 1,000 lines), reached on the pages' own origin ` +
      `through a small proxy. Each page signs the demo admin in through the contract's \`POST /v1/auth/sign-in\` ` +
      `before its first list request: Kabinet with \`provider.store.run(Programs.Access.signIn(…))\` of ` +
      `\`@kabinet/core\` (the list starts once the session opens), the peers with the same request by \`fetch\`, then ` +
      `\`GET /v1/companies/:id/numbers?offset&limit&sort&order&search\` with the session's token, parsed with ` +
      `\`JSON.parse\` alone. The peers' «Поиск» is a plain input with Kabinet's rule: it commits 300 ms after the last ` +
      `keystroke, or at once on Enter. Debian's Chromium (${browser.version()}), headless, 1280×800 (375×800 for ` +
      `the phone figures, Kabinet alone unless \`LIST_PHONE_PEERS=1\`), through playwright-core; ${runs} runs per subject, interleaved run by run (Kabinet, ` +
      `vaadin-grid, AG Grid, …), each in a fresh browser context. An in-page probe polls every animation frame for ` +
      `the grid's visible rows (Kabinet's placeholder rows, vaadin-grid's rows marked loading, AG Grid's loading ` +
      `rows, and space with no row, count as showing no data) and reports the time of the frame after the one where ` +
      `the awaited rows were first in the DOM. The first request's times come from the page's resource timing. ` +
      `Scrolling sets \`scrollTop\` once per animation frame — big jumps by 1/300 of the scroll height down to the ` +
      `end, small steps by three of the grid's own rows for 600 frames — and times every frame; a frame counts as ` +
      `showing no data when the frame before it left a visible row without data. Heap: \`HeapProfiler.collectGarbage\` ` +
      `then \`Runtime.getHeapUsage\` through CDP, once the first rows settled and again after both passes. Searches ` +
      `type a whole number from deep in the list (the 50,000th, then the 80,000th with Enter).`,
    figures,
    notes: [
      ...blankEnds([fleet, fewer, phone]),
      ...(errors.length > 0 ? [`Console errors on the pages: ${[...new Set(errors)].slice(0, 5).join("; ")}`] : []),
    ],
    versions: {
      chromium: browser.version(),
      "@kabinet/widgets": versionOf("@kabinet/widgets"),
      "@kabinet/core": versionOf("@kabinet/core"),
      effect: versionOf("effect"),
      lit: versionOf("lit"),
      "@vaadin/grid": versionOf("@vaadin/grid"),
      "ag-grid-community": versionOf("ag-grid-community"),
      esbuild: versionOf("esbuild"),
      "playwright-core": versionOf("playwright-core"),
    },
  })
  log(
    `done; median first rows at 100,000 lines: ${subjects.map((s) => `${s.name} ${median(fleet[s.id].map((r) => r.firstRows)).toFixed(0)} ms`).join(", ")}`,
  )
} catch (error) {
  console.error(`[list ${elapsed()}] could not measure: ${error.stack ?? error}`)
  failed = true
} finally {
  await browser?.close().catch(() => undefined)
  for (const site of sites) await site.close()
  for (const operator of operators) operator.stop()
}
process.exit(failed ? 1 : 0)
