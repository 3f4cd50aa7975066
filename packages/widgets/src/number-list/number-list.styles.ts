import { css } from "lit"

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_rows-block-size: var(--kab-number-list-block-size, 32rem);
  }
  :host([signed-out]) {
    display: none;
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-3);
    min-inline-size: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_kab-space-3);
  }
  .search {
    flex: 1 1 16rem;
    max-inline-size: 28rem;
  }
  .count {
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
  }
  .note {
    display: flex;
    align-items: center;
    gap: var(--_kab-space-2);
    padding: var(--_kab-space-4);
    color: var(--_kab-color-text-muted);
  }
  .failure {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_kab-space-2);
  }
  .grid {
    border: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    border-radius: var(--_kab-radius);
    overflow: hidden;
  }
  .row {
    display: grid;
    /* Fixed tracks, the same in every row (each row is a grid of its own), so the columns line up. */
    grid-template-columns:
      minmax(9.5rem, 1.1fr) minmax(6.5rem, 0.8fr) minmax(7rem, 1.5fr) minmax(6.5rem, 0.9fr)
      minmax(8rem, 1fr) minmax(7.5rem, 1fr) 3rem;
    align-items: center;
    inline-size: 100%;
    min-block-size: 3rem;
    border-block-end: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    background: var(--_kab-color-surface);
    cursor: pointer;
  }
  .row:hover:not(.header) {
    background: var(--_kab-color-surface-raised);
  }
  .row:focus-visible {
    outline: var(--_kab-focus-ring-width) solid var(--_kab-color-focus);
    outline-offset: calc(-1 * var(--_kab-focus-ring-width));
  }
  .row.header {
    background: var(--_kab-color-surface-raised);
    cursor: default;
    font-size: var(--_kab-font-size-small);
  }
  .cell {
    min-inline-size: 0;
    padding-block: var(--_kab-space-2);
    padding-inline: var(--_kab-space-2);
    overflow-wrap: break-word;
  }
  .cell.availableFunds {
    text-align: end;
  }
  .cell.msisdn .value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .money {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .money[data-negative] {
    color: var(--_kab-color-danger);
  }
  .cell-label {
    display: none;
  }
  .placeholder .loading {
    grid-column: 1 / -1;
    color: var(--_kab-color-text-muted);
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_kab-space-1);
    min-block-size: 2.75rem;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: var(--_kab-font-weight-strong);
    text-align: start;
  }
  .availableFunds .sort {
    justify-content: flex-end;
    inline-size: 100%;
  }
  [aria-sort] .sort {
    color: var(--_kab-color-brand);
  }
  .arrow {
    font-size: 0.75em;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_kab-space-1);
  }
  .badge::before {
    content: "";
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: var(--kab-color-status-active, var(--_kab-color-success));
  }
  .badge[data-status="Заблокирован"]::before,
  .badge[data-status="Заблокирован / Долг"]::before {
    background: var(--kab-color-status-blocked, var(--_kab-color-danger));
  }
  .badge[data-status="В обработке"]::before {
    background: var(--kab-color-status-processing, var(--_kab-color-warning));
  }
  .rows {
    display: block;
    block-size: var(--_rows-block-size);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .menu-button {
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    border: var(--_kab-border-width) solid transparent;
    border-radius: var(--_kab-radius);
    background: none;
    color: var(--_kab-color-text);
    font-size: 1.25rem;
    line-height: 1;
  }
  .menu-button:hover {
    border-color: var(--_kab-color-border-muted);
  }
  .cell.actions {
    padding-inline: 0;
    display: flex;
    justify-content: center;
  }
  .menu {
    position: fixed;
    inset: auto;
    margin: 0;
    max-block-size: calc(100vh - 1rem);
    overflow: auto;
    padding: var(--_kab-space-2);
    border: var(--_kab-border-width) solid var(--_kab-color-border);
    border-radius: var(--_kab-radius);
    background: var(--_kab-color-surface);
    color: var(--_kab-color-text);
    font-family: var(--_kab-font-family);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  }
  .menu:popover-open {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-1);
  }
  .menu .button {
    justify-content: flex-start;
    padding-inline: var(--_kab-space-3);
    border-color: transparent;
    color: var(--_kab-color-text);
    font-weight: normal;
    text-align: start;
  }
  .menu .button:hover:not([aria-disabled="true"]),
  .menu .button:focus-visible {
    background: var(--_kab-color-surface-raised);
  }
  .menu .reason {
    padding-inline: var(--_kab-space-3);
    padding-block-end: var(--_kab-space-1);
  }

  /* Narrow widths: each row becomes a card of labelled values. */
  @container (max-width: 50rem) {
    .row.header {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_kab-space-3);
      padding-inline: var(--_kab-space-2);
    }
    .row.header .cell {
      padding: 0;
    }
    .row.header .cell.actions {
      display: none;
    }
    .row:not(.header):not(.placeholder) {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) 3rem;
      grid-template-areas:
        "msisdn msisdn actions"
        "accountNumber billingMethod billingMethod"
        "tariffName tariffName tariffName"
        "status availableFunds availableFunds";
      padding-block: var(--_kab-space-2);
    }
    .row:not(.header) .cell {
      padding-block: var(--_kab-space-1);
    }
    .row .cell.msisdn {
      grid-area: msisdn;
      font-weight: var(--_kab-font-weight-strong);
    }
    .row .cell.accountNumber {
      grid-area: accountNumber;
    }
    .row .cell.tariffName {
      grid-area: tariffName;
    }
    .row .cell.billingMethod {
      grid-area: billingMethod;
    }
    .row .cell.status {
      grid-area: status;
    }
    .row .cell.availableFunds {
      grid-area: availableFunds;
      text-align: start;
    }
    .row .cell.actions {
      grid-area: actions;
    }
    .row:not(.header) .cell-label {
      display: block;
      color: var(--_kab-color-text-muted);
      font-size: var(--_kab-font-size-small);
    }
    .row .cell.msisdn .cell-label {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .row:focus-visible {
      outline-color: Highlight;
    }
    .badge::before {
      background: CanvasText;
    }
    .menu {
      border-color: CanvasText;
    }
  }
`
