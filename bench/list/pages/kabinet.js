// The Kabinet page: `<kab-number-list>` in a `<kab-provider>`, from the published entry a portal uses.
// The provider's store signs the demo admin in with the core's program, through the contract's
// sign-in endpoint; the list loads its first page once the session is open.
import { Msisdn, Programs } from "@kabinet/core"
import { KabProvider } from "@kabinet/widgets/number-list.js"
import { demoAdmin } from "./demo-admin.js"

const provider = document.querySelector("kab-provider")
if (!(provider instanceof KabProvider)) throw new Error("no <kab-provider> on the page")
void provider.store.run(Programs.Access.signIn({ phone: Msisdn.make(demoAdmin.phone), password: demoAdmin.password }))
