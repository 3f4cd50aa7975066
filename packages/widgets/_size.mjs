import { build } from "esbuild"
import { gzipSync } from "node:zlib"
const entry = process.argv[2]
const r = await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "browser", target: "es2022", minify: true, metafile: true, write: false, tsconfig: "tsconfig.build.json", define: { "process.env.NODE_ENV": '"production"' }, logLevel: "error" })
const out = r.outputFiles[0]
console.log("min", (out.contents.length/1024).toFixed(0), "KiB gz", (gzipSync(out.contents).length/1024).toFixed(0), "KiB")
const by = {}
for (const [f, o] of Object.entries(r.metafile.outputs)) for (const [inp, i] of Object.entries(o.inputs)) {
  const m = inp.match(/node_modules\/((@[^/]+\/)?[^/]+)/); let k = m ? m[1] : inp.split("/").slice(0, inp.includes("packages/core") ? 5: 4).join("/")
  if (inp.includes("effect/dist/")) { const s = inp.split("effect/dist/")[1]; k = "effect:" + s.split("/").slice(0,2).join("/") }
  by[k] = (by[k] ?? 0) + i.bytesInOutput
}
const top = Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0, +(process.argv[3]??40))
for (const [k,v] of top) console.log((v/1024).toFixed(1).padStart(7), k)
