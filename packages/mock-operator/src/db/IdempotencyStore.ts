/**
 * The answers given to mutations that carried an `Idempotency-Key`, so that a repeated key never
 * acts twice: the repeat gets the first answer again, byte for byte. A key reused for a different
 * request is a conflict (409), not a replay.
 *
 * Keys are scoped by who sent them (the session's admin) so two admins cannot collide, and the
 * first request is remembered while it runs: a retry that arrives before the first answer waits
 * for it rather than acting again.
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

/** The idempotency store. */
export class IdempotencyStore {
  readonly #entries = new Map<string, { readonly fingerprint: string; readonly response: Promise<StoredResponse> }>()

  /**
   * Runs `run` for a key seen for the first time and remembers its answer; for a key seen before,
   * answers what the first request answered (or a conflict, when `fingerprint` — method, path and
   * body — differs). An answer that never came (`run` rejected) is forgotten, so the key can be
   * used again.
   */
  run(scope: string, key: string, fingerprint: string, run: () => Promise<StoredResponse>): Outcome {
    const id = `${scope}\u0000${key}`
    const entry = this.#entries.get(id)
    if (entry !== undefined) {
      return entry.fingerprint === fingerprint
        ? { _tag: "Answered", replayed: true, response: entry.response }
        : { _tag: "Conflict" }
    }
    const response = run()
    this.#entries.set(id, { fingerprint, response })
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
}
