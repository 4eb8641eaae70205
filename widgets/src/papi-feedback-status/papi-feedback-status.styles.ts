import { css } from 'lit';

/** One column that holds on a 320 px phone; touch targets of at least 44 px; the answer keeps its line breaks. */
export const statusStyles = css`
  :host {
    max-width: 40rem;
  }
  .status-box {
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
  .intro,
  .hint {
    margin: 0.25rem 0 0.5rem;
  }
  .hint {
    color: var(--_papi-muted);
    font-size: 0.9em;
  }
  .field {
    display: block;
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  input,
  button {
    font: inherit;
    min-height: 44px;
    border-radius: var(--_papi-radius);
  }
  input {
    flex: 1 1 12rem;
    min-width: 0;
    padding: 0.45rem 0.6rem;
    border: 1px solid #767676;
    background: #fff;
    color: #1d1d1d;
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 1.15em;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  input:placeholder-shown {
    text-transform: none;
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_papi-bad);
  }
  button {
    flex: 0 0 auto;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_papi-accent);
    background: var(--_papi-accent);
    color: #fff;
    font-weight: 600;
    cursor: pointer;
  }
  .error button {
    background: var(--_papi-surface);
    color: var(--_papi-accent);
  }
  .field-error {
    margin: 0.35rem 0 0;
    color: var(--_papi-bad);
    font-weight: 600;
  }
  .live p {
    margin: 0.75rem 0 0;
  }
  .error {
    margin-top: 0.75rem;
  }
  .error p {
    margin: 0 0 0.25rem;
  }
  .result {
    margin-top: 0.75rem;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_papi-border);
  }
  .result:focus {
    outline: none;
  }
  .result:focus-visible {
    outline: 3px solid var(--_papi-info);
  }
  .code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    letter-spacing: 0.06em;
    white-space: nowrap;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0.5rem 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .steps li {
    flex: 1 1 7rem;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_papi-border);
    border-radius: var(--_papi-radius);
    counter-increment: step;
  }
  .steps li::before {
    content: counter(step) '. ';
  }
  .steps .past {
    color: var(--_papi-muted);
  }
  .steps .current {
    border: 2px solid currentColor;
    font-weight: 700;
  }
  .received .current {
    color: var(--_papi-info);
  }
  .in-progress .current {
    color: var(--_papi-warn);
  }
  .answered .current {
    color: var(--_papi-ok);
  }
  dl {
    margin: 0.5rem 0;
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
    padding: 0.2rem 0;
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
  .answer {
    margin: 0.25rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 6px solid var(--_papi-ok);
    background: color-mix(in srgb, var(--_papi-ok) 6%, transparent);
    white-space: pre-line;
  }
`;
