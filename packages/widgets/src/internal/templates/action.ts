/**
 * The one way a widget shows an action a rule refuses ("why is this disabled"): the control stays in
 * the tab order with `aria-disabled="true"`, the core's reason is shown under it and read as its
 * description, and activating it anyway announces the reason instead of acting. Buttons are native
 * and stay in the widget's own form, so Enter submits as usual when the action is allowed.
 */
import type { Rules } from "@kabinet/core"
import { html, nothing, type TemplateResult } from "lit"
import type { I18nController } from "../../i18n/i18n-controller.js"
import { announce } from "../controllers/announcer.js"

/** What an action shows and does. */
export interface ActionOptions {
  /** The button's id, unique in the widget's shadow root; the reason's id derives from it. */
  readonly id: string
  /** The visible label, which is also the accessible name. */
  readonly label: string
  /** The rule's refusal, if the action is refused now. */
  readonly denial?: Rules.Denied | undefined
  /** The operation is running: the button does nothing and says so. */
  readonly busy?: boolean | undefined
  readonly kind?: "primary" | "secondary" | "link" | undefined
  readonly type?: "submit" | "button" | undefined
  /** Stretch to the full width. */
  readonly block?: boolean | undefined
  /** The CSS part name (default `action`). */
  readonly part?: string | undefined
  /** Called on activation when nothing refuses it; a submit button may leave this to the form. */
  readonly onActivate?: (() => void) | undefined
  /**
   * The reason's text when the widget words the refusal more fully than the rule's message (the
   * rule's message plus the time zone of the time it names).
   */
  readonly reason?: string | undefined
  /** A decoration before the label, hidden from assistive technology («←»). */
  readonly icon?: string | undefined
}

/** The id of an action's reason text. */
export const reasonId = (id: string): string => `${id}-reason`

/**
 * Renders an action button with its refusal, if any.
 *
 * @example
 * ```ts
 * action(this.#i18n, { id: "resend", label: i18n.t("recovery.resend"), denial, kind: "link", onActivate: () => this.#resend() })
 * ```
 */
export const action = (i18n: I18nController, options: ActionOptions): TemplateResult => {
  const denial = options.denial
  const reason = denial === undefined ? undefined : (options.reason ?? i18n.message(denial))
  const inert = reason !== undefined || options.busy === true
  const kind = options.kind ?? "primary"
  const classes =
    kind === "link"
      ? "link"
      : `button${kind === "secondary" ? " secondary" : ""}${options.block === true ? " block" : ""}`
  const onClick = (event: Event) => {
    if (reason !== undefined) {
      event.preventDefault()
      announce(reason, "assertive")
      return
    }
    if (options.busy === true) {
      event.preventDefault()
      return
    }
    options.onActivate?.()
  }
  // No whitespace between the pieces: it would become part of the accessible name.
  const spinner = options.busy === true ? html`<span class="spinner" aria-hidden="true"></span>` : nothing
  const icon = options.icon === undefined ? nothing : html`<span class="icon" aria-hidden="true">${options.icon}</span>`
  return html`
    <button
      id=${options.id}
      class=${classes}
      part=${options.part ?? "action"}
      type=${options.type ?? "button"}
      aria-disabled=${inert ? "true" : nothing}
      aria-describedby=${reason === undefined ? nothing : reasonId(options.id)}
      data-rule=${denial?.rule ?? nothing}
      @click=${onClick}
    >${spinner}${icon}<span>${options.label}</span></button>
    ${
      reason === undefined
        ? nothing
        : html`<p id=${reasonId(options.id)} class="reason" part="reason" data-rule=${denial?.rule ?? nothing}>${reason}</p>`
    }
  `
}

/** Whether a decision refuses, as the `denial` an action takes. */
export const denialOf = (decision: Rules.Decision | undefined): Rules.Denied | undefined =>
  decision !== undefined && decision._tag === "Denied" ? decision : undefined
