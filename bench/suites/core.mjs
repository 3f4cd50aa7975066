// The core in plain Node (the built `@kabinet/core`): decoding a page of the number list from its
// JSON text into typed, validated rows — what the client does with every list answer — beside
// `JSON.parse` of the same text, and the number rules checked per second.
import { Api, Rules } from "@kabinet/core"
import { Schema } from "effect"
import { numberPageJson } from "../core/number-rows.mjs"
import { median, writeSuite } from "../lib/results.mjs"

const runs = 7
const kabinet = "Kabinet decode"
const peer = "JSON.parse"

// The client's decoder of the list endpoint's answer: the body's text read as JSON, then the
// contract's `NumberPage` (built once, as the client builds it once per endpoint).
const decodePage = Schema.decodeUnknownSync(Schema.fromJsonString(Api.Numbers.NumberPage))

const time = (work) => {
  const started = performance.now()
  work()
  return performance.now() - started
}

// `repeat` decodes per sample for the small page, so that a sample is not a timer's resolution.
const decoding = (count, repeat) => {
  const json = numberPageJson(count)
  const page = decodePage(json)
  if (page.items.length !== count || typeof page.items[count - 1].availableFunds !== "number")
    throw new Error(`decoded ${page.items.length} of ${count} rows`)
  const warmUp = Math.max(3, Math.ceil(300_000 / count))
  for (let i = 0; i < warmUp; i++) {
    JSON.parse(json)
    decodePage(json)
  }
  const samples = { [kabinet]: [], [peer]: [] }
  for (let run = 0; run < runs; run++) {
    // Interleaved, and the order flipped every run, so that neither always follows a collection.
    const order = run % 2 === 0 ? [kabinet, peer] : [peer, kabinet]
    for (const subject of order) {
      const work = subject === kabinet ? () => decodePage(json) : () => JSON.parse(json)
      samples[subject].push(
        time(() => {
          for (let i = 0; i < repeat; i++) work()
        }) / repeat,
      )
    }
  }
  return { json, samples }
}

// The small page first, before the large one has grown the heap.
const small = decoding(1_000, 200)
const large = decoding(100_000, 1)
console.log(
  `decode 100,000: ${median(large.samples[kabinet]).toFixed(0)} ms vs JSON.parse ${median(large.samples[peer]).toFixed(0)} ms`,
)
console.log(
  `decode 1,000: ${median(small.samples[kabinet]).toFixed(2)} ms vs JSON.parse ${median(small.samples[peer]).toFixed(2)} ms`,
)

// Rule checks over the decoded fleet: the ⋮ menu of every row (7 decisions each) and of every profile.
const rows = decodePage(large.json).items
const rulesPerSecond = (menu) => {
  for (let i = 0; i < 3; i++) for (const row of rows) menu(row)
  const samples = []
  for (let run = 0; run < runs; run++) {
    let entries = 0
    const ms = time(() => {
      for (const row of rows) entries += menu(row).length
    })
    if (entries === 0) throw new Error("no menu entries")
    samples.push(rows.length / (ms / 1000))
  }
  return samples
}
const quick = rulesPerSecond(Rules.NumberRules.quickOperations)
const profile = rulesPerSecond(Rules.NumberRules.profileOperations)

// From a CPU profile of decoding a 1,000-row page 3,000 times: what is left besides JSON.parse.
const ratioTarget = {
  ratio: 2,
  text: "≤ 2× JSON.parse",
  ifMissed:
    "JSON.parse itself is about 46 % of the decoding (the schema reads the text with it); of the rest, Effect's " +
    "construction of a `DateTime.Utc` per instant (an object created with its prototype and a property defined on it) " +
    "is about 12 %, the row's own checks and literal about 17 %, the instants' digits and the amounts about 10 %. " +
    "Going further means keeping instants as epoch milliseconds in the rows, a change of the domain's types.",
}
// A screen shows some 30 rows and repaints at most 60 times a second: 1,800 menus a second; the
// floor leaves a wide margin for a slow phone.
const menuFloor = { min: 100_000, text: "≥ 100,000 menus/s" }

writeSuite({
  id: "core",
  title: "The core: decoding and rules",
  order: 30,
  method:
    "Node, the built `@kabinet/core`. Decoding: the JSON text of a number-list page (`NumberPage`) with 100,000 " +
    "and with 1,000 rows shaped like the manual's (every optional field on some rows, distinct instants), decoded " +
    "into typed, validated rows by the contract's own schema — the step the client takes with every answer — " +
    `beside \`JSON.parse\` alone on the same text; ${runs} runs, the two interleaved in alternating order, after a ` +
    "warm-up (the 1,000-row figure is the mean of 200 decodes per run). Rules: the ⋮ menus of all 100,000 decoded " +
    `rows (the quick menu: 7 decisions; the profile menu: 7 decisions), ${runs} runs.`,
  figures: [
    { name: "decode a page of 100,000 numbers", unit: "ms", samples: large.samples, target: ratioTarget },
    { name: "decode a page of 1,000 numbers", unit: "ms", samples: small.samples, target: ratioTarget },
    {
      name: "quick-operations menu of a row (NumberRules.quickOperations)",
      unit: "ops/s",
      better: "higher",
      samples: { "Kabinet rules": quick },
      target: menuFloor,
    },
    {
      name: "profile menu of a number (NumberRules.profileOperations)",
      unit: "ops/s",
      better: "higher",
      samples: { "Kabinet rules": profile },
      target: menuFloor,
    },
  ],
  notes: [
    "A row is decoded on a fast path of character checks (no regular expression, no `BigInt` per amount, the " +
      "instant computed from its digits); any row it does not accept is decoded by the schema itself, which " +
      "names what is wrong, so a payload out of contract still fails as `ContractViolation` with the same message.",
  ],
})
