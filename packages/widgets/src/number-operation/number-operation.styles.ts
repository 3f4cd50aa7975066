import { css } from "lit"

/** The operation dialogs' own styles; the dialog's box is `<kab-confirm-dialog>`'s. */
export const styles = css`
  :host {
    display: contents;
  }
  .points {
    margin: 0;
    padding-inline-start: var(--_kab-space-5);
  }
  .forwarding {
    display: grid;
    gap: var(--_kab-space-2);
    margin: 0;
  }
  .forwarding dt {
    font-weight: var(--_kab-font-weight-strong);
  }
  .forwarding dd {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kab-space-2);
    margin: 0;
  }
  .facts {
    display: grid;
    gap: var(--_kab-space-2);
    margin: 0;
  }
  .facts dt {
    color: var(--_kab-color-text-muted);
  }
  .facts dd {
    margin: 0;
    font-weight: var(--_kab-font-weight-strong);
  }
  .imei {
    font-variant-numeric: tabular-nums;
  }
  .devices-title {
    margin: 0;
    font-size: var(--_kab-font-size);
  }
  .devices {
    display: grid;
    gap: var(--_kab-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .devices li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kab-space-2);
  }
  .note {
    margin: 0;
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
  }
`
