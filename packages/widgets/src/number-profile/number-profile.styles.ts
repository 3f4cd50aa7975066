/**
 * The look of `<kab-number-profile>`: cards per section that flow into two columns on a wide widget and
 * stack on a phone, meters and chart bars in the brand's colour (forced colours use the system's), and
 * the toggletip of a service's conditions.
 */
import { css } from "lit"

/** The profile's own styles, after the shared ones. */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_card-padding: var(--_kab-space-4);
  }
  .profile,
  .sections {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
    min-inline-size: 0;
  }
  @container (min-inline-size: 48rem) {
    .sections {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      align-items: start;
    }
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-3);
    min-inline-size: 0;
    padding: var(--_card-padding);
    border: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    border-radius: var(--_kab-radius);
    background: var(--_kab-color-surface);
  }
  .section-title {
    margin: 0;
    font-size: var(--_kab-font-size);
    font-weight: var(--_kab-font-weight-strong);
    text-transform: uppercase;
  }
  h4,
  h5 {
    margin: 0;
    font-size: var(--_kab-font-size);
    font-weight: var(--_kab-font-weight-strong);
  }
  h5 {
    font-size: var(--_kab-font-size-small);
    color: var(--_kab-color-text-muted);
  }
  .identity {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kab-space-2) var(--_kab-space-3);
  }
  .phone {
    font-size: var(--_kab-font-size-title);
    font-weight: var(--_kab-font-weight-strong);
    white-space: nowrap;
  }
  .changed,
  .note,
  .figure-note,
  .service-meta {
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: var(--_kab-space-3);
    margin: 0;
  }
  .figure dt {
    font-size: var(--_kab-font-size-small);
    color: var(--_kab-color-text-muted);
  }
  .figure dd {
    display: flex;
    flex-direction: column;
    margin: 0;
    font-weight: var(--_kab-font-weight-strong);
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_kab-space-2);
  }
  .action-with-reason {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-1);
    max-inline-size: 100%;
  }
  .icon-button {
    min-inline-size: var(--_kab-control-height);
  }
  .processing {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-1);
  }
  .processing progress {
    inline-size: 100%;
    accent-color: var(--_kab-color-brand);
  }
  .rows {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-1);
    margin: 0;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_kab-space-1) var(--_kab-space-3);
  }
  .row dt {
    color: var(--_kab-color-text-muted);
  }
  .row dd {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_kab-space-2);
    margin: 0;
    overflow-wrap: anywhere;
    text-align: end;
  }
  .code {
    font-variant-numeric: tabular-nums;
    min-inline-size: 5ch;
  }
  .bundles,
  .services {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .bundle {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-2);
  }
  .meter {
    block-size: 0.5rem;
    border-radius: var(--_kab-radius-pill);
    background: var(--_kab-color-surface-raised);
    border: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    overflow: hidden;
  }
  .meter-fill {
    block-size: 100%;
    background: var(--_kab-color-brand);
  }
  .unlimited {
    font-weight: var(--_kab-font-weight-strong);
  }
  .chart svg {
    display: block;
    inline-size: 100%;
    block-size: 8rem;
  }
  .bar {
    fill: var(--_kab-color-border);
  }
  .bar.current {
    fill: var(--_kab-color-brand);
  }
  .axis {
    display: grid;
    grid-auto-columns: minmax(0, 1fr);
    grid-auto-flow: column;
    margin: var(--_kab-space-1) 0 0;
    padding: 0;
    list-style: none;
    font-size: var(--_kab-font-size-small);
    color: var(--_kab-color-text-muted);
    text-align: center;
  }
  .axis-amount {
    display: block;
    color: var(--_kab-color-text);
    overflow-wrap: anywhere;
  }
  .service {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_kab-space-2);
  }
  .service-text {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kab-space-1) var(--_kab-space-2);
    min-inline-size: 0;
  }
  .service-meta {
    flex-basis: 100%;
  }
  .info {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: var(--_kab-border-width) solid var(--_kab-color-border);
    border-radius: 50%;
    background: var(--_kab-color-surface);
    color: var(--_kab-color-link);
    font: inherit;
    font-weight: var(--_kab-font-weight-strong);
    cursor: pointer;
  }
  .info:focus-visible {
    outline: var(--_kab-focus-ring-width) solid var(--_kab-color-focus);
    outline-offset: 2px;
  }
  .toggletip {
    max-inline-size: min(24rem, calc(100vw - 2rem));
    padding: var(--_kab-space-3);
    border: var(--_kab-border-width) solid var(--_kab-color-border);
    border-radius: var(--_kab-radius);
    background: var(--_kab-color-surface);
    color: var(--_kab-color-text);
  }
  .spending {
    position: relative;
  }
  /* The table behind the chart is for assistive technology: kept inside the card, whatever its words. */
  .spending .visually-hidden {
    inset-block-start: 0;
    inset-inline-start: 0;
  }
  .spending table {
    inline-size: 1px;
    table-layout: fixed;
  }
  .status-note {
    color: var(--_kab-color-text-muted);
  }
  @media (forced-colors: active) {
    .meter-fill,
    .bar.current {
      background: Highlight;
      fill: Highlight;
    }
    .bar {
      fill: CanvasText;
    }
  }
`
