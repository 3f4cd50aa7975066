import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets"

interface StatusArgs {
  status: string
}

const meta = {
  title: "Widgets/Status badge",
  component: "kab-status-badge",
  render: (args) => html`<kab-status-badge status=${args.status}></kab-status-badge>`,
  argTypes: {
    status: { control: "select", options: ["Активный", "Заблокирован", "Заблокирован / Долг", "В обработке"] },
  },
} satisfies Meta<StatusArgs>

export default meta
type Story = StoryObj<StatusArgs>

export const Active: Story = { args: { status: "Активный" } }
export const Blocked: Story = { args: { status: "Заблокирован" } }
export const DebtBlocked: Story = { args: { status: "Заблокирован / Долг" } }
export const Processing: Story = { args: { status: "В обработке" } }
