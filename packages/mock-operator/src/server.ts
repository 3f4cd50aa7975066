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
import { Api } from "@kabinet/core"
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

/** How long a client has to send its headers, and its whole request: a slow sender cannot hold a connection. */
export const timeouts = { headersMs: 10_000, requestMs: 30_000 } as const

// The body as a stream the operator pulls from, so nothing is read before the operator asks, and
// never past the contract's limit: a 100 MB body is refused after 64 KiB, not buffered.
const bodyOf = (incoming: IncomingMessage): ReadableStream<Uint8Array> => {
  let size = 0
  let closed = false
  return new ReadableStream<Uint8Array>({
    start(controller) {
      incoming.on("data", (chunk: Buffer) => {
        if (closed) return
        size += chunk.byteLength
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
        if (size > Api.Protocol.maxBodyBytes) {
          closed = true
          incoming.pause()
          controller.close()
        } else if ((controller.desiredSize ?? 0) <= 0) incoming.pause()
      })
      incoming.on("end", () => {
        if (closed) return
        closed = true
        controller.close()
      })
      incoming.on("error", (error) => {
        if (closed) return
        closed = true
        controller.error(error)
      })
      incoming.pause()
    },
    pull() {
      if (!closed) incoming.resume()
    },
    cancel() {
      closed = true
      incoming.pause()
    },
  })
}

const toRequest = (base: string, incoming: IncomingMessage): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(name, item)
    else if (value !== undefined) headers.set(name, value)
  }
  const method = incoming.method ?? "GET"
  const body = method === "GET" || method === "HEAD" ? undefined : bodyOf(incoming)
  return new Request(`${base}${incoming.url ?? "/"}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body, duplex: "half" }),
  } as RequestInit)
}

const send = async (response: Response, incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> => {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name] = value
  })
  // A body the operator did not read (too large, or not wanted) is not read after the answer
  // either: the connection closes once the answer is out.
  if (!incoming.complete) headers.connection = "close"
  outgoing.writeHead(response.status, headers)
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}

const crashed = JSON.stringify({ _tag: "OperatorUnavailable" })

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
    const server = createServer(
      { headersTimeout: timeouts.headersMs, requestTimeout: timeouts.requestMs },
      (incoming, outgoing) => {
        if (operator === undefined) {
          outgoing.writeHead(503, { "content-type": "application/json" }).end(crashed)
          return
        }
        const ready = operator
        const client = incoming.socket.remoteAddress ?? "unknown"
        ready
          .handle(toRequest(base, incoming), client)
          .then((response) => send(response, incoming, outgoing))
          .catch((error: unknown) => {
            console.error(error)
            if (outgoing.headersSent) outgoing.destroy()
            else outgoing.writeHead(500, { "content-type": "application/json", connection: "close" }).end(crashed)
          })
      },
    )
    server.on("error", reject)
    server.listen(options.port ?? defaults.port, host, () => {
      const address = server.address() as AddressInfo
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address
      base = `http://${shownHost}:${address.port}`
      // The control API answers under the names this machine is reached by, and no other.
      const hosts = [`${shownHost}:${address.port}`, `localhost:${address.port}`, ...(options.control?.hosts ?? [])]
      operator = makeMockOperator({
        prepare: true,
        ...options,
        baseUrl: base,
        control: { ...options.control, hosts },
      })
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
      "control-origin": { type: "string", multiple: true },
      "no-control": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  })
  if (values.help === true) {
    console.log(
      "kabinet-mock-operator [--port 8787] [--host 127.0.0.1] [--seed 1] [--fleet-size 1000] [--time-scale 1] [--control-origin http://localhost:6006 …] [--no-control]",
    )
    return
  }
  const server = await startServer({
    port: number(values.port, "port"),
    host: values.host,
    seed: number(values.seed, "seed"),
    fleetSize: number(values["fleet-size"], "fleet-size"),
    timeScale: number(values["time-scale"], "time-scale"),
    control: { enabled: values["no-control"] !== true, origins: values["control-origin"] ?? [] },
  })
  const state = server.operator.state
  console.log(
    `Mock operator on ${server.url} — seed ${state.seed}, ${state.fleetSize} lines, time scale ${state.clock.timeScale}`,
  )
  const control =
    values["no-control"] === true
      ? "control API off"
      : `control API ${server.url}/__mock/state (tools, and pages of ${[server.url, ...(values["control-origin"] ?? [])].join(", ")})`
  console.log(`Demo admin 77012111249 / kabinet-demo · ${control}`)
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
