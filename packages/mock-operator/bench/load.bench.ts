/**
 * The standalone server with a 100,000-line fleet, in a process of its own, under 10 concurrent
 * clients over HTTP: the first page of the list, searches, and a deep page sorted by a column —
 * each client sending its next request as soon as the last is answered. The target is a p99 under
 * 50 ms for each, measured after a warm-up, in three rounds: the median round counts, so that a
 * burst of another program on a shared machine does not decide alone (every round is printed). The
 * first, cold request of each scenario and the first search of a fresh server are printed beside
 * it, and a miss fails the benchmark.
 */
import { afterAll, beforeAll, expect, test } from "vitest"
import { type FleetServer, percentile, startFleetServer } from "./fleet-server.mjs"

const clients = 10
const rounds = 3
const requestsPerClient = 40
const warmUpRequests = 40
const targetP99Ms = 50
const tariffs = ["Бизнес Класс Специалист", "Карт Бланш+ 1000", "Бизнес Класс Старт", "11 corp", "M2M Телеметрия"]

let server: FleetServer
let firstSearchMs = 0

const get = (query: string): Promise<number> => server.get(query)

beforeAll(async () => {
  server = await startFleetServer({ fleetSize: 100_000, sources: true })
  // The very first search of a fresh server (it builds its indexes as it starts).
  firstSearchMs = await get("offset=0&limit=50&search=0542")
  // The server's code is compiled as it runs: every kind of request a few hundred times first.
  for (let i = 0; i < 300; i++) await get(scenarios[i % scenarios.length]?.query(20_000 + i) ?? "")
})
afterAll(() => {
  server.stop()
})

const scenarios: ReadonlyArray<{ readonly name: string; readonly query: (i: number) => string }> = [
  { name: "first page (50 rows)", query: () => "offset=0&limit=50" },
  // A different number fragment for every request, so that none is answered from the recent-search cache.
  { name: "search by digits", query: (i) => `offset=0&limit=50&search=${String(1_000 + ((i * 137) % 9_000))}` },
  // A tariff's name, paged through as a person scrolls the narrowed list.
  {
    name: "search by tariff, paged",
    query: (i) => `offset=${(i % 20) * 50}&limit=50&search=${encodeURIComponent(tariffs[i % tariffs.length] ?? "")}`,
  },
  {
    name: "deep page sorted by funds",
    query: (i) => `offset=${60_000 + (i % 50) * 50}&limit=50&sort=availableFunds&order=desc`,
  },
]

const rows: Array<Record<string, string>> = []

for (const scenario of scenarios) {
  test(scenario.name, async () => {
    const cold = await get(scenario.query(0))
    for (let i = 1; i <= warmUpRequests; i++) await get(scenario.query(10_000 + i))
    let next = 1
    const cpuBefore = server.serverCpuMs()
    const measured: Array<ReadonlyArray<number>> = []
    for (let round = 0; round < rounds; round++) {
      const latencies: Array<number> = []
      await Promise.all(
        Array.from({ length: clients }, async () => {
          for (let i = 0; i < requestsPerClient; i++) latencies.push(await get(scenario.query(next++)))
        }),
      )
      measured.push([...latencies].sort((a, b) => a - b))
    }
    const cpuAfter = server.serverCpuMs()
    const cpuPerRequest =
      cpuBefore === undefined || cpuAfter === undefined
        ? "—"
        : ((cpuAfter - cpuBefore) / (rounds * clients * requestsPerClient)).toFixed(2)
    const byP99 = [...measured].sort((a, b) => percentile(a, 99) - percentile(b, 99))
    const median = byP99[Math.floor(rounds / 2)] as ReadonlyArray<number>
    const p99 = percentile(median, 99)
    rows.push({
      scenario: scenario.name,
      requests: `${rounds} × ${median.length}`,
      "server CPU per request, ms": cpuPerRequest,
      "cold, ms": cold.toFixed(1),
      "p50, ms": percentile(median, 50).toFixed(1),
      "p95, ms": percentile(median, 95).toFixed(1),
      "p99, ms": p99.toFixed(1),
      "p99 of each round, ms": measured.map((round) => percentile(round, 99).toFixed(0)).join(" / "),
    })
    expect(p99, `${scenario.name}: p99 at ${clients} concurrent clients`).toBeLessThan(targetP99Ms)
  })
}

afterAll(() => {
  console.log(`\n100,000 lines, ${clients} concurrent clients over HTTP, target p99 < ${targetP99Ms} ms`)
  console.log(`the first search of a fresh server: ${firstSearchMs.toFixed(1)} ms`)
  console.table(rows)
})
