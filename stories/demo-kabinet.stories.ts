import type { MockOperator } from "@kabinet/mock-operator/browser"
import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html, nothing, render } from "lit"
import "@kabinet/widgets"
import type { KabProvider } from "@kabinet/widgets"
import { demoPassword, demoPhone, mockOperator, newAdminPhone, operatorOf } from "./mock-operator.ts"

/** A message of the mock operator's outbox, as `/__mock/outbox` answers it. */
interface OutboxMessage {
  readonly channel: "sms" | "email"
  readonly id: string
  readonly at: string
  readonly to: string
  readonly text: string
  readonly subject?: string
}

const languages = [
  ["ru", "Русский"],
  ["kk", "Қазақша"],
  ["en", "English"],
] as const

const styles = html`<style>
  .demo {
    display: grid;
    gap: 1.5rem;
    grid-template-columns: minmax(0, 1fr) minmax(16rem, 22rem);
    align-items: start;
    font-family: system-ui, sans-serif;
    color: #1f2328;
  }
  .demo [hidden] {
    display: none !important;
  }
  .demo-main {
    display: flex;
    flex-direction: column;
    gap: 1.5rem;
    min-inline-size: 0;
  }
  .demo-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: 1rem;
    padding-block-end: 0.75rem;
    border-block-end: 1px solid #d0d7de;
  }
  .demo-bar h1 {
    margin: 0;
    font-size: 1.5rem;
  }
  .demo-language {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .demo-language select {
    min-block-size: 2.75rem;
    font: inherit;
    font-weight: normal;
  }
  .demo-signin {
    max-inline-size: 28rem;
  }
  .demo-note {
    margin: 0;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid #0a58b8;
    background: #e8f1fb;
  }
  .demo-outbox {
    position: sticky;
    inset-block-start: 1rem;
    padding: 1rem;
    border: 1px solid #d0d7de;
    border-radius: 0.5rem;
    background: #f6f8fa;
    font-size: 0.875rem;
  }
  .demo-outbox h2 {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }
  .demo-outbox ol {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
    max-block-size: 70vh;
    overflow: auto;
  }
  .demo-outbox li {
    padding: 0.5rem;
    border-radius: 0.25rem;
    background: #fff;
    overflow-wrap: anywhere;
  }
  .demo-outbox .meta {
    color: #57606a;
  }
  @media (max-width: 56rem) {
    .demo {
      grid-template-columns: minmax(0, 1fr);
    }
    .demo-outbox {
      position: static;
    }
  }
</style>`

/**
 * The whole cabinet as a portal would put it together from the public widgets alone: a provider
 * around the sign-in form (and password recovery on «Забыли пароль?»); once signed in, the company
 * switch, a language switch, the number list and the admin's profile. Beside it, what the mock
 * operator "sent": its SMS and e-mail outboxes, read from `/__mock/outbox` every two seconds.
 */
