/**
 * The operator's password policy, shown under a new-password field and updated as the admin types
 * (A2, A3). The requirement of a minimum length is always listed, ticked once met; the other rules of
 * the core's policy (at most 128 characters, not a common or breached password, not the phone or
 * the service's name, different from the current password, confirmation equal) appear only when the
 * typed password breaks them. There are no composition rules to list: the policy has none.
 */
import { Rules } from "@kabinet/core"
import { html, nothing, type TemplateResult } from "lit"
import type { I18nController } from "../../i18n/i18n-controller.js"

/** What the policy is checked on. */
export interface PasswordPolicyInput {
  readonly password: string
  /** The confirmation as typed; its mismatch is listed once something is typed. */
  readonly confirmation?: string | undefined
  /** The current password, when changing it (A3): the new one must differ. */
  readonly current?: string | undefined
  readonly policy: Rules.PasswordPolicy.Policy
  readonly surroundings?: Rules.PasswordPolicy.Surroundings | undefined
}

/** Every refusal of the core's policy for the input, in the core's order. */
export const passwordViolations = (input: PasswordPolicyInput): ReadonlyArray<Rules.Denied> =>
  Rules.PasswordPolicy.violations({
    password: input.password,
    confirmation: input.confirmation ?? input.password,
    current: input.current === undefined || input.current === "" ? undefined : input.current,
    policy: input.policy,
    surroundings: input.surroundings,
  })

/**
 * Renders the policy with its id, for the new-password field's `aria-describedby`.
 *
 * @example
 * ```ts
 * passwordPolicy(i18n, "policy", { password, confirmation, policy: store.passwordPolicy })
 * ```
 */
export const passwordPolicy = (i18n: I18nController, id: string, input: PasswordPolicyInput): TemplateResult => {
  const violations = passwordViolations(input)
  const tooShort = violations.some((denial) => denial.messageKey === "rule.password.tooShort")
  const others =
    input.password === ""
      ? []
      : violations.filter(
          (denial) =>
            denial.messageKey !== "rule.password.tooShort" &&
            (denial.messageKey !== "rule.password.confirmationMismatch" || (input.confirmation ?? "") !== ""),
        )
  const item = (met: boolean, text: string, rule: string) => html`
    <li class=${met ? "met" : "unmet"} data-rule=${rule}>
      <span class="mark" aria-hidden="true">${met ? "✓" : "✗"}</span>
      <span>${text}<span class="visually-hidden"> — ${met ? i18n.t("policy.met") : i18n.t("policy.unmet")}</span></span>
    </li>
  `
  return html`
    <div id=${id} class="policy" part="policy">
      <p class="policy-title">${i18n.t("policy.title")}</p>
      <ul>
        ${item(!tooShort, i18n.m("rule.password.tooShort", { min: input.policy.minLength }), "password.policy")}
        ${others.length === 0 ? nothing : others.map((denial) => item(false, i18n.message(denial), denial.rule))}
      </ul>
    </div>
  `
}

/**
 * The error of a new-password field: «required» while empty, else the policy's first refusal (a
 * mismatch with the confirmation is the confirmation field's error).
 *
 * @example
 * ```ts
 * error: form.shown(newPasswordError(i18n, { password, confirmation, policy: store.passwordPolicy }))
 * ```
 */
export const newPasswordError = (i18n: I18nController, input: PasswordPolicyInput): string | undefined => {
  if (input.password === "") return i18n.m("field.required")
  const denial = passwordViolations(input).find((each) => each.messageKey !== "rule.password.confirmationMismatch")
  return denial === undefined ? undefined : i18n.message(denial)
}

/** The error of a confirmation field: «required» while empty, else a mismatch with the new password. */
export const confirmationError = (i18n: I18nController, password: string, confirmation: string): string | undefined => {
  if (confirmation === "") return i18n.m("field.required")
  const decision = Rules.PasswordPolicy.confirmationMismatch.check({ password, confirmation })
  return decision._tag === "Denied" ? i18n.message(decision) : undefined
}
