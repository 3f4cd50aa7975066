/**
 * Signing a provider's store in against the fake operator, for tests of widgets that need a session.
 */
import { Msisdn, Programs } from "@kabinet/core"
import { Exit } from "effect"
import { type KabinetStore, storeChange } from "../src/internal/store/store.js"
import { goodPassword } from "./fake-operator.js"

/** Resolves once the store has announced a signed-in session to its widgets. */
export const sessionAnnounced = (store: KabinetStore): Promise<void> =>
  new Promise((resolve) => {
    const onChange = () => {
      if (store.session === undefined || store.sessionEnd !== undefined) return
      store.removeEventListener(storeChange, onChange)
      resolve()
    }
    store.addEventListener(storeChange, onChange)
  })

/** Signs the seeded admin in through the core's program (the client keeps the session) and waits for the widgets to learn it. */
export const signIn = async (store: KabinetStore, phone = "77012111249", password = goodPassword): Promise<void> => {
  const announced = sessionAnnounced(store)
  const exit = await store.run(Programs.Access.signIn({ phone: Msisdn.make(phone), password }))
  if (!Exit.isSuccess(exit)) throw new Error(`sign-in failed: ${String(exit.cause)}`)
  await announced
}
