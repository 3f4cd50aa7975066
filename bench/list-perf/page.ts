/**
 * A page with only `<kab-number-list>` over the in-page mock operator (100,000 lines unless `?lines=`),
 * for measuring the list's frames, DOM size and first request without Storybook.
 */
import { Msisdn, Programs } from "@kabinet/core"
import { makeMockOperator } from "@kabinet/mock-operator/browser"
import "@kabinet/widgets/number-list.js"
import type { KabProvider } from "@kabinet/widgets/number-list.js"

declare global {
  interface Window {
    firstRequestMs?: number
    signedInMs?: number
    scriptMs?: number
    signInSentMs?: number
  }
}

window.scriptMs = performance.now()
const params = new URLSearchParams(location.search)
const lines = Number(params.get("lines") ?? 100_000)
const operator = makeMockOperator({ seed: 1, fleetSize: lines, timeScale: 0.001 })
const provider = document.createElement("kab-provider") as KabProvider
provider.lang = "ru"
document.body.append(provider)
provider.store.configure({
  apiBase: operator.baseUrl,
  fetch: (input, init) => {
    const request = new Request(input, init)
    window.signInSentMs ??= performance.now()
    if (window.firstRequestMs === undefined && new URL(request.url).pathname.includes("numbers"))
      window.firstRequestMs = performance.now()
    return operator.handle(request)
  },
})
const list = document.createElement("kab-number-list")
if (params.has("page-scroll")) list.setAttribute("page-scroll", "")
provider.append(list)
void provider.store
  .run(Programs.Access.signIn({ phone: Msisdn.make("77012111249"), password: "kabinet-demo" }))
  .then(() => {
    window.signedInMs = performance.now()
  })
