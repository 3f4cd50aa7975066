/**
 * The page-level default for widgets used without a `<kab-provider>`: one store for the whole page,
 * configured once.
 *
 * @example
 * ```ts
 * import { configure } from "@kabinet/widgets"
 * configure({ apiBase: "https://gateway.example.kz/kabinet", locale: "kk" })
 * ```
 */
import { KabinetStore, type StoreOptions } from "./store.js"

// Kept on the page rather than in this module, so that two copies of the widgets loaded in one page
// (two micro-frontends, two versions) share one default, as they share one provider's store.
const pageStoreKey = Symbol.for("@kabinet/widgets/default-store")

/** The store of widgets that have no `<kab-provider>` above them. */
export const defaultStore = (): KabinetStore => {
  const page = globalThis as { [pageStoreKey]?: KabinetStore }
  page[pageStoreKey] ??= new KabinetStore()
  return page[pageStoreKey]
}

/**
 * Configures the page-level default: API base URL, brand, language, clock. Widgets already on the
 * page follow at once.
 */
export const configure = (options: StoreOptions): KabinetStore => {
  const store = defaultStore()
  store.configure(options)
  return store
}
