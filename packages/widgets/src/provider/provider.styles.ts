import { css } from "lit"

// `color-scheme="dark"` or `"light"` on the provider forces that scheme on every widget inside.
export const styles = css`
  :host {
    display: contents;
  }
  :host([color-scheme="light"]) {
    --kab-color-scheme: light;
  }
  :host([color-scheme="dark"]) {
    --kab-color-scheme: dark;
  }
`
