import { css } from "lit"

export const styles = css`
  :host {
    display: block;
    container: cabinet / inline-size;
    min-block-size: var(--kab-cabinet-min-block-size, 100vh);
    background: var(--_kab-color-surface-raised);
  }
  a {
    color: var(--_kab-color-link);
  }
  .brand {
    display: inline-flex;
    align-items: center;
    color: var(--_kab-color-brand);
    font-size: var(--_kab-font-size-title);
    font-weight: var(--_kab-font-weight-strong);
    line-height: 1;
  }
  .brand-logo {
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

  /* Signed out: the sign-in page, centred. */
  .sign-in {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-6);
    max-inline-size: 64rem;
    margin-inline: auto;
    padding: var(--_kab-space-5) var(--_kab-space-4);
  }
  .sign-in-top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_kab-space-3);
  }
  .sign-in-body {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 28rem);
    align-items: center;
    gap: var(--_kab-space-6);
  }
  .promo {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-3);
  }
  .promo-title {
    margin: 0;
    color: var(--_kab-color-brand);
    font-size: calc(var(--_kab-font-size-title) * 1.35);
    line-height: 1.2;
  }
  .promo-text {
    color: var(--_kab-color-text-muted);
    font-size: calc(var(--_kab-font-size) * 1.125);
  }
  .sign-in-form {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-3);
    min-inline-size: 0;
  }

  /* Signed in: header, navigation, the view. */
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kab-space-3) var(--_kab-space-5);
    padding: var(--_kab-space-3) var(--_kab-space-5);
    border-block-end: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    background: var(--_kab-color-surface);
  }
  .company {
    flex: 1 1 16rem;
    min-inline-size: 0;
    max-inline-size: 24rem;
  }
  .header .language {
    margin-inline-start: auto;
  }
  .account {
    flex: none;
  }
  .account-icon {
    flex: none;
    color: var(--_kab-color-brand);
  }
  .account-button {
    display: inline-flex;
    align-items: center;
    gap: var(--_kab-space-2);
    min-block-size: var(--_kab-control-height);
    padding-block: var(--_kab-space-1);
    padding-inline: var(--_kab-space-3);
    border: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    border-radius: var(--_kab-radius);
    background: var(--_kab-color-surface);
    color: var(--_kab-color-text);
    text-align: start;
  }
  .account-button:hover,
  .account-button[aria-expanded="true"] {
    border-color: var(--_kab-color-brand);
  }
  .account-who {
    display: flex;
    flex-direction: column;
    line-height: 1.25;
  }
  .account-name {
    font-weight: var(--_kab-font-weight-strong);
  }
  .account-phone {
    color: var(--_kab-color-text-muted);
    font-size: var(--_kab-font-size-small);
    font-variant-numeric: tabular-nums;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_kab-space-2);
    padding-inline: var(--_kab-space-5);
    border-block-end: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    background: var(--_kab-color-surface);
  }
  .nav-toggle {
    display: none;
    align-items: center;
    gap: var(--_kab-space-2);
    min-block-size: var(--_kab-control-height);
    padding-inline: var(--_kab-space-3);
    border: var(--_kab-border-width) solid var(--_kab-color-border-muted);
    border-radius: var(--_kab-radius);
    background: var(--_kab-color-surface);
    color: var(--_kab-color-text);
  }
  .nav-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_kab-space-2) var(--_kab-space-5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .nav-list a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--_kab-control-height);
    border-block-end: 3px solid transparent;
    color: var(--_kab-color-text);
    font-weight: var(--_kab-font-weight-strong);
    text-decoration: none;
  }
  .nav-list a:hover {
    color: var(--_kab-color-brand);
  }
  .nav-list a[aria-current="page"] {
    border-block-end-color: var(--_kab-color-brand);
    color: var(--_kab-color-brand);
  }
  .main {
    display: flex;
    flex-direction: column;
    gap: var(--_kab-space-4);
    max-inline-size: var(--kab-cabinet-max-inline-size, 90rem);
    margin-inline: auto;
    padding: var(--_kab-space-5);
  }
  .view-title:focus {
    outline: none;
  }
  .view-title:focus-visible {
    outline: var(--_kab-focus-ring-width) solid var(--_kab-color-focus);
  }
  .back {
    align-self: flex-start;
  }
  /* The list takes the height the window leaves under the header, not a fixed box. */
  .numbers {
    --kab-number-list-block-size: var(--kab-cabinet-list-block-size, max(18rem, calc(100dvh - 16rem)));
  }
  .placeholder {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_kab-space-3);
    padding: var(--_kab-space-5);
    border: var(--_kab-border-width) dashed var(--_kab-color-border);
    border-radius: var(--_kab-radius);
    background: var(--_kab-color-surface);
  }

  /* A phone: one column, the navigation behind «Меню». */
  @container cabinet (max-width: 40rem) {
    .sign-in-body {
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_kab-space-5);
    }
    .promo-title {
      font-size: var(--_kab-font-size-title);
    }
    .header,
    .nav,
    .main {
      padding-inline: var(--_kab-space-3);
    }
    .header {
      align-items: flex-end;
    }
    .brand {
      align-self: center;
    }
    .account {
      order: 1;
      margin-inline-start: auto;
    }
    .company {
      order: 2;
      flex: 1 1 12rem;
      max-inline-size: none;
    }
    .header .language {
      order: 3;
      margin-inline-start: 0;
    }
    .nav {
      padding-block: var(--_kab-space-2);
    }
    .nav-toggle {
      display: inline-flex;
    }
    .nav-list {
      flex-direction: column;
      flex-basis: 100%;
    }
    .nav-list:not(.open) {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .nav-list a[aria-current="page"] {
      border-block-end-color: Highlight;
    }
  }
`
