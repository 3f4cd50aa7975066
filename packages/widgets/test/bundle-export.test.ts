/**
 * An export from `dist/kabinet.js`, as a page with no bundler makes one: the worker is the
 * `export-worker.js` bundled beside it, found through `import.meta.url`, and the file is written there.
 */
import { expect, fixture, html } from "@open-wc/testing"
import { loadBundle } from "./bundle.js"
import { catchDownloads } from "./downloads.js"

describe("dist/kabinet.js exports", () => {
  it("writes a file in the worker beside the bundle", async function () {
    this.timeout(60_000)
    await loadBundle("export")
    const downloads = catchDownloads()
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
    } finally {
      window.Worker = NativeWorker
      downloads.restore()
    }
  })
})
