import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/cabinet.js"
import type { CabinetView } from "@kabinet/widgets/cabinet.js"
import { demoPassword, demoPhone, mockOperator, operatorOf, signInDemo, withProvider } from "./mock-operator.ts"

interface CabinetArgs {
  lang: "ru" | "kk" | "en"
  view: CabinetView
  number: string
}

const meta = {
  title: "Cabinet/Cabinet",
  component: "kab-cabinet",
  loaders: [mockOperator({ fleetSize: 1_000 })],
  args: { lang: "ru", view: "numbers", number: "" },
  argTypes: {
    lang: { control: "inline-radio", options: ["ru", "kk", "en"] },
    view: { control: "select", options: ["numbers", "number", "detalization", "payments", "documents", "profile"] },
  },
  // Several cabinets share a docs page, so these route by their `view` attribute, not the page's hash.
  render: (args, { loaded }) =>
    withProvider(
      operatorOf(loaded),
      html`<kab-cabinet
        routing="none"
        view=${args.view}
        number=${args.number}
        style="--kab-cabinet-min-block-size: 36rem"
      ></kab-cabinet>`,
      args.lang,
    ),
  // Every view but the sign-in page needs an admin: the story signs the demo admin in.
  play: async ({ canvasElement }) => {
    await signInDemo(canvasElement)
  },
  parameters: {
    layout: "fullscreen",
    docs: {
      description: {
        component: `The whole cabinet in one element, on the mock operator (signed in as ${demoPhone} / ${demoPassword}). Views of a number, its records and the documents say what they are until their widgets are loaded on the page.`,
      },
    },
  },
} satisfies Meta<CabinetArgs>

export default meta
type Story = StoryObj<CabinetArgs>

/** Signed out: the manual's sign-in page with the promo, the language switch and «Забыли пароль?». */
export const SignedOut: Story = { play: async () => undefined }

/** «Управление номерами»: the header with the company and the account menu, the navigation and the list. */
export const Numbers: Story = {}

/** A number opened from the list. */
export const OneNumber: Story = { name: "Number", args: { view: "number", number: "77010542001" } }

/** «Документы и отчеты». */
export const Documents: Story = { args: { view: "documents" } }

/** «Мой профиль», from the account menu in the top right corner. */
export const Profile: Story = { args: { view: "profile" } }

/** On a phone (375 px): the navigation behind «Меню», the list as cards scrolling with the page. */
export const Phone: Story = {
  render: (args, { loaded }) =>
    html`<div style="inline-size: 375px; border: 1px solid #d0d7de">
      ${withProvider(
        operatorOf(loaded),
        html`<kab-cabinet routing="none" view=${args.view} number=${args.number}></kab-cabinet>`,
        args.lang,
      )}
    </div>`,
}
