import { css } from "lit"

/** `<kab-documents>`: the tabs beside the panel on wide hosts, a drop-down above it on narrow ones. */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(14rem, 18rem) 1fr;
    gap: var(--_kab-space-5);
    align-items: start;
  }
  [role="tablist"] {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-1);
    margin: 0;
    padding: 0;
  }
  [role="tab"] {
    text-align: start;
    padding-block: var(--_kab-space-2);
    padding-inline: var(--_kab-space-3);
    border: 0;
    border-inline-start: 3px solid transparent;
    border-radius: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [role="tab"][aria-selected="true"] {
    border-inline-start-color: var(--_kab-color-primary);
    font-weight: var(--_kab-font-weight-strong);
    background: var(--_kab-color-surface-muted, transparent);
  }
  [role="tab"]:focus-visible {
    outline: 2px solid var(--_kab-color-primary);
    outline-offset: -2px;
  }
  .picker {
    display: none;
  }
  [role="tabpanel"] {
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
  }
  h2 {
    margin: 0;
    font-size: var(--_kab-font-size-large, 1.25rem);
  }
  p.text {
    margin: 0;
  }
  .period,
  .choices {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-2);
  }
  legend {
    padding: 0;
    margin-block-end: var(--_kab-space-2);
    font-weight: var(--_kab-font-weight-strong);
  }
  .period-fields,
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--_kab-space-3);
  }
  .choice {
    display: inline-flex;
    gap: var(--_kab-space-2);
    align-items: center;
    font-weight: normal;
  }
  .table-scroll {
    overflow-x: auto;
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    font-weight: var(--_kab-font-weight-strong);
    padding-block-end: var(--_kab-space-2);
  }
  th,
  td {
    padding: var(--_kab-space-2);
    border-block-end: var(--_kab-border-width) solid var(--_kab-color-border);
    text-align: start;
    vertical-align: top;
  }
  td.money,
  td.integer,
  th.money,
  th.integer {
    text-align: end;
    white-space: nowrap;
  }
  @container (max-width: 40rem) {
    .layout {
      grid-template-columns: 1fr;
    }
    [role="tablist"] {
      display: none;
    }
    .picker {
      display: flex;
    }
  }
`
