import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/company-switcher.js"
import { mockOperator, operatorOf, signInDemo, signInOf, withProvider } from "./mock-operator.ts"

interface SwitcherArgs {
  lang: "ru" | "kk" | "en"
}

const meta = {
  title: "Access/Company switcher",
  component: "kab-company-switcher",
  loaders: [mockOperator()],
  args: { lang: "ru" },
  argTypes: { lang: { control: "inline-radio", options: ["ru", "kk", "en"] } },
  render: (args, { loaded, parameters }) =>
    withProvider(
      operatorOf(loaded),
      html`<kab-company-switcher></kab-company-switcher>`,
      args.lang,
      signInOf(parameters),
    ),
  play: async ({ canvasElement }) => {
    await signInDemo(canvasElement)
  },
} satisfies Meta<SwitcherArgs>

export default meta
type Story = StoryObj<SwitcherArgs>

/** The demo admin's three companies, short names where set. */
export const Default: Story = {}

/** In Kazakh. */
export const Kazakh: Story = { args: { lang: "kk" } }

/** In English. */
export const English: Story = { args: { lang: "en" } }

/** An admin of one company. */
export const SingleCompany: Story = { parameters: { signIn: "77080770570" } }

/** The companies cannot be loaded: the manual's advice, naming «Выбор компании». */
export const OperatorDown: Story = {
  loaders: [
    async () => {
      const { operator } = await mockOperator()()
      // A bare 500: no Retry-After to wait for, so the retries end quickly.
      operator.addFaults({ endpoint: "companies.*", kind: "error", status: 500 })
      return { operator }
    },
  ],
}
