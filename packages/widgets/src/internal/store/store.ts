/**
 * The state widgets share on a page: where the operator is, the brand, the session, the admin's
 * companies and the chosen one, and one Effect runtime that runs the core's programs.
 *
 * A `<kab-provider>` owns one store and shares it with the widgets inside it through `@lit/context`;
 * widgets used without a provider share the page's default store (see `configure`). Widgets never
 * keep their own copy of what is here: they read the store and re-render when it announces a change.
 *
 * The session is the core client's: the operator's answers open and end it (sign-in, recovery,
 * expiry, sign-out) and the store follows `client.session.changes`, so no widget sets it.
 */
import { type Company, type Messages, OperatorClient, Programs, Rules } from "@kabinet/core"
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as ManagedRuntime from "effect/ManagedRuntime"
import * as Option from "effect/Option"
import * as Stream from "effect/Stream"
import { type Brand, type BrandInput, resolveBrand } from "../../theme/brand.js"
import { type OperatorServices, operatorLayer } from "./runtime.js"

/** What a store is created with, or updated with. Anything left out keeps its value. */
export interface StoreOptions {
  /** The operator's API base URL, e.g. `"https://gateway.example.kz/kabinet"`; defaults to the page's origin. */
  readonly apiBase?: string | undefined
  /** The operator's brand (names, colours, logo). */
  readonly brand?: BrandInput | undefined
  /** The page-level language, used where no `lang` attribute says otherwise. */
  readonly locale?: Messages.Locale | undefined
  /**
   * The shortest password the operator accepts: 15 while the password is the only factor (the core's
   * default), e.g. 8 where the operator adds a second factor.
   */
  readonly passwordMinLength?: number | undefined
  /** The `fetch` the operator client uses instead of the page's (an in-page mock operator, a test double). */
  readonly fetch?: typeof globalThis.fetch | undefined
  /** The clock the widgets' countdowns read (epoch milliseconds); tests and stories may replace it. */
  readonly now?: (() => number) | undefined
}

/** A clock telling the wall-clock time of `now`; sleeping and elapsed time stay the base clock's. */
const wallClock =
  (now: () => number) =>
  (base: Clock.Clock): Clock.Clock => ({
    currentTimeMillisUnsafe: now,
    currentTimeMillis: Effect.sync(now),
    currentTimeNanosUnsafe: () => BigInt(now()) * 1_000_000n,
    currentTimeNanos: Effect.sync(() => BigInt(now()) * 1_000_000n),
    monotonicTimeNanosUnsafe: () => base.monotonicTimeNanosUnsafe(),
    monotonicTimeNanos: base.monotonicTimeNanos,
    sleep: (duration) => base.sleep(duration),
  })

/** The event a store sends when anything in it changes. */
export const storeChange = "kab-store-change"

/** The event a store sends when `signOut()` has ended the session. */
export const storeSignedOut = "kab-signed-out"

/** Why the last session ended: the admin signed out, or the operator ended it (expiry, another sign-in). */
export type SessionEnd = "signed-out" | "expired"

/**
 * The shared state and runtime. Change it through its methods; listen to `storeChange` to follow it.
 *
 * @example
 * ```ts
 * const store = new KabinetStore({ apiBase: "/api" })
 * const exit = await store.run(Programs.signIn(input))
 * ```
 */
export class KabinetStore extends EventTarget {
  #apiBase: string
  #brand: Brand
  #locale: Messages.Locale | undefined
  #now: () => number
  #passwordMinLength: number | undefined
  #fetch: typeof globalThis.fetch | undefined
  #client: OperatorClient.OperatorClient["Service"] | undefined
  #follower: Fiber.Fiber<void, unknown> | undefined
  #lastSession: OperatorClient.Session | undefined
  #sessionEnd: SessionEnd | undefined
  #signingOut = false
  #companies: ReadonlyArray<Company.Company> | undefined
  #companyId: Company.CompanyId | undefined
  #companiesRequest: Promise<Exit.Exit<ReadonlyArray<Company.Company>, OperatorClient.ClientError>> | undefined
  #runtime: ManagedRuntime.ManagedRuntime<OperatorServices, never> | undefined

