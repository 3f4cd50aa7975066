// The vaadin-grid page: a data provider asking the operator for pages of 100 (the grid's size from
// the first page's total), sorted by the sort columns and filtered by «Поиск».
import "@vaadin/grid/vaadin-grid.js"
import "@vaadin/grid/vaadin-grid-sort-column.js"
import { columns } from "./columns.js"
import { fetchPage, signIn } from "./operator.js"
import { searchField } from "./search-field.js"

const grid = document.querySelector("vaadin-grid")
for (const column of columns) {
  const element = document.createElement("vaadin-grid-sort-column")
  element.path = column.key
  element.header = column.label
  element.renderer = (root, _column, model) => {
    root.textContent = column.text(model.item)
  }
  grid.append(element)
}

const session = signIn()
let search = ""
grid.pageSize = 100
grid.dataProvider = (params, callback) => {
  const sorted = params.sortOrders.find((order) => order.direction)
  session
    .then((opened) =>
      fetchPage(opened, {
        offset: params.page * params.pageSize,
        limit: params.pageSize,
        sort: sorted?.path,
        order: sorted?.direction,
        search,
      }),
    )
    .then((page) => callback(page.items, page.total))
}
searchField(document.querySelector("#search"), (text) => {
  search = text
  grid.clearCache()
})
