import { css } from "lit"

export const styles = css`
  :host {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--kab-login-max-inline-size, 28rem);
    margin-inline: auto;
    --_card-padding: var(--kab-login-padding, var(--_kab-space-6));
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_kab-space-3);
  }
  [part="logo"] {
    color: var(--_kab-color-brand-text);
    font-size: var(--_kab-font-size-2xl);
    font-weight: 700;
    letter-spacing: -0.01em;
    line-height: var(--_kab-line-height-tight);
  }
  [part="logo"] img {
    display: block;
    max-block-size: 2.5rem;
    max-inline-size: 10rem;
  }
  .title {
    font-size: var(--_kab-font-size-xl);
  }
  .submit {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-2);
    margin-block-start: var(--_kab-space-2);
  }
  .toggle {
    align-self: flex-start;
    font-size: var(--_kab-font-size-sm);
  }
  .note {
    padding-block-start: var(--_kab-space-3);
    border-block-start: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-sm);
  }
  @media (max-width: 24rem) {
    :host {
      --_card-padding: var(--kab-login-padding, var(--_kab-space-4));
    }
  }
`
