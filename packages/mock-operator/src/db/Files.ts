/**
 * Documents the operator produced (acts, registries, payment histories as files, e-mailed report
 * attachments), kept in memory for the company that asked, under an unguessable id, until they
 * expire. They are fetched through the contract (`GET /v1/companies/{companyId}/files/{fileId}`)
 * with a session of that company's admin — never from a public link, and never by name, so one
 * company's request can neither replace nor reveal another's file.
 */

/** A stored file. */
export interface StoredFile {
  readonly id: string
  readonly companyId: string
  readonly name: string
  readonly mediaType: string
  readonly body: Uint8Array<ArrayBuffer>
  readonly expiresAt: number
}

/** What is stored: everything but the id, which the store draws. */
export type NewFile = Omit<StoredFile, "id" | "body"> & { readonly body: string | Uint8Array<ArrayBuffer> }

/** The most files kept at once; the oldest goes first, so memory stays bounded. */
export const maxFiles = 500

/** The files. */
export class Files {
  readonly #files = new Map<string, StoredFile>()
  readonly #newId: () => string

  /** @param newId draws an id no one can guess (the operator's cryptographic tokens). */
  constructor(newId: () => string) {
    this.#newId = newId
  }

  /** Stores a file under a fresh id. */
  put(file: NewFile): StoredFile {
    const stored: StoredFile = {
      ...file,
      id: this.#newId(),
      body: typeof file.body === "string" ? new TextEncoder().encode(file.body) : file.body,
    }
    this.#files.set(stored.id, stored)
    while (this.#files.size > maxFiles) this.#files.delete(this.#files.keys().next().value as string)
    return stored
  }

  /**
   * A file of a company by id, while it has not expired at `now`; `undefined` otherwise — for an
   * unknown id, an expired file and another company's file alike.
   */
  get(companyId: string, id: string, now: number): StoredFile | undefined {
    const file = this.#files.get(id)
    if (file === undefined) return undefined
    if (file.expiresAt <= now) {
      this.#files.delete(id)
      return undefined
    }
    return file.companyId === companyId ? file : undefined
  }

  /** A file by id whatever its company, for the mailbox of the control API. */
  any(id: string, now: number): StoredFile | undefined {
    const file = this.#files.get(id)
    return file === undefined ? undefined : this.get(file.companyId, id, now)
  }

  /** How many files are kept. */
  get size(): number {
    return this.#files.size
  }
}
