/**
 * Mounting widgets against the mock operator in the page (seeded with the manual's admins,
 * companies and lines, its slow work sped up), signed in as the manual's admin unless the test
 * says otherwise, with every request the widgets send recorded. The operator is the test double:
 * its faults stand for outages, its clock for waiting, its outbox for the SMS codes, its state for
 * what changed.
 */
import { Company, type MobileNumber, Msisdn, Programs } from "@kabinet/core"
import { type MockOperator, makeMockOperator } from "@kabinet/mock-operator/browser"
import { fixture, html } from "@open-wc/testing"
import { type Effect, Exit, Schema } from "effect"
import type { TemplateResult } from "lit"
import "../src/provider/provider.js"
import type { OperatorServices } from "../src/internal/store/runtime.js"
import { KabinetStore } from "../src/internal/store/store.js"
import type { KabProvider } from "../src/provider/provider.js"
import { demoPassword, demoPhone, signIn } from "./session.js"

/** A request the widgets sent: method, path and idempotency key. */
export interface SentRequest {
  readonly method: string
  readonly path: string
  readonly key: string | null
}

/** How to mount a page. */
export interface InPageOptions {
  /** The provider's language; Russian by default. */
  readonly lang?: string
  /** Whether the manual's admin is signed in before the test goes on; yes by default. */
  readonly signedIn?: boolean
  /**
   * The operator to serve the page: one the test set up first, or an earlier page's (a reload).
   * By default a fresh one, seeded like every other.
   */
  readonly operator?: MockOperator
  /**
   * The host's clock, epoch milliseconds, read by the page and by an operator made here (whose own
   * `clock.advance` then moves it alone); `Date.now` by default. A test that counts seconds gives a
   * clock that moves only when it says so.
   */
  readonly now?: () => number
}

/** A page with a provider, the mock operator behind it and the requests sent since signing in. */
export interface InPage {
  readonly provider: KabProvider
  readonly operator: MockOperator
  readonly requests: Array<SentRequest>
  /** The requests that changed something (not GET), as `METHOD /path`. */
  readonly changes: () => Array<string>
  /** The requests sent whose path ends with `suffix` (`"/verify"`). */
  readonly sent: (suffix: string) => Array<SentRequest>
  /** A number of the signed-in admin's company, as the operator has it now. */
  readonly number: (msisdn: string) => Promise<MobileNumber.MobileNumber>
  readonly companyId: () => Company.CompanyId
  /** Releases the operator, when the page made it. */
  readonly dispose: () => Promise<void>
}

/**
 * A fresh mock operator, seeded as every page's is.
 *
 * @example
 * ```ts
 * const operator = mockOperator()
 * operator.clock.advance(-5 * 60_000)
 * const page = await inPage(html`<kab-login></kab-login>`, { operator, signedIn: false })
 * ```
 */
export const mockOperator = (options: { readonly now?: () => number } = {}): MockOperator =>
  makeMockOperator({ seed: 1, fleetSize: 200, timeScale: 0.0005, ...options })

/**
 * Renders `content` in a provider served by a mock operator and, unless told not to, signs the
 * manual's admin in. Only what is sent after that is recorded.
 *
 * @example
 * ```ts
 * const page = await inPage(html`<kab-number-operation></kab-number-operation>`)
 * ```
 */
export const inPage = async (content: TemplateResult, options: InPageOptions = {}): Promise<InPage> => {
  const operator = options.operator ?? mockOperator(options.now === undefined ? {} : { now: options.now })
  const requests: Array<SentRequest> = []
  const provider = await fixture<KabProvider>(
    html`<kab-provider lang=${options.lang ?? "ru"}>${content}</kab-provider>`,
  )
  provider.store.configure({
    apiBase: operator.baseUrl,
    fetch: (input, init) => {
      const request = new Request(input, init)
      requests.push({
        method: request.method,
        path: new URL(request.url).pathname,
        key: request.headers.get("idempotency-key"),
      })
      return operator.handle(request)
    },
    ...(options.now === undefined ? {} : { now: options.now }),
  })
  if (options.signedIn !== false) {
    await signIn(provider.store)
    // Only what the widgets send counts.
    requests.length = 0
  }
  const companyId = () => {
    const id = provider.store.companyId
    if (id === undefined) throw new Error("no company")
    return id
  }
  return {
    provider,
    operator,
    requests,
    changes: () => requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`),
    sent: (suffix) => requests.filter((r) => r.path.endsWith(suffix)),
    companyId,
    number: async (msisdn) => {
      const exit = await provider.store.run(
        Programs.Numbers.loadSection({ companyId: companyId(), msisdn: Msisdn.make(msisdn) }, "number"),
      )
      if (!Exit.isSuccess(exit)) throw new Error(`no number ${msisdn}: ${String(exit.cause)}`)
      return exit.value
    },
    dispose: () => (options.operator === undefined ? operator.dispose() : Promise.resolve()),
  }
}

/**
 * Runs a core program on `operator` as an admin signed in elsewhere (a store of its own, as on
 * another device): what a page then finds is set up through the contract, under its rules, as any
 * client would set it.
 *
 * @example
 * ```ts
 * await elsewhere(operator, Programs.Profile.setCompanyShortName({ companyId, shortName: "Кабинет" }))
 * ```
 */
export const elsewhere = async <A, E>(
  operator: MockOperator,
  program: Effect.Effect<A, E, OperatorServices>,
  admin: { readonly phone: string; readonly password: string } = { phone: demoPhone, password: demoPassword },
): Promise<A> => {
  const store = new KabinetStore({
    apiBase: operator.baseUrl,
    fetch: (input, init) => operator.handle(new Request(input, init)),
  })
  try {
    await signIn(store, admin.phone, admin.password)
    const exit = await store.run(program)
    if (!Exit.isSuccess(exit)) throw new Error(`elsewhere: ${String(exit.cause)}`)
    return exit.value
  } finally {
    store.dispose()
  }
}

/**
 * Gives one of the operator's companies a short name for the demo admin, set {@link elsewhere}: the
 * name a page's company drop-down and profile then show.
 *
 * @example
 * ```ts
 * await nameCompanyElsewhere(operator, Seed.Companies.kabinet, "Кабинет")
 * ```
 */
export const nameCompanyElsewhere = (
  operator: MockOperator,
  company: { readonly id: string },
  shortName: string,
): Promise<Company.Company> =>
  elsewhere(
    operator,
    Programs.Profile.setCompanyShortName({
      companyId: Schema.decodeUnknownSync(Company.CompanyId)(company.id),
      shortName,
    }),
  )
