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

let pageStore: KabinetStore | undefined

/** The store of widgets that have no `<kab-provider>` above them. */
export const defaultStore = (): KabinetStore => {
  pageStore ??= new KabinetStore()
  return pageStore
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
