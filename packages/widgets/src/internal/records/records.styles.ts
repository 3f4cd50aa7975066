import { css } from "lit"

/**
 * The records' forms and tables (`<kab-detalization>`, `<kab-payment-history>`): the period and
 * output fieldsets, the table of records with tabular figures, and on narrow widths (under 44rem of
 * the widget's own width) each row a card.
 */
export const recordsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_rows-block-size: var(--kab-records-block-size, 28rem);
  }
  :host([signed-out]) {
    display: none;
  }
  .records {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
    min-inline-size: 0;
  }
  h2 {
    margin: 0;
    font-size: var(--_kab-font-size-large, 1.25rem);
  }
  .number {
    margin: 0;
    font-variant-numeric: tabular-nums;
    font-weight: var(--_kab-font-weight-strong);
  }
  .intro {
    margin: 0;
  }
  fieldset {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-2);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_kab-space-2);
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_kab-space-2);
  }
  .dates .field {
    flex: 1 1 9rem;
    max-inline-size: 14rem;
  }
  .dates .arrow {
    padding-block-end: var(--_kab-space-3);
    color: var(--_kab-color-text-muted);
  }
  .hint:empty {
    display: none;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kab-space-2) var(--_kab-space-4);
  }
  .choice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kab-space-1) var(--_kab-space-2);
  }
  .choice input {
    inline-size: 1.25rem;
    min-block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_kab-color-brand);
  }
  .choice label {
    font-weight: normal;
    letter-spacing: normal;
    font-size: inherit;
  }
  .choice input:disabled + label {
    color: var(--_kab-color-text-muted);
  }
  .choice .reason {
    flex-basis: 100%;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_kab-space-2);
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
  }
  .note {
    display: flex;
    align-items: center;
    gap: var(--_kab-space-2);
    margin: 0;
    padding: var(--_kab-space-3);
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
    grid-template-columns: var(--_records-columns);
    align-items: center;
    inline-size: 100%;
    min-block-size: 2.75rem;
    border-block-end: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    background: var(--_kab-color-surface);
  }
  .row:focus-visible {
    outline: var(--_kab-focus-ring-width) solid var(--_kab-color-focus);
    outline-offset: calc(-1 * var(--_kab-focus-ring-width));
  }
  .row.header {
    background: var(--_kab-color-surface-raised);
    font-size: var(--_kab-font-size-small);
  }
  .cell {
    min-inline-size: 0;
    padding-block: var(--_kab-space-2);
    padding-inline: var(--_kab-space-2);
    overflow-wrap: anywhere;
  }
  .cell[data-numeric] {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .cell .value {
    font-variant-numeric: tabular-nums;
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
  [data-numeric] .sort {
    justify-content: flex-end;
    inline-size: 100%;
  }
  [aria-sort] .sort {
    color: var(--_kab-color-brand);
  }
  .arrow {
    font-size: 0.75em;
  }
  .rows {
    display: block;
    block-size: var(--_rows-block-size);
    overflow: auto;
    overscroll-behavior: contain;
  }

  /* Narrow widths: each row becomes a card of labelled values, two to a line. */
  @container (max-width: 44rem) {
    .row.header {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_kab-space-3);
      padding-inline: var(--_kab-space-2);
    }
    .row.header .cell {
      padding: 0;
    }
    [data-numeric] .sort {
      inline-size: auto;
    }
    .row:not(.header):not(.placeholder) {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      padding-block: var(--_kab-space-2);
    }
    .row:not(.header) .cell {
      padding-block: var(--_kab-space-1);
      text-align: start;
    }
    .row:not(.header) .cell-label {
      display: block;
      color: var(--_kab-color-text-muted);
      font-size: var(--_kab-font-size-small);
    }
  }

  @media (forced-colors: active) {
    .row:focus-visible {
      outline-color: Highlight;
    }
  }
`
