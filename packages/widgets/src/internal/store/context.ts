/**
 * The context through which a `<kab-provider>` shares its store with the widgets inside it.
 */
import { createContext } from "@lit/context"
import type { KabinetStore } from "./store.js"

/** The `@lit/context` key of the shared `KabinetStore`. */
export const kabinetContext = createContext<KabinetStore>(Symbol.for("@kabinet/widgets/store"))
