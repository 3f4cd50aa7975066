/**
 * A ZIP archive (the container of an XLSX file) written with the platform's own deflate:
 * `CompressionStream("gzip")`, native in browsers, Web Workers and Node. A gzip stream is raw
 * deflate between a small header and a trailer that already holds the CRC-32 and the size, which
 * is all a ZIP entry needs, so no checksum is computed in JavaScript.
 *
 * Entries are deflated one after the other; an entry is streamed in (`Entry.write` as many times as
 * needed) and kept compressed in memory until the archive is assembled.
 */

/** One file being added to the archive. */
export interface Entry {
  /** Appends bytes to the file; resolves when the compressor has taken them (backpressure). */
  readonly write: (bytes: Uint8Array<ArrayBuffer>) => Promise<void>
  /** Ends the file. */
  readonly close: () => Promise<void>
}

interface Deflated {
  readonly name: Uint8Array
  readonly data: ReadonlyArray<Uint8Array>
  readonly compressedSize: number
  readonly crc: number
  readonly size: number
}

const encoder = new TextEncoder()

const concat = (chunks: ReadonlyArray<Uint8Array>, size: number): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.length
  }
  return bytes
}

// The length of a gzip header (RFC 1952): 10 bytes, then the optional fields its flags announce.
const gzipHeaderLength = (bytes: Uint8Array): number => {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) throw new Error("Not a gzip stream")
  const flags = bytes[3] ?? 0
  let offset = 10
  if (flags & 4) offset += 2 + ((bytes[offset] ?? 0) | ((bytes[offset + 1] ?? 0) << 8))
  if (flags & 8) while (bytes[offset++] !== 0 && offset < bytes.length);
  if (flags & 16) while (bytes[offset++] !== 0 && offset < bytes.length);
  if (flags & 2) offset += 2
  return offset
}

const readUint32 = (bytes: Uint8Array, offset: number): number =>
  ((bytes[offset] ?? 0) |
    ((bytes[offset + 1] ?? 0) << 8) |
    ((bytes[offset + 2] ?? 0) << 16) |
    ((bytes[offset + 3] ?? 0) << 24)) >>>
  0

/** An archive being written. */
export class Archive {
  private readonly entries: Array<Deflated> = []

  /** Starts a file; write its bytes and close it before starting the next. */
  add(name: string): Entry {
    const stream = new CompressionStream("gzip")
    const writer = stream.writable.getWriter()
    const reader = stream.readable.getReader()
    const chunks: Array<Uint8Array> = []
    let total = 0
    const pump = (): Promise<void> =>
      reader.read().then(({ done, value }) => {
        if (done) return
        chunks.push(value)
        total += value.length
        return pump()
      })
    const reading = pump()
    return {
      write: (bytes) => writer.write(bytes),
      close: () =>
        writer
          .close()
          .then(() => reading)
          .then(() => this.finish(name, chunks, total)),
    }
  }

  /** Adds a whole file at once. */
  addFile(name: string, content: string): Promise<void> {
    const entry = this.add(name)
    return entry.write(encoder.encode(content)).then(() => entry.close())
  }

  private finish(name: string, chunks: ReadonlyArray<Uint8Array>, total: number): void {
    // Header and trailer are small; copy the first and last few bytes to read them across chunks.
    const first = concat(
      chunks.slice(0, 4),
      Math.min(
        total,
        chunks.slice(0, 4).reduce((s, c) => s + c.length, 0),
      ),
    )
    const headerLength = gzipHeaderLength(first)
    const trailer = new Uint8Array(8)
    let filled = 0
    for (let i = chunks.length - 1; i >= 0 && filled < 8; i--) {
      const chunk = chunks[i] ?? new Uint8Array()
      const take = Math.min(8 - filled, chunk.length)
      trailer.set(chunk.subarray(chunk.length - take), 8 - filled - take)
      filled += take
    }
    const data: Array<Uint8Array> = []
    let position = 0
    const end = total - 8
    for (const chunk of chunks) {
      const from = Math.max(headerLength - position, 0)
      const to = Math.min(end - position, chunk.length)
      if (to > from) data.push(chunk.subarray(from, to))
      position += chunk.length
    }
    this.entries.push({
      name: encoder.encode(name),
      data,
      compressedSize: end - headerLength,
      crc: readUint32(trailer, 0),
      size: readUint32(trailer, 4),
    })
  }

  /** The archive's bytes: every entry, then the central directory. */
  bytes(): Uint8Array<ArrayBuffer> {
    const parts: Array<Uint8Array> = []
    const directory: Array<Uint8Array> = []
    let offset = 0
    for (const entry of this.entries) {
      const local = header(0x04034b50, entry, 30)
      parts.push(local, entry.name, ...entry.data)
      const central = header(0x02014b50, entry, 46)
      const view = new DataView(central.buffer)
      view.setUint32(42, offset, true)
      directory.push(central, entry.name)
      offset += local.length + entry.name.length + entry.compressedSize
    }
    const directorySize = directory.reduce((sum, part) => sum + part.length, 0)
    const end = new Uint8Array(22)
    const view = new DataView(end.buffer)
    view.setUint32(0, 0x06054b50, true)
    view.setUint16(8, this.entries.length, true)
    view.setUint16(10, this.entries.length, true)
    view.setUint32(12, directorySize, true)
    view.setUint32(16, offset, true)
    const all = [...parts, ...directory, end]
    return concat(
      all,
      all.reduce((sum, part) => sum + part.length, 0),
    )
  }
}

// A local (30 bytes) or central (46 bytes) file header: deflated, UTF-8 name, dated 1980-01-01 so
// the same table always gives the same bytes.
const header = (signature: number, entry: Deflated, length: 30 | 46): Uint8Array<ArrayBuffer> => {
  const bytes = new Uint8Array(length)
  const view = new DataView(bytes.buffer)
  const central = length === 46 ? 2 : 0
  view.setUint32(0, signature, true)
  if (central) view.setUint16(4, 20, true)
  view.setUint16(4 + central, 20, true)
  view.setUint16(6 + central, 0x0800, true)
  view.setUint16(8 + central, 8, true)
  view.setUint16(10 + central, 0, true)
  view.setUint16(12 + central, 0x21, true)
  view.setUint32(14 + central, entry.crc, true)
  view.setUint32(18 + central, entry.compressedSize, true)
  view.setUint32(22 + central, entry.size, true)
  view.setUint16(26 + central, entry.name.length, true)
  return bytes
}