  constructor(options: StoreOptions = {}) {
    super()
    this.#apiBase = options.apiBase ?? ""
    this.#brand = resolveBrand(options.brand)
    this.#locale = options.locale
    this.#now = options.now ?? Date.now
    this.#passwordMinLength = options.passwordMinLength
    this.#fetch = options.fetch
  }

  /** The operator's API base URL. */
  get apiBase(): string {
    return this.#apiBase
  }

  /** The operator's brand, complete. */
  get brand(): Brand {
    return this.#brand
  }

  /** The page-level language, if one was configured. */
  get locale(): Messages.Locale | undefined {
    return this.#locale
  }

  /** The `fetch` the operator is reached with: the configured one, else the page's. */
  get fetch(): typeof globalThis.fetch {
    return this.#fetch ?? globalThis.fetch.bind(globalThis)
  }

  /** The current time in epoch milliseconds, for countdowns and the core's time-dependent rules. */
  now(): number {
    return this.#now()
  }

  /** The operator's password policy: the core's, with the configured minimum length. */
  get passwordPolicy(): Rules.PasswordPolicy.Policy {
    const policy = Rules.PasswordPolicy.passwordOnly
    return this.#passwordMinLength === undefined ? policy : { ...policy, minLength: this.#passwordMinLength }
  }

  /** The signed-in session, if any: the core client's, read at the moment. */
  get session(): OperatorClient.Session | undefined {
    const current = this.#client?.session.current()
    return current === undefined ? undefined : Option.getOrUndefined(current)
  }

  /** Why the last session ended, until the next one opens; `undefined` while signed in or never signed in. */
  get sessionEnd(): SessionEnd | undefined {
    return this.#sessionEnd
  }

  /** The admin's companies, once loaded. */
  get companies(): ReadonlyArray<Company.Company> | undefined {
    return this.#companies
  }

  /** The id of the company every widget works on. */
  get companyId(): Company.CompanyId | undefined {
    return this.#companyId
  }

  /** The chosen company, once the companies are loaded. */
  get company(): Company.Company | undefined {
    return this.#companies?.find((company) => company.id === this.#companyId)
  }

