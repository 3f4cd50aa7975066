/**
 * The standalone server on an ephemeral loopback port, probed over real HTTP as an outsider would:
 * `fetch` for ordinary requests, `node:http` for what `fetch` will not send (a body larger than it
 * claims, a body that never ends, a forged `Host`).
 */
import { request as httpRequest, type IncomingHttpHeaders } from "node:http"
import { afterAll, beforeAll, beforeEach } from "vitest"
import { type RunningServer, type ServerOptions, startServer } from "../../src/server.js"

/** The demo admin. */
export const demo = { phone: "77012111249", password: "kabinet-demo" } as const

/** «TOO Кабинет», its branch, «АО "Времени мало"». */
export const companies = {
  kabinet: "cmp-700700700700",
  branch: "cmp-700700700700-branch",
  vremeniMalo: "cmp-800800800800",
} as const

/** A started server for the test file, reset before each test. */
export interface Served {
  readonly current: RunningServer
}

/** Starts a server for the file; `current` is valid inside the tests. */
export const useServer = (options: ServerOptions = {}): Served => {
  const served = { current: undefined as unknown as RunningServer }
  beforeAll(async () => {
    served.current = await startServer({ port: 0, seed: 3, fleetSize: 1_000, timeScale: 0, ...options })
  })
  beforeEach(() => served.current.operator.reset())
  afterAll(() => served.current.close())
  return served
}

let keys = 0
/** A fresh idempotency key. */
export const key = (): string => `probe-${Date.now()}-${++keys}`

/** A request with a JSON body (when given) and a bearer token (when given). */
export const send = (
  server: RunningServer,
  method: string,
  path: string,
  options: { readonly token?: string; readonly body?: unknown; readonly headers?: Record<string, string> } = {},
): Promise<Response> =>
  fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  })

/** The JSON of a response. */
export const json = async (response: Response): Promise<Record<string, unknown>> =>
  (await response.json()) as Record<string, unknown>

/** Signs in and answers the token. */
export const signIn = async (server: RunningServer, phone: string = demo.phone, password: string = demo.password) => {
  const response = await send(server, "POST", "/v1/auth/sign-in", { body: { phone, password } })
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}

/** What a raw exchange answered. */
export interface RawAnswer {
  readonly status: number
  readonly headers: IncomingHttpHeaders
  readonly body: string
}

/**
 * A raw request: the headers, then `chunks` one by one; with `holdOpen` the request is never
 * ended, as by a client still sending; `localAddress` sends it from another loopback address, as
 * another client. Resolves with the answer.
 */
export const raw = (
  server: RunningServer,
  method: string,
  path: string,
  headers: Record<string, string>,
  chunks: ReadonlyArray<string | Uint8Array> = [],
  options: { readonly holdOpen?: boolean; readonly localAddress?: string } = {},
): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const url = new URL(path, server.url)
    const outgoing = httpRequest({
      host: url.hostname,
      port: url.port,
      path: url.pathname + url.search,
      method,
      headers,
      ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }),
    })
    outgoing.on("error", (error) => {
      // A server that answered and closed while the client was still sending is expected here.
      if ((error as NodeJS.ErrnoException).code !== "EPIPE" && (error as NodeJS.ErrnoException).code !== "ECONNRESET")
        reject(error)
    })
    outgoing.on("response", (response) => {
      const parts: Array<Buffer> = []
      response.on("data", (chunk: Buffer) => parts.push(chunk))
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(parts).toString() })
        outgoing.destroy()
      })
    })
    for (const chunk of chunks) outgoing.write(chunk)
    if (options.holdOpen !== true) outgoing.end()
  })
