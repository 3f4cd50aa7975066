// A raw library's worker: answers `{ spec, rows }` with the file's bytes, transferred.
/** Serves one writer in this worker. */
export const serveWriter = (write) => {
  self.onmessage = async (event) => {
    try {
      const bytes = await write(event.data.spec, event.data.rows)
      self.postMessage({ bytes }, [bytes.buffer])
    } catch (error) {
      self.postMessage({ error: String(error?.stack ?? error) })
    }
  }
}
