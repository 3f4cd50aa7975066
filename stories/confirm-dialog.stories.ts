import { Errors, Messages } from "@kabinet/core"
import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/confirm-dialog.js"
import type { ConfirmAction, KabConfirmDialog } from "@kabinet/widgets/confirm-dialog.js"

interface DialogArgs {
  lang: "ru" | "kk" | "en"
  action: ConfirmAction | undefined
}

const titles = { ru: "Заблокировать номер", kk: "Нөмірді бұғаттау", en: "Block the number" } as const

const questions = {
  ru: "Вы уверены, что хотите заблокировать данный номер?",
  kk: "Бұл нөмірді бұғаттағыңыз келетініне сенімдісіз бе?",
  en: "Are you sure you want to block this number?",
} as const

const open = async (canvas: HTMLElement) => {
  const opener = canvas.querySelector<HTMLButtonElement>("button")
  await canvas.querySelector<KabConfirmDialog>("kab-confirm-dialog")?.show(opener ?? undefined)
}

const confirm = async (canvas: HTMLElement) => {
  await open(canvas)
  await canvas.querySelector<KabConfirmDialog>("kab-confirm-dialog")?.confirm()
}

const meta = {
  title: "Building blocks/Confirm dialog",
  component: "kab-confirm-dialog",
  args: { lang: "ru", action: undefined },
  argTypes: {
    lang: { control: "inline-radio", options: ["ru", "kk", "en"] },
    action: { control: false },
  },
  render: (args) => html`<div lang=${args.lang}>
    <button
      type="button"
      @click=${(event: Event) =>
        void (event.currentTarget as HTMLElement).parentElement
          ?.querySelector<KabConfirmDialog>("kab-confirm-dialog")
          ?.show(event.currentTarget as HTMLElement)}
    >${Messages.format(args.lang, "operation.block")}</button>
    <kab-confirm-dialog
      label=${titles[args.lang]}
      subtitle="+7 701 054 19 21"
      text=${questions[args.lang]}
      operation="operation.block"
      .action=${args.action}
    ></kab-confirm-dialog>
  </div>`,
  parameters: {
    docs: {
      description: {
        component:
          "The confirmation every operation on a number asks for, on the platform's `<dialog>`: «Да, уверен» runs the action and the dialog stays busy until it ends; a failure stays in the dialog with the manual's advice; Escape or «Отменить» cancel, and the focus returns to the button that opened it.",
      },
    },
  },
} satisfies Meta<DialogArgs>

export default meta
type Story = StoryObj<DialogArgs>

/** The manual's «Заблокировать номер», open. */
export const Open: Story = { play: ({ canvasElement }) => open(canvasElement) }

/** Confirmed: the action runs (here, for ever), «Да, уверен» shows it and Escape waits. */
export const Busy: Story = {
  args: { action: () => new Promise(() => undefined) },
  play: ({ canvasElement }) => confirm(canvasElement),
}

/** The action failed: the operator's error and the manual's advice, in the dialog, which stays open. */
export const Failed: Story = {
  args: { action: () => Promise.reject(new Errors.OperatorUnavailable({ status: 503 })) },
  play: ({ canvasElement }) => confirm(canvasElement),
}

/** A confirmation that needs a field (the manual's «Замена Sim-карты»): the field gets the focus. */
export const WithField: Story = {
  render: () => html`<kab-confirm-dialog
    lang="ru"
    label="Замена Sim-карты"
    subtitle="+7 701 054 20 01"
    text="Для замены введите 20-ти значный номер новой SIM карты"
  >
    <label style="display: grid; gap: 0.25rem; font-weight: 600">
      ВВЕДИТЕ НОВЫЙ НОМЕР SIM-КАРТЫ
      <input autofocus inputmode="numeric" autocomplete="off" style="min-block-size: 2.75rem" />
    </label>
  </kab-confirm-dialog>`,
  play: ({ canvasElement }) => open(canvasElement),
}

/** In Kazakh. */
export const Kazakh: Story = { args: { lang: "kk" }, play: ({ canvasElement }) => open(canvasElement) }

/** In English. */
export const English: Story = { args: { lang: "en" }, play: ({ canvasElement }) => open(canvasElement) }
