import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/status-badge.js"

interface StatusArgs {
  status: string
  lang: "ru" | "kk" | "en"
}

const meta = {
  title: "Widgets/Status badge",
  component: "kab-status-badge",
  render: (args) => html`<kab-status-badge lang=${args.lang} status=${args.status}></kab-status-badge>`,
  args: { lang: "ru" },
  argTypes: {
    lang: { control: "inline-radio", options: ["ru", "kk", "en"] },
    status: { control: "select", options: ["Активный", "Заблокирован", "Заблокирован / Долг", "В обработке"] },
  },
} satisfies Meta<StatusArgs>

export default meta
type Story = StoryObj<StatusArgs>

export const Active: Story = { args: { status: "Активный" } }
export const Blocked: Story = { args: { status: "Заблокирован" } }
export const DebtBlocked: Story = { args: { status: "Заблокирован / Долг" } }
export const Processing: Story = { args: { status: "В обработке" } }
export const DebtBlockedKazakh: Story = { args: { status: "Заблокирован / Долг", lang: "kk" } }
export const DebtBlockedEnglish: Story = { args: { status: "Заблокирован / Долг", lang: "en" } }
