/**
 * `@kabinet/mock-operator`: a seeded, in-memory mobile operator that honours Kabinet's contract
 * and rules, so the whole product runs with no operator behind it — in the browser
 * (`@kabinet/mock-operator/browser`), in Node tests (`@kabinet/mock-operator/node`) and as a
 * standalone server (`@kabinet/mock-operator/server`, `npm run mock-operator`).
 *
 * @example
 * ```ts
 * import { makeMockOperator, mswHandlers, Seed } from "@kabinet/mock-operator"
 * const operator = makeMockOperator({ seed: 1, fleetSize: 1_000, timeScale: 0.01 })
 * const handlers = mswHandlers(operator) // for any MSW setup
 * Seed.Admins.demo.phone // "77012111249", password Seed.Admins.demoPassword
 * ```
 */
export { type Controlled, handleControl } from "./control/ControlApi.js"
export type { ActionEntry, ActionKind } from "./db/ActionLog.js"
export type { Operation, OperationKind, OperationState } from "./db/Operations.js"
export type { OperatorClock } from "./db/OperatorClock.js"
export { defaults as seedDefaults, OperatorState, type SeedOptions } from "./db/OperatorState.js"
export type { Attachment, Email, Message, OutboxFilter, Sms } from "./db/Outbox.js"
export { type EndpointRef, endpoints } from "./EndpointIndex.js"
export * as Handlers from "./handlers/index.js"
export {
  defaultBaseUrl,
  type MockOperator,
  type MockOperatorOptions,
  makeMockOperator,
} from "./MockOperator.js"
export { mswHandlers } from "./MswHandlers.js"
export * as Seed from "./Seed.js"
export { covers, type Fault, type FaultKind, kinds as faultKinds } from "./scenarios/Fault.js"
export type { Faults, Verdict } from "./scenarios/Faults.js"
export { isScenario, type ScenarioName, scenarios } from "./scenarios/Scenarios.js"
