import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/password-recovery.js"
import type { KabPasswordRecovery } from "@kabinet/widgets/password-recovery.js"
import {
  clickOn,
  element,
  mockOperator,
  newAdminPhone,
  operatorOf,
  typeInto,
  until,
  withProvider,
} from "./mock-operator.ts"

interface RecoveryArgs {
  lang: "ru" | "kk" | "en"
  phone: string
}

const meta = {
  title: "Access/Password recovery",
  component: "kab-password-recovery",
  loaders: [mockOperator()],
  args: { lang: "ru", phone: "" },
  argTypes: { lang: { control: "inline-radio", options: ["ru", "kk", "en"] } },
  render: (args, { loaded }) =>
    withProvider(
      operatorOf(loaded),
      html`<kab-password-recovery phone=${args.phone}></kab-password-recovery>`,
      args.lang,
    ),
  parameters: {
    docs: {
      description: {
        component: `${newAdminPhone} is the manual's admin who never activated the account; the code the operator texts is in the mock operator's outbox.`,
      },
    },
  },
} satisfies Meta<RecoveryArgs>

export default meta
type Story = StoryObj<RecoveryArgs>

const toCodeStep = async (canvas: HTMLElement): Promise<KabPasswordRecovery> => {
  const recovery = await element<KabPasswordRecovery>(canvas, "kab-password-recovery")
  await typeInto(recovery, "phone", newAdminPhone)
  await clickOn(recovery, "next")
  await until(() => recovery.step === "code")
  return recovery
}

/** Step 1: the admin's phone. */
export const Default: Story = {}

/** Step 1 in Kazakh. */
export const Kazakh: Story = { args: { lang: "kk" } }

/** Step 1 in English. */
export const English: Story = { args: { lang: "en" } }

/** Step 1 with a phone that is not a Kazakh mobile number. */
export const InvalidPhone: Story = {
  args: { phone: "+7 727 259 07 77" },
  play: async ({ canvasElement }) => {
    const recovery = await element<KabPasswordRecovery>(canvasElement, "kab-password-recovery")
    await clickOn(recovery, "next")
  },
}

/** Step 2 right after the code was sent: «SMS код успешно выслан» and the 60-second countdown. */
export const Countdown: Story = {
  args: { phone: newAdminPhone },
  play: async ({ canvasElement }) => {
    await toCodeStep(canvasElement)
  },
}

/** Step 2 with a wrong code. */
export const WrongCode: Story = {
  play: async ({ canvasElement }) => {
    const recovery = await toCodeStep(canvasElement)
    await typeInto(recovery, "code", "000000")
    await clickOn(recovery, "next")
  },
}

/** Step 2 in Kazakh, with the countdown. */
export const CountdownKazakh: Story = {
  args: { lang: "kk" },
  play: async ({ canvasElement }) => {
    await toCodeStep(canvasElement)
  },
}

/** Step 3: the new password, with the operator's policy shown as it is typed. */
export const NewPassword: Story = {
  play: async ({ canvasElement, loaded }) => {
    const recovery = await toCodeStep(canvasElement)
    await typeInto(recovery, "code", operatorOf(loaded).lastSmsCode(newAdminPhone) ?? "")
    await clickOn(recovery, "next")
    await until(() => recovery.step === "password")
    await typeInto(recovery, "new-password", "qwerty")
  },
}

/** The operator is down at step 1: the manual's advice, the phone kept. */
export const OperatorDown: Story = {
  args: { phone: newAdminPhone },
  play: async ({ canvasElement, loaded }) => {
    operatorOf(loaded).addFaults({ endpoint: "*", kind: "error", status: 503 })
    const recovery = await element<KabPasswordRecovery>(canvasElement, "kab-password-recovery")
    await clickOn(recovery, "next")
  },
}
