/**
 * Signed-in sessions: a bearer token per sign-in, ending after a stretch of inactivity like a
 * business portal's session does, or at sign-out.
 */

/** A session ends after this long without a request. */
export const idleTimeoutMs = 30 * 60_000

/** A session. */
export interface Session {
  readonly token: string
  readonly phone: string
  readonly issuedAt: number
  readonly lastSeenAt: number
}

/** What a token stands for now. */
export type Lookup =
  | { readonly _tag: "Active"; readonly session: Session }
  | { readonly _tag: "Expired" }
  | { readonly _tag: "Unknown" }

/** The sessions. */
export class Sessions {
  readonly #sessions = new Map<string, Session>()
  readonly #newToken: () => string

  constructor(newToken: () => string) {
    this.#newToken = newToken
  }

  /** Opens a session for an admin. */
  open(phone: string, now: number): Session {
    const session: Session = { token: this.#newToken(), phone, issuedAt: now, lastSeenAt: now }
    this.#sessions.set(session.token, session)
    return session
  }

  /** Looks a token up and, when active, counts this request as activity. */
  touch(token: string, now: number): Lookup {
    const session = this.#sessions.get(token)
    if (session === undefined) return { _tag: "Unknown" }
    if (now - session.lastSeenAt >= idleTimeoutMs) {
      this.#sessions.delete(token)
      return { _tag: "Expired" }
    }
    const touched = { ...session, lastSeenAt: now }
    this.#sessions.set(token, touched)
    return { _tag: "Active", session: touched }
  }

  /** The admin a token belongs to, without counting it as activity; `undefined` when unknown. */
  ownerOf(token: string): string | undefined {
    return this.#sessions.get(token)?.phone
  }

  /** Ends a session. */
  close(token: string): void {
    this.#sessions.delete(token)
  }

  /** Ends every session of an admin (after a password change elsewhere). */
  closeAll(phone: string, except?: string): void {
    for (const [token, session] of this.#sessions)
      if (session.phone === phone && token !== except) this.#sessions.delete(token)
  }
}
