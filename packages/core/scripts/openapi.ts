// Writes openapi.json from the contract: `npm run openapi` (in packages/core, or at the root).
// Node runs this file as TypeScript; the sources import each other as `.js` (NodeNext style), so a
// resolve hook maps a missing `.js` to its `.ts` source.
import { writeFileSync } from "node:fs"
import { register } from "node:module"

const hook = `
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context)
  } catch (error) {
    if (specifier.startsWith(".") && specifier.endsWith(".js")) return next(specifier.slice(0, -3) + ".ts", context)
    throw error
  }
}`
register(`data:text/javascript,${encodeURIComponent(hook)}`)

const { render } = await import("../src/api/OpenApiDocument.ts")
const target = new URL("../openapi.json", import.meta.url)
writeFileSync(target, render())
console.log(`wrote ${target.pathname}`)
