/**
 * An export from `dist/kabinet.js`, as a page with no bundler makes one: the worker is the
 * `export-worker.js` bundled beside it, found through `import.meta.url`, and the file is written there
 * by the writer of its format, a chunk the worker fetches beside it (jsPDF and the fonts for a PDF only).
 */
import { expect, fixture, html } from "@open-wc/testing"
import { loadBundle } from "./bundle.js"
import { catchDownloads } from "./downloads.js"

describe("dist/kabinet.js exports", () => {
  it("writes a file in the worker beside the bundle", async function () {
    this.timeout(60_000)
    await loadBundle("export")
    let downloads = catchDownloads()
    const started: Array<string> = []
    const NativeWorker = window.Worker
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        started.push(String(url))
        super(url, options)
      }
    }
    try {
      const progress = await fixture<HTMLElement & { run: (request: unknown) => Promise<{ _tag: string }> }>(
        html`<kab-export-progress></kab-export-progress>`,
      )
      const outcome = await progress.run({
        table: () => ({ title: "Список", columns: [{ key: "n", kind: "integer", header: "Н" }], rows: [[1], [2]] }),
        format: "xlsx",
        fileName: "list",
      })
      expect(outcome._tag).to.equal("Saved")
      expect(started.some((url) => url.endsWith("/dist/export-worker.js"))).to.equal(true)
      const { name, bytes } = await downloads.only()
      expect(name).to.equal("list.xlsx")
      expect([...bytes.subarray(0, 2)]).to.deep.equal([0x50, 0x4b])
      downloads.restore()
      downloads = catchDownloads()
      const pdf = await progress.run({
        table: () => ({ title: "Список", columns: [{ key: "n", kind: "integer", header: "Н" }], rows: [[1], [2]] }),
        format: "pdf",
        fileName: "list",
      })
      expect(pdf._tag).to.equal("Saved")
      const document = await downloads.only()
      expect(document.name).to.equal("list.pdf")
      expect(new TextDecoder().decode(document.bytes.subarray(0, 5))).to.equal("%PDF-")
    } finally {
      window.Worker = NativeWorker
      downloads.restore()
    }
  })
})
