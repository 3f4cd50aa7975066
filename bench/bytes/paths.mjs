// Where the bytes benchmark finds what it measures.
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

/** The bench workspace (its node_modules resolve the peers). */
export const benchDirectory = join(dirname(fileURLToPath(import.meta.url)), "..")
