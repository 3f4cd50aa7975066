/**
 * Kabinet's design tokens: every `--kab-*` custom property a host page may set to theme the widgets,
 * with the default each widget falls back to when the page sets nothing.
 *
 * Tokens are global: set them once on `:root` (or on a `<kab-provider>`, or any ancestor) and every
 * widget below inherits them through its shadow root. A widget never sets a `--kab-*` token on its own
 * host, so a page's value always wins; inside, it reads the token through a private `--_kab-*` alias
 * that carries the default.
 *
 * Colours come in a light and a dark scheme. The widgets take the page's CSS `color-scheme`: a page
 * that declares `color-scheme: light dark` gets them following the reader's system
 * (`prefers-color-scheme`), a page that declares nothing keeps them light (so a light page never
 * shows light text). To force one, set `color-scheme="dark"` (or `"light"`) on a `<kab-provider>`
 * or on any `kab-*` element, or `--kab-color-scheme: dark` (`light`, `light dark`) on any ancestor.
 * A page's own colour token wins in both schemes; write it as `light-dark(#light, #dark)` to keep both.
 *
 * @example
 * ```css
 * :root {
 *   --kab-color-brand: #0057b8;
 *   --kab-font-family: "Inter", system-ui, sans-serif;
 *   --kab-radius: 4px;
 * }
 * ```
 */
import { unsafeCSS } from "lit"
import { colorDefaults, lightColors } from "./colors.js"

/**
 * The default value of every token. The colours meet WCAG 2.2 AA contrast on the default surface
 * in both schemes (4.5:1 for text, 3:1 for borders and focus rings); the brand colour is the manual's
 * operator's and is meant to be replaced per operator (see `Brand`).
 */
export const tokenDefaults = {
  ...colorDefaults,
  // Type: one family, a six-step scale, two weights.
  "font-family": 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  "font-size-xs": "0.75rem",
  "font-size-sm": "0.875rem",
  "font-size-md": "1rem",
  "font-size-lg": "1.125rem",
  "font-size-xl": "1.25rem",
  "font-size-2xl": "1.5rem",
  "line-height": "1.5",
  "line-height-tight": "1.25",
  "font-weight-regular": "400",
  "font-weight-strong": "600",
  // Body, small print and titles, as steps of the scale (kept for hosts that set them).
  "font-size": "var(--_kab-font-size-md)",
  "font-size-small": "var(--_kab-font-size-sm)",
  "font-size-title": "var(--_kab-font-size-2xl)",
  // Space, on a 4-px grid.
  "space-1": "0.25rem",
  "space-2": "0.5rem",
  "space-3": "0.75rem",
  "space-4": "1rem",
  "space-5": "1.5rem",
  "space-6": "2rem",
  "space-7": "2.5rem",
  "space-8": "3rem",
  // Shapes and depth.
  "radius-sm": "0.25rem",
  radius: "0.5rem",
  "radius-lg": "0.75rem",
  "radius-pill": "999px",
  "border-width": "1px",
  "shadow-sm": "0 1px 2px rgb(0 0 0 / 0.08)",
  "shadow-md": "0 2px 4px rgb(0 0 0 / 0.06), 0 8px 24px rgb(0 0 0 / 0.08)",
  "shadow-lg": "0 4px 8px rgb(0 0 0 / 0.1), 0 16px 40px rgb(0 0 0 / 0.16)",
  "focus-ring-width": "3px",
  "focus-ring-offset": "2px",
  // Controls: at least 44 px high so they are easy to hit on a phone; compact ones in headers.
  "control-height": "2.75rem",
  "control-height-sm": "2.25rem",
  duration: "150ms",
} as const

/** The name of a token without its `--kab-` prefix. */
export type Token = keyof typeof tokenDefaults

/**
 * A token's value as a CSS `var()` with the default as fallback, for use inside `css` templates.
 *
 * @example
 * ```ts
 * css`:host { color: ${token("color-text")}; }`
 * ```
 */
export const token = (name: Token) => unsafeCSS(`var(--kab-${name}, ${tokenDefaults[name]})`)

// The brand's colours may also come from configuration (`Brand.colors`), which a widget writes on its
// host as `--_kab-config-…`; a page's own token still wins over it.
const configurable: ReadonlySet<string> = new Set(["color-brand", "color-brand-hover", "color-on-brand"])

const aliases = (values: Readonly<Record<string, string>>): string =>
  Object.entries(values)
    .map(
      ([name, value]) =>
        `  --_kab-${name}: var(--kab-${name}, ${configurable.has(name) ? `var(--_kab-config-${name}, ${value})` : value});`,
    )
    .join("\n")

/**
 * Declares every token's private alias (`--_kab-color-brand` …) on the host, so a widget's styles can
 * write `var(--_kab-color-brand)` and stay short, and sets the host's colour scheme. Include it first
 * in every element's styles. Browsers without `light-dark()` get the light scheme.
 */
export const tokens = unsafeCSS(`:host {
${aliases(tokenDefaults)}
  /* Unset, the page's own colour scheme is inherited. */
  color-scheme: var(--kab-color-scheme);
}
:host([color-scheme="light"]) {
  --kab-color-scheme: light;
}
:host([color-scheme="dark"]) {
  --kab-color-scheme: dark;
}
@supports not (color: light-dark(#000, #fff)) {
  :host {
${aliases(lightColors)}
  }
}`)
