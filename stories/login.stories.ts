import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/login.js"
import type { KabLogin } from "@kabinet/widgets/login.js"
import {
  clickOn,
  demoPassword,
  demoPhone,
  element,
  mockOperator,
  newAdminPhone,
  operatorOf,
  providerIn,
  typeInto,
  until,
  withProvider,
} from "./mock-operator.ts"

interface LoginArgs {
  lang: "ru" | "kk" | "en"
  phone: string
  hideLanguage: boolean
}

const meta = {
  title: "Access/Login",
  component: "kab-login",
  loaders: [mockOperator()],
  args: { lang: "ru", phone: "", hideLanguage: false },
  argTypes: { lang: { control: "inline-radio", options: ["ru", "kk", "en"] } },
  render: (args, { loaded }) =>
    withProvider(
      operatorOf(loaded),
      html`<kab-login phone=${args.phone} ?hide-language=${args.hideLanguage}></kab-login>`,
      args.lang,
    ),
  parameters: {
    docs: {
      description: {
        component: `The seeded admin signs in with ${demoPhone} / ${demoPassword}; ${newAdminPhone} was never activated.`,
      },
    },
  },
} satisfies Meta<LoginArgs>

export default meta
type Story = StoryObj<LoginArgs>

/** The manual's form, in Russian. */
export const Default: Story = {}

/** The same form in Kazakh. */
export const Kazakh: Story = { args: { lang: "kk" } }

/** The same form in English. */
export const English: Story = { args: { lang: "en" } }

/** Submitted empty: each field says what is missing, in the core's words. */
export const Invalid: Story = {
  args: { phone: "7701 05" },
  play: async ({ canvasElement }) => {
    const login = await element<KabLogin>(canvasElement, "kab-login")
    await clickOn(login, "submit")
  },
}

/** A wrong password: the operator's one generic message, with the manual's FAQ advice. */
export const WrongCredentials: Story = {
  args: { phone: demoPhone },
  play: async ({ canvasElement }) => {
    const login = await element<KabLogin>(canvasElement, "kab-login")
    await typeInto(login, "password", "not the password")
    await clickOn(login, "submit")
  },
}

/** An account never activated is sent to «Забыли пароль?». */
export const NotActivated: Story = {
  args: { phone: newAdminPhone },
  play: async ({ canvasElement }) => {
    const login = await element<KabLogin>(canvasElement, "kab-login")
    await typeInto(login, "password", "anything at all")
    await clickOn(login, "submit")
  },
}

/** After five failures: how long the lock lasts, and «ВОЙТИ» refused with the reason until then. */
export const Locked: Story = {
  args: { phone: demoPhone },
  play: async ({ canvasElement }) => {
    const login = await element<KabLogin>(canvasElement, "kab-login")
    await typeInto(login, "password", "not the password")
    for (let attempt = 0; attempt < 6; attempt++) {
      await until(() => login.shadowRoot?.querySelector("#submit .spinner") === null)
      await clickOn(login, "submit")
    }
  },
}

/** The operator is down: the manual's advice, naming «Вход в Kcell Business ID». */
export const OperatorDown: Story = {
  args: { phone: demoPhone },
  play: async ({ canvasElement, loaded }) => {
    operatorOf(loaded).addFaults({ endpoint: "*", kind: "error", status: 503 })
    const login = await element<KabLogin>(canvasElement, "kab-login")
    await typeInto(login, "password", demoPassword)
    await clickOn(login, "submit")
  },
}

/** Another operator's brand: name, colour and logo are configuration. */
export const OtherBrand: Story = {
  play: async ({ canvasElement }) => {
    providerIn(canvasElement).brand = {
      operator: "Acme",
      selfCare: "MyAcme",
      onNet: "Acme",
      colors: { brand: "#0b5394", brandHover: "#073763" },
    }
  },
}

/** On a phone-sized screen. */
export const Phone: Story = {
  globals: { viewport: { value: "mobile1", isRotated: false } },
}
