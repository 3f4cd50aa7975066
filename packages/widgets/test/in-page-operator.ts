/**
 * Mounting widgets against the mock operator in the page (seeded with the manual's lines, its slow
 * work sped up), signed in as the manual's admin, with every request the widgets send recorded.
 */
import { type Company, type MobileNumber, Msisdn, Programs } from "@kabinet/core"
import { type MockOperator, makeMockOperator } from "@kabinet/mock-operator/browser"
import { fixture, html } from "@open-wc/testing"
import { Exit } from "effect"
import type { TemplateResult } from "lit"
import "../src/provider/provider.js"
import type { KabProvider } from "../src/provider/provider.js"
import { signIn } from "./session.js"

/** A request the widgets sent: method, path and idempotency key. */
export interface SentRequest {
  readonly method: string
  readonly path: string
  readonly key: string | null
}

/** A page with a provider, the mock operator behind it and the requests sent since signing in. */
export interface InPage {
  readonly provider: KabProvider
  readonly operator: MockOperator
  readonly requests: Array<SentRequest>
  /** The requests that changed something (not GET), as `METHOD /path`. */
  readonly changes: () => Array<string>
  /** A number of the signed-in admin's company, as the operator has it now. */
  readonly number: (msisdn: string) => Promise<MobileNumber.MobileNumber>
  readonly companyId: () => Company.CompanyId
  readonly dispose: () => Promise<void>
}

/**
 * Renders `content` in a provider served by a fresh mock operator and signs the manual's admin in.
 *
 * @example
 * ```ts
 * const page = await inPage(html`<kab-number-operation></kab-number-operation>`)
 * ```
 */
export const inPage = async (content: TemplateResult, options: { readonly lang?: string } = {}): Promise<InPage> => {
  const operator = makeMockOperator({ seed: 1, fleetSize: 200, timeScale: 0.0005 })
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
  })
  await signIn(provider.store, "77012111249", "kabinet-demo")
  // Only what the widgets send counts.
  requests.length = 0
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
    companyId,
    number: async (msisdn) => {
      const exit = await provider.store.run(
        Programs.Numbers.loadSection({ companyId: companyId(), msisdn: Msisdn.make(msisdn) }, "number"),
      )
      if (!Exit.isSuccess(exit)) throw new Error(`no number ${msisdn}: ${String(exit.cause)}`)
      return exit.value
    },
    dispose: () => operator.dispose(),
  }
}
