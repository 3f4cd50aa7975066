/**
 * Signing a provider's store in against the mock operator, for tests of widgets that need a
 * session, as the admins the operator is seeded with.
 */
import { Msisdn, Programs } from "@kabinet/core"
import { Seed } from "@kabinet/mock-operator"
import { Exit } from "effect"
import { type KabinetStore, storeChange } from "../src/internal/store/store.js"

/** The manual's admin, activated, of all three seeded companies. */
export const demoPhone = Seed.Admins.demo.phone
/** The password of every seeded, activated admin. */
export const demoPassword = Seed.Admins.demoPassword
/** The manual's recovery example: an admin never activated, who has no password yet. */
export const newAdminPhone = Seed.Admins.notActivated.phone

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
export const signIn = async (store: KabinetStore, phone = demoPhone, password = demoPassword): Promise<void> => {
  const announced = sessionAnnounced(store)
  const exit = await store.run(Programs.Access.signIn({ phone: Msisdn.make(phone), password }))
  if (!Exit.isSuccess(exit)) throw new Error(`sign-in failed: ${String(exit.cause)}`)
  await announced
}
