// The in-page probe, added to every page before its scripts run (`addInitScript`): finds the grid's
// scroller and its rows, tells which visible rows show data and which do not yet, and times frames.
// The page says which grid it holds in `<body data-grid>`. Nothing here is part of a page's bytes.
;(() => {
  const digitsOf = (text) => (text ?? "").replace(/\D/g, "")
  const kabinetRoot = () => document.querySelector("kab-number-list")?.shadowRoot
  const vaadinGrid = () => document.querySelector("vaadin-grid")

  // Per grid: the element that scrolls, the box above the rows inside it (a sticky header), and
  // its rows as { element, loading, number }.
  const grids = {
    kabinet: {
      scroller: () => kabinetRoot()?.querySelector(".rows"),
      header: () => undefined,
      rows: () =>
        [...(kabinetRoot()?.querySelectorAll('[role="row"][data-index]') ?? [])].map((element) => ({
          element,
          loading: element.classList.contains("placeholder"),
          number: digitsOf(element.querySelector(".cell.msisdn")?.textContent),
        })),
      search: () => kabinetRoot()?.querySelector('input[part~="search"]'),
    },
    vaadin: {
      scroller: () => vaadinGrid()?.shadowRoot?.querySelector("#table"),
      header: () => vaadinGrid()?.shadowRoot?.querySelector("#header"),
      rows: () =>
        [...(vaadinGrid()?.shadowRoot?.querySelectorAll("#items > tr") ?? [])]
          .filter((element) => !element.hidden)
          .map((element) => {
            const slot = element.querySelector("td slot")
            const content = slot?.assignedElements()[0]
            return { element, loading: element.hasAttribute("loading"), number: digitsOf(content?.textContent) }
          }),
      search: () => document.querySelector("#search"),
    },
    ag: {
      scroller: () => document.querySelector(".ag-grid-viewport") ?? document.querySelector(".ag-body-viewport"),
      header: () => document.querySelector(".ag-header"),
      rows: () =>
        [...document.querySelectorAll(".ag-row:not(.ag-header-row)")]
          .filter((element) => !element.closest(".ag-header"))
          .map((element) => ({
            element,
            loading: element.classList.contains("ag-row-loading"),
            number: digitsOf(element.querySelector('[col-id="msisdn"]')?.textContent),
          })),
      search: () => document.querySelector("#search"),
    },
  }
  const grid = () => grids[document.body?.dataset.grid ?? ""]
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))

  /** What the visible part of the list shows now. */
  const look = () => {
    const adapter = grid()
    const scroller = adapter?.scroller()
    if (!scroller) return { data: 0, empty: 0, gap: 0, numbers: [] }
    const box = scroller.getBoundingClientRect()
    const top = Math.max(box.top, adapter.header()?.getBoundingClientRect().bottom ?? box.top)
    const bottom = Math.min(box.bottom, box.top + scroller.clientHeight)
    let data = 0
    let empty = 0
    let covered = 0
    const numbers = []
    for (const row of adapter.rows()) {
      const rect = row.element.getBoundingClientRect()
      const shown = Math.min(rect.bottom, bottom) - Math.max(rect.top, top)
      if (rect.height === 0 || shown < 1) continue
      covered += shown
      if (!row.loading && row.number.length >= 11) {
        data++
        numbers.push(row.number)
      } else empty++
    }
    const end = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2
    // Space with no row at all, where rows should be, shows no data either.
    const gap = end ? 0 : Math.max(0, bottom - top - covered)
    return { data, empty, gap, numbers }
  }

  // Resolves with the time of the frame after the first one in which `ready(look())` holds, i.e.
  // once the rows that made it true have been painted.
  const paintedWhen = async (ready, timeoutMs) => {
    const started = performance.now()
    for (;;) {
      const now = await frame()
      if (ready(look())) return frame()
      if (now - started > timeoutMs) throw new Error(`not painted in ${timeoutMs} ms: ${JSON.stringify(look())}`)
    }
  }

  const input = { last: 0, enter: 0 }
  addEventListener(
    "input",
    (event) => {
      input.last = event.timeStamp
    },
    true,
  )
  addEventListener(
    "keydown",
    (event) => {
      if (event.key === "Enter") input.enter = event.timeStamp
    },
    true,
  )

  const bench = {
    look,
    input,
    /** The frame after the first data row was visible. */
    firstRows: paintedWhen((seen) => seen.data > 0, 120_000),
    /** Resolves once every visible row shows data. */
    settled: (timeoutMs = 60_000) => paintedWhen((seen) => seen.data > 1 && seen.empty === 0, timeoutMs),
    /** Resolves once the one visible row is `number`'s. */
    only: (number, timeoutMs = 60_000) =>
      paintedWhen((seen) => seen.data === 1 && seen.empty === 0 && seen.numbers[0] === number, timeoutMs),
    /** The list's first request and its answer, from resource timing. */
    listRequest: () => {
      const entry = performance
        .getEntriesByType("resource")
        .filter((item) => /\/numbers\?/.test(item.name))
        .sort((a, b) => a.startTime - b.startTime)[0]
      return entry && { sent: entry.startTime, responseEnd: entry.responseEnd }
    },
    /** Scrolls up by a few pixels: a grid that left its rows blank after a pass may render on a new scroll. */
    nudge: () => {
      grid().scroller().scrollTop -= 8
    },
    /** Scrolls to the top. */
    top: () => {
      const scroller = grid().scroller()
      scroller.scrollTop = 0
    },
    /**
     * Scrolls one step per frame and times every frame: `jumps` moves 1/300 of the scroll height per
     * frame down to the end, `steps` three rows per frame for `frames` frames. Each frame first notes
     * what the last painted frame showed, then scrolls.
     */
    scroll: async (kind, frames = 600) => {
      const adapter = grid()
      const scroller = adapter.scroller()
      const rows = adapter.rows().filter((row) => row.element.getBoundingClientRect().height > 0)
      const rowHeight = rows[0]?.element.getBoundingClientRect().height ?? 40
      const durations = []
      let emptyFrames = 0
      let previous = await frame()
      let done = false
      for (let count = 0; !done; count++) {
        const now = await frame()
        durations.push(now - previous)
        previous = now
        const seen = look()
        if (seen.empty > 0 || seen.gap > rowHeight / 2) emptyFrames++
        const atEnd = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2
        if (kind === "jumps") {
          if (atEnd || count >= 1_000) done = true
          else scroller.scrollTop += scroller.scrollHeight / 300
        } else if (count >= frames) done = true
        else scroller.scrollTop += 3 * rowHeight
      }
      return { durations, emptyFrames, frames: durations.length }
    },
    /** Elements on the page, those in open shadow roots included. */
    elements: () => {
      const count = (root) => {
        let total = 0
        for (const element of root.querySelectorAll("*")) {
          total++
          if (element.shadowRoot) total += count(element.shadowRoot)
        }
        return total
      }
      return count(document)
    },
  }
  Object.defineProperty(window, "__bench", { value: bench })
})()
