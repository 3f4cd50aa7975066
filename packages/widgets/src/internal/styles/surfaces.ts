/**
 * The surfaces a widget's content sits on: a card (a stand-alone form, a dialog's body) and a panel
 * (a section inside a page).
 */
import { css } from "lit"

/**
 * The card a stand-alone form sits on (sign-in, password recovery): a raised column whose padding
 * the widget sets through `--_card-padding` on its host, from its own `--kab-…-padding`.
 */
export const card = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
    padding: var(--_card-padding, var(--_kab-space-6));
    border: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    border-radius: var(--_kab-radius-lg);
    background: var(--_kab-color-surface);
    box-shadow: var(--_kab-shadow-md);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
    padding: var(--_kab-space-5);
    border: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    border-radius: var(--_kab-radius-lg);
    background: var(--_kab-color-surface);
  }
  @media (forced-colors: active) {
    .card,
    .panel {
      border-color: CanvasText;
    }
  }
`
