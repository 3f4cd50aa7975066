/**
 * B4 «SIM карта и устройство»: PIN1, PIN2, PUK1, PUK2 masked until the admin reveals one — one at a
 * time, revealing one masks the others — the ICCID, «Дата замены Sim карты» and the last recorded
 * IMEI with the manual's note.
 *
 * The codes stay `Redacted` until this template unwraps the one revealed, for the screen only: they
 * are never put in an event, an attribute, a log or an error.
 */
import type { SimCard } from "@kabinet/core"
import * as Redacted from "effect/Redacted"
import { html, type TemplateResult } from "lit"
import type { I18nController } from "../i18n/i18n-controller.js"
import { row } from "./general.js"

/** A secret code of the SIM card. */
export type SimCode = "pin1" | "pin2" | "puk1" | "puk2"

/** The four codes, in the manual's order. */
export const simCodes: ReadonlyArray<SimCode> = ["pin1", "pin2", "puk1", "puk2"]

const code = (
  i18n: I18nController,
  sim: SimCard.SimCard,
  which: SimCode,
  revealed: SimCode | undefined,
  reveal: (which: SimCode | undefined) => void,
): TemplateResult => {
  const shown = revealed === which
  const label = i18n.t(`profile.sim.${which}`)
  const value = shown
    ? html`<span class="code" id=${`${which}-value`}>${Redacted.value(sim[which])}</span>`
    : html`<span class="code masked" id=${`${which}-value`}
        ><span aria-hidden="true">••••</span><span class="visually-hidden">${i18n.t("profile.sim.masked")}</span></span
      >`
  return row(
    label,
    html`${value}<button
        type="button"
        class="link reveal"
        part="reveal"
        data-code=${which}
        aria-controls=${`${which}-value`}
        @click=${() => reveal(shown ? undefined : which)}
      >${i18n.t(shown ? "profile.sim.hide" : "profile.sim.show")}<span class="visually-hidden"> ${label.replace(/:$/u, "")}</span></button>`,
    `code-row ${which}`,
  )
}

/**
 * Renders «SIM карта и устройство» with `revealed` (if any) shown.
 *
 * @example
 * ```ts
 * sim(this.i18n, profile.sim, this.#revealed, (which) => (this.#revealed = which))
 * ```
 */
export const sim = (
  i18n: I18nController,
  card: SimCard.SimCard,
  revealed: SimCode | undefined,
  reveal: (which: SimCode | undefined) => void,
): TemplateResult => html`
  <section class="card" part="sim" aria-labelledby="sim-title">
    <h3 id="sim-title" class="section-title">${i18n.t("profile.sim.title")}</h3>
    <dl class="rows">
      ${simCodes.map((which) => code(i18n, card, which, revealed, reveal))}
      ${row(i18n.t("profile.sim.iccid"), html`<span class="iccid">${card.iccid}</span>`, "row iccid")}
      ${row(
        i18n.t("profile.sim.changedAt"),
        card.lastSimChangeAt === undefined ? i18n.t("profile.sim.never") : i18n.dateTime(card.lastSimChangeAt),
      )}
      ${row(i18n.t("profile.sim.imei"), card.lastRecordedImei ?? i18n.t("profile.sim.never"), "row imei")}
    </dl>
    <p class="note" part="imei-note">${i18n.m("note.imei.lastRecorded")}</p>
  </section>
`
