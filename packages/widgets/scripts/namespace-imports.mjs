// An esbuild plugin that turns a named import from a barrel of namespaces into namespace imports of
// the modules themselves: `import { Msisdn, Rules } from "@kabinet/core"` becomes
// `import * as Msisdn from ".../core/dist/domain/Msisdn.js"` and `import * as Rules from ".../Rules.js"`.
//
// Why: a barrel written `export * as Schema from "./Schema.js"` makes esbuild build the whole `Schema`
// namespace object for whoever imports it by name, so every export of `Schema.js` is kept, and with
// them everything they import (Effect 4's `Schema` then brings crypto, network addresses, JSON Schema,
// optics…). Imported as a namespace from its own module, only the properties read are kept. The module
// is the same file either way, so nothing is loaded twice and the program does not change.
//
// Applied to the widgets' sources and to the core's built files; what a barrel exports otherwise
// (`export { pipe } from …`) and type-only imports are left as they are.
import { readFileSync } from "node:fs"
import { dirname, resolve } from "node:path"

/**
 * The barrels rewritten: the core's. (The core and the widgets import Effect's modules by their own
 * paths — `effect/Schema`, `effect/http/HttpClient` — so a portal's bundler keeps out what they never
 * call without this plugin.)
 */
const barrel = /^(@kabinet\/core|@kabinet\/core\/export)$/

const namedImport = /import\s*\{([^}]*)\}\s*from\s*(["'])([^"']+)\2;?/g

/** Name → absolute path of each `export * as Name from "./file.js"` in a barrel file. */
const namespacesOf = (file) =>
  new Map(
    [...readFileSync(file, "utf8").matchAll(/export \* as (\w+) from "(\.[^"]+)"/g)].map(([, name, path]) => [
      name,
      resolve(dirname(file), path),
    ]),
  )

/** @returns {import("esbuild").Plugin} */
export const namespaceImports = () => ({
  name: "namespace-imports",
  setup(build) {
    /** @type {Map<string, Map<string, string>>} */
    const barrels = new Map()
    const namespaces = async (specifier, resolveDir) => {
      const found = await build.resolve(specifier, { resolveDir, kind: "import-statement" })
      if (found.errors.length > 0 || found.path === "") return new Map()
      if (!barrels.has(found.path)) barrels.set(found.path, namespacesOf(found.path))
      return barrels.get(found.path)
    }
    build.onLoad({ filter: /[\\/](widgets[\\/]src|core[\\/]dist)[\\/].*\.(ts|js)$/ }, async (args) => {
      const source = readFileSync(args.path, "utf8")
      const resolveDir = dirname(args.path)
      const replacements = []
      for (const match of source.matchAll(namedImport)) {
        const [statement, list, quote, specifier] = match
        if (!barrel.test(specifier)) continue
        const table = await namespaces(specifier, resolveDir)
        const kept = []
        const rewritten = []
        for (const raw of list
          .split(",")
          .map((part) => part.trim())
          .filter(Boolean)) {
          const [name, alias = name] = raw.split(/\s+as\s+/)
          const path = raw.startsWith("type ") ? undefined : table.get(name)
          if (path === undefined) kept.push(raw)
          else rewritten.push(`import * as ${alias} from ${JSON.stringify(path)};`)
        }
        if (rewritten.length === 0) continue
        const rest = kept.length > 0 ? `import { ${kept.join(", ")} } from ${quote}${specifier}${quote};` : ""
        replacements.push([match.index, statement.length, `${rest}${rewritten.join("")}`])
      }
      if (replacements.length === 0) return undefined
      let contents = source
      for (const [index, length, text] of replacements.reverse())
        contents = contents.slice(0, index) + text + contents.slice(index + length)
      return { contents, loader: args.path.endsWith(".ts") ? "ts" : "js", resolveDir }
    })
  },
})
