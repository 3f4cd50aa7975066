import { Luhn, Msisdn, Programs, type Rules } from "@kabinet/core"
import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html } from "lit"
import "@kabinet/widgets/number-operation.js"
import type { KabNumberOperation } from "@kabinet/widgets/number-operation.js"
import { mockOperator, operatorOf, providerIn, signInDemo, until, withProvider } from "./mock-operator.ts"

interface OperationArgs {
  lang: "ru" | "kk" | "en"
  operation: Rules.NumberRules.Operation
  msisdn: string
}

type Dialog = HTMLElement & { open: boolean; confirm(): Promise<void>; updateComplete: Promise<boolean> }

const operationIn = (canvas: HTMLElement): KabNumberOperation | null => canvas.querySelector("kab-number-operation")

const dialogIn = (canvas: HTMLElement): Dialog | null =>
  operationIn(canvas)?.shadowRoot?.querySelector<Dialog>("kab-confirm-dialog#dialog") ?? null

// Signs the demo admin in, reads the number as the operator has it and opens the operation's dialog.
const openOperation = async (canvas: HTMLElement, args: OperationArgs): Promise<Dialog | null> => {
  await signInDemo(canvas)
  const store = providerIn(canvas).store
  const companyId = store.companyId
  const element = operationIn(canvas)
  if (companyId === undefined || element === null) return null
  const exit = await store.run(Programs.Numbers.loadSection({ companyId, msisdn: Msisdn.make(args.msisdn) }, "number"))
  if (exit._tag !== "Success") return null
  element.open(args.operation, exit.value, canvas.querySelector<HTMLElement>("#opener") ?? undefined)
  await until(() => dialogIn(canvas)?.open === true)
  return dialogIn(canvas)
}

const meta = {
  title: "Numbers/Number operation",
  component: "kab-number-operation",
  loaders: [mockOperator()],
  args: { lang: "ru", operation: "block", msisdn: "77010542007" },
  argTypes: {
    lang: { control: "inline-radio", options: ["ru", "kk", "en"] },
    operation: {
      control: "select",
      options: [
        "block",
        "unblock",
        "simSwap",
        "detailViewBan",
        "selfCareBan",
        "smsUssdBan",
        "forwarding",
        "imeiRegistration",
        "sendSecretCode",
        "deleteSecretCode",
      ],
    },
  },
  render: (args, { loaded }) =>
    withProvider(
      operatorOf(loaded),
      html`<button type="button" id="opener">⋮</button><kab-number-operation
        .followOptions=${{ initialDelay: "300 millis", factor: 1.5, maxDelay: "2 seconds" }}
      ></kab-number-operation>`,
      args.lang,
    ),
  play: async ({ canvasElement, args }) => {
    await openOperation(canvasElement, args)
  },
  parameters: {
    docs: {
      description: {
        component:
          "Every operation on a number as the manual's dialog, on the mock operator: the rules refuse first and say why, one idempotency key per intent, long operations followed to their end (`kab-operation-started`, `kab-operation-finished`).",
      },
    },
  },
} satisfies Meta<OperationArgs>

export default meta
type Story = StoryObj<OperationArgs>

/** B10: «Заблокировать номер» for an active number. */
export const Block: Story = {}

/** B10: the unblock counterpart, for a blocked number. */
export const Unblock: Story = { args: { operation: "unblock", msisdn: "77010542011" } }

/** B10, FAQ 7: 77010542010 is «Заблокирован / Долг»: no unblock, and why. */
export const UnblockRefusedForDebt: Story = { args: { operation: "unblock", msisdn: "77010542010" } }

/** Nothing changes a number «В обработке». */
export const RefusedWhileProcessing: Story = { args: { operation: "block", msisdn: "77010542012" } }

/** B11: «Замена Sim-карты» with its 20-digit field. */
export const SimSwap: Story = { args: { operation: "simSwap", msisdn: "77010542001" } }

/** B11: a mistyped ICCID (its check digit is wrong): refused under the field, kept as typed. */
export const SimSwapMistyped: Story = {
  args: { operation: "simSwap", msisdn: "77010542001" },
  play: async ({ canvasElement, args }) => {
    const dialog = await openOperation(canvasElement, args)
    const input = dialog?.querySelector<HTMLInputElement>("#iccid")
    if (input === null || input === undefined) return
    const valid = Luhn.complete("8999702123456789945")
    input.value = `${valid.slice(0, 19)}${(Number(valid.at(-1)) + 1) % 10}`
    input.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }))
  },
}

/** B11, FAQ 8: no SIM swap unless the number is «Активный». */
export const SimSwapRefusedNotActive: Story = { args: { operation: "simSwap", msisdn: "77010542011" } }

/** B12: «Запрет на просмотр детализации в MyKcell» (the app's name is the brand's). */
export const DetailViewBan: Story = { args: { operation: "detailViewBan", msisdn: "77010542001" } }

/** B13: «Запрет на доступ в MyKcell». */
export const SelfCareBan: Story = { args: { operation: "selfCareBan", msisdn: "77010542001" } }

/** B14: «Запрет на SMS / USSD управление». */
export const SmsUssdBan: Story = { args: { operation: "smsUssdBan", msisdn: "77010542001" } }

/** B12–B14: a ban in force is lifted the same way, «СНЯТЬ». */
export const LiftBan: Story = {
  args: { operation: "selfCareBan", msisdn: "77010542001" },
  loaders: [
    async () => {
      const { operator } = await mockOperator()()
      operator.state.numbers.update("77010542001", (line) => ({
        ...line,
        bans: { ...line.bans, selfCareAccess: true },
      }))
      return { operator }
    },
  ],
}

/** B15: the four conditions of call forwarding, set and cleared. */
export const Forwarding: Story = { args: { operation: "forwarding", msisdn: "77010542001" } }

/** B16: the manual's 77010542003 with its recorded 35720106026360. */
export const ImeiRegistration: Story = { args: { operation: "imeiRegistration", msisdn: "77010542003" } }

/** B9: sending the secret code, with what it allows and does not. */
export const SendSecretCode: Story = { args: { operation: "sendSecretCode", msisdn: "77010542001" } }

/** B9: deleting it. */
export const DeleteSecretCode: Story = { args: { operation: "deleteSecretCode", msisdn: "77010542001" } }

/** Confirmed, and the operator takes its time: the dialog is busy and a second press sends nothing. */
export const Busy: Story = {
  loaders: [
    async () => {
      const { operator } = await mockOperator()()
      operator.addFaults({ endpoint: "numberActions.block", latencyMs: 600_000 })
      return { operator }
    },
  ],
  play: async ({ canvasElement, args }) => {
    const dialog = await openOperation(canvasElement, args)
    void dialog?.confirm()
  },
}

/** The operator failed: its error and the manual's advice, naming «Блокировка», in the open dialog. */
export const OperatorError: Story = {
  loaders: [
    async () => {
      const { operator } = await mockOperator()()
      operator.addFaults({ endpoint: "numberActions.block", kind: "error", status: 500 })
      return { operator }
    },
  ],
  play: async ({ canvasElement, args }) => {
    const dialog = await openOperation(canvasElement, args)
    await dialog?.confirm()
  },
}
