/**
 * The controls every widget shares, in one style: fields (label, input or select, hint, error),
 * buttons (primary, secondary, link), the reason under a control a rule refuses, the spinner and the
 * focus ring. A new element takes them as they are and adds only its layout.
 */
import { css } from "lit"

/** Labels, inputs and selects. A select gets the same box as an input, with its own arrow. */
export const fields = css`
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
    font-size: var(--_kab-font-size-sm);
    font-weight: var(--_kab-font-weight-strong);
    letter-spacing: 0.02em;
  }
  input,
  select,
  textarea {
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: var(--_kab-control-height);
    margin: 0;
    padding-block: var(--_kab-space-2);
    padding-inline: var(--_kab-space-3);
    border: var(--_kab-border-width) solid var(--_kab-color-border);
    border-radius: var(--_kab-radius);
    background-color: var(--_kab-color-surface);
    color: inherit;
    font: inherit;
    transition:
      border-color var(--_kab-duration) ease-out,
      box-shadow var(--_kab-duration) ease-out;
  }
  input:hover,
  select:hover,
  textarea:hover {
    border-color: var(--_kab-color-text-muted);
  }
  select {
    appearance: none;
    padding-inline-end: calc(var(--_kab-space-3) + 1.5rem);
    overflow: hidden;
    background-image:
      linear-gradient(45deg, transparent 50%, currentColor 50%),
      linear-gradient(135deg, currentColor 50%, transparent 50%);
    background-position:
      right calc(var(--_kab-space-3) + 5px) center,
      right var(--_kab-space-3) center;
    background-size: 5px 5px;
    background-repeat: no-repeat;
    text-overflow: ellipsis;
    white-space: nowrap;
    cursor: pointer;
  }
  select option {
    background-color: var(--_kab-color-surface);
    color: var(--_kab-color-text);
  }
  /* A compact select or input: in a header, a toolbar, the language switch. */
  select.compact,
  input.compact,
  .compact select {
    inline-size: auto;
    min-block-size: var(--_kab-control-height-sm);
    padding-block: var(--_kab-space-1);
    font-size: var(--_kab-font-size-sm);
  }
  input::placeholder {
    color: var(--_kab-color-text-muted);
    opacity: 1;
  }
  input[readonly] {
    background-color: var(--_kab-color-surface-raised);
  }
  input[aria-invalid="true"],
  select[aria-invalid="true"] {
    border-color: var(--_kab-color-danger);
    box-shadow: inset 0 0 0 1px var(--_kab-color-danger);
  }
  .hint {
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-sm);
  }
  .error {
    color: var(--_kab-color-danger);
    font-size: var(--_kab-font-size-sm);
    overflow-wrap: anywhere;
  }
  .error::before {
    content: "⚠ ";
  }
`

/**
 * Buttons: `.button` (primary, the brand's colour), `.button.secondary` (outlined), `.link` (text),
 * `.block` (full width); `.actions` lays a row of them out and keeps them on one line while they
 * fit; the reason a rule refuses one, under it.
 */
export const buttons = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kab-space-3);
  }
  /* A refused button's reason goes under the whole row, so the buttons stay side by side. */
  .actions > .reason {
    flex-basis: 100%;
    order: 1;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    gap: var(--_kab-space-2);
    min-block-size: var(--_kab-control-height);
    margin: 0;
    padding-block: var(--_kab-space-2);
    padding-inline: var(--_kab-space-5);
    border: var(--_kab-border-width) solid var(--_kab-color-brand);
    border-radius: var(--_kab-radius);
    background: var(--_kab-color-brand);
    color: var(--_kab-color-on-brand);
    font-weight: var(--_kab-font-weight-strong);
    letter-spacing: 0.02em;
    line-height: var(--_kab-line-height-tight);
    text-align: center;
    /* One line where it fits; a label longer than its container (a phone, a long Kazakh label) wraps
       rather than pushing the page sideways. */
    max-inline-size: 100%;
    transition:
      background-color var(--_kab-duration) ease-out,
      border-color var(--_kab-duration) ease-out;
  }
  .button:hover:not([aria-disabled="true"]) {
    border-color: var(--_kab-color-brand-hover);
    background: var(--_kab-color-brand-hover);
  }
  .button.secondary {
    border-color: var(--_kab-color-brand-text);
    background: var(--_kab-color-surface);
    color: var(--_kab-color-brand-text);
  }
  .button.secondary:hover:not([aria-disabled="true"]) {
    border-color: var(--_kab-color-brand-text);
    background: var(--_kab-color-brand-subtle);
    color: var(--_kab-color-brand-text);
  }
  .button.block {
    inline-size: 100%;
    white-space: normal;
  }
  .link {
    display: inline;
    min-block-size: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_kab-color-link);
    font-size: inherit;
    text-align: start;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  a {
    color: var(--_kab-color-link);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.2em;
  }
  .link:hover:not([aria-disabled="true"]),
  a:hover {
    text-decoration-thickness: 2px;
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
  .reason {
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-sm);
    overflow-wrap: anywhere;
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
`

/** The focus ring, the same on every control; and what forced colours need. */
export const focus = css`
  :focus-visible {
    outline: var(--_kab-focus-ring-width) solid var(--_kab-color-focus);
    outline-offset: var(--_kab-focus-ring-offset);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    select {
      appearance: auto;
      background-image: none;
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
