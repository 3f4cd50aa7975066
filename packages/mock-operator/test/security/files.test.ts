/**
 * Files travel through the contract: a document answers an unguessable id, fetched with a session
 * of the company's admin until it expires — never a public link, never another company's file.
 */
import { describe, expect, it } from "vitest"
import { companies, json, key, send, signIn, useServer } from "../support/server.js"

const server = useServer()

const registry = (token: string, companyId: string = companies.kabinet) =>
  send(server.current, "POST", `/v1/companies/${companyId}/documents/invoice-registry`, {
    token,
    headers: { "idempotency-key": key() },
    body: { kind: "invoiceRegistry", period: { start: { year: 2020, month: 9 }, end: { year: 2020, month: 10 } } },
  })

const fileOf = async (response: Response) => (await json(response)) as { fileId: string; url?: string }

const fetchFile = (token: string | undefined, companyId: string, fileId: string) =>
  send(server.current, "GET", `/v1/companies/${companyId}/files/${fileId}`, token === undefined ? {} : { token })

describe("files", () => {
  it("answers an unguessable id, not a link; the old public path serves nothing", async () => {
    const token = await signIn(server.current)
    const first = await fileOf(await registry(token))
    const second = await fileOf(await registry(token))
    expect(first.url).toBeUndefined()
    expect(first.fileId).toMatch(/^[A-Za-z0-9_-]{22,128}$/u)
    // The same document asked twice is two files: one request never replaces what another points at.
    expect(second.fileId).not.toBe(first.fileId)
    expect((await fetchFile(token, companies.kabinet, first.fileId)).status).toBe(200)

    for (const path of ["/files/invoice-registry-2020-09-2020-10.xls", `/files/${first.fileId}`]) {
      const response = await send(server.current, "GET", path)
      expect(response.status).toBe(404)
      expect(await json(response)).toMatchObject({ _tag: "NotFound", resource: "route" })
    }
  })

  it("serves a file only with a session of its company's admin", async () => {
    const demo = await signIn(server.current)
    // «АО "Времени мало"»'s advance line: its payment history as a file.
    const history = await send(
      server.current,
      "POST",
      `/v1/companies/${companies.vremeniMalo}/documents/number-payment-history`,
      {
        token: demo,
        headers: { "idempotency-key": key() },
        body: {
          kind: "numberPaymentHistory",
          msisdn: "77010541921",
          period: { start: "2026-01-01", end: "2026-01-31" },
          output: "Файл формата XLS",
        },
      },
    )
    expect(history.status).toBe(200)
    const { fileId } = await fileOf(history)

    expect((await fetchFile(undefined, companies.vremeniMalo, fileId)).status).toBe(401)
    // An admin of «TOO Кабинет» only: neither under the file's company nor under their own.
    const other = await signIn(server.current, "77080770570")
    const unknown = await json(await fetchFile(other, companies.kabinet, "file_000000000000000000000000000000"))
    for (const companyId of [companies.vremeniMalo, companies.kabinet]) {
      const response = await fetchFile(other, companyId, fileId)
      expect(response.status).toBe(404)
      const body = await json(response)
      expect(Object.keys(body).sort()).toEqual(Object.keys(unknown).sort())
    }
    // The owner's admin, under another of their companies, does not reach it either.
    expect((await fetchFile(demo, companies.kabinet, fileId)).status).toBe(404)
    const served = await fetchFile(demo, companies.vremeniMalo, fileId)
    expect(served.status).toBe(200)
    expect(served.headers.get("content-type")).toBe("application/octet-stream")
    expect(served.headers.get("x-content-type-options")).toBe("nosniff")
    expect(served.headers.get("cache-control")).toBe("no-store")
  })

  it("expires a file an hour after it was made", async () => {
    const token = await signIn(server.current)
    const { fileId } = await fileOf(await registry(token))
    server.current.operator.clock.advance(59 * 60_000)
    // Any session of the company's admin fetches it (this one is new: the first has idled out).
    const later = await signIn(server.current)
    expect((await fetchFile(later, companies.kabinet, fileId)).status).toBe(200)
    expect((await fetchFile(token, companies.kabinet, fileId)).status).toBe(401)
    server.current.operator.clock.advance(60_000)
    const expired = await fetchFile(later, companies.kabinet, fileId)
    expect(expired.status).toBe(404)
    expect(await json(expired)).toEqual({ _tag: "NotFound", resource: "file", id: fileId })
  })
})
