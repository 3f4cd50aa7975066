import { Errors, type Messages } from "@kabinet/core"
import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/operator-error.js"

interface ErrorArgs {
  lang: "ru" | "kk" | "en"
  operation: Messages.MessageKey
  error: unknown
}

const meta = {
  title: "Feedback/Operator error",
  component: "kab-operator-error",
  args: { lang: "ru", operation: "operation.block", error: new Errors.OperatorUnavailable({ status: 503 }) },
  argTypes: {
    lang: { control: "inline-radio", options: ["ru", "kk", "en"] },
    operation: { control: "text" },
    error: { control: false },
  },
  render: (args) =>
    html`<kab-operator-error lang=${args.lang} operation=${args.operation} .error=${args.error}></kab-operator-error>`,
} satisfies Meta<ErrorArgs>

export default meta
type Story = StoryObj<ErrorArgs>

/** The operator is unavailable: the manual's advice, naming the operation. */
export const OperatorUnavailable: Story = {}

/** In Kazakh. */
export const Kazakh: Story = { args: { lang: "kk" } }

/** In English. */
export const English: Story = { args: { lang: "en" } }

/** No connection. */
export const Network: Story = { args: { error: new Errors.NetworkError({}) } }

/** Too many requests. */
export const RateLimited: Story = { args: { error: new Errors.RateLimited({ retryAfterSeconds: 30 }) } }

/** A company the admin does not manage: FAQ 1. */
export const Forbidden: Story = { args: { error: new Errors.Forbidden({}) } }

/** A rule refused on the operator's side: the rule's own reason. */
export const RuleDenied: Story = {
  args: {
    operation: "operation.unblock",
    error: new Errors.RuleDenied({ rule: "number.unblock.debt", messageKey: "rule.number.unblock.debt", params: {} }),
  },
}

/** Something unexpected: the manual's advice still applies. */
export const Unexpected: Story = { args: { error: new TypeError("unexpected") } }
