/** Reads one entry of a ZIP archive (an XLSX file) with the platform's own inflate, for tests. */
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
