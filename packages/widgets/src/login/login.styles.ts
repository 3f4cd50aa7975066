import { css } from "lit"

export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--kab-login-max-inline-size, 28rem);
    --_card-padding: var(--kab-login-padding, var(--_kab-space-5));
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_kab-space-3);
  }
  [part="logo"] {
    color: var(--_kab-color-brand);
    font-size: var(--_kab-font-size-title);
    font-weight: var(--_kab-font-weight-strong);
  }
  [part="logo"] img {
    display: block;
    max-block-size: 2.5rem;
    max-inline-size: 10rem;
  }
  .language select {
    inline-size: auto;
    min-block-size: 2.25rem;
    padding-block: var(--_kab-space-1);
    font-size: var(--_kab-font-size-small);
  }
  .toggle {
    font-size: var(--_kab-font-size-small);
  }
  .note {
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
  }
  @media (max-width: 24rem) {
    :host {
      --_card-padding: var(--kab-login-padding, var(--_kab-space-4));
    }
  }
`
