/**
 * `@kabinet/core`: the domain of Kabinet — schemas, rules as data, the operator's contract and client.
 * Every module is exported as a namespace: `import { Msisdn, Rules } from "@kabinet/core"`.
 */
export * as NumberStatus from "./domain/NumberStatus.js"
