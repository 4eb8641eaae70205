import { css } from 'lit';

/**
 * After the panel's styles (shared/panel-styles.ts): one column that holds on a 320 px phone; the code's field is
 * large; the answer keeps its line breaks.
 */
export const statusStyles = css`
  :host {
    max-width: 40rem;
  }
  .intro,
  .hint {
    margin: 0.25rem 0 0.5rem;
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
  input {
    flex: 1 1 12rem;
    min-width: 0;
    font-size: 1.15em;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  input:placeholder-shown {
    text-transform: none;
  }
  button {
    flex: 0 0 auto;
    padding: 0.5rem 1.25rem;
    background: var(--_papi-accent);
    color: #fff;
  }
  .error button {
    background: var(--_papi-surface);
    color: var(--_papi-accent);
  }
  .live p {
    margin: 0.75rem 0 0;
  }
  .error {
    margin-top: 0.75rem;
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
  dl div {
    padding: 0.2rem 0;
  }
  .answer {
    margin: 0.25rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 6px solid var(--_papi-ok);
    background: color-mix(in srgb, var(--_papi-ok) 6%, transparent);
    white-space: pre-line;
  }
`;
