import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/number-list.js"
import type { KabNumberList, KabProvider } from "@kabinet/widgets/number-list.js"
import {
  demoPassword,
  demoPhone,
  mockOperator,
  operatorOf,
  signInDemo,
  signInOf,
  until,
  withProvider,
} from "./mock-operator.ts"

interface NumberListArgs {
  lang: "ru" | "kk" | "en"
  search: string
}

const listIn = (canvas: HTMLElement): KabNumberList | null => canvas.querySelector("kab-number-list")

const meta = {
  title: "Numbers/Number list",
  component: "kab-number-list",
  loaders: [mockOperator({ fleetSize: 1_000 })],
  args: { lang: "ru", search: "" },
  argTypes: { lang: { control: "inline-radio", options: ["ru", "kk", "en"] } },
  render: (args, { loaded, parameters }) =>
    withProvider(
      operatorOf(loaded),
      html`<kab-number-list search=${args.search} style="--kab-number-list-block-size: 28rem"></kab-number-list>`,
      args.lang,
      signInOf(parameters),
    ),
  // The list shows nothing until an admin signs in: the story signs the demo admin in.
  play: async ({ canvasElement }) => {
    await signInDemo(canvasElement)
  },
  parameters: {
    docs: {
      description: {
        component: `«Управление номерами» on the mock operator, signed in as ${demoPhone} / ${demoPassword} («TOO Кабинет»).`,
      },
    },
  },
} satisfies Meta<NumberListArgs>

export default meta
type Story = StoryObj<NumberListArgs>

/** The manual's numbers first, then the company's generated lines (1,000), in Russian. */
export const Default: Story = {}

/** The operator takes its time: the list says it is loading. */
export const Loading: Story = {
  loaders: [
    async () => {
      const { operator } = await mockOperator({ fleetSize: 1_000 })()
      operator.addFaults({ endpoint: "numbers.list", latencyMs: 600_000 })
      return { operator }
    },
  ],
}

/** A search that matches nothing. */
export const NoResults: Story = { args: { search: "не найдется" } }

/** A company with no numbers at all: the operator answers an empty page. */
export const Empty: Story = {
  // Signed in by the play function, once the list's pages are answered empty.
  parameters: { signIn: false },
  play: async ({ canvasElement, loaded }) => {
    const operator = operatorOf(loaded)
    const provider = canvasElement.querySelector<KabProvider>("kab-provider")
    // The list's pages are answered empty; everything else goes to the mock operator as usual.
    provider?.store.configure({
      fetch: (input, init) => {
        const request = new Request(input, init)
        if (request.method === "GET" && new URL(request.url).pathname.endsWith("/numbers")) {
          const body = JSON.stringify({ items: [], total: 0, offset: 0 })
          return Promise.resolve(new Response(body, { headers: { "content-type": "application/json" } }))
        }
        return operator.handle(request)
      },
    })
    await signInDemo(canvasElement)
  },
}

/** The operator is down: the manual's advice and «Повторить». */
export const OperatorError: Story = {
  loaders: [
    async () => {
      const { operator } = await mockOperator({ fleetSize: 1_000 })()
      operator.addFaults({ endpoint: "numbers.list", kind: "error", status: 503, retryAfterSeconds: 0 })
      return { operator }
    },
  ],
}

/** 100,000 numbers: pages load as you scroll, only the visible rows are rendered. */
export const HundredThousand: Story = {
  loaders: [mockOperator({ fleetSize: 100_000 })],
}

/** A number blocked for debt: its ⋮ menu refuses «Разблокировка» and says why. */
export const DebtBlocked: Story = { args: { search: "77010542010" } }

/** In Kazakh. */
export const Kazakh: Story = { args: { lang: "kk" } }

/** In English. */
export const English: Story = { args: { lang: "en" } }

/** A phone-sized screen: rows become cards. */
export const Phone: Story = {
  render: (args, { loaded, parameters }) =>
    html`<div style="max-inline-size: 375px">
      ${withProvider(operatorOf(loaded), html`<kab-number-list></kab-number-list>`, args.lang, signInOf(parameters))}
    </div>`,
  play: async ({ canvasElement }) => {
    await signInDemo(canvasElement)
    await until(() => (listIn(canvasElement)?.total ?? 0) > 0)
  },
}
