// The standalone server with a large fleet in a process of its own, signed in, and a client that
// times one list request: the setup shared by `load.bench.ts` and the repository's `npm run bench`
// (`bench/suites/mock.mjs`), so both measure the same server the same way.
import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

/** The company of the demo's large fleet. */
export const fleetCompany = "cmp-700700700700"

/**
 * Starts the server (`sources`: from TypeScript through `serve.ts`; otherwise the built
 * `dist/server.js`) with `fleetSize` lines and no simulated latency, signs the demo admin in, and
 * returns what a load test needs. `stop()` ends the process.
 */
export const startFleetServer = async ({ fleetSize = 100_000, sources = false } = {}) => {
  const entry = sources
    ? ["--conditions=source", fileURLToPath(new URL("./serve.ts", import.meta.url))]
    : [fileURLToPath(new URL("../dist/server.js", import.meta.url))]
  const child = spawn(
    process.execPath,
    [...entry, "--port", "0", "--fleet-size", String(fleetSize), "--time-scale", "0"],
    { stdio: ["ignore", "pipe", "inherit"] },
  )
  const url = await new Promise((resolve, reject) => {
    child.on("error", reject)
    child.on("exit", (code) => reject(new Error(`the server exited (${code}) before listening`)))
    child.stdout.on("data", (chunk) => {
      const address = /on (http:\/\/[\d.:]+)/u.exec(chunk.toString())?.[1]
      if (address !== undefined) resolve(address)
    })
  })
  const signIn = await fetch(`${url}/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ phone: "77012111249", password: "kabinet-demo" }),
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
      const fields = readFileSync(`/proc/${child.pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? []
      return ((Number(fields[11]) + Number(fields[12])) * 1_000) / 100
    } catch {
      return undefined
    }
  }

  const stop = () => {
    child.removeAllListeners("exit")
    child.kill()
  }

  return { url, get, serverCpuMs, stop }
}

/** The p-th percentile (0–100, nearest rank) of ascending `sorted`. */
export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
