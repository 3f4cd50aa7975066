import { expect } from "@open-wc/testing"
import { TestHost } from "../../../test/controller-host.js"
import { type Page, PagedListController, type PageRequest } from "./paged-list-controller.js"

/** A loader whose answers the test gives, in any order. */
class Loader {
  readonly pending: Array<{
    readonly request: PageRequest
    readonly answer: (page: Page<string> | undefined) => void
  }> = []

  readonly load = (request: PageRequest): Promise<Page<string> | undefined> =>
    new Promise((answer) => this.pending.push({ request, answer }))

  /** The offsets asked for and not yet answered. */
  get offsets(): Array<number> {
    return this.pending.map((each) => each.request.offset)
  }

  /** Answers the request for `offset` with rows named after `label`, out of `total`. */
  async answer(offset: number, total: number, label = "row"): Promise<void> {
    const at = this.pending.findIndex((each) => each.request.offset === offset)
    const [request] = this.pending.splice(at, 1)
    if (request === undefined) throw new Error(`no request for offset ${offset}`)
    const count = Math.max(0, Math.min(request.request.limit, total - offset))
    request.answer({ items: Array.from({ length: count }, (_, row) => `${label} ${offset + row}`), total })
    await new Promise((resolve) => setTimeout(resolve))
  }

  /** Fails the request for `offset`. */
  async fail(offset: number): Promise<void> {
    const at = this.pending.findIndex((each) => each.request.offset === offset)
    this.pending.splice(at, 1)[0]?.answer(undefined)
    await new Promise((resolve) => setTimeout(resolve))
  }
}

const make = (capacity = 30) => {
  const host = new TestHost()
  const loader = new Loader()
  const list = new PagedListController<string>(host, { pageSize: 10, capacity, load: loader.load })
  return { host, loader, list }
}

describe("PagedListController", () => {
  it("loads the first page, then knows the total and sizes the rows by it", async () => {
    const { host, loader, list } = make()
    expect(list.state).to.equal("idle")
    list.reload()
    expect(list.state).to.equal("loading")
    expect(list.loading).to.equal(true)
    expect(loader.offsets).to.deep.equal([0])
    await loader.answer(0, 95)
    expect(list.state).to.equal("ready")
    expect(list.loading).to.equal(false)
    expect(list.total).to.equal(95)
    expect(list.rows.length).to.equal(95)
    expect(list.row(3)).to.equal("row 3")
    expect(list.row(12)).to.equal(undefined)
    expect(host.updates).to.be.above(1)
  })

  it("loads the pages of the rows on screen, each once", async () => {
    const { loader, list } = make()
    list.reload()
    await loader.answer(0, 95)
    list.show(25, 41)
    list.show(26, 42)
    expect(loader.offsets).to.deep.equal([20, 30, 40])
    await loader.answer(30, 95)
    expect(list.row(35)).to.equal("row 35")
    expect(list.row(25)).to.equal(undefined)
    list.show(30, 39)
    expect(loader.offsets).to.deep.equal([20, 40])
  })

  it("loads pages ahead of the scroll, within the list, without moving the rows on screen", async () => {
    const { loader, list } = make()
    list.prefetch(0, 9)
    expect(loader.offsets, "nothing before the total is known").to.deep.equal([])
    list.reload()
    await loader.answer(0, 95)
    list.show(10, 19)
    list.prefetch(40, 49)
    list.prefetch(90, 130)
    list.prefetch(-30, -5)
    expect(loader.offsets).to.deep.equal([10, 40, 90])
    expect(list.visible).to.deep.equal({ first: 10, last: 19 })
    await loader.answer(40, 95)
    expect(list.row(45)).to.equal("row 45")
    list.show(40, 49)
    expect(loader.offsets).to.deep.equal([10, 90])
  })

  it("drops an answer to an earlier search that arrives after the reload", async () => {
    const { loader, list } = make()
    list.reload()
    await loader.answer(0, 95, "old")
    list.show(10, 19)
    list.reload({ keepTotal: true })
    // The list keeps its size while the new first page is on its way, rows as placeholders.
    expect(list.total).to.equal(95)
    expect(list.row(0)).to.equal(undefined)
    expect(list.loading).to.equal(true)
    await loader.answer(10, 95, "old")
    expect(list.row(15)).to.equal(undefined)
    await loader.answer(0, 1, "new")
    expect(list.total).to.equal(1)
    expect(list.row(0)).to.equal("new 0")
  })

  it("starts afresh without keepTotal, and clear() forgets everything", async () => {
    const { loader, list } = make()
    list.reload()
    await loader.answer(0, 95)
    list.reload()
    expect(list.total).to.equal(undefined)
    expect(list.rows.length).to.equal(0)
    list.clear()
    expect(list.state).to.equal("idle")
    expect(list.loading).to.equal(false)
    await loader.answer(0, 95)
    expect(list.total).to.equal(undefined)
  })

  it("stays idle after a failed first page, and retry() asks again", async () => {
    const { loader, list } = make()
    list.reload()
    await loader.fail(0)
    expect(list.state).to.equal("idle")
    expect(list.loading).to.equal(false)
    list.retry()
    expect(loader.offsets).to.deep.equal([0])
    await loader.answer(0, 95)
    expect(list.state).to.equal("ready")
  })

  it("retries the pages on screen after a failed page of a loaded list", async () => {
    const { loader, list } = make()
    list.reload()
    await loader.answer(0, 95)
    list.show(40, 49)
    await loader.fail(40)
    expect(list.state).to.equal("ready")
    list.retry()
    expect(loader.offsets).to.deep.equal([40])
    await loader.answer(40, 95)
    expect(list.row(41)).to.equal("row 41")
  })

  it("holds no more pages than its capacity, however far the admin scrolls", async () => {
    const { loader, list } = make(3)
    list.reload()
    await loader.answer(0, 1_000)
    for (const first of [100, 200, 300, 400, 500]) {
      list.show(first, first + 9)
      await loader.answer(first, 1_000)
    }
    expect(list.heldRows).to.equal(30)
    expect(list.row(505)).to.equal("row 505")
    expect(list.row(5)).to.equal(undefined)
  })
})
