/**
 * Test helpers for files the widgets download: the blob behind each `<a download>` click, caught
 * instead of saved, and one entry of a ZIP archive (an XLSX file) read with the platform's inflate.
 */
import { expect } from "@open-wc/testing"

/** Catches the blob each download is made of, instead of letting the browser save it. */
export const catchDownloads = () => {
  const files: Array<{ readonly name: string; readonly blob: Blob }> = []
  const blobs = new Map<string, Blob>()
  const create = URL.createObjectURL
  const click = HTMLAnchorElement.prototype.click
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = create.call(URL, blob)
    blobs.set(url, blob as Blob)
    return url
  }
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)
    if (blob !== undefined) files.push({ name: this.download, blob })
  }
  return {
    files,
    /** The bytes of the only download. */
    only: async (): Promise<{ readonly name: string; readonly bytes: Uint8Array }> => {
      expect(files).to.have.length(1)
      const [file] = files
      if (file === undefined) throw new Error("no download")
      return { name: file.name, bytes: new Uint8Array(await file.blob.arrayBuffer()) }
    },
    restore: () => {
      URL.createObjectURL = create
      HTMLAnchorElement.prototype.click = click
    },
  }
}

/** The text of one entry of a ZIP archive, or `undefined` when the archive has none of that name. */
export const readEntry = async (zip: Uint8Array, name: string): Promise<string | undefined> => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const decoder = new TextDecoder()
  let offset = 0
  while (offset + 30 <= zip.length && view.getUint32(offset, true) === 0x04034b50) {
    const method = view.getUint16(offset + 8, true)
    const compressed = view.getUint32(offset + 18, true)
    const nameLength = view.getUint16(offset + 26, true)
    const extraLength = view.getUint16(offset + 28, true)
    const entryName = decoder.decode(zip.subarray(offset + 30, offset + 30 + nameLength))
    const start = offset + 30 + nameLength + extraLength
    const data = zip.slice(start, start + compressed)
    if (entryName === name) {
      if (method === 0) return decoder.decode(data)
      const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"))
      return await new Response(stream).text()
    }
    offset = start + compressed
  }
  return undefined
}
