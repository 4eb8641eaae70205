import { css } from 'lit';

/**
 * The feedback widgets that show a panel with a form and a record (papi-feedback-status, papi-feedback-inbox): the
 * bordered panel (class "panel"), headings, hints, fields and buttons with touch targets of at least 44 px, field
 * errors, receipt codes and the record's terms. Each widget adds its own layout after it. Kept apart from
 * styles.ts so that the other widgets do not carry it.
 */
export const panelStyles = css`
  .panel {
    padding: 0.75rem 1rem 1rem;
    border: 1px solid var(--_papi-border);
    border-radius: var(--_papi-radius);
    background: var(--_papi-surface);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0.3rem 0 0.5rem;
    line-height: 1.3;
  }
  .hint {
    color: var(--_papi-muted);
    font-size: 0.9em;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    min-height: 44px;
    border-radius: var(--_papi-radius);
  }
  input,
  select,
  textarea {
    padding: 0.45rem 0.6rem;
    border: 1px solid #767676;
    background: #fff;
    color: #1d1d1d;
  }
  input {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_papi-bad);
  }
  button {
    border: 2px solid var(--_papi-accent);
    font-weight: 600;
    cursor: pointer;
  }
  .field-error {
    margin: 0.35rem 0 0;
    color: var(--_papi-bad);
    font-weight: 600;
  }
  .error p {
    margin: 0 0 0.25rem;
  }
  .code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    letter-spacing: 0.06em;
    white-space: nowrap;
  }
  dl {
    margin: 0.5rem 0;
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    padding: 0.1rem 0;
  }
  dt {
    font-weight: 600;
  }
  dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
`;
