import { transform } from "esbuild"
import type { Plugin } from "vite"

/**
 * Lowers standard decorators in TypeScript sources before Vite's own transform, which leaves them as they are and
 * so breaks `@customElement` / `@property() accessor` in the browser.
 */
export const decorators = (): Plugin => ({
  name: "kabinet:decorators",
  enforce: "pre",
  async transform(code, id) {
    if (!id.endsWith(".ts") || id.includes("/node_modules/") || !code.includes("@")) return null
    const result = await transform(code, { loader: "ts", target: "es2022", sourcemap: true, sourcefile: id })
    return { code: result.code, map: result.map }
  },
})
