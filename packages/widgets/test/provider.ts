/**
 * Mounting widgets the way a page does: inside a `<kab-provider>` (Russian, a test API base) whose
 * store is then configured, typically with a fake operator's `fetch`.
 */
import { fixture, html } from "@open-wc/testing"
import type { TemplateResult } from "lit"
import "../src/provider/provider.js"
import type { StoreOptions } from "../src/internal/store/store.js"
import type { KabProvider } from "../src/provider/provider.js"

/**
 * Renders `content` inside a provider and configures the provider's store with `options`.
 *
 * @example
 * ```ts
 * const provider = await inProvider(html`<kab-login></kab-login>`, { fetch: fake.fetch })
 * ```
 */
export const inProvider = async (content: TemplateResult, options: StoreOptions): Promise<KabProvider> => {
  const provider = await fixture<KabProvider>(
    html`<kab-provider api-base="http://operator.test" lang="ru">${content}</kab-provider>`,
  )
  provider.store.configure(options)
  return provider
}
