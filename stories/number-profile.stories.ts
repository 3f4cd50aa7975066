import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/number-profile.js"
import type { Company } from "@kabinet/core"
import { persistentOperator } from "@kabinet/mock-operator/browser"
import type { KabNumberProfile } from "@kabinet/widgets/number-profile.js"
import {
  demoPassword,
  demoPhone,
  mockOperator,
  operatorOf,
  providerIn,
  signInDemo,
  until,
  withProvider,
} from "./mock-operator.ts"

interface NumberProfileArgs {
  lang: "ru" | "kk" | "en"
  number: string
}

const profileIn = (canvas: HTMLElement): KabNumberProfile | null => canvas.querySelector("kab-number-profile")

/**
 * Signs the demo admin in, chooses the number's company (as the cabinet does, opening a number from the
 * list of the company chosen) and waits for the profile's first answer.
 */
const signedIn = async (canvas: HTMLElement, loaded: Record<string, unknown>): Promise<KabNumberProfile | null> => {
  await signInDemo(canvas)
  const profile = profileIn(canvas)
  const companyId = operatorOf(loaded).state.numbers.get(profile?.number ?? "")?.companyId
  if (companyId !== undefined) providerIn(canvas).store.selectCompany(companyId as Company.CompanyId)
  await until(() => profile?.profile !== undefined)
  await profile?.updateComplete
  return profile
}

const meta = {
  title: "Numbers/Number profile",
  component: "kab-number-profile",
  loaders: [mockOperator({ timeScale: 0.05 })],
  args: { lang: "ru", number: "77010542001" },
  argTypes: {
    lang: { control: "inline-radio", options: ["ru", "kk", "en"] },
    number: {
      control: "select",
      options: ["77010542001", "77010542007", "77010542010", "77010542011", "77010542012", "77010541921"],
    },
  },
  render: (args, { loaded }) =>
    withProvider(operatorOf(loaded), html`<kab-number-profile number=${args.number}></kab-number-profile>`, args.lang),
  // The profile shows nothing until an admin signs in: the story signs the demo admin in.
  play: async ({ canvasElement, loaded }) => {
    await signedIn(canvasElement, loaded)
  },
  parameters: {
    docs: {
      description: {
        component: `«Информация по номеру» on the mock operator (operations at 1/20 of their time), signed in as ${demoPhone} / ${demoPassword}. Every section: the header, «Общая информация», «SIM карта и устройство», the remainders, the spending chart and the services.`,
      },
    },
  },
} satisfies Meta<NumberProfileArgs>

export default meta
type Story = StoryObj<NumberProfileArgs>

/** The manual's 77010542001, «Активный»: «Карт Бланш+ 1000», 893 ₸, limits 1786 ₸ and 3000 ₸. */
export const Active: Story = {}

/** PIN1 revealed («0000»); revealing another code masks it again. */
export const PinRevealed: Story = {
  play: async ({ canvasElement, loaded }) => {
    const profile = await signedIn(canvasElement, loaded)
    profile?.shadowRoot?.querySelector<HTMLButtonElement>('button.reveal[data-code="pin1"]')?.click()
  },
}

/** «Заблокирован»: «Разблокировка» is offered. */
export const Blocked: Story = { args: { number: "77010542011" } }

/** «Заблокирован / Долг»: «Разблокировка» stays visible, refused with the FAQ's explanation of the debt. */
export const DebtBlocked: Story = { args: { number: "77010542010" } }

/** «В обработке»: the operation's progress; nothing but reading until it ends. */
export const Processing: Story = { args: { number: "77010542012" } }

/** An advance-paid number: «История платежей» in the ⋮ menu. */
export const Advance: Story = { args: { number: "77010541921" } }

/** On-net calls «Безлимит» beside the meters of limited bundles. */
export const Unlimited: Story = {
  play: async ({ canvasElement, loaded }) => {
    const profile = await signedIn(canvasElement, loaded)
    profile?.shadowRoot?.querySelector('[part="remainders"]')?.scrollIntoView()
  },
}

/** Press «Блокировка» and confirm: «В обработке», then «Заблокирован» by itself. */
export const BlockFollowed: Story = { args: { number: "77010542007" } }

/** The operator takes its time: the profile says it is loading. */
export const Loading: Story = {
  loaders: [
    async () => {
      const { operator } = await mockOperator()()
      operator.addFaults({ endpoint: "numbers.profile", latencyMs: 600_000 })
      return { operator }
    },
  ],
  play: async ({ canvasElement }) => {
    await signInDemo(canvasElement)
  },
}

/** The operator is down: the manual's advice and «Повторить». */
export const OperatorError: Story = {
  loaders: [
    async () => {
      const { operator } = await mockOperator()()
      operator.addFaults({ endpoint: "numbers.profile", kind: "error", status: 503, retryAfterSeconds: 0 })
      return { operator }
    },
  ],
  play: async ({ canvasElement }) => {
    await signInDemo(canvasElement)
  },
}

/** A service cannot be connected: the operator's error where the services are, nothing lost. */
export const ServiceError: Story = {
  loaders: [
    async () => {
      const { operator } = await mockOperator()()
      operator.addFaults({ endpoint: "numberActions.connectService", kind: "error", status: 503, retryAfterSeconds: 0 })
      return { operator }
    },
  ],
}

/**
 * The operator kept in the page's `sessionStorage`: block 77010542007, reload the page, and the block is
 * still «В обработке» and ends by itself. Reset with `POST /__mock/reset` or by closing the tab.
 */
export const SurvivesReload: Story = {
  args: { number: "77010542007" },
  loaders: [
    async () => ({
      operator: await persistentOperator(
        { seed: 1, fleetSize: 200, timeScale: 0.5 },
        { storage: sessionStorage, key: "kabinet-story-number-profile" },
      ),
    }),
  ],
}

/** In Kazakh. */
export const Kazakh: Story = { args: { lang: "kk" } }

/** In English. */
export const English: Story = { args: { lang: "en" } }

/** A phone-sized screen: the sections stack. */
export const Phone: Story = {
  render: (args, { loaded }) =>
    html`<div style="max-inline-size: 375px">
      ${withProvider(operatorOf(loaded), html`<kab-number-profile number=${args.number}></kab-number-profile>`, args.lang)}
    </div>`,
}