  /**
   * The Effect runtime with the core's operator client for `apiBase`. Created on first use and
   * replaced when `apiBase` changes.
   */
  get runtime(): ManagedRuntime.ManagedRuntime<OperatorServices, never> {
    if (this.#runtime === undefined) {
      const runtime = ManagedRuntime.make(operatorLayer({ apiBase: this.#apiBase, fetch: this.#fetch }))
      this.#runtime = runtime
      this.#follow(runtime)
    }
    return this.#runtime
  }

  /**
   * Runs a program on the runtime and resolves with its `Exit`: never rejects, so no failure escapes
   * as an unhandled rejection. An aborted `signal` interrupts the program. When the store has its own
   * clock (`now`), the program's `Clock` tells that time too, so the core's rules in the program and
   * the widgets' countdowns agree.
   */
  run<A, E>(
    program: Effect.Effect<A, E, OperatorServices>,
    options: { readonly signal?: AbortSignal | undefined } = {},
  ): Promise<Exit.Exit<A, E>> {
    try {
      const timed = this.#now === Date.now ? program : Effect.updateService(program, Clock.Clock, wallClock(this.#now))
      return this.runtime.runPromiseExit(timed, { signal: options.signal }).catch((defect: unknown) => Exit.die(defect))
    } catch (defect) {
      return Promise.resolve(Exit.die(defect))
    }
  }

  /**
   * Updates the configuration; a new `apiBase` or `fetch` disposes of the old runtime (and the
   * session it held).
   */
  configure(options: StoreOptions): void {
    let changed = false
    const newBase = options.apiBase !== undefined && options.apiBase !== this.#apiBase
    const newFetch = options.fetch !== undefined && options.fetch !== this.#fetch
    if (newBase || newFetch) {
      this.#apiBase = options.apiBase ?? this.#apiBase
      this.#fetch = options.fetch ?? this.#fetch
      this.#disposeRuntime()
      this.#companies = undefined
      changed = true
    }
    if (options.brand !== undefined) {
      this.#brand = resolveBrand(options.brand)
      changed = true
    }
    if ("locale" in options && options.locale !== this.#locale) {
      this.#locale = options.locale
      changed = true
    }
    if ("passwordMinLength" in options && options.passwordMinLength !== this.#passwordMinLength) {
      this.#passwordMinLength = options.passwordMinLength
      changed = true
    }
    if (options.now !== undefined) {
      this.#now = options.now
      changed = true
    }
    if (changed) this.#changed()
  }

  /**
   * Signs out («Выйти»): ends the session on the operator's side and forgets it here whatever the
   * operator answers (a session it already ended, no network), then sends `kab-signed-out` from the
   * store. Never rejects.
   */
  async signOut(): Promise<void> {
    this.#signingOut = true
    await this.run(Programs.Access.signOut)
    this.#signingOut = false
    this.#sessionEnd = "signed-out"
    this.#changed()
    this.dispatchEvent(new Event(storeSignedOut))
  }

  /**
   * Loads the admin's companies into the store (A4). Concurrent calls share one request; a failed
   * one can be retried.
   */
  loadCompanies(): Promise<Exit.Exit<ReadonlyArray<Company.Company>, OperatorClient.ClientError>> {
    this.#companiesRequest ??= this.run(Programs.Profile.listCompanies).then((exit) => {
      this.#companiesRequest = undefined
      if (Exit.isSuccess(exit)) this.setCompanies(exit.value)
      return exit
    })
    return this.#companiesRequest
  }

  /** Records the admin's companies; keeps the chosen one if it is among them, else picks the first. */
  setCompanies(companies: ReadonlyArray<Company.Company>): void {
    this.#companies = companies
    if (!companies.some((company) => company.id === this.#companyId)) this.#companyId = companies[0]?.id
    this.#changed()
  }

  /** Replaces one company (after a rename). */
  updateCompany(company: Company.Company): void {
    if (this.#companies === undefined) return
    this.#companies = this.#companies.map((each) => (each.id === company.id ? company : each))
    this.#changed()
  }

  /** Chooses the company every widget works on (A4). */
  selectCompany(companyId: Company.CompanyId | undefined): void {
    if (companyId === this.#companyId) return
    this.#companyId = companyId
    this.#changed()
  }

  /** Ends the runtime; the store can still be used and makes a new one when needed. */
  dispose(): void {
    this.#disposeRuntime()
  }

  // Follows the client's session: each change re-renders the widgets, and a new admin's companies load afresh.
  #follow(runtime: ManagedRuntime.ManagedRuntime<OperatorServices, never>): void {
    const follow = Effect.flatMap(OperatorClient.OperatorClient, (client) => {
      this.#client = client
      return Stream.runForEach(client.session.changes, (session) =>
        Effect.sync(() => this.#sessionChanged(Option.getOrUndefined(session))),
      )
    })
    this.#follower = runtime.runFork(follow)
  }

  #sessionChanged(session: OperatorClient.Session | undefined): void {
    const previous = this.#lastSession
    this.#lastSession = session
    if (session === undefined || previous?.admin.phone !== session.admin.phone) this.#companies = undefined
    if (session === undefined) {
      if (previous !== undefined) this.#sessionEnd = this.#signingOut ? "signed-out" : "expired"
    } else {
      this.#sessionEnd = undefined
      if (this.#companyId === undefined || !session.admin.companyIds.includes(this.#companyId))
        this.#companyId = session.admin.companyIds[0]
    }
    this.#changed()
  }

  #disposeRuntime(): void {
    const runtime = this.#runtime
    const follower = this.#follower
    this.#runtime = undefined
    this.#follower = undefined
    this.#client = undefined
    this.#lastSession = undefined
    if (follower !== undefined) void Effect.runPromise(Fiber.interrupt(follower)).catch(() => undefined)
    if (runtime !== undefined) void runtime.dispose().catch(() => undefined)
  }

  #changed(): void {
    this.dispatchEvent(new Event(storeChange))
  }
}
