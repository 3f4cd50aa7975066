// The standalone server with a large fleet, signed in, and a client that times one list request:
// the setup of the mock operator's suite (`suites/mock.mjs`).
import { readFileSync } from "node:fs"
import { startOperator } from "../lib/operator.mjs"
import { demoAdmin } from "../list/pages/demo-admin.js"

/** The company of the demo's large fleet. */
export const fleetCompany = "cmp-700700700700"

/**
 * Starts the standalone server with `fleetSize` lines and no simulated latency (`lib/operator.mjs`),
 * signs the demo admin in, and returns what a load test needs. `stop()` ends the process.
 */
export const startFleetServer = async ({ fleetSize = 100_000 } = {}) => {
  const { url, pid, stop } = await startOperator(fleetSize)
  const signIn = await fetch(`${url}/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(demoAdmin),
  })
  const { token } = await signIn.json()

  /** Requests a page of the fleet's list with `query`; resolves to the time to the last byte, in ms. */
  const get = async (query) => {
    const started = performance.now()
    const response = await fetch(`${url}/v1/companies/${fleetCompany}/numbers?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    })
    if (response.status !== 200) throw new Error(`list answered ${response.status} to ${query}`)
    await response.arrayBuffer()
    return performance.now() - started
  }

  /** The server's CPU time so far, in ms (Linux; `undefined` elsewhere). */
  const serverCpuMs = () => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? []
      return ((Number(fields[11]) + Number(fields[12])) * 1_000) / 100
    } catch {
      return undefined
    }
  }

  return { url, get, serverCpuMs, stop }
}
