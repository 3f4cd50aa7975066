/**
 * Documents the operator produced for download (acts, registries, payment histories as files):
 * kept in memory under a name, served at `<base URL>/files/<name>` until the operator is reset.
 */

/** A stored file. */
export interface StoredFile {
  readonly name: string
  readonly mediaType: string
  readonly body: Uint8Array<ArrayBuffer>
}

/** The files. */
export class Files {
  readonly #files = new Map<string, StoredFile>()

  /** Stores a file under its name (a later file of the same name replaces it). */
  put(name: string, mediaType: string, body: string | Uint8Array<ArrayBuffer>): StoredFile {
    const file: StoredFile = {
      name,
      mediaType,
      body: typeof body === "string" ? new TextEncoder().encode(body) : body,
    }
    this.#files.set(name, file)
    return file
  }

  /** A file by name. */
  get(name: string): StoredFile | undefined {
    return this.#files.get(name)
  }
}
