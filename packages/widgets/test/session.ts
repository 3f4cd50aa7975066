/**
 * Signing a provider's store in against the fake operator, for tests of widgets that need a session.
 */
import { Msisdn, Programs } from "@kabinet/core"
import { Exit } from "effect"
import type { KabinetStore } from "../src/internal/store/store.js"
import { goodPassword } from "./fake-operator.js"

/** Signs the seeded admin in through the core's program and records the session in the store. */
export const signIn = async (store: KabinetStore, phone = "77012111249", password = goodPassword): Promise<void> => {
  const exit = await store.run(Programs.Access.signIn({ phone: Msisdn.make(phone), password }))
  if (!Exit.isSuccess(exit)) throw new Error(`sign-in failed: ${String(exit.cause)}`)
  store.setSession(exit.value)
}
