import { css } from "lit"

export const styles = css`
  :host {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--kab-password-recovery-max-inline-size, 28rem);
    margin-inline: auto;
    --_card-padding: var(--kab-password-recovery-padding, var(--_kab-space-6));
  }
  .heading {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-1);
  }
  .title {
    font-size: var(--_kab-font-size-xl);
  }
  [part="step"] {
    color: var(--_kab-color-brand-text);
    font-size: var(--_kab-font-size-xs);
    font-weight: var(--_kab-font-weight-strong);
    letter-spacing: 0.06em;
    text-transform: uppercase;
    order: -1;
  }
  .resend {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_kab-space-1);
  }
  .actions {
    margin-block-start: var(--_kab-space-2);
  }
  .back {
    align-self: flex-start;
  }
  @media (max-width: 24rem) {
    :host {
      --_card-padding: var(--kab-password-recovery-padding, var(--_kab-space-4));
    }
  }
`
