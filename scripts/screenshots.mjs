// The README's screenshots of the cabinet, made from the built Storybook so they show what the code
// does: the signed-out page, the numbers and the admin's profile, at 1280 and 375 px, in Russian.
// Build the Storybook first (`npm run build -w @kabinet/stories`), then `npm run screenshots`.
import { existsSync, mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { chromium } from "playwright-core"
import { serveStatic } from "../stories/e2e/static-server.ts"

const root = fileURLToPath(new URL("../stories/storybook-static", import.meta.url))
const out = fileURLToPath(new URL("../docs/screenshots", import.meta.url))
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium"

if (!existsSync(root)) {
  console.error("No built Storybook in stories/storybook-static: run `npm run build -w @kabinet/stories` first.")
  process.exit(1)
}
mkdirSync(out, { recursive: true })

/** Each shot: the story, and what must be on screen before it is taken. */
const shots = [
  { name: "signed-out", story: "cabinet-cabinet--signed-out", ready: "text=Управляйте номерами в один клик!" },
  { name: "numbers", story: "cabinet-cabinet--numbers", ready: "text=+7 701 054 20 01" },
  { name: "profile", story: "cabinet-cabinet--profile", ready: "text=Мои компании" },
]
const widths = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
]

const { url, server } = await serveStatic(root)
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
})
try {
  for (const viewport of widths) {
    for (const shot of shots) {
      const page = await browser.newPage({ viewport, locale: "ru-RU" })
      await page.goto(`${url}/iframe.html?id=${shot.story}&viewMode=story`)
      // The stories keep the cabinet short for the docs page; a screenshot shows it as a whole window.
      await page.addStyleTag({ content: "kab-cabinet { --kab-cabinet-min-block-size: 100vh !important; }" })
      await page.locator(shot.ready).first().waitFor({ state: "visible", timeout: 30_000 })
      // Past the rows' first measurement and any transition.
      await page.waitForTimeout(800)
      const file = `${out}/cabinet-${shot.name}-${viewport.width}.png`
      await page.screenshot({ path: file })
      console.log(file)
      await page.close()
    }
  }
} finally {
  await browser.close()
  server.close()
}
