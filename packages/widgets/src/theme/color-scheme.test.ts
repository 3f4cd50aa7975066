import { expect, html, nextFrame } from "@open-wc/testing"
import { type InPage, inPage } from "../../test/in-page-operator.js"
import "../login/login.js"

const lightText = "rgb(31, 35, 40)"
const darkText = "rgb(230, 237, 243)"

let page: InPage | undefined

const mount = async () => {
  page = await inPage(html`<kab-login></kab-login>`, { signedIn: false })
  const { provider } = page
  const login = provider.querySelector("kab-login") as HTMLElement
  return { provider, login, text: () => getComputedStyle(login).color }
}

describe("colour schemes", () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty("color-scheme")
    await page?.dispose()
    page = undefined
  })

  it("stays light on a page that declares no colour scheme", async () => {
    const { text } = await mount()
    expect(text()).to.equal(lightText)
  })

  it("takes the page's colour scheme", async () => {
    document.documentElement.style.colorScheme = "dark"
    const { text } = await mount()
    await nextFrame()
    expect(text()).to.equal(darkText)
  })

  it("is forced by color-scheme on the provider, over the page's", async () => {
    document.documentElement.style.colorScheme = "light dark"
    const { provider, login, text } = await mount()
    provider.setAttribute("color-scheme", "dark")
    await nextFrame()
    expect(text()).to.equal(darkText)
    provider.setAttribute("color-scheme", "light")
    await nextFrame()
    expect(text()).to.equal(lightText)
    provider.removeAttribute("color-scheme")
    login.setAttribute("color-scheme", "dark")
    await nextFrame()
    expect(text()).to.equal(darkText)
  })
})
