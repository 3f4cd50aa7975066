// The exports page: loads Kabinet's widgets bundle (the entry `entries.mjs` names, passed in the
// query string) and offers `window.exportWith(subject, format, spec, count)`, which makes one file
// — Kabinet through `<kab-export-progress>` and its worker, or a raw library in a worker of its own
// — and reports the time to the finished file and the main thread's long tasks meanwhile.
import { documents, rowsOf } from "/shared/rows.mjs"

const query = new URLSearchParams(location.search)
const entry = query.get("entry")
const elementName = query.get("element")

const download = (bytes, type, name) => {
  const url = URL.createObjectURL(new Blob([bytes], { type }))
  const link = document.createElement("a")
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

const types = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
}

const kabinet = async (format, spec, count) => {
  const element = document.querySelector(elementName)
  const row = documents[format].row
  const outcome = await element.run({
    table: () => ({ ...spec, totalRows: count, rows: rowsOf(row, count) }),
    format,
    fileName: `kabinet-${format}`,
  })
  if (outcome._tag !== "Saved") throw new Error(`Kabinet's export ended ${JSON.stringify(outcome)}`)
  return outcome.bytes
}

// A raw library in a worker of its own: the rows go in one message, the file comes back transferred
// and is downloaded as Kabinet's is.
const raw = (subject, format, spec, count) =>
  new Promise((resolve, reject) => {
    const worker = new Worker(`/raw/${subject}.js`, { type: "module" })
    worker.onerror = (event) => reject(new Error(event.message || `${subject}'s worker failed`))
    worker.onmessage = (event) => {
      worker.terminate()
      if (event.data.error) return reject(new Error(event.data.error))
      download(event.data.bytes, types[format], `${subject}.${format}`)
      resolve(event.data.bytes.byteLength)
    }
    worker.postMessage({ spec, rows: Array.from(rowsOf(documents[format].row, count)) })
  })

window.exportWith = async (subject, format, spec, count) => {
  const longTasks = []
  const started = performance.now()
  // Each long task's duration and when it began, from the export's start.
  const note = (entry) => longTasks.push({ duration: entry.duration, at: entry.startTime - started })
  const observer = new PerformanceObserver((list) => list.getEntries().forEach(note))
  observer.observe({ type: "longtask" })
  const bytes = subject === "kabinet" ? await kabinet(format, spec, count) : await raw(subject, format, spec, count)
  const ms = performance.now() - started
  // Long-task entries arrive after their task; give the last one time to be reported.
  await new Promise((resolve) => setTimeout(resolve, 200))
  observer.takeRecords().forEach(note)
  observer.disconnect()
  return { ms, bytes, longTasks }
}

await import(entry)
await customElements.whenDefined(elementName)
document.body.append(document.createElement(elementName))
window.ready = true
