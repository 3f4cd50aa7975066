/**
 * Kabinet's design tokens: every `--kab-*` custom property a host page may set to theme the widgets,
 * with the default each widget falls back to when the page sets nothing.
 *
 * Tokens are global: set them once on `:root` (or on a `<kab-provider>`, or any ancestor) and every
 * widget below inherits them through its shadow root. A widget never sets a `--kab-*` token on its own
 * host, so a page's value always wins; inside, it reads the token through a private `--_kab-*` alias
 * that carries the default.
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

/**
 * The default value of every token. The colours meet WCAG 2.2 AA contrast on the default surface
 * (4.5:1 for text, 3:1 for borders and focus rings); the brand colour is the manual's operator's and
 * is meant to be replaced per operator (see `Brand`).
 */
export const tokenDefaults = {
  // The operator's brand: buttons, the active tab, the selected step.
  "color-brand": "#7a1f7d",
  "color-brand-hover": "#5e1660",
  "color-on-brand": "#ffffff",
  // Text and surfaces.
  "color-text": "#1f2328",
  "color-text-muted": "#57606a",
  "color-surface": "#ffffff",
  "color-surface-raised": "#f6f8fa",
  "color-border": "#8c959f",
  "color-border-muted": "#d0d7de",
  "color-link": "#0a58b8",
  "color-focus": "#0a58b8",
  // Feedback: text colour and the tint behind it.
  "color-danger": "#b42318",
  "color-danger-surface": "#fdecea",
  "color-success": "#1a7f37",
  "color-success-surface": "#e6f4ea",
  "color-warning": "#7a4d00",
  "color-warning-surface": "#fff4d6",
  "color-info": "#0a58b8",
  "color-info-surface": "#e8f1fb",
  // Type.
  "font-family": 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
  "font-size": "1rem",
  "font-size-small": "0.875rem",
  "font-size-title": "1.5rem",
  "line-height": "1.5",
  "font-weight-strong": "600",
  // Space, on a 4-px grid.
  "space-1": "0.25rem",
  "space-2": "0.5rem",
  "space-3": "0.75rem",
  "space-4": "1rem",
  "space-5": "1.5rem",
  "space-6": "2rem",
  // Shapes.
  radius: "0.5rem",
  "radius-pill": "999px",
  "border-width": "1px",
  "focus-ring-width": "3px",
  // Controls: at least 44 px high so they are easy to hit on a phone.
  "control-height": "2.75rem",
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

/**
 * Declares every token's private alias (`--_kab-color-brand` …) on the host, so a widget's styles can
 * write `var(--_kab-color-brand)` and stay short. Include it first in every element's styles.
 */
export const tokens = unsafeCSS(
  `:host {\n${Object.entries(tokenDefaults)
    .map(
      ([name, value]) =>
        `  --_kab-${name}: var(--kab-${name}, ${configurable.has(name) ? `var(--_kab-config-${name}, ${value})` : value});`,
    )
    .join("\n")}\n}`,
)
