// Runs the standalone server from the sources in a process of its own, for the load benchmark: the
// clients then measure the server, not their own share of one event loop. Node runs the sources as
// TypeScript; a resolve hook maps the `.js` of NodeNext imports to their `.ts` sources.
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

const { main } = await import("../src/server.ts")
await main(process.argv.slice(2))
