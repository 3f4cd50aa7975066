/**
 * The answers given to mutations that carried an `Idempotency-Key`, so that a repeated key never
 * acts twice: the repeat gets the first answer again, byte for byte. A key reused for a different
 * request is a conflict (409), not a replay.
 *
 * A request is remembered by a digest of its method, path and canonical body (never the body
 * itself: a store of bodies is a store an attacker fills), for a day, and at most
 * {@link maxEntries} at once. Keys are scoped by who sent them — the session's admin, or the client
 * without one — so nobody's key collides with anybody else's, and the first request is remembered
 * while it runs: a retry that arrives before the first answer waits for it rather than acting again.
 */

/** An answer as it went out. */
export interface StoredResponse {
  readonly status: number
  readonly headers: ReadonlyArray<readonly [string, string]>
  readonly body: Uint8Array
}

/** What became of a keyed request. */
export type Outcome =
  | { readonly _tag: "Answered"; readonly replayed: boolean; readonly response: Promise<StoredResponse> }
  | { readonly _tag: "Conflict" }

/** How long a key is remembered. */
export const retentionMs = 24 * 60 * 60_000

/** The most keys remembered at once; the oldest is forgotten first. */
export const maxEntries = 10_000

interface Entry {
  readonly digest: string
  readonly response: Promise<StoredResponse>
  readonly at: number
}

/** The idempotency store. */
export class IdempotencyStore {
  readonly #entries = new Map<string, Entry>()

  /**
   * Runs `run` for a key seen for the first time and remembers its answer; for a key seen before,
   * answers what the first request answered (or a conflict, when `digest` — of the method, path
   * and canonical body — differs). An answer that never came (`run` rejected) is forgotten, so the
   * key can be used again.
   */
  run(scope: string, key: string, digest: string, now: number, run: () => Promise<StoredResponse>): Outcome {
    const id = `${scope}\u0000${key}`
    const entry = this.#entries.get(id)
    if (entry !== undefined && now - entry.at < retentionMs) {
      return entry.digest === digest
        ? { _tag: "Answered", replayed: true, response: entry.response }
        : { _tag: "Conflict" }
    }
    this.#entries.delete(id)
    const response = run()
    this.#entries.set(id, { digest, response, at: now })
    while (this.#entries.size > maxEntries) this.#entries.delete(this.#entries.keys().next().value as string)
    response.catch(() => this.#entries.delete(id))
    return { _tag: "Answered", replayed: false, response }
  }

  /** Forgets a key whose answer must not be replayed. */
  forget(scope: string, key: string): void {
    this.#entries.delete(`${scope}\u0000${key}`)
  }

  /** How many keys are remembered. */
  get size(): number {
    return this.#entries.size
  }

  /** The digests remembered, for tests to see that no body is kept. */
  digests(): ReadonlyArray<string> {
    return [...this.#entries.values()].map((entry) => entry.digest)
  }
}

/**
 * The canonical JSON of a value: object keys sorted, no whitespace — so `{"a":1, "b":2}` and
 * `{ "b": 2, "a": 1 }` are the same request.
 */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`
  }
  return JSON.stringify(value) ?? "null"
}

/** The digest (SHA-256, hex) of a request as the store compares them. */
export const requestDigest = async (method: string, pathAndQuery: string, body: string): Promise<string> => {
  let canonical = body
  try {
    if (body !== "") canonical = canonicalJson(JSON.parse(body))
  } catch {
    // Not JSON: compared as sent (the contract refuses it anyway).
  }
  const bytes = new TextEncoder().encode(`${method} ${pathAndQuery}\n${canonical}`)
  const hash = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, "0")).join("")
}
