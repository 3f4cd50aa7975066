/**
 * The control API, on the operator's own base URL under `/__mock/`: read what the operator sent,
 * reset it, switch faults, change the time scale, move its clock. It is not part of the contract —
 * a real operator has none — and a client of the contract never calls it; tests, stories and
 * people at a demo do.
 *
 * | route | does |
 * |---|---|
 * | `GET /__mock/outbox?channel=sms\|email&to=…` | the SMS and e-mails sent, oldest first |
 * | `POST /__mock/reset` | rebuild from `{ seed, fleetSize, timeScale }` (all optional); lifts faults |
 * | `GET /__mock/faults` | the faults in force |
 * | `POST /__mock/faults` | `{ faults: [Fault…], scenario, replace, clear }` |
 * | `DELETE /__mock/faults` | lift every fault |
 * | `POST /__mock/time-scale` | `{ scale }`: 1 real time, 0.01 makes a 1–2 min block take ~1 s |
 * | `POST /__mock/clock` | `{ advanceMs }`: move the operator's time (cooldowns, expiry, locks) |
 * | `GET /__mock/actions` | the whole action history, every company, oldest first |
 * | `GET /__mock/state` | seed, fleet size, time scale, the operator's now, lines per company |
 * | `GET /__mock/files/{fileId}` | an e-mailed report's attachment, as the mailbox would hold it |
 *
 * Who may call it is `ControlAccess`: tools, and the pages of the operator's own origin or a
 * listed one.
 */
import * as Schema from "effect/Schema"
import * as Companies from "../db/Companies.js"
import type { OperatorState } from "../db/OperatorState.js"
import type { Faults } from "../scenarios/Faults.js"
import { isScenario, scenarios } from "../scenarios/Scenarios.js"
import { ClockRequest, FaultsRequest, ResetRequest, TimeScaleRequest } from "./ControlRequests.js"

/** What the control API works on. */
export interface Controlled {
  readonly state: OperatorState
  readonly faults: Faults
}

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body, null, 2), { status, headers: { "content-type": "application/json" } })

const problem = (status: number, message: string): Response => json({ error: message }, status)

const iso = (epochMillis: number): string => new Date(epochMillis).toISOString()

const bodyOf = async <S extends Schema.Codec<unknown, unknown>>(request: Request, schema: S): Promise<S["Type"]> => {
  const text = await request.text()
  return Schema.decodeUnknownSync(schema)(text === "" ? {} : JSON.parse(text))
}

const status = ({ state, faults }: Controlled) => ({
  seed: state.seed,
  fleetSize: state.fleetSize,
  timeScale: state.clock.timeScale,
  now: iso(state.now()),
  faults: faults.list(),
  companies: Companies.all.map((company) => ({
    id: company.id,
    fullName: company.fullName,
    lines: state.numbers.count(company.id),
  })),
})

/**
 * Answers a control request. `path` is what follows `/__mock`, e.g. `/outbox`.
 *
 * @example
 * ```ts
 * await handleControl(controlled, request, "/reset")
 * ```
 */
export const handleControl = async (controlled: Controlled, request: Request, path: string): Promise<Response> => {
  const { state, faults } = controlled
  const route = `${request.method} ${path.replace(/\/$/u, "")}`
  const attachment = /^GET \/files\/([A-Za-z0-9_-]+)$/u.exec(route)
  if (attachment !== null) {
    const file = state.files.any(attachment[1] as string, state.now())
    return file === undefined
      ? problem(404, "no such attachment")
      : new Response(file.body, {
          headers: {
            "content-type": file.mediaType,
            "content-disposition": `attachment; filename="${encodeURIComponent(file.name)}"`,
          },
        })
  }
  try {
    switch (route) {
      case "GET /outbox": {
        const query = new URL(request.url).searchParams
        const channel = query.get("channel")
        const messages = state.outbox.list({
          channel: channel === "sms" || channel === "email" ? channel : undefined,
          to: query.get("to") ?? undefined,
        })
        return json({ messages: messages.map((message) => ({ ...message, at: iso(message.at) })) })
      }
      case "POST /reset": {
        const body = await bodyOf(request, ResetRequest)
        if (body.timeScale !== undefined) state.clock.timeScale = body.timeScale
        state.reset({ seed: body.seed ?? state.seed, fleetSize: body.fleetSize ?? state.fleetSize })
        faults.clear(undefined, state.seed)
        return json(status(controlled))
      }
      case "GET /faults":
        return json({ faults: faults.list() })
      case "DELETE /faults":
        faults.clear()
        return json({ faults: [] })
      case "POST /faults": {
        const body = await bodyOf(request, FaultsRequest)
        if (body.clear === true || body.replace === true) faults.clear()
        if (body.scenario !== undefined) {
          if (!isScenario(body.scenario))
            return problem(400, `unknown scenario ${body.scenario}; known: ${Object.keys(scenarios).join(", ")}`)
          faults.add(...scenarios[body.scenario])
        }
        if (body.faults !== undefined) faults.add(...body.faults)
        return json({ faults: faults.list() })
      }
      case "POST /time-scale": {
        const body = await bodyOf(request, TimeScaleRequest)
        state.clock.timeScale = body.scale
        return json({ timeScale: state.clock.timeScale })
      }
      case "POST /clock": {
        const body = await bodyOf(request, ClockRequest)
        state.clock.advance(body.advanceMs)
        state.settle()
        return json({ now: iso(state.now()) })
      }
      case "GET /actions":
        return json({ actions: state.actions.all().map((entry) => ({ ...entry, at: iso(entry.at) })) })
      case "GET /state":
        return json(status(controlled))
      default:
        return problem(404, `no control route ${route}`)
    }
  } catch (error) {
    return problem(400, error instanceof Error ? error.message : String(error))
  }
}
