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
    gap: var(--_kab-space-1);
    border-block-end: var(--_kab-border-width) solid var(--_kab-color-border-muted);
  }
  [role="tab"] {
    min-block-size: var(--_kab-control-height);
    padding-block: var(--_kab-space-2);
    padding-inline: var(--_kab-space-4);
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    color: var(--_kab-color-text-muted);
    font-weight: var(--_kab-font-weight-strong);
  }
  [role="tab"][aria-selected="true"] {
    border-block-end-color: var(--_kab-color-brand);
    color: var(--_kab-color-text);
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
    gap: var(--_kab-space-3);
    padding: var(--_kab-space-4);
    border: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    border-radius: var(--_kab-radius);
    background: var(--_kab-color-surface);
  }
  h3 {
    font-size: var(--_kab-font-size);
    font-weight: var(--_kab-font-weight-strong);
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .company dl {
    display: grid;
    gap: var(--_kab-space-1);
    margin: 0;
  }
  .company dt {
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
  }
  .company dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .company .bin {
    font-weight: var(--_kab-font-weight-strong);
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
