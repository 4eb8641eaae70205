import { css } from 'lit';

/**
 * What every widget shares. Portals theme the widgets through these custom properties (and ::part); the
 * defaults take the portal's font and colour so a widget sits in any CMS page.
 */
export const baseStyles = css`
  :host {
    --papi-accent: #903938;
    --papi-ink: currentColor;
    --papi-muted: #5a5a5a;
    --papi-surface: #fff;
    --papi-border: #d9d2c7;
    --papi-radius: 6px;
    --papi-ok: #1f6b35;
    --papi-warn: #8a5a00;
    --papi-bad: #a3261d;
    --papi-info: #1a4f8b;
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: var(--papi-ink);
    line-height: 1.45;
    overflow-wrap: anywhere;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  /* A CMS may force line-height, letter-spacing or text-transform on every element (even with !important), and the
     host inherits them; the widget's own content starts again from readable values. */
  :host > * {
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
  }
  /* Set, not inherited: a CMS forcing content-box on every element (even with !important) reaches the host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--papi-accent);
  }
  :focus-visible {
    outline: 3px solid var(--papi-info);
    outline-offset: 2px;
  }
  .error {
    border: 2px solid var(--papi-bad);
    border-radius: var(--papi-radius);
    padding: 0.5rem 0.75rem;
    background: var(--papi-surface);
    color: var(--papi-bad);
  }
  .error ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    color: var(--papi-ink);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media print {
    :host {
      color: #000;
    }
  }
`;
