import { css } from 'lit';

/**
 * What every widget shares. Portals theme the widgets through the --papi-* custom properties (and ::part), set on
 * the element or on any ancestor (:root, body, a wrapper). The defaults apply only where nothing is set: :host never
 * declares a --papi-* token (that would hide the page's), it reads each into a private --_papi-* with its default.
 */
export const baseStyles = css`
  :host {
    --_papi-accent: var(--papi-accent, #903938);
    --_papi-ink: var(--papi-ink, currentColor);
    --_papi-muted: var(--papi-muted, #5a5a5a);
    --_papi-surface: var(--papi-surface, #fff);
    --_papi-border: var(--papi-border, #d9d2c7);
    --_papi-radius: var(--papi-radius, 6px);
    --_papi-ok: var(--papi-ok, #1f6b35);
    --_papi-warn: var(--papi-warn, #8a5a00);
    --_papi-bad: var(--papi-bad, #a3261d);
    --_papi-info: var(--papi-info, #1a4f8b);
    display: block;
    box-sizing: border-box;
    font: inherit;
    color: var(--_papi-ink);
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
    color: var(--_papi-accent);
  }
  :focus-visible {
    outline: 3px solid var(--_papi-info);
    outline-offset: 2px;
  }
  .error {
    border: 2px solid var(--_papi-bad);
    border-radius: var(--_papi-radius);
    padding: 0.5rem 0.75rem;
    background: var(--_papi-surface);
    color: var(--_papi-bad);
  }
  .error ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    color: var(--_papi-ink);
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
  /* The resident's choice of language (language-choice.ts). */
  .languages {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0 0 0.5rem;
  }
  .languages button {
    font: inherit;
    font-size: 0.95em;
    min-height: 2.75rem;
    padding: 0.2rem 0.7rem;
    border: 1px solid var(--_papi-border);
    border-radius: var(--_papi-radius);
    background: var(--_papi-surface);
    color: inherit;
    cursor: pointer;
  }
  .languages button[aria-pressed='true'] {
    border-color: var(--_papi-accent);
    box-shadow: inset 0 0 0 1px var(--_papi-accent);
    font-weight: 600;
  }
  .languages button:focus-visible {
    outline: 3px solid var(--_papi-info);
    outline-offset: 2px;
  }
`;
