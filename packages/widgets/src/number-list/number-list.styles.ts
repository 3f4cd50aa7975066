import { css } from "lit"

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_rows-block-size: var(--kab-number-list-block-size, 32rem);
    --_row-block-size: var(--kab-number-list-row-block-size, 3.25rem);
    --_card-block-size: var(--kab-number-list-card-block-size, 12rem);
    /* Each row is a grid of its own: the same tracks in every row line the columns up. */
    --_columns:
      minmax(10rem, 1fr) minmax(6.5rem, 0.8fr) minmax(8rem, 1.4fr) minmax(7rem, 0.9fr)
      minmax(8.5rem, 0.9fr) minmax(10.5rem, 1fr) 2.75rem;
  }
  :host([signed-out]) {
    display: none;
  }
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
    min-inline-size: 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_kab-space-3) var(--_kab-space-4);
  }
  .search {
    flex: 1 1 16rem;
    max-inline-size: 28rem;
  }
  .sort-field {
    display: none;
  }
  .count {
    margin-inline-start: auto;
    padding-block-end: var(--_kab-space-3);
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-sm);
    font-variant-numeric: tabular-nums;
  }
  .note {
    display: flex;
    align-items: center;
    gap: var(--_kab-space-2);
    min-inline-size: 0;
    padding: var(--_kab-space-5) var(--_kab-space-4);
    border: var(--_kab-border-width) dashed var(--_kab-color-border-muted);
    border-radius: var(--_kab-radius-lg);
    color: var(--_kab-color-text-muted);
    /* A long unbroken search text wraps instead of widening the page. */
    overflow-wrap: anywhere;
  }
  .failure {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_kab-space-2);
  }
  .grid {
    border: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    border-radius: var(--_kab-radius-lg);
    background: var(--_kab-color-surface);
    overflow: hidden;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    column-gap: var(--_kab-space-4);
    align-items: center;
    inline-size: 100%;
    block-size: var(--_row-block-size);
    padding-inline: var(--_kab-space-4);
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
    block-size: auto;
    min-block-size: var(--_kab-control-height);
    background: var(--_kab-color-surface-raised);
    color: var(--_kab-color-text-muted);
    cursor: default;
    font-size: var(--_kab-font-size-sm);
  }
  /* One line per cell: long values are cut with «…» (their title holds the whole text). */
  .cell {
    overflow: hidden;
    min-inline-size: 0;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .cell.msisdn {
    font-weight: var(--_kab-font-weight-strong);
  }
  .cell.availableFunds {
    text-align: end;
  }
  .money[data-negative] {
    color: var(--_kab-color-danger);
  }
  /* A card's labels (narrow widths only); the alternative text keeps them out of assistive technology. */
  .cell::before {
    display: none;
    content: attr(data-label) / "";
  }
  .placeholder .loading {
    grid-column: 1 / -1;
    color: var(--_kab-color-text-muted);
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_kab-space-1);
    max-inline-size: 100%;
    min-block-size: var(--_kab-control-height);
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: var(--_kab-font-weight-strong);
    text-align: start;
    white-space: nowrap;
  }
  .sort .label-text {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .availableFunds .sort {
    justify-content: flex-end;
    inline-size: 100%;
  }
  [aria-sort] .sort {
    color: var(--_kab-color-brand-text);
  }
  .arrow {
    flex: none;
    font-size: 0.75em;
  }
  .cell.status::before {
    content: "" / "";
    display: inline-block;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    margin-inline-end: var(--_kab-space-2);
    border-radius: 50%;
    background: var(--kab-color-status-active, var(--_kab-color-success));
    vertical-align: 0.05em;
  }
  .cell.status[data-status="Заблокирован"]::before,
  .cell.status[data-status="Заблокирован / Долг"]::before {
    background: var(--kab-color-status-blocked, var(--_kab-color-danger));
  }
  .cell.status[data-status="В обработке"]::before {
    background: var(--kab-color-status-processing, var(--_kab-color-warning));
  }
  /*
   * The rows' box: as tall as its rows (all of one height), each row placed by its index. Nothing in a
   * row changes the layout outside it, and a scroll only adds and removes rows.
   */
  .rows {
    --_row-size: var(--_row-block-size);
    display: block;
    block-size: var(--_rows-block-size);
    overflow: auto;
    overscroll-behavior: contain;
  }
  .rows-space {
    position: relative;
    block-size: calc(var(--rows) * var(--_row-size));
    contain: strict;
  }
  .row-probe {
    position: absolute;
    inline-size: 0;
    block-size: var(--_row-size);
    visibility: hidden;
  }
  .rows .row {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    block-size: var(--_row-size);
    transform: translateY(calc(var(--i) * var(--_row-size)));
    contain: strict;
  }
  :host([page-scroll]) .rows {
    block-size: auto;
    overflow: visible;
  }
  .menu-button {
    inline-size: 2.75rem;
    block-size: 2.75rem;
    padding: 0;
    border: var(--_kab-border-width) solid transparent;
    border-radius: var(--_kab-radius);
    background: none;
    color: var(--_kab-color-text);
    font-size: var(--_kab-font-size-xl);
    line-height: 1;
  }
  .menu-button:hover {
    border-color: var(--_kab-color-border-muted);
    background: var(--_kab-color-surface);
  }
  .cell.actions {
    display: flex;
    justify-content: center;
    overflow: visible;
  }

  /* Narrow widths: each row becomes a card of labelled values, all cards of one height. */
  @container (max-width: 62rem) {
    .sort-field {
      display: flex;
      flex: 1 1 12rem;
    }
    .row.header {
      display: none;
    }
    .rows {
      --_row-size: var(--_card-block-size);
    }
    .row:not(.header) {
      padding-block: var(--_kab-space-3);
    }
    .row:not(.header):not(.placeholder) {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) 2.75rem;
      grid-template-rows: 2.75rem 1.75rem 1fr 1fr;
      grid-template-areas:
        "msisdn msisdn actions"
        "status availableFunds availableFunds"
        "accountNumber billingMethod billingMethod"
        "tariffName tariffName tariffName";
      column-gap: var(--_kab-space-3);
      align-items: start;
    }
    .row .cell.msisdn {
      grid-area: msisdn;
      align-self: center;
      font-size: var(--_kab-font-size-lg);
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
      font-weight: var(--_kab-font-weight-strong);
    }
    .row .cell.actions {
      grid-area: actions;
    }
    .row .cell.accountNumber,
    .row .cell.billingMethod,
    .row .cell.tariffName {
      align-self: end;
    }
    .row .cell::before {
      display: block;
      overflow: hidden;
      color: var(--_kab-color-text-muted);
      font-size: var(--_kab-font-size-xs);
      line-height: var(--_kab-line-height-tight);
      text-overflow: ellipsis;
    }
    .row .cell.msisdn::before,
    .row .cell.availableFunds::before,
    .row .cell.actions::before,
    .row .cell.loading::before {
      display: none;
    }
    .row .cell.status::before {
      display: inline-block;
    }
  }

  @media (forced-colors: active) {
    .row:focus-visible {
      outline-color: Highlight;
    }
    .cell.status::before {
      background: CanvasText;
    }
  }
`