const demo = (operator: MockOperator): HTMLElement => {
  const page = document.createElement("div")
  page.className = "demo"
  const outbox = document.createElement("aside")
  outbox.className = "demo-outbox"
  outbox.setAttribute("aria-labelledby", "demo-outbox-title")

  let signedIn = false
  let recovering = false
  let recoveryPhone = ""
  let note = ""
  let lang = "ru"
  let messages: ReadonlyArray<OutboxMessage> = []

  const provider = document.createElement("kab-provider") as KabProvider
  provider.lang = lang
  provider.store.configure({
    apiBase: operator.baseUrl,
    fetch: (input, init) => operator.handle(new Request(input, init)),
  })

  const draw = () => {
    render(
      html`
        <div class="demo-signin" ?hidden=${signedIn}>
          ${
            recovering
              ? html`<kab-password-recovery .phone=${recoveryPhone}></kab-password-recovery>`
              : html`<kab-login></kab-login>`
          }
        </div>
        <div class="demo-main" ?hidden=${!signedIn}>
          <div class="demo-bar">
            <h1>Kabinet</h1>
            <kab-company-switcher></kab-company-switcher>
            <label class="demo-language">
              Язык · Тіл · Language
              <select
                @change=${(event: Event) => {
                  lang = (event.target as HTMLSelectElement).value
                  provider.lang = lang
                  draw()
                }}
              >
                ${languages.map(
                  ([code, name]) =>
                    html`<option value=${code} lang=${code} ?selected=${code === lang}>${name}</option>`,
                )}
              </select>
            </label>
          </div>
          ${note === "" ? nothing : html`<p class="demo-note" role="status">${note}</p>`}
          <kab-number-list style="--kab-number-list-block-size: 26rem"></kab-number-list>
          <kab-admin-profile></kab-admin-profile>
        </div>
      `,
      provider,
    )
    render(
      html`
        <h2 id="demo-outbox-title">Mock operator · SMS & e-mail</h2>
        ${
          messages.length === 0
            ? html`<p class="meta">Nothing sent yet. Try «Забыли пароль?» with ${newAdminPhone}, who has never signed in.</p>`
            : html`<ol>
              ${[...messages].reverse().map(
                (message) => html`<li>
                  <div class="meta">
                    ${message.channel === "sms" ? "SMS" : "E-mail"} → ${message.to} ·
                    ${new Date(message.at).toLocaleTimeString()}
                  </div>
                  ${message.subject === undefined ? nothing : html`<strong>${message.subject}</strong>`}
                  <div>${message.text}</div>
                </li>`,
              )}
            </ol>`
        }
      `,
      outbox,
    )
  }

  provider.addEventListener("kab-recovery-request", (event) => {
    recoveryPhone = event.detail.phone
    recovering = true
    draw()
  })
  provider.addEventListener("kab-login-request", () => {
    recovering = false
    draw()
  })
  provider.addEventListener("kab-signed-in", () => {
    signedIn = true
    recovering = false
    draw()
  })
  provider.addEventListener("kab-language-change", (event) => {
    lang = event.detail.locale
    draw()
  })
  provider.addEventListener("kab-number-open", (event) => {
    note = `kab-number-open: ${event.detail.number.msisdn}`
    draw()
  })
  provider.addEventListener("kab-operation-request", (event) => {
    note = `kab-operation-request: ${event.detail.operation} · ${event.detail.number.msisdn}`
    draw()
  })

  const refresh = async () => {
    if (!page.isConnected && messages.length > 0) return
    const response = await operator.handle(new Request(`${operator.baseUrl}/__mock/outbox`))
    const body = (await response.json()) as { messages: ReadonlyArray<OutboxMessage> }
    if (body.messages.length !== messages.length) {
      messages = body.messages
      draw()
    }
  }
  const timer = setInterval(() => {
    if (!page.isConnected && page.dataset.started === "true") {
      clearInterval(timer)
      return
    }
    if (page.isConnected) page.dataset.started = "true"
    void refresh()
  }, 2000)

  draw()
  page.append(provider, outbox)
  const wrapper = document.createElement("div")
  render(styles, wrapper)
  wrapper.append(page)
  return wrapper
}

const meta = {
  title: "Demo/Kabinet",
  // A page, not a widget: no docs page, so Storybook opens the story itself.
  tags: ["!autodocs"],
  loaders: [mockOperator({ fleetSize: 1_000 })],
  render: (_args, { loaded }) => demo(operatorOf(loaded)),
  parameters: {
    layout: "padded",
    docs: {
      description: {
        component: `The whole cabinet on the mock operator. Sign in as ${demoPhone} / ${demoPassword}, or recover the password with «Забыли пароль?» and read the SMS code in the outbox.`,
      },
    },
  },
} satisfies Meta

export default meta
type Story = StoryObj

/** Sign in, switch company and language, browse the numbers, edit the profile. */
export const Default: Story = {}
