/**
 * A notice: a coloured box with text.
 */
import { css } from "lit"

/** A notice: a coloured box with text — success, warning, info or danger. */
export const notices = css`
  .notice {
    padding-block: var(--_kab-space-3);
    padding-inline: var(--_kab-space-4);
    border-inline-start: 4px solid var(--_notice-color, var(--_kab-color-info));
    border-radius: var(--_kab-radius);
    background: var(--_notice-surface, var(--_kab-color-info-surface));
    color: var(--_kab-color-text);
    overflow-wrap: anywhere;
  }
  .notice.success {
    --_notice-color: var(--_kab-color-success);
    --_notice-surface: var(--_kab-color-success-surface);
  }
  .notice.warning {
    --_notice-color: var(--_kab-color-warning);
    --_notice-surface: var(--_kab-color-warning-surface);
  }
  .notice.danger {
    --_notice-color: var(--_kab-color-danger);
    --_notice-surface: var(--_kab-color-danger-surface);
  }
  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
  }
`
