import { css } from "lit"

export const styles = css`
  :host {
    display: block;
    max-inline-size: var(--kab-password-recovery-max-inline-size, 28rem);
    --_card-padding: var(--kab-password-recovery-padding, var(--_kab-space-5));
  }
  .heading {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-1);
  }
  [part="step"] {
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
  }
  .resend {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_kab-space-1);
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
