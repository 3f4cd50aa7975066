/**
 * The answer a fault stands in for the operator's own. The error bodies are the contract's errors
 * encoded with the core's schemas, so a client reads an injected 401 or 429 exactly as a real one.
 */
import { Api } from "@kabinet/core"
import * as Schema from "effect/Schema"
import type { Fault } from "./Fault.js"

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

/** The response of a fault that replaces the answer. */
export const faultResponse = (fault: Fault): Response => {
  const retryAfterSeconds = fault.retryAfterSeconds ?? 30
  switch (fault.kind) {
    case "malformed":
      return new Response('{"items": [{"msisdn": "7701054', {
        status: 200,
        headers: { "content-type": "application/json" },
      })
    case "contract":
      return json(200, { items: "not a list", total: -1, offset: "zero", unexpected: true })
    case "expiredSession":
      return json(
        401,
        Schema.encodeSync(Api.Errors.Unauthenticated)(new Api.Errors.Unauthenticated({ reason: "sessionExpired" })),
      )
    case "rateLimit":
      return json(429, Schema.encodeSync(Api.Errors.RateLimited)(new Api.Errors.RateLimited({ retryAfterSeconds })), {
        "retry-after": String(retryAfterSeconds),
      })
    default: {
      const status = fault.status ?? 503
      if (status === 503) {
        return json(
          503,
          Schema.encodeSync(Api.Errors.OperatorUnavailable)(new Api.Errors.OperatorUnavailable({ retryAfterSeconds })),
          { "retry-after": String(retryAfterSeconds) },
        )
      }
      return new Response(`Injected fault: ${status}`, {
        status,
        headers: { "content-type": "text/plain; charset=utf-8" },
      })
    }
  }
}
