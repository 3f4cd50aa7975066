/**
 * A stand-in for the element a controller serves, for testing a controller on its own: it counts the
 * updates the controller asks for.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit"

/** A controller host that renders nothing and counts `requestUpdate()` calls. */
export class TestHost implements ReactiveControllerHost {
  readonly controllers: Array<ReactiveController> = []
  updates = 0

  addController(controller: ReactiveController): void {
    this.controllers.push(controller)
  }

  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1)
  }

  requestUpdate(): void {
    this.updates++
  }

  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true)
  }
}
