/**
 * Password recoveries under way (A2): the SMS code last sent, when, how many wrong tries it has
 * had, and — once the code is confirmed — the one-time token that lets step 3 set the new
 * password. The limits themselves (60 s between sends, 5 minutes, 5 tries; 5 codes and 10 wrong
 * tries per phone an hour) are the core's rules; this only remembers what they are checked against,
 * per recovery and per phone — the phone's counts outlive any one recovery, so starting over or
 * resending opens no new guesses.
 */

/** A recovery. */
export interface Recovery {
  readonly id: string
  readonly phone: string
  /** False for a phone the operator does not know: the answers look the same, no SMS goes out. */
  readonly known: boolean
  readonly code: string
  readonly sentAt: number
  /** Wrong entries of the current code. */
  readonly tries: number
  /** Issued when the code is confirmed; step 3 must present it before `grantExpiresAt`. */
  readonly grant: { readonly token: string; readonly expiresAt: number } | undefined
}

/** Step 3 must follow step 2 within this time. */
export const grantValidMs = 10 * 60_000

// How long a phone's sends and failures are kept: the core's window.
const windowMs = 60 * 60_000

/** The recoveries. */
export class Recoveries {
  readonly #byId = new Map<string, Recovery>()
  readonly #sends = new Map<string, ReadonlyArray<number>>()
  readonly #failures = new Map<string, ReadonlyArray<number>>()

  /** When codes were sent to a phone within the last hour before `now`. */
  sendsOf(phone: string, now: number): ReadonlyArray<number> {
    return (this.#sends.get(phone) ?? []).filter((at) => at > now - windowMs)
  }

  /** When wrong codes were typed for a phone within the last hour before `now`. */
  failuresOf(phone: string, now: number): ReadonlyArray<number> {
    return (this.#failures.get(phone) ?? []).filter((at) => at > now - windowMs)
  }

  /** Counts a wrong code for a phone. */
  failed(phone: string, at: number): void {
    this.#failures.set(phone, [...this.failuresOf(phone, at), at])
  }

  /** A recovery by id. */
  get(id: string): Recovery | undefined {
    return this.#byId.get(id)
  }

  /** The recovery of a phone, if one is under way. */
  ofPhone(phone: string): Recovery | undefined {
    for (const recovery of this.#byId.values()) if (recovery.phone === phone) return recovery
    return undefined
  }

  /** The recovery a step-3 token belongs to. */
  byGrant(token: string): Recovery | undefined {
    for (const recovery of this.#byId.values()) if (recovery.grant?.token === token) return recovery
    return undefined
  }

  /** Records a newly sent code; a new code starts with no tries of its own and no grant. */
  sent(recovery: Omit<Recovery, "tries" | "grant">): Recovery {
    const next: Recovery = { ...recovery, tries: 0, grant: undefined }
    this.#byId.set(next.id, next)
    this.#sends.set(recovery.phone, [...this.sendsOf(recovery.phone, recovery.sentAt), recovery.sentAt])
    return next
  }

  /** Replaces a recovery with its changed version. */
  update(id: string, change: (recovery: Recovery) => Recovery): Recovery | undefined {
    const recovery = this.#byId.get(id)
    if (recovery === undefined) return undefined
    const next = change(recovery)
    this.#byId.set(id, next)
    return next
  }

  /** Ends a recovery (the password was set). */
  finish(id: string): void {
    this.#byId.delete(id)
  }
}
