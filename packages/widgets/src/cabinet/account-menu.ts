/**
 * The account menu in the top right corner (the manual's «Мой профиль» button): the admin's name and
 * phone on the button, «Мой профиль» and «Выйти» in a `<kab-menu>`.
 */
import type { Admin } from "@kabinet/core"
import { html, svg, type TemplateResult } from "lit"
import { formatPhone } from "../i18n/format.js"
import type { I18nController } from "../i18n/i18n-controller.js"
import "../menu/menu.js"
import type { KabMenu, MenuItem } from "../menu/menu.js"

/** What the admin chose in the account menu. */
export type AccountChoice = "profile" | "sign-out"

const items = (i18n: I18nController): ReadonlyArray<MenuItem> => [
  { value: "profile", label: i18n.t("cabinet.account.profile") },
  { value: "sign-out", label: i18n.t("cabinet.account.signOut") },
]

// A person's outline, drawn rather than an emoji, so that it shows with every font.
const personIcon = svg`<svg class="account-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
  <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" stroke-width="2" />
  <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
</svg>`

const menuOf = (button: HTMLElement): KabMenu | null => button.parentElement?.querySelector("kab-menu") ?? null

// The menu button pattern: Enter, Space and ↓ open on the first item, ↑ on the last.
const onKey = (event: KeyboardEvent): void => {
  const focus = event.key === "ArrowDown" ? "first" : event.key === "ArrowUp" ? "last" : undefined
  if (focus === undefined) return
  event.preventDefault()
  const button = event.currentTarget as HTMLElement
  void menuOf(button)?.show(button, { focus })
}

const onClick = (event: Event): void => {
  const button = event.currentTarget as HTMLElement
  const menu = menuOf(button)
  if (menu?.open) menu.hide()
  else void menu?.show(button, { focus: "first" })
}

/**
 * The account button and its menu.
 *
 * @example
 * ```ts
 * accountMenu(this.i18n, session.admin, (choice) => …)
 * ```
 */
export const accountMenu = (
  i18n: I18nController,
  admin: Admin.Admin,
  onChoose: (choice: AccountChoice) => void,
): TemplateResult => html`<div class="account" part="account">
  <button
    type="button"
    id="account"
    class="account-button"
    part="account-button"
    aria-haspopup="menu"
    aria-expanded="false"
    @click=${onClick}
    @keydown=${onKey}
  >
    ${personIcon}
    <span class="account-who">
      <span class="account-name" part="account-name">${admin.fullName}</span>
      <span class="account-phone" part="account-phone">${formatPhone(admin.phone)}</span>
    </span>
  </button>
  <kab-menu
    id="account-menu"
    exportparts="item: account-item"
    label=${i18n.t("cabinet.account.label", { name: admin.fullName })}
    .items=${items(i18n)}
    @kab-menu-select=${(event: CustomEvent<{ value: string }>) => onChoose(event.detail.value as AccountChoice)}
  ></kab-menu>
</div>`
