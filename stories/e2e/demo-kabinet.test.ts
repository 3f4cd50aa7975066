import type { Server } from "node:http"
import { fileURLToPath } from "node:url"
import { type Browser, chromium, type Locator, type Page } from "playwright-core"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { serveStatic } from "./static-server.ts"

// The Demo/Kabinet story tried as a new administrator would: the built Storybook in Debian's Chromium.
const root = fileURLToPath(new URL("../storybook-static", import.meta.url))
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium"

let browser: Browser
let server: Server
let base: string
let page: Page
let pageErrors: Array<string>

beforeAll(async () => {
  ;({ url: base, server } = await serveStatic(root))
  browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  })
})

afterAll(async () => {
  await browser?.close()
  server?.close()
})

const open = async (width: number) => {
  page = await browser.newPage({ viewport: { width, height: 900 } })
  pageErrors = []
  page.on("pageerror", (error) => pageErrors.push(error.message))
  await page.goto(`${base}/iframe.html?id=demo-kabinet--default`)
}

beforeEach(async () => {
  await open(1280)
})

const poll = { timeout: 15_000, interval: 100 }
const countOf = (locator: Locator) => expect.poll(() => locator.count(), poll)
const textOf = (locator: Locator) => expect.poll(async () => (await locator.first().textContent()) ?? "", poll)
const visible = (locator: Locator) => locator.first().waitFor({ state: "visible", timeout: poll.timeout })

const signIn = async (phone: string, password: string) => {
  await page.getByLabel("НОМЕР ТЕЛЕФОНА*").fill(phone)
  await page.getByLabel("ВАШ ПАРОЛЬ").fill(password)
  await page.getByRole("button", { name: "ВОЙТИ" }).click()
}

