#!/usr/bin/env node
/**
 * The mock operator as a standalone HTTP server: the same contract and control API as in MSW, on a
 * real port, for a portal under development, a manual demo, or a client in another language.
 *
 * ```sh
 * npm run mock-operator                                   # http://127.0.0.1:8787
 * npm run mock-operator -- --port 9000 --host 0.0.0.0     # another address
 * npm run mock-operator -- --seed 7 --fleet-size 100000 --time-scale 0.05
 * ```
 *
 * @example
 * ```ts
 * import { startServer } from "@kabinet/mock-operator/server"
 * const server = await startServer({ port: 0 })
 * await fetch(`${server.url}/__mock/state`)
 * await server.close()
 * ```
 */
import { realpathSync } from "node:fs"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { fileURLToPath } from "node:url"
import { parseArgs } from "node:util"
import { type MockOperator, type MockOperatorOptions, makeMockOperator } from "./MockOperator.js"

/** Where and how to serve. */
export interface ServerOptions extends Omit<MockOperatorOptions, "baseUrl"> {
  /** Port; 0 picks a free one. Default 8787. */
  readonly port?: number | undefined
  /** Address to listen on. Default 127.0.0.1 (this machine only). */
  readonly host?: string | undefined
}

/** A running server. */
export interface RunningServer {
  /** The address it answers at, e.g. `http://127.0.0.1:8787`. */
  readonly url: string
  readonly operator: MockOperator
  /** Stops listening and releases the operator. */
  readonly close: () => Promise<void>
}

/** The default address. */
export const defaults = { port: 8787, host: "127.0.0.1" } as const

const readBody = (request: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => resolve(Buffer.concat(chunks)))
    request.on("error", reject)
  })

const toRequest = async (base: string, incoming: IncomingMessage): Promise<Request> => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item)
    else if (value !== undefined) headers.set(name, value)
  }
  const method = incoming.method ?? "GET"
  const body = method === "GET" || method === "HEAD" ? undefined : await readBody(incoming)
  return new Request(`${base}${incoming.url ?? "/"}`, {
    method,
    headers,
    ...(body === undefined || body.length === 0 ? {} : { body: new Uint8Array(body) }),
  })
}

const send = async (response: Response, outgoing: ServerResponse): Promise<void> => {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  outgoing.writeHead(response.status, headers)
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}

/**
 * Starts the server and resolves once it listens.
 *
 * @example
 * ```ts
 * const { url, close } = await startServer({ port: 0, timeScale: 0.01 })
 * ```
 */
export const startServer = (options: ServerOptions = {}): Promise<RunningServer> =>
  new Promise((resolve, reject) => {
    const host = options.host ?? defaults.host
    let operator: MockOperator | undefined
    let base = ""
    const server = createServer((incoming, outgoing) => {
      if (operator === undefined) {
        outgoing.writeHead(503).end()
        return
      }
      const ready = operator
      toRequest(base, incoming)
        .then((request) => ready.handle(request))
        .then((response) => send(response, outgoing))
        .catch((error: unknown) => {
          outgoing.writeHead(500, { "content-type": "text/plain; charset=utf-8" })
          outgoing.end(error instanceof Error ? error.message : String(error))
        })
    })
    server.on("error", reject)
    server.listen(options.port ?? defaults.port, host, () => {
      const address = server.address() as AddressInfo
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address
      base = `http://${shownHost}:${address.port}`
      operator = makeMockOperator({ ...options, baseUrl: base })
      const running = operator
      resolve({
        url: base,
        operator: running,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections()
            server.close((error) => (error === undefined ? done() : fail(error)))
          }).then(() => running.dispose()),
      })
    })
  })

const number = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined
  const parsed = Number(value)
  if (!Number.isFinite(parsed)) throw new Error(`--${name} must be a number, got ${value}`)
  return parsed
}

/** Runs the server from the command line until interrupted. */
export const main = async (argv: ReadonlyArray<string>): Promise<void> => {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: "string" },
      host: { type: "string" },
      seed: { type: "string" },
      "fleet-size": { type: "string" },
      "time-scale": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  })
  if (values.help === true) {
    console.log(
      "kabinet-mock-operator [--port 8787] [--host 127.0.0.1] [--seed 1] [--fleet-size 1000] [--time-scale 1]",
    )
    return
  }
  const server = await startServer({
    port: number(values.port, "port"),
    host: values.host,
    seed: number(values.seed, "seed"),
    fleetSize: number(values["fleet-size"], "fleet-size"),
    timeScale: number(values["time-scale"], "time-scale"),
  })
  const state = server.operator.state
  console.log(
    `Mock operator on ${server.url} — seed ${state.seed}, ${state.fleetSize} lines, time scale ${state.clock.timeScale}`,
  )
  console.log(`Demo admin 77012111249 / kabinet-demo · control API ${server.url}/__mock/state`)
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once("SIGINT", stop)
  process.once("SIGTERM", stop)
}

// Run when executed as a program (`node dist/server.js`, or the package's bin), not when imported.
const invokedDirectly = (): boolean => {
  const script = process.argv[1]
  if (script === undefined) return false
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url))
  } catch {
    return false
  }
}

if (invokedDirectly()) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
