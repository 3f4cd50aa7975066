/**
 * Mounting `<kab-number-operation>` for its tests: in a provider served by the mock operator in the
 * page, operations followed quickly, with a button to open it from.
 */
import { html } from "lit"
import { inShadow, waitUntil } from "./helpers.js"
import { type InPage, inPage } from "./in-page-operator.js"
import "../src/number-operation/number-operation.js"
import type { KabConfirmDialog } from "../src/confirm-dialog/confirm-dialog.js"
import type { KabNumberOperation } from "../src/number-operation/number-operation.js"

let page: InPage | undefined

afterEach(async () => {
  await page?.dispose()
  page = undefined
})

/** Mounts the element in `lang` (Russian by default) after a button `#opener`. */
export const mount = async (lang = "ru") => {
  await page?.dispose()
  page = await inPage(html`<button id="opener">⋮</button><kab-number-operation></kab-number-operation>`, { lang })
  const element = page.provider.querySelector("kab-number-operation") as KabNumberOperation
  element.followOptions = { initialDelay: "20 millis", factor: 1, maxDelay: "20 millis" }
  const opener = page.provider.querySelector("#opener") as HTMLButtonElement
  return { page, element, opener }
}

/** The open operation dialog, once it is shown. */
export const dialogOf = async (element: KabNumberOperation): Promise<KabConfirmDialog> => {
  await waitUntil(
    () => element.shadowRoot?.querySelector<KabConfirmDialog>("kab-confirm-dialog#dialog")?.open === true,
    "the dialog",
    { timeout: 5000 },
  )
  return inShadow<KabConfirmDialog>(element, "kab-confirm-dialog#dialog")
}
