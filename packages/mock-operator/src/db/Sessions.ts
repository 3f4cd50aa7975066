/**
 * Signed-in sessions: a bearer token per sign-in, ending after a stretch of inactivity like a
 * business portal's session does, at a fixed time after sign-in however busy (so a stolen token
 * cannot be kept alive by use), or at sign-out. The two lengths are the contract's.
 */
import { Api } from "@kabinet/core"

/** A session ends after this long without a request… */
export const idleTimeoutMs = Api.Security.sessionIdleMinutes * 60_000

/** …and this long after sign-in, whatever happens. */
export const maxLifetimeMs = Api.Security.sessionMaxHours * 60 * 60_000

/** A session. */
export interface Session {
  readonly token: string
  readonly phone: string
  readonly issuedAt: number
  readonly lastSeenAt: number
}

/** When a session ends if nothing more happens: the earlier of the idle and the absolute end. */
export const expiresAt = (session: Session): number =>
  Math.min(session.lastSeenAt + idleTimeoutMs, session.issuedAt + maxLifetimeMs)

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
    if (now >= expiresAt(session)) {
      this.#sessions.delete(token)
      return { _tag: "Expired" }
    }
    const touched = { ...session, lastSeenAt: now }
    this.#sessions.set(token, touched)
    return { _tag: "Active", session: touched }
  }

  /**
   * The admin a token belongs to while its session is active at `now`, without counting it as
   * activity; `undefined` for an unknown or ended session.
   */
  ownerOf(token: string, now: number): string | undefined {
    const session = this.#sessions.get(token)
    return session === undefined || now >= expiresAt(session) ? undefined : session.phone
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
