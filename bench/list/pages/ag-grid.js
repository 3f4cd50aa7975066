// The AG Grid Community page: the infinite row model asking the operator for blocks of 100, sorted
// by the grid's sort model and filtered by «Поиск».
import { createGrid, InfiniteRowModelModule, ModuleRegistry } from "ag-grid-community"
import { columns } from "./columns.js"
import { fetchPage, signIn } from "./operator.js"
import { searchField } from "./search-field.js"

ModuleRegistry.registerModules([InfiniteRowModelModule])

const session = signIn()
let search = ""
const api = createGrid(document.querySelector("#grid"), {
  rowModelType: "infinite",
  cacheBlockSize: 100,
  columnDefs: columns.map((column) => ({
    field: column.key,
    headerName: column.label,
    sortable: true,
    valueFormatter: (params) => (params.data ? column.text(params.data) : ""),
  })),
  datasource: {
    getRows: (params) => {
      const sorted = params.sortModel[0]
      session
        .then((opened) =>
          fetchPage(opened, {
            offset: params.startRow,
            limit: params.endRow - params.startRow,
            sort: sorted?.colId,
            order: sorted?.sort,
            search,
          }),
        )
        .then(
          (page) => params.successCallback(page.items, page.total),
          () => params.failCallback(),
        )
    },
  },
})
searchField(document.querySelector("#search"), (text) => {
  search = text
  api.purgeInfiniteCache()
})
