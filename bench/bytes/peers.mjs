// The peers' list-only pages, bundled as the widgets are (esbuild, ES modules, minified, gzip): a page
// that shows a paged, sorted, searchable list of numbers from the operator's JSON with `@vaadin/grid`
// (a data provider) or with AG Grid Community (the infinite row model, its modules registered alone).
import { gzipSync } from "node:zlib"
import { build } from "esbuild"
import { benchDirectory } from "./paths.mjs"

/** Each peer's page: its grid, its columns and a data source that fetches pages of JSON. */
export const peerPages = {
  "vaadin-grid": `
    import "@vaadin/grid"
    import "@vaadin/grid/vaadin-grid-sort-column.js"
    const grid = document.createElement("vaadin-grid")
    for (const path of ["msisdn", "status", "tariff", "balance"]) {
      const column = document.createElement("vaadin-grid-sort-column")
      column.path = path
      grid.append(column)
    }
    grid.dataProvider = ({ page, pageSize, sortOrders }, callback) => {
      const sort = sortOrders[0]
      const query = new URLSearchParams({ offset: String(page * pageSize), limit: String(pageSize), sort: sort?.path ?? "", order: sort?.direction ?? "" })
      fetch("/numbers?" + query).then((response) => response.json()).then((body) => callback(body.items, body.total))
    }
    document.body.append(grid)
  `,
  "AG Grid": `
    import { createGrid, InfiniteRowModelModule, ModuleRegistry } from "ag-grid-community"
    ModuleRegistry.registerModules([InfiniteRowModelModule])
    const element = document.createElement("div")
    document.body.append(element)
    createGrid(element, {
      rowModelType: "infinite",
      cacheBlockSize: 100,
      columnDefs: ["msisdn", "status", "tariff", "balance"].map((field) => ({ field, sortable: true })),
      datasource: {
        getRows: ({ startRow, endRow, sortModel, successCallback }) => {
          const sort = sortModel[0]
          const query = new URLSearchParams({ offset: String(startRow), limit: String(endRow - startRow), sort: sort?.colId ?? "", order: sort?.sort ?? "" })
          fetch("/numbers?" + query).then((response) => response.json()).then((body) => successCallback(body.items, body.total))
        },
      },
    })
  `,
}

/**
 * Bundles a peer's page and weighs it.
 *
 * @param {string} source
 * @returns {Promise<{ min: number, gzip: number, inputs: Record<string, number> }>}
 */
export const measurePeer = async (source) => {
  const result = await build({
    stdin: { contents: source, resolveDir: benchDirectory, loader: "js", sourcefile: "page.js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    metafile: true,
    write: false,
    outdir: "out",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  })
  const output = result.outputFiles.find((file) => file.path.endsWith(".js"))
  const meta = Object.values(result.metafile.outputs).find((o) => o.entryPoint !== undefined)
  return {
    min: output.contents.length,
    gzip: gzipSync(output.contents, { level: 9 }).length,
    inputs: Object.fromEntries(Object.entries(meta.inputs).map(([input, { bytesInOutput }]) => [input, bytesInOutput])),
  }
}
