// The mock operator's standalone server (built, `packages/mock-operator/dist/server.js`) with a
// 100,000-line fleet, under 10 concurrent clients over real HTTP: the first page of the list, a
// search by a number fragment, and a deep page sorted by available funds. No peers: the figures are
// the mock's own, with an absolute p99 budget.

import { percentile, writeSuite } from "../lib/results.mjs"
import { startFleetServer } from "../mock/fleet-server.mjs"

const fleetSize = 100_000
const clients = 10
const requestsPerClient = 30
const runs = 5
const warmUpRequests = 300
const subject = "Kabinet mock operator"
const p99BudgetMs = 100

const scenarios = [
  { id: "list", name: "list, first page of 100", query: () => "offset=0&limit=100" },
  // A different fragment every time, so that none is answered from the recent-search cache.
  {
    id: "search",
    name: "search by a number fragment",
    query: (i) => `offset=0&limit=100&search=${String(1_000 + ((i * 137) % 9_000))}`,
  },
  {
    id: "deep",
    name: "page at 90,000 sorted by available funds, descending",
    query: (i) => `offset=${90_000 + (i % 50) * 100}&limit=100&sort=availableFunds&order=desc`,
  },
]

const server = await startFleetServer({ fleetSize })
try {
  let next = 0
  for (let i = 0; i < warmUpRequests; i++) await server.get(scenarios[i % scenarios.length].query(next++))

  const samples = Object.fromEntries(scenarios.map((s) => [s.id, { p50: [], p99: [], rate: [], cpu: [] }]))
  for (let run = 0; run < runs; run++) {
    for (const scenario of scenarios) {
      const latencies = []
      const cpuBefore = server.serverCpuMs()
      const started = performance.now()
      await Promise.all(
        Array.from({ length: clients }, async () => {
          for (let i = 0; i < requestsPerClient; i++) latencies.push(await server.get(scenario.query(next++)))
        }),
      )
      const seconds = (performance.now() - started) / 1000
      const cpuAfter = server.serverCpuMs()
      latencies.sort((a, b) => a - b)
      const into = samples[scenario.id]
      into.p50.push(percentile(latencies, 50))
      into.p99.push(percentile(latencies, 99))
      into.rate.push(latencies.length / seconds)
      if (cpuBefore !== undefined && cpuAfter !== undefined) into.cpu.push((cpuAfter - cpuBefore) / latencies.length)
      console.log(
        `run ${run + 1} ${scenario.id}: p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, ${(latencies.length / seconds).toFixed(0)} req/s`,
      )
    }
  }

  const figures = scenarios.flatMap((scenario) => {
    const s = samples[scenario.id]
    return [
      { name: `${scenario.name}: p50`, unit: "ms", samples: { [subject]: s.p50 }, target: false },
      {
        name: `${scenario.name}: p99`,
        unit: "ms",
        samples: { [subject]: s.p99 },
        target: { max: p99BudgetMs, text: `≤ ${p99BudgetMs} ms` },
      },
      {
        name: `${scenario.name}: requests per second`,
        unit: "ops/s",
        better: "higher",
        samples: { [subject]: s.rate },
        target: false,
      },
      ...(s.cpu.length > 0
        ? [
            {
              name: `${scenario.name}: server CPU per request`,
              unit: "ms",
              samples: { [subject]: s.cpu },
              target: false,
            },
          ]
        : []),
    ]
  })

  writeSuite({
    id: "mock",
    title: "The mock operator under load",
    order: 40,
    method:
      `The standalone server (\`packages/mock-operator/dist/server.js\`) in a process of its own with a ` +
      `${fleetSize.toLocaleString("en-US")}-line fleet and no simulated latency; ${clients} concurrent clients over ` +
      `HTTP, each sending its next request when the last is answered (to the last byte), ${requestsPerClient} ` +
      `requests each per scenario and run, after ${warmUpRequests} warm-up requests; ${runs} runs, the scenarios ` +
      `interleaved within each run. Pages of 100 rows. The p99 budget of ${p99BudgetMs} ms is what a list that ` +
      `debounces and virtualizes can wait for a page without showing empty rows for long.`,
    figures,
  })
} finally {
  server.stop()
}
