import { Messages, type MobileNumber, Rules } from "@kabinet/core"
import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/menu.js"
import type { KabMenu, MenuItem } from "@kabinet/widgets/menu.js"

interface MenuArgs {
  lang: "ru" | "kk" | "en"
  status: MobileNumber.MobileNumber["status"]
}

/** A number's quick operations as `<kab-menu>` items, decided by the core's rules (as the number list does). */
const itemsFor = (lang: MenuArgs["lang"], status: MenuArgs["status"]): ReadonlyArray<MenuItem> =>
  Rules.NumberRules.quickOperations({ status, billingMethod: "Кредитный" }).map((entry) => ({
    value: entry.operation,
    label: Messages.format(lang, entry.messageKey),
    reason:
      entry.decision._tag === "Denied"
        ? Messages.format(lang, entry.decision.messageKey, entry.decision.params)
        : undefined,
    rule: entry.decision._tag === "Denied" ? entry.decision.rule : undefined,
  }))

const open = (canvas: HTMLElement) => {
  const button = canvas.querySelector<HTMLButtonElement>("button")
  if (button !== null) void canvas.querySelector<KabMenu>("kab-menu")?.show(button)
}

const meta = {
  title: "Building blocks/Menu",
  component: "kab-menu",
  args: { lang: "ru", status: "Активный" },
  argTypes: {
    lang: { control: "inline-radio", options: ["ru", "kk", "en"] },
    status: { control: "select", options: ["Активный", "Заблокирован", "Заблокирован / Долг", "В обработке"] },
  },
  render: (args) => html`<div lang=${args.lang} style="display: flex; justify-content: flex-end; padding: 1rem">
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded="false"
      aria-label=${Messages.format(args.lang, "operation.loadNumbers")}
      style="inline-size: 2.75rem; block-size: 2.75rem; font-size: 1.25rem"
      @click=${(event: Event) =>
        void (event.currentTarget as HTMLElement).parentElement
          ?.querySelector<KabMenu>("kab-menu")
          ?.show(event.currentTarget as HTMLElement)}
    >⋮</button>
    <kab-menu label="+7 701 054 20 01" .items=${itemsFor(args.lang, args.status)}></kab-menu>
  </div>`,
  parameters: {
    docs: {
      description: {
        component:
          "The menu-button pattern on the platform's popover, placed by CSS anchor positioning. Press ⋮ (or Enter on it); ↓/↑, Home/End and a letter move, Enter chooses, Escape closes. A refused item stays reachable and says why.",
      },
    },
  },
} satisfies Meta<MenuArgs>

export default meta
type Story = StoryObj<MenuArgs>

/** An active number's quick operations, the menu open. */
export const Open: Story = { play: ({ canvasElement }) => open(canvasElement) }

/** A number blocked for debt: «Разблокировка» is refused, with the rule's reason. */
export const DebtBlocked: Story = {
  args: { status: "Заблокирован / Долг" },
  play: ({ canvasElement }) => open(canvasElement),
}

/** In Kazakh. */
export const Kazakh: Story = { args: { lang: "kk" }, play: ({ canvasElement }) => open(canvasElement) }

/** In English. */
export const English: Story = { args: { lang: "en" }, play: ({ canvasElement }) => open(canvasElement) }
