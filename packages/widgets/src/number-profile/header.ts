/**
 * B2 «Информация по номеру»: the number, its status with the time of its last change, ТАРИФ,
 * ДОСТУПНЫЕ СРЕДСТВА, ИНДИВИДУАЛЬНЫЙ ЛИМИТ (only when set), КРЕДИТНЫЙ ЛИМИТ, and the actions —
 * «Детализация», «Блокировка» / «Разблокировка» (refused with the core's reason, never hidden), the ⋮
 * menu and «Обновить». While an operation runs the header says «В обработке» with its progress.
 */
import { type Instant, type MobileNumber, Rules } from "@kabinet/core"
import { html, nothing, type TemplateResult } from "lit"
import type { I18nController } from "../i18n/i18n-controller.js"
import { action, denialOf } from "../internal/templates/action.js"
import "../status-badge/status-badge.js"

/** What the header's buttons do; the ⋮ menu gets its button, where the focus returns. */
export interface HeaderActions {
  readonly detalization: () => void
  readonly blockToggle: () => void
  readonly menu: (opener: HTMLElement) => void
  readonly refresh: () => void
}

/** The header's moving parts: the operation running on the number, and whether a refresh is on its way. */
export interface HeaderState {
  readonly runningSince?: Instant.Instant | undefined
  readonly refreshing: boolean
}

const figure = (label: string, value: string, part: string, note?: string): TemplateResult => html`
  <div class="figure" part=${part}>
    <dt>${label}</dt>
    <dd>${value}${note === undefined ? nothing : html`<span class="figure-note">${note}</span>`}</dd>
  </div>
`

const processing = (i18n: I18nController, since: Instant.Instant): TemplateResult => html`
  <div class="processing" part="processing">
    <p id="processing-label">${i18n.t("profile.processing", { time: i18n.time(since) })}</p>
    <progress aria-labelledby="processing-label"></progress>
    <p class="note">${i18n.m("note.block.duration")}</p>
  </div>
`

const target = (event: Event): HTMLElement => event.currentTarget as HTMLElement

/**
 * Renders the header of `number`.
 *
 * @example
 * ```ts
 * header(this.i18n, profile.number, { refreshing: false }, actions)
 * ```
 */
export const header = (
  i18n: I18nController,
  number: MobileNumber.MobileNumber,
  state: HeaderState,
  actions: HeaderActions,
): TemplateResult => {
  const toggle = Rules.NumberRules.blockToggle(number)
  return html`
    <section class="card header" part="header" aria-labelledby="profile-title">
      <h2 id="profile-title" class="section-title">${i18n.t("profile.title")}</h2>
      <p class="identity">
        <span class="phone" part="phone">${i18n.phone(number.msisdn)}</span>
        <kab-status-badge part="status" .status=${number.status}></kab-status-badge>
        <span class="changed" part="status-changed"
          ><span class="visually-hidden">${i18n.t("profile.statusChangedAt")}: </span>${i18n.dateTime(number.statusChangedAt)}</span
        >
      </p>
      ${state.runningSince === undefined ? nothing : processing(i18n, state.runningSince)}
      <dl class="figures">
        ${figure(i18n.t("profile.tariff"), number.tariffName ?? i18n.t("profile.noTariff"), "tariff")}
        ${figure(i18n.t("profile.funds"), i18n.money(number.availableFunds), "funds", i18n.m("note.funds"))}
        ${
          number.individualLimit === undefined
            ? nothing
            : figure(i18n.t("profile.individualLimit"), i18n.money(number.individualLimit), "individual-limit")
        }
        ${figure(i18n.t("profile.creditLimit"), i18n.money(number.creditLimit), "credit-limit")}
      </dl>
      <div class="actions" part="actions">
        ${action(i18n, {
          id: "detalization",
          label: i18n.m("operation.detalization"),
          kind: "secondary",
          onActivate: actions.detalization,
        })}
        <div class="action-with-reason">
          ${action(i18n, {
            id: "block-toggle",
            label: i18n.m(toggle.messageKey),
            kind: "secondary",
            denial: denialOf(toggle.decision),
            onActivate: actions.blockToggle,
          })}
        </div>
        <button
          id="more"
          type="button"
          class="button secondary icon-button"
          part="menu-button"
          aria-haspopup="menu"
          aria-controls="menu"
          aria-expanded="false"
          @click=${(event: Event) => actions.menu(target(event))}
        ><span aria-hidden="true">⋮</span><span class="visually-hidden">${i18n.t("profile.more")}</span></button>
        ${action(i18n, {
          id: "refresh",
          label: i18n.m("operation.refresh"),
          kind: "secondary",
          icon: "↻",
          busy: state.refreshing,
          onActivate: actions.refresh,
        })}
      </div>
    </section>
  `
}
