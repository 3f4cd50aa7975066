/**
 * The password policy list.
 */
import { css } from "lit"

/** The password policy list (see `passwordPolicy`). */
export const policy = css`
  .policy {
    font-size: var(--_kab-font-size-small);
  }
  .policy-title {
    font-weight: var(--_kab-font-weight-strong);
  }
  .policy ul {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-1);
    margin: var(--_kab-space-1) 0 0;
    padding: 0;
    list-style: none;
  }
  .policy li {
    display: flex;
    gap: var(--_kab-space-2);
    overflow-wrap: anywhere;
  }
  .policy .mark {
    flex: none;
    inline-size: 1em;
    font-weight: var(--_kab-font-weight-strong);
  }
  .policy .met .mark {
    color: var(--_kab-color-success);
  }
  .policy .unmet .mark {
    color: var(--_kab-color-danger);
  }
`
