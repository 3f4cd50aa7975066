/**
 * The host's base: type, colours, box model, a visually hidden helper, titles, tabular figures and
 * reduced motion.
 */
import { css } from "lit"

/** The host's type, colours and box model; a visually hidden helper; reduced motion. */
export const base = css`
  :host {
    box-sizing: border-box;
    color: var(--_kab-color-text);
    font-family: var(--_kab-font-family);
    font-size: var(--_kab-font-size);
    font-weight: var(--_kab-font-weight-regular);
    line-height: var(--_kab-line-height);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  h1,
  h2,
  h3,
  p {
    margin: 0;
  }
  .title {
    font-size: var(--_kab-font-size-title);
    font-weight: var(--_kab-font-weight-strong);
    line-height: var(--_kab-line-height-tight);
    overflow-wrap: anywhere;
  }
  .subtitle {
    font-size: var(--_kab-font-size-lg);
    font-weight: var(--_kab-font-weight-strong);
    line-height: var(--_kab-line-height-tight);
  }
  .lead {
    color: var(--_kab-color-text-muted);
  }
  .muted {
    color: var(--_kab-color-text-muted);
  }
  .small {
    font-size: var(--_kab-font-size-sm);
  }
  /* Numbers, phone numbers and money line up in columns. */
  .figures {
    font-variant-numeric: tabular-nums;
  }
  /* One line, cut with «…»; the element carries the full text in its title. */
  .truncate {
    overflow: hidden;
    min-inline-size: 0;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      transition-duration: 0s !important;
    }
  }
`
