/**
 * The colour tokens' defaults in both schemes: each is a `light-dark(light, dark)` pair the host's
 * `color-scheme` resolves. Semantic names (what the colour is for), never hues; brand-derived ones
 * are mixed from the brand colour, so configuring one colour themes the rest.
 */

/** [light, dark] per colour token. */
const schemes = {
  // The operator's brand: primary buttons, the active tab, the selected step. Configurable (D7).
  "color-brand": ["#7a1f7d", "#a23fa6"],
  "color-brand-hover": [
    "color-mix(in oklab, var(--_kab-color-brand) 80%, black)",
    "color-mix(in oklab, var(--_kab-color-brand) 80%, white)",
  ],
  "color-on-brand": ["#ffffff", "#ffffff"],
  // The brand as text or a thin line on the surface (secondary buttons, the active tab's label).
  "color-brand-text": ["var(--_kab-color-brand)", "color-mix(in oklab, var(--_kab-color-brand) 45%, white)"],
  // A faint tint of the brand behind the selected row, the active tab, the hovered item.
  "color-brand-subtle": [
    "color-mix(in oklab, var(--_kab-color-brand) 9%, white)",
    "color-mix(in oklab, var(--_kab-color-brand) 22%, #161b22)",
  ],
  // Text and surfaces.
  "color-text": ["#1f2328", "#e6edf3"],
  "color-text-muted": ["#57606a", "#9ea7b3"],
  "color-canvas": ["#f3f4f6", "#0d1117"],
  "color-surface": ["#ffffff", "#161b22"],
  "color-surface-raised": ["#f6f8fa", "#1f2630"],
  "color-border": ["#8c959f", "#6e7681"],
  "color-border-muted": ["#d0d7de", "#30363d"],
  "color-link": ["#0a58b8", "#6cb6ff"],
  "color-focus": ["#0a58b8", "#6cb6ff"],
  // Feedback: text colour and the tint behind it.
  "color-danger": ["#b42318", "#ff8a80"],
  "color-danger-surface": ["#fdecea", "#3b1714"],
  "color-success": ["#1a7f37", "#56d364"],
  "color-success-surface": ["#e6f4ea", "#12301c"],
  "color-warning": ["#7a4d00", "#e3b341"],
  "color-warning-surface": ["#fff4d6", "#33270b"],
  "color-info": ["#0a58b8", "#6cb6ff"],
  "color-info-surface": ["#e8f1fb", "#0f2540"],
} as const satisfies Record<string, readonly [string, string]>

type ColorToken = keyof typeof schemes

const mapValues = (pick: (pair: readonly [string, string]) => string): Record<ColorToken, string> =>
  Object.fromEntries(Object.entries(schemes).map(([name, pair]) => [name, pick(pair)])) as Record<ColorToken, string>

/** Each colour token's default, `light-dark(light, dark)`. */
export const colorDefaults: Readonly<Record<ColorToken, string>> = mapValues(
  ([light, dark]) => `light-dark(${light}, ${dark})`,
)

/** Each colour token's light value, for browsers without `light-dark()`. */
export const lightColors: Readonly<Record<ColorToken, string>> = mapValues(([light]) => light)
