/**
 * A mock operator that outlives the page, as a real one does: every change an admin made (each
 * request that changed something and succeeded) is written to a `Storage` — the page's
 * `sessionStorage` — and a page reloaded mid-demo rebuilds the same operator from its seed and replays
 * them, each at the moment it was first made. A block started before the reload is still «В обработке»
 * after it, under the same operation id, and ends when it would have; a retried request still finds
 * its idempotency key. Resetting the operator (its `reset`, or `POST /__mock/reset`) forgets them.
 *
 * A journal rather than a copy of the state: the operator's stores stay its own business, and what is
 * kept is the contract's own requests. Sessions issued during the replay get new tokens (the page
 * signs in again anyway: the client keeps its session in memory only); SMS codes are not replayed, so
 * a password recovery left half-way starts again.
 *
 * @example
 * ```ts
 * import { persistentOperator } from "@kabinet/mock-operator/browser"
 * const operator = await persistentOperator({ seed: 1, timeScale: 0.05 }, { storage: sessionStorage })
 * ```
 */
import { type MockOperator, type MockOperatorOptions, makeMockOperator } from "./MockOperator.js"

/** Where the journal is kept: `sessionStorage`, or anything with its three methods. */
export interface PersistOptions {
  readonly storage: Pick<Storage, "getItem" | "setItem" | "removeItem">
  /** The storage key; default `kabinet-mock-operator`. */
  readonly key?: string | undefined
}

/** The storage key used when none is given. */
export const defaultKey = "kabinet-mock-operator"

/** One change, as the operator first received it. */
interface Entry {
  /** The host's time when it arrived, epoch milliseconds. */
  readonly at: number
  readonly method: string
  /** Below the base URL, with the query: `/v1/companies/…/block`. */
  readonly path: string
  readonly headers: ReadonlyArray<readonly [string, string]>
  readonly body?: string | undefined
  /** The session token the answer issued (a sign-in), to give later entries the replayed one. */
  readonly issued?: string | undefined
}

interface Journal {
  readonly version: 1
  readonly seed: number
  readonly fleetSize: number
  readonly entries: Array<Entry>
}

const kept = new Set(["authorization", "content-type", "idempotency-key"])

const read = (persist: PersistOptions, seed: number, fleetSize: number): Array<Entry> => {
  const text = persist.storage.getItem(persist.key ?? defaultKey)
  if (text === null) return []
  try {
    const journal = JSON.parse(text) as Journal
    return journal.version === 1 && journal.seed === seed && journal.fleetSize === fleetSize ? journal.entries : []
  } catch {
    return []
  }
}

const tokenOf = async (response: Response): Promise<string | undefined> => {
  if (!(response.headers.get("content-type") ?? "").includes("json")) return undefined
  const body = (await response.clone().json()) as unknown
  return typeof body === "object" && body !== null && "token" in body && typeof body.token === "string"
    ? body.token
    : undefined
}

/**
 * Makes a mock operator whose changes survive the page: it replays what `persist.storage` holds for
 * the same seed and fleet size, then records every change made to it.
 *
 * @example
 * ```ts
 * const operator = await persistentOperator({ seed: 1 }, { storage: sessionStorage })
 * ```
 */
export const persistentOperator = async (
  options: MockOperatorOptions,
  persist: PersistOptions,
): Promise<MockOperator> => {
  const source = options.now ?? Date.now
  let replayingAt: number | undefined
  const operator = makeMockOperator({ ...options, now: () => replayingAt ?? source() })
  const { seed, fleetSize } = operator.state
  const entries = read(persist, seed, fleetSize)
  const save = () =>
    persist.storage.setItem(
      persist.key ?? defaultKey,
      JSON.stringify({ version: 1, seed, fleetSize, entries } satisfies Journal),
    )
  const forget = () => {
    entries.length = 0
    persist.storage.removeItem(persist.key ?? defaultKey)
  }

  // The replay: each change at its own moment, sessions mapped from the tokens first issued.
  const tokens = new Map<string, string>()
  for (const entry of entries) {
    replayingAt = entry.at
    const headers = new Headers(entry.headers as Array<[string, string]>)
    const bearer = headers.get("authorization")?.replace(/^Bearer\s+/iu, "")
    const replayed = bearer === undefined ? undefined : tokens.get(bearer)
    if (replayed !== undefined) headers.set("authorization", `Bearer ${replayed}`)
    const response = await operator.handle(
      new Request(`${operator.baseUrl}${entry.path}`, {
        method: entry.method,
        headers,
        ...(entry.body === undefined ? {} : { body: entry.body }),
      }),
    )
    const issued = entry.issued === undefined ? undefined : await tokenOf(response)
    if (entry.issued !== undefined && issued !== undefined) tokens.set(entry.issued, issued)
  }
  replayingAt = undefined

  const handle = async (request: Request): Promise<Response> => {
    const method = request.method.toUpperCase()
    const path = request.url.startsWith(operator.baseUrl) ? request.url.slice(operator.baseUrl.length) : undefined
    if (path === undefined || method === "GET" || method === "HEAD" || method === "OPTIONS")
      return operator.handle(request)
    if (path.startsWith("/__mock")) {
      const response = await operator.handle(request)
      if (path.startsWith("/__mock/reset") && response.ok) forget()
      return response
    }
    const at = source()
    const body = await request.clone().text()
    const response = await operator.handle(request)
    if (response.status >= 400) return response
    const headers = [...request.headers].filter(([name]) => kept.has(name.toLowerCase()))
    const issued = await tokenOf(response)
    entries.push({
      at,
      method,
      path,
      headers,
      ...(body === "" ? {} : { body }),
      ...(issued === undefined ? {} : { issued }),
    })
    save()
    return response
  }

  return {
    ...operator,
    baseUrl: operator.baseUrl,
    state: operator.state,
    faults: operator.faults,
    clock: operator.clock,
    handle,
    reset: (reset) => {
      forget()
      operator.reset(reset)
    },
  }
}
