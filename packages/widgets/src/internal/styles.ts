/**
 * Styles every widget shares, one source of Kabinet's look: the host's base, fields and selects,
 * buttons and links, the focus ring, notices, cards and the password policy list.
 *
 * Widgets put these before their own: `static styles = [tokens, base, forms, styles]`; a new element
 * adds only its layout. Everything uses logical properties (`inline-size`, `margin-block`,
 * `padding-inline`), so the same styles hold in any writing direction.
 */
import { css } from "lit"
import { buttons, fields, focus } from "./styles/controls.js"

export { base } from "./styles/base.js"
export { buttons, fields, focus } from "./styles/controls.js"
export { notices } from "./styles/notices.js"
export { policy } from "./styles/policy.js"
export { card } from "./styles/surfaces.js"

/** Every control at once: fields and selects, buttons and links, the focus ring. */
export const forms = css`
  ${fields}
  ${buttons}
  ${focus}
`