describe("the Demo/Kabinet page", () => {
  it("signs in, lists the manual's numbers, searches, switches company and language", async () => {
    await signIn("77012111249", "kabinet-demo")
    const rows = page.getByRole("row")
    const manualLines: ReadonlyArray<readonly [string, string]> = [
      ["+7 701 054 20 01", "Карт Бланш+ 1000"],
      ["+7 701 054 20 06", "Бизнес Класс Специалист"],
      ["+7 701 054 20 07", "Бизнес Класс Специалист"],
    ]
    for (const [number, tariff] of manualLines) {
      await countOf(rows.filter({ hasText: number }).filter({ hasText: tariff })).toBe(1)
    }
    await textOf(rows.filter({ hasText: "+7 701 054 20 01" })).toMatch(/893\s₸/u)

    await page.getByLabel("Поиск").fill("77780627247")
    const found = rows.filter({ hasText: "+7 778 062 72 47" })
    await textOf(found).toContain("11 corp")
    await textOf(found).toMatch(/9\s970,33\s₸/u)
    await countOf(rows.filter({ hasText: "+7 701 054 20 01" })).toBe(0)

    await page.getByLabel("Поиск").fill("")
    await page.getByLabel("Выбор компании").selectOption({ label: 'АО "Времени мало"' })
    await textOf(rows.filter({ hasText: "+7 701 054 19 21" })).toContain("Авансовый")

    await page.getByLabel("Язык").selectOption("kk")
    await visible(page.getByLabel("Іздеу"))
    await countOf(page.getByLabel("Поиск")).toBe(0)
    expect(pageErrors).toEqual([])
  })

  it("blocks 77010542007 and sees it turn «Заблокирован» by itself, the page reloaded in between", async () => {
    await signIn("77012111249", "kabinet-demo")
    await page.getByRole("row").filter({ hasText: "+7 701 054 20 07" }).first().click()
    await expect.poll(() => page.evaluate(() => location.hash), poll).toBe("#/numbers/77010542007")
    await page.getByRole("button", { name: "Блокировка", exact: true }).click()
    await page.getByRole("button", { name: "Да, уверен" }).click()
    await visible(page.getByText("В обработке", { exact: true }))

    // The operator outlives the page: after a reload and a new sign-in the block is still under way,
    // and the profile follows it to its end without anyone pressing refresh.
    await page.reload()
    await signIn("77012111249", "kabinet-demo")
    await expect.poll(() => page.evaluate(() => location.hash), poll).toBe("#/numbers/77010542007")
    await expect
      .poll(() => page.getByText("Заблокирован", { exact: true }).count(), { timeout: 90_000, interval: 500 })
      .toBeGreaterThan(0)
    await countOf(page.getByText("В обработке", { exact: true })).toBe(0)
    expect(pageErrors).toEqual([])
  }, 150_000)

  for (const width of [1280, 375]) {
    it(`shows who is signed in, moves between the views and back, and signs out, at ${width} px`, async () => {
      await page.close()
      await open(width)
      await signIn("77012111249", "kabinet-demo")
      const account = page.getByRole("button", { name: /\+7 701 211 12 49/u })
      await visible(account)
      await visible(page.getByRole("heading", { name: "Управление номерами", level: 1 }))
      // On a phone the navigation is behind «Меню».
      const menu = page.getByRole("button", { name: "Меню", exact: true })
      const openNav = async () => {
        if (width < 600) await menu.click()
      }
      await openNav()
      await page.getByRole("link", { name: "Документы и отчеты" }).click()
      await visible(page.getByRole("heading", { name: "Документы и отчеты", level: 1 }))
      await expect.poll(() => page.evaluate(() => location.hash), poll).toBe("#/documents")

      await account.click()
      await page.getByRole("menuitem", { name: "Мой профиль" }).click()
      await visible(page.getByRole("heading", { name: "Мой профиль", level: 1 }))
      await expect.poll(() => page.evaluate(() => location.hash), poll).toBe("#/profile")

      await page.goBack()
      await visible(page.getByRole("heading", { name: "Документы и отчеты", level: 1 }))
      await page.goBack()
      await visible(page.getByRole("heading", { name: "Управление номерами", level: 1 }))
      await visible(page.getByRole("row").filter({ hasText: "+7 701 054 20 01" }))
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)

      await account.click()
      await page.getByRole("menuitem", { name: "Выйти" }).click()
      await visible(page.getByRole("button", { name: "ВОЙТИ" }))
      await visible(page.getByRole("heading", { name: "Управляйте номерами в один клик!" }))
      await expect.poll(() => page.evaluate(() => location.hash), poll).toBe("#/numbers")
      expect(pageErrors).toEqual([])
    })
  }

  it("recovers the never-activated 77010016218 with the code from the operator's SMS outbox", async () => {
    await page
      .getByRole("button", { name: "Забыли пароль?" })
      .or(page.getByRole("link", { name: "Забыли пароль?" }))
      .click()
    await page.getByLabel("НОМЕР ТЕЛЕФОНА*").fill("77010016218")
    await page.getByRole("button", { name: "Далее" }).click()

    // The mock operator's outbox is a drawer the reader opens.
    await page.getByRole("button", { name: /Mock operator outbox/u }).click()
    const sms = page.locator(".demo-outbox li").filter({ hasText: "77010016218" }).locator("div:not(.meta)")
    await textOf(sms).toMatch(/\d{6}/u)
    const code = /\b\d{6}\b/u.exec((await sms.first().textContent()) ?? "")?.[0] ?? ""

    await page.getByRole("button", { name: "Close" }).click()
    await page.getByLabel("SMS код*").fill(code)
    await page.getByRole("button", { name: "Далее" }).click()
    const password = "зимний вечер у окна 2026"
    await page.getByLabel("НОВЫЙ ПАРОЛЬ", { exact: true }).fill(password)
    await page.getByLabel("ПОДТВЕРЖДЕНИЕ ПАРОЛЯ").fill(password)
    await page.getByRole("button", { name: "Подтвердить" }).click()

    // Recovery's last step signs in and lands on the numbers.
    await visible(page.getByLabel("Поиск"))
    await visible(page.getByRole("row").filter({ hasText: "+7 7" }).first())
    await visible(page.getByRole("heading", { name: "Управление номерами", level: 1 }))
    expect(pageErrors).toEqual([])
  })
})
