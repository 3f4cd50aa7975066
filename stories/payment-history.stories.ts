import type { Company } from "@kabinet/core"
import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/payment-history.js"
import type { KabPaymentHistory } from "@kabinet/widgets/payment-history.js"
import {
  clickOn,
  demoPassword,
  demoPhone,
  element,
  mockOperator,
  operatorOf,
  providerIn,
  signInDemo,
  typeInto,
  until,
  withProvider,
} from "./mock-operator.ts"

interface PaymentHistoryArgs {
  lang: "ru" | "kk" | "en"
  number: string
  company: string
}

/** 15 March 2026, 14:00 in Almaty: the stories' "now". */
const storyNow = Date.parse("2026-03-15T14:00:00+05:00")
/** «Времени мало», the company of the manual's advance line 77010541921. */
const vremeniMalo = "cmp-800800800800"

const open = async (canvas: HTMLElement, company: string): Promise<KabPaymentHistory> => {
  const store = providerIn(canvas).store
  store.configure({ now: () => storyNow })
  await signInDemo(canvas)
  store.selectCompany(company as Company.CompanyId)
  const widget = await element<KabPaymentHistory>(canvas, "kab-payment-history")
  await until(() => !widget.loading, 5000)
  return widget
}

const request = async (widget: KabPaymentHistory, period?: { readonly start: string; readonly end: string }) => {
  if (period !== undefined) {
    await typeInto(widget, "period-start", period.start)
    await typeInto(widget, "period-end", period.end)
  }
  await clickOn(widget, "submit")
}

const meta = {
  title: "Numbers/Payment history",
  component: "kab-payment-history",
  loaders: [mockOperator({ fleetSize: 200, now: () => storyNow })],
  args: { lang: "ru", number: "77010541921", company: vremeniMalo },
  argTypes: { lang: { control: "inline-radio", options: ["ru", "kk", "en"] } },
  render: (args, { loaded }) =>
    withProvider(
      operatorOf(loaded),
      html`<kab-payment-history number=${args.number}></kab-payment-history>`,
      args.lang,
    ),
  play: async ({ canvasElement, args }) => {
    await request(await open(canvasElement, args.company), { start: "2025-09-15", end: "2026-03-15" })
  },
  parameters: {
    docs: {
      description: {
        component: `«История платежей» (B17) on the mock operator, signed in as ${demoPhone} / ${demoPassword}; «today» is 15 March 2026.`,
      },
    },
  },
} satisfies Meta<PaymentHistoryArgs>

export default meta
type Story = StoryObj<PaymentHistoryArgs>

/** The manual's advance line: its top-ups of the last six months on screen. */
export const Advance: Story = {}

/** A credit line: «Запросить» refused with the reason, pointing to «Документы и отчеты». */
export const Credit: Story = {
  args: { number: "77010542001", company: "cmp-700700700700" },
  play: async ({ canvasElement, args }) => {
    await open(canvasElement, args.company)
  },
}

/** A period ending after today: refused with the rule's reason, what was typed kept. */
export const RefusedPeriod: Story = {
  play: async ({ canvasElement, args }) => {
    await request(await open(canvasElement, args.company), { start: "2026-03-01", end: "2026-03-20" })
  },
}

/** A period with no payments. */
export const Empty: Story = {
  play: async ({ canvasElement, args }) => {
    await request(await open(canvasElement, args.company), { start: "2017-01-01", end: "2017-01-31" })
  },
}

/** The operator is down: the manual's advice and «Повторить». */
export const OperatorError: Story = {
  loaders: [
    async () => {
      const { operator } = await mockOperator({ fleetSize: 200, now: () => storyNow })()
      operator.addFaults({ endpoint: "records.numberPayments", kind: "error", status: 503, retryAfterSeconds: 0 })
      return { operator }
    },
  ],
}

/** In Kazakh. */
export const Kazakh: Story = { args: { lang: "kk" } }

/** In English. */
export const English: Story = { args: { lang: "en" } }

/** A phone-sized screen: payments become cards. */
export const Phone: Story = {
  render: (args, { loaded }) =>
    html`<div style="max-inline-size: 375px">
      ${withProvider(operatorOf(loaded), html`<kab-payment-history number=${args.number}></kab-payment-history>`, args.lang)}
    </div>`,
}
