import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/detalization.js"
import type { KabDetalization } from "@kabinet/widgets/detalization.js"
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

interface DetalizationArgs {
  lang: "ru" | "kk" | "en"
  number: string
}

/** 15 March 2026, 14:00 in Almaty: the stories' "now", so that their periods hold on any day. */
const storyNow = Date.parse("2026-03-15T14:00:00+05:00")

/** Signs in on the stories' clock and opens the widget. */
const open = async (canvas: HTMLElement, now = storyNow): Promise<KabDetalization> => {
  providerIn(canvas).store.configure({ now: () => now })
  await signInDemo(canvas)
  return element<KabDetalization>(canvas, "kab-detalization")
}

/** Types a period and asks for it on screen. */
const request = async (widget: KabDetalization, period?: { readonly start: string; readonly end: string }) => {
  if (period !== undefined) {
    await typeInto(widget, "period-start", period.start)
    await typeInto(widget, "period-end", period.end)
  }
  await clickOn(widget, "submit")
}

const meta = {
  title: "Numbers/Detalization",
  component: "kab-detalization",
  loaders: [mockOperator({ fleetSize: 200, now: () => storyNow })],
  args: { lang: "ru", number: "77010542001" },
  argTypes: { lang: { control: "inline-radio", options: ["ru", "kk", "en"] } },
  render: (args, { loaded }) =>
    withProvider(operatorOf(loaded), html`<kab-detalization number=${args.number}></kab-detalization>`, args.lang),
  play: async ({ canvasElement }) => {
    await open(canvasElement)
  },
  parameters: {
    docs: {
      description: {
        component: `«Детализация» (B8) on the mock operator, signed in as ${demoPhone} / ${demoPassword}; «today» is 15 March 2026.`,
      },
    },
  },
} satisfies Meta<DetalizationArgs>

export default meta
type Story = StoryObj<DetalizationArgs>

/** The form as it opens: the last month, the 90-day limit stated, «На экран». */
export const Default: Story = {}

const onScreen = async ({ canvasElement }: { readonly canvasElement: HTMLElement }) => {
  await request(await open(canvasElement))
}

/** The last month's records on screen. */
export const OnScreen: Story = { play: onScreen }

/** A period starting on the 91st day back: refused with the rule's reason, what was typed kept. */
export const RefusedPeriod: Story = {
  play: async ({ canvasElement }) => {
    await request(await open(canvasElement), { start: "2025-12-15", end: "2026-01-10" })
  },
}

/** A day with no records yet (before 7:00). */
export const Empty: Story = {
  loaders: [mockOperator({ fleetSize: 200, now: () => Date.parse("2026-03-15T06:00:00+05:00") })],
  play: async ({ canvasElement }) => {
    const widget = await open(canvasElement, Date.parse("2026-03-15T06:00:00+05:00"))
    await request(widget, { start: "2026-03-15", end: "2026-03-15" })
  },
}

/** A call centre's line: more than 50,000 records in 90 days, paged by the operator as you scroll. */
export const FiftyThousand: Story = {
  args: { number: "77780627247" },
  play: async ({ canvasElement }) => {
    const widget = await open(canvasElement)
    await request(widget, { start: "2025-12-16", end: "2026-03-15" })
    await until(() => (widget.total ?? 0) > 0, 10_000)
  },
}

/** The operator is down: the manual's advice and «Повторить». */
export const OperatorError: Story = {
  loaders: [
    async () => {
      const { operator } = await mockOperator({ fleetSize: 200, now: () => storyNow })()
      operator.addFaults({ endpoint: "records.callRecords", kind: "error", status: 503, retryAfterSeconds: 0 })
      return { operator }
    },
  ],
  play: onScreen,
}

/** In Kazakh, with records. */
export const Kazakh: Story = { args: { lang: "kk" }, play: onScreen }

/** In English, with records. */
export const English: Story = { args: { lang: "en" }, play: onScreen }

/** A phone-sized screen: records become cards. */
export const Phone: Story = {
  render: (args, { loaded }) =>
    html`<div style="max-inline-size: 375px">
      ${withProvider(operatorOf(loaded), html`<kab-detalization number=${args.number}></kab-detalization>`, args.lang)}
    </div>`,
  play: onScreen,
}
