/**
 * Styles every widget shares: the base of the host, form fields, buttons and links, notices, the
 * "why is this disabled" reason, and what users asked their system for (less motion, forced colours).
 *
 * Widgets put these before their own: `static styles = [tokens, base, forms, styles]`. Everything
 * uses logical properties (`inline-size`, `margin-block`, `padding-inline`), so the same styles hold
 * in any writing direction.
 */
import { css } from "lit"

/** The host's type, colours and box model; a visually hidden helper; reduced motion. */
export const base = css`
  :host {
    box-sizing: border-box;
    color: var(--_kab-color-text);
    font-family: var(--_kab-font-family);
    font-size: var(--_kab-font-size);
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
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .lead {
    color: var(--_kab-color-text-muted);
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

/**
 * Forms: a field is a label, a control, a hint and an error, stacked; buttons and link-buttons; the
 * reason shown under a control that a rule disables.
 */
export const forms = css`
  form {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
    margin: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-1);
    min-inline-size: 0;
  }
  .label-row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_kab-space-2);
  }
  label,
  .label {
    font-size: var(--_kab-font-size-small);
    font-weight: var(--_kab-font-weight-strong);
    letter-spacing: 0.02em;
  }
  input,
  select {
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: var(--_kab-control-height);
    padding-block: var(--_kab-space-2);
    padding-inline: var(--_kab-space-3);
    border: var(--_kab-border-width) solid var(--_kab-color-border);
    border-radius: var(--_kab-radius);
    background: var(--_kab-color-surface);
    color: inherit;
    font: inherit;
  }
  input::placeholder {
    color: var(--_kab-color-text-muted);
    opacity: 1;
  }
  input[aria-invalid="true"],
  select[aria-invalid="true"] {
    border-color: var(--_kab-color-danger);
    box-shadow: inset 0 0 0 1px var(--_kab-color-danger);
  }
  .hint {
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
  }
  .error {
    color: var(--_kab-color-danger);
    font-size: var(--_kab-font-size-small);
  }
  .error::before {
    content: "⚠ ";
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kab-space-3);
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_kab-space-2);
    min-block-size: var(--_kab-control-height);
    padding-block: var(--_kab-space-2);
    padding-inline: var(--_kab-space-5);
    border: var(--_kab-border-width) solid var(--_kab-color-brand);
    border-radius: var(--_kab-radius);
    background: var(--_kab-color-brand);
    color: var(--_kab-color-on-brand);
    font-weight: var(--_kab-font-weight-strong);
    text-align: center;
    overflow-wrap: anywhere;
    transition: background-color var(--_kab-duration) ease-out;
  }
  .button:hover:not([aria-disabled="true"]) {
    border-color: var(--_kab-color-brand-hover);
    background: var(--_kab-color-brand-hover);
  }
  .button.secondary {
    background: var(--_kab-color-surface);
    color: var(--_kab-color-brand);
  }
  .button.secondary:hover:not([aria-disabled="true"]) {
    background: var(--_kab-color-surface-raised);
    color: var(--_kab-color-brand-hover);
  }
  .button.block {
    inline-size: 100%;
  }
  .link {
    display: inline;
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_kab-color-link);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .icon {
    margin-inline-end: 0.35em;
  }
  .button .icon {
    margin-inline-end: 0;
  }
  .button[aria-disabled="true"],
  .link[aria-disabled="true"] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: var(--_kab-focus-ring-width) solid var(--_kab-color-focus);
    outline-offset: 2px;
  }
  .reason {
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
  }
  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: kab-spin 0.8s linear infinite;
  }
  @keyframes kab-spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .button[aria-disabled="true"],
    .link[aria-disabled="true"] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    input[aria-invalid="true"] {
      border-color: Mark;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`

/** A notice: a coloured box with text — success, warning, info or danger. */
export const notices = css`
  .notice {
    padding-block: var(--_kab-space-3);
    padding-inline: var(--_kab-space-4);
    border-inline-start: 4px solid var(--_notice-color, var(--_kab-color-info));
    border-radius: var(--_kab-radius);
    background: var(--_notice-surface, var(--_kab-color-info-surface));
    color: var(--_kab-color-text);
    overflow-wrap: anywhere;
  }
  .notice.success {
    --_notice-color: var(--_kab-color-success);
    --_notice-surface: var(--_kab-color-success-surface);
  }
  .notice.warning {
    --_notice-color: var(--_kab-color-warning);
    --_notice-surface: var(--_kab-color-warning-surface);
  }
  .notice.danger {
    --_notice-color: var(--_kab-color-danger);
    --_notice-surface: var(--_kab-color-danger-surface);
  }
  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
`

/**
 * The card a stand-alone form sits on (sign-in, password recovery): a bordered column whose padding
 * the widget sets through `--_card-padding` on its host, from its own `--kab-…-padding`.
 */
export const card = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
    padding: var(--_card-padding);
    border: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    border-radius: var(--_kab-radius);
    background: var(--_kab-color-surface);
  }
`

/** The password policy list (see `passwordPolicy`). */
export const policy = css`
  .policy {
    font-size: var(--_kab-font-size-small);
  }
  .policy-title {
    font-weight: var(--_kab-font-weight-strong);
  }
  .policy ul {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-1);
    margin: var(--_kab-space-1) 0 0;
    padding: 0;
    list-style: none;
  }
  .policy li {
    display: flex;
    gap: var(--_kab-space-2);
    overflow-wrap: anywhere;
  }
  .policy .mark {
    flex: none;
    inline-size: 1em;
    font-weight: var(--_kab-font-weight-strong);
  }
  .policy .met .mark {
    color: var(--_kab-color-success);
  }
  .policy .unmet .mark {
    color: var(--_kab-color-danger);
  }
`
