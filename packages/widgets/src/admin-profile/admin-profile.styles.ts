import { css } from "lit"

export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--kab-admin-profile-max-inline-size, 40rem);
  }
  .profile {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
  }
  [role="tablist"] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kab-space-2);
    border-block-end: var(--_kab-border-width) solid var(--_kab-color-border-muted);
  }
  [role="tab"] {
    min-block-size: var(--_kab-control-height);
    padding-block: var(--_kab-space-2);
    padding-inline: var(--_kab-space-4);
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    margin-block-end: calc(-1 * var(--_kab-border-width));
    color: var(--_kab-color-text-muted);
    font-weight: var(--_kab-font-weight-strong);
    transition: color var(--_kab-duration) ease-out;
  }
  [role="tab"]:hover {
    color: var(--_kab-color-text);
  }
  [role="tab"][aria-selected="true"] {
    border-block-end-color: var(--_kab-color-brand);
    color: var(--_kab-color-brand-text);
  }
  [role="tabpanel"] {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-5);
  }
  section,
  .company {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
    padding: var(--_kab-space-5);
    border: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    border-radius: var(--_kab-radius-lg);
    background: var(--_kab-color-surface);
  }
  h3 {
    font-size: var(--_kab-font-size-sm);
    font-weight: var(--_kab-font-weight-strong);
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .company dl {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_kab-space-3) var(--_kab-space-5);
    margin: 0;
  }
  .company dt {
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-xs);
    font-weight: var(--_kab-font-weight-strong);
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .company dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .company .bin {
    font-weight: var(--_kab-font-weight-strong);
    font-variant-numeric: tabular-nums;
  }
  .actions .button {
    min-inline-size: 10rem;
  }
  @media (forced-colors: active) {
    [role="tab"][aria-selected="true"] {
      border-block-end-color: Highlight;
    }
  }
`
