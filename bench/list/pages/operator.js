// The peers' data layer: the contract's sign-in, then pages of the company's numbers, as plain
// `fetch` and `JSON.parse` (no validation), the way a team would feed a grid by hand.
import { demoAdmin } from "./demo-admin.js"

/**
 * Signs the demo admin in (`POST /v1/auth/sign-in`, as Kabinet's store does) and resolves with the
 * session's token and the first company.
 * @returns {Promise<{ token: string, companyId: string }>}
 */
export const signIn = async () => {
  const response = await fetch("/v1/auth/sign-in", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(demoAdmin),
  })
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`)
  const session = await response.json()
  return { token: session.token, companyId: session.admin.companyIds[0] }
}

/**
 * One page of numbers: `GET /v1/companies/:id/numbers?offset&limit&sort&order&search`.
 * @param {{ token: string, companyId: string }} session
 * @param {{ offset: number, limit: number, sort?: string, order?: string, search?: string }} query
 * @returns {Promise<{ items: Array<Record<string, string>>, total: number }>}
 */
export const fetchPage = async (session, { offset, limit, sort, order, search }) => {
  const query = new URLSearchParams({ offset: String(offset), limit: String(limit) })
  if (sort) {
    query.set("sort", sort)
    query.set("order", order ?? "asc")
  }
  if (search) query.set("search", search)
  const response = await fetch(`/v1/companies/${session.companyId}/numbers?${query}`, {
    headers: { authorization: `Bearer ${session.token}` },
  })
  if (!response.ok) throw new Error(`list answered ${response.status}`)
  return response.json()
}
