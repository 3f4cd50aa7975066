/**
 * The admin's companies for a widget that shows them (A3, A4): loaded into the shared store once the
 * admin is signed in — one request for every widget on the page — and the chosen one. A failed load
 * is shown by the widget's `OperationController` and not retried on its own (the manual's advice:
 * wait, refresh the page, try again).
 */
import type { Company, OperatorClient } from "@kabinet/core"
import type { ReactiveController, ReactiveControllerHost } from "lit"
import type { KabinetController } from "./kabinet-controller.js"
import type { OperationController } from "./operation-controller.js"

/**
 * The companies, loading them when needed.
 *
 * @example
 * ```ts
 * readonly #companies = new CompaniesController(this, this.#kabinet, this.#operations)
 * render() { return this.#companies.list?.map((c) => html`<option>${Company.displayName(c)}</option>`) }
 * ```
 */
export class CompaniesController implements ReactiveController {
  readonly #kabinet: KabinetController
  readonly #operations: OperationController
  #attemptedFor: OperatorClient.Session | undefined

  constructor(host: ReactiveControllerHost, kabinet: KabinetController, operations: OperationController) {
    this.#kabinet = kabinet
    this.#operations = operations
    host.addController(this)
  }

  /** The admin's companies, once loaded. */
  get list(): ReadonlyArray<Company.Company> | undefined {
    return this.#kabinet.store.companies
  }

  /** The id of the chosen company. */
  get selectedId(): Company.CompanyId | undefined {
    return this.#kabinet.store.companyId
  }

  /** Whether the admin is signed in. */
  get signedIn(): boolean {
    return this.#kabinet.store.session !== undefined
  }

  hostUpdate(): void {
    const store = this.#kabinet.store
    const session = store.session
    if (session === undefined || store.companies !== undefined || this.#attemptedFor === session) return
    this.#attemptedFor = session
    void this.#operations.track("operation.selectCompany", () => store.loadCompanies())
  }
}
