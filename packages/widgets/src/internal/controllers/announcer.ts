/**
 * One polite and one assertive live region for the whole page, in the light DOM so that every
 * screen reader hears them whatever shadow roots the widgets live in. Widgets announce what is not
 * otherwise spoken: why a disabled control does nothing, that a code was sent, that a step changed.
 */

const regions = new Map<"polite" | "assertive", HTMLElement>()

const regionFor = (politeness: "polite" | "assertive"): HTMLElement => {
  const kept = regions.get(politeness)
  // A region another copy of the widgets made in the page serves this copy too.
  let region =
    kept?.isConnected === true ? kept : document.querySelector<HTMLElement>(`[data-kab-announcer="${politeness}"]`)
  if (region === null) {
    region = document.createElement("div")
    region.setAttribute("data-kab-announcer", politeness)
    region.setAttribute("aria-live", politeness)
    region.setAttribute("aria-atomic", "true")
    if (politeness === "assertive") region.setAttribute("role", "alert")
    Object.assign(region.style, {
      position: "absolute",
      width: "1px",
      height: "1px",
      margin: "-1px",
      padding: "0",
      overflow: "hidden",
      clipPath: "inset(50%)",
      whiteSpace: "nowrap",
      border: "0",
    })
    document.body.append(region)
  }
  regions.set(politeness, region)
  return region
}

/**
 * Says `text` to screen-reader users. Repeating the same text is announced again.
 *
 * @example
 * ```ts
 * announce(i18n.m("note.recovery.codeSent"))
 * ```
 */
export const announce = (text: string, politeness: "polite" | "assertive" = "polite"): void => {
  if (typeof document === "undefined" || document.body === null) return
  const region = regionFor(politeness)
  // Emptying first and filling on the next frame makes a repeated message a change the reader hears.
  region.textContent = ""
  requestAnimationFrame(() => {
    region.textContent = text
  })
}

/** The text last announced with `politeness`, for tests. */
export const lastAnnouncement = (politeness: "polite" | "assertive" = "polite"): string =>
  regions.get(politeness)?.textContent ?? ""
