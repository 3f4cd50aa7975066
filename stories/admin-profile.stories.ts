import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/admin-profile.js"
import "@kabinet/widgets/company-switcher.js"
import type { KabAdminProfile } from "@kabinet/widgets/admin-profile.js"
import {
  clickOn,
  element,
  mockOperator,
  operatorOf,
  signInDemo,
  signInOf,
  typeInto,
  until,
  withProvider,
} from "./mock-operator.ts"

interface ProfileArgs {
  lang: "ru" | "kk" | "en"
  tab: "profile" | "companies"
}

const meta = {
  title: "Access/Admin profile",
  component: "kab-admin-profile",
  loaders: [mockOperator()],
  args: { lang: "ru", tab: "profile" },
  argTypes: {
    lang: { control: "inline-radio", options: ["ru", "kk", "en"] },
    tab: { control: "inline-radio", options: ["profile", "companies"] },
  },
  render: (args, { loaded, parameters }) =>
    withProvider(
      operatorOf(loaded),
      html`<kab-company-switcher></kab-company-switcher>
        <kab-admin-profile tab=${args.tab}></kab-admin-profile>`,
      args.lang,
      signInOf(parameters),
    ),
  play: async ({ canvasElement }) => {
    await signInDemo(canvasElement)
  },
  parameters: {
    docs: {
      description: {
        component:
          "Shown with `<kab-company-switcher>` under the same provider: a short name saved in «Мои компании» shows in the drop-down at once.",
      },
    },
  },
} satisfies Meta<ProfileArgs>

export default meta
type Story = StoryObj<ProfileArgs>

/** «Мой профиль»: e-mail and password. */
export const Default: Story = {}

/** «Мои компании»: БИН, full name and a short name per company. */
export const Companies: Story = { args: { tab: "companies" } }

/** In Kazakh. */
export const Kazakh: Story = { args: { lang: "kk" } }

/** In English, companies tab. */
export const English: Story = { args: { lang: "en", tab: "companies" } }

/** A new password the policy refuses, and a repetition that differs. */
export const PasswordPolicy: Story = {
  play: async ({ canvasElement }) => {
    await signInDemo(canvasElement)
    const profile = await element<KabAdminProfile>(canvasElement, "kab-admin-profile")
    await typeInto(profile, "current-password", "kabinet-demo")
    await typeInto(profile, "new-password", "password12345678")
    await typeInto(profile, "repeat-password", "password1234567")
    await clickOn(profile, "password-submit")
  },
}

/** A wrong current password when changing the e-mail. */
export const WrongPassword: Story = {
  play: async ({ canvasElement }) => {
    await signInDemo(canvasElement)
    const profile = await element<KabAdminProfile>(canvasElement, "kab-admin-profile")
    await typeInto(profile, "email", "dana@kabinet.kz")
    await typeInto(profile, "email-password", "not my password")
    await clickOn(profile, "email-submit")
  },
}

/** The operator is down while a short name is saved. */
export const OperatorDown: Story = {
  args: { tab: "companies" },
  play: async ({ canvasElement, loaded }) => {
    await signInDemo(canvasElement)
    const profile = await element<KabAdminProfile>(canvasElement, "kab-admin-profile")
    await until(() => profile.shadowRoot?.querySelector("#short-name-0") !== null)
    operatorOf(loaded).addFaults({ endpoint: "profile.*", kind: "error", status: 503 })
    await typeInto(profile, "short-name-0", "Главный офис")
    await clickOn(profile, "short-name-0-submit")
  },
}

/** Nobody signed in. */
export const SignedOut: Story = { play: async () => undefined }
