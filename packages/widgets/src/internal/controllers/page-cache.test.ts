import { expect } from "@open-wc/testing"
import { PageCache, rowIndexes } from "./page-cache.js"

const page = (index: number, size = 10) => Array.from({ length: size }, (_, row) => `row ${index * size + row}`)

describe("PageCache", () => {
  it("finds a row by its index in the page that holds it", () => {
    const cache = new PageCache<string>(10, 5)
    expect(cache.pageOf(0)).to.equal(0)
    expect(cache.pageOf(9)).to.equal(0)
    expect(cache.pageOf(10)).to.equal(1)
    cache.set(3, page(3), 3)
    expect(cache.has(3)).to.equal(true)
    expect(cache.row(34)).to.equal("row 34")
    expect(cache.row(44)).to.equal(undefined)
    expect(cache.rowCount).to.equal(10)
  })

  it("holds at most its capacity, forgetting the pages farthest from the rows on screen", () => {
    const cache = new PageCache<string>(10, 3)
    cache.set(0, page(0), 0)
    cache.set(1, page(1), 1)
    cache.set(2, page(2), 2)
    // The admin scrolled down to page 5: page 0 is the farthest.
    cache.set(5, page(5), 5)
    expect([0, 1, 2, 5].map((each) => cache.has(each))).to.deep.equal([false, true, true, true])
    // Back at the top: the page just loaded stays, the farthest from page 0 goes.
    cache.set(0, page(0), 0)
    expect([0, 1, 2, 5].map((each) => cache.has(each))).to.deep.equal([true, true, true, false])
    expect(cache.rowCount).to.equal(30)
  })

  it("keeps a page just loaded even when it is the farthest", () => {
    const cache = new PageCache<string>(10, 2)
    cache.set(0, page(0), 0)
    cache.set(1, page(1), 0)
    cache.set(9, page(9), 0)
    expect(cache.has(9)).to.equal(true)
    expect(cache.rowCount).to.equal(20)
  })

  it("forgets everything on clear", () => {
    const cache = new PageCache<string>(10, 3)
    cache.set(0, page(0), 0)
    cache.clear()
    expect(cache.has(0)).to.equal(false)
    expect(cache.rowCount).to.equal(0)
  })
})

describe("rowIndexes", () => {
  it("is a list of `total` indexes that stores none of them", () => {
    const rows = rowIndexes(100_000)
    expect(rows.length).to.equal(100_000)
    expect(rows[0]).to.equal(0)
    expect(rows[99_999]).to.equal(99_999)
    expect(rows[100_000]).to.equal(undefined)
    expect(5 in rows).to.equal(true)
    expect(100_000 in rows).to.equal(false)
    expect((-1) in rows).to.equal(false)
    expect(Object.keys(rows)).to.deep.equal([])
  })
})
