import { readFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "@effect/vitest"

const src = fileURLToPath(new URL("../../src/", import.meta.url))

// Static imports and re-exports only: `import(…)` is what loads a module on first use.
const staticImport = /^(?:import|export)\s[^;]*?\sfrom\s+"([^"]+)"|^import\s+"([^"]+)"/gmu

/** Every module a source file loads before it runs: relative files by path, packages by name. */
const staticGraph = (entry: string): ReadonlySet<string> => {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    if (!file.startsWith("/")) return
    for (const match of readFileSync(file, "utf8").matchAll(staticImport)) {
      const specifier = match[1] ?? match[2] ?? ""
      visit(specifier.startsWith(".") ? resolve(dirname(file), specifier).replace(/\.js$/u, ".ts") : specifier)
    }
  }
  visit(resolve(src, entry))
  return seen
}

const heavy = (graph: ReadonlySet<string>) =>
  [...graph].filter((module) => /^jspdf|\/fonts\//u.test(module) || module === "jspdf-autotable")

describe("loading the exporters", () => {
  it("keeps the core's main entry free of every exporter", () => {
    const graph = staticGraph("index.ts")
    expect(graph.size).toBeGreaterThan(20)
    expect([...graph].filter((module) => module.includes("/export/"))).toEqual([])
  })

  it("loads jsPDF, jspdf-autotable and the fonts only when a PDF is made", () => {
    for (const entry of ["export/index.ts", "export/pdf.ts", "export/xlsx.ts", "export/csv.ts", "export/worker.ts"])
      expect(heavy(staticGraph(entry)), entry).toEqual([])
    const pdf = readFileSync(resolve(src, "export/pdf.ts"), "utf8")
    for (const module of [
      "jspdf",
      "jspdf-autotable",
      "./internal/fonts/PTSansRegular.js",
      "./internal/fonts/PTSansBold.js",
    ])
      expect(pdf).toContain(`import("${module}")`)
  })

  it("loads each writer into a worker only when an export in its format starts", () => {
    const graph = staticGraph("export/worker.ts")
    for (const writer of ["pdf.ts", "xlsx.ts", "csv.ts"]) expect(graph.has(resolve(src, "export", writer))).toBe(false)
  })
})
