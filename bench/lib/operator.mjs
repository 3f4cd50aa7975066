// The standalone mock operator (`@kabinet/mock-operator`'s server) in a process of its own, so that
// what measures it, or the pages it feeds, do not share its event loop.
import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"

const serverScript = fileURLToPath(import.meta.resolve("@kabinet/mock-operator/server"))

/**
 * Starts the standalone mock operator (`@kabinet/mock-operator`'s server) with `fleetSize` lines and
 * resolves once it listens (it builds its indexes first: seconds for 100,000 lines).
 * @param {number} fleetSize
 * @returns {Promise<{ url: string, pid: number | undefined, stop: () => void }>}
 */
export const startOperator = (fleetSize) =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [serverScript, "--port", "0", "--fleet-size", String(fleetSize), "--time-scale", "0"],
      { stdio: ["ignore", "pipe", "inherit"] },
    )
    const timer = setTimeout(() => {
      child.kill()
      reject(new Error(`the mock operator (${fleetSize} lines) did not start in 5 minutes`))
    }, 300_000)
    let output = ""
    child.on("error", reject)
    child.on("exit", (code) => reject(new Error(`the mock operator exited (${code})`)))
    child.stdout.on("data", (chunk) => {
      output += chunk.toString()
      const url = /on (http:\/\/[\d.:]+)/u.exec(output)?.[1]
      if (url === undefined) return
      clearTimeout(timer)
      child.stdout.resume()
      resolve({
        url,
        pid: child.pid,
        stop: () => {
          child.removeAllListeners("exit")
          child.kill()
        },
      })
    })
  })
