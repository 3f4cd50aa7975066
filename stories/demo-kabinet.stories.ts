import type { MockOperator } from "@kabinet/mock-operator/browser"
import type { Meta, StoryObj } from "@storybook/web-components-vite"
import { html, nothing, render } from "lit"
import "@kabinet/widgets"
import type { KabProvider } from "@kabinet/widgets"
import { demoPassword, demoPhone, lastingMockOperator, newAdminPhone, operatorOf } from "./mock-operator.ts"

/** A message of the mock operator's outbox, as `/__mock/outbox` answers it. */
interface OutboxMessage {
  readonly channel: "sms" | "email"
  readonly id: string
  readonly at: string
  readonly to: string
  readonly text: string
  readonly subject?: string
}

const styles = html`<style>
  body {
    margin: 0;
  }
  .demo-outbox-toggle {
    position: fixed;
    inset-block-end: 1rem;
    inset-inline-end: 1rem;
    z-index: 10;
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid #57606a;
    border-radius: 999px;
    background: #1f2328;
    color: #fff;
    font: 600 0.875rem system-ui, sans-serif;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
    cursor: pointer;
  }
  .demo-outbox {
    position: fixed;
    inset-block: 0;
    inset-inline-end: 0;
    z-index: 20;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    inline-size: min(24rem, 100vw);
    padding: 1rem;
    border-inline-start: 1px solid #d0d7de;
    background: #f6f8fa;
    color: #1f2328;
    font: 0.875rem system-ui, sans-serif;
    box-shadow: -4px 0 16px rgb(0 0 0 / 0.2);
    overflow: auto;
  }
  .demo-outbox[hidden] {
    display: none;
  }
  .demo-outbox header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .demo-outbox h2 {
    margin: 0;
    font-size: 1rem;
  }
  .demo-outbox button {
    min-block-size: 2.75rem;
    padding-inline: 0.75rem;
    font: inherit;
  }
  .demo-outbox ol {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
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
</style>`

/**
 * The whole cabinet as a portal drops it in: `<kab-provider><kab-cabinet>` on the mock operator,
 * routing by the page's hash. What the mock operator "sent" (its SMS and e-mail outboxes, read from
 * `/__mock/outbox` every two seconds) is in a drawer the reader opens from the button in the corner.
 */
const demo = (operator: MockOperator): HTMLElement => {
  let open = false
  let messages: ReadonlyArray<OutboxMessage> = []

  const provider = document.createElement("kab-provider") as KabProvider
  provider.lang = "ru"
  provider.store.configure({
    apiBase: operator.baseUrl,
    fetch: (input, init) => operator.handle(new Request(input, init)),
  })
  provider.append(document.createElement("kab-cabinet"))
  const drawer = document.createElement("div")

  const toggle = (next: boolean) => {
    open = next
    draw()
    drawer.querySelector<HTMLElement>(open ? ".demo-outbox button" : ".demo-outbox-toggle")?.focus()
  }

  const draw = () =>
    render(
      html`
        <button
          type="button"
          class="demo-outbox-toggle"
          aria-expanded=${open ? "true" : "false"}
          aria-controls="demo-outbox"
          @click=${() => toggle(!open)}
        >
          ✉ Mock operator outbox (${messages.length})
        </button>
        <aside id="demo-outbox" class="demo-outbox" aria-labelledby="demo-outbox-title" ?hidden=${!open}>
          <header>
            <h2 id="demo-outbox-title">Mock operator · SMS & e-mail</h2>
            <button type="button" @click=${() => toggle(false)}>Close</button>
          </header>
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
        </aside>
      `,
      drawer,
    )
  drawer.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && open) toggle(false)
  })

  const page = document.createElement("div")
  const refresh = async () => {
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
  render(styles, page)
  page.append(provider, drawer)
  return page
}

const meta = {
  title: "Demo/Kabinet",
  // A page, not a widget: no docs page, so Storybook opens the story itself.
  tags: ["!autodocs"],
  loaders: [lastingMockOperator({ fleetSize: 1_000 })],
  render: (_args, { loaded }) => demo(operatorOf(loaded)),
  parameters: {
    layout: "fullscreen",
    docs: {
      description: {
        component: `The whole cabinet on the mock operator. Sign in as ${demoPhone} / ${demoPassword}, or recover the password with «Забыли пароль?» and read the SMS code in the outbox.`,
      },
    },
  },
} satisfies Meta

export default meta
type Story = StoryObj

/** Sign in, switch company and language, browse the numbers, the documents and the profile, sign out. */
export const Default: Story = {}
