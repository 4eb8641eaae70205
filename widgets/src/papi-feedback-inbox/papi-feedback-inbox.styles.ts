import { css } from 'lit';

/**
 * After the panel's styles (shared/panel-styles.ts): one column that holds on a 390 px phone (fields and buttons
 * wrap); residents' and officers' texts keep their line breaks.
 */
export const inboxStyles = css`
  :host {
    max-width: 56rem;
  }
  p {
    margin: 0.25rem 0 0.5rem;
  }
  .unconfirmed {
    display: block;
    color: var(--_papi-muted);
    font-size: 0.9em;
  }
  label,
  .label {
    display: block;
    font-weight: 600;
  }
  .label {
    margin-bottom: 0.15rem;
  }
  input,
  select,
  textarea,
  button {
    max-width: 100%;
  }
  input {
    width: 100%;
  }
  textarea {
    display: block;
    width: 100%;
    resize: vertical;
  }
  button {
    padding: 0.45rem 1rem;
    background: var(--_papi-surface);
    color: var(--_papi-accent);
  }
  button.primary {
    background: var(--_papi-accent);
    color: #fff;
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  .token {
    margin: 0.5rem 0;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_papi-border);
    border-radius: var(--_papi-radius);
  }
  .token-actions {
    margin: 0.5rem 0;
  }
  .token-state:focus {
    outline: none;
  }
  .token-state:focus-visible {
    outline: 3px solid var(--_papi-info);
  }
  .field-error p {
    margin: 0 0 0.2rem;
  }
  .field-error:focus {
    outline: none;
  }
  .error {
    margin: 0.5rem 0;
  }
  .rule {
    padding: 0.4rem 0.6rem;
    border-inline-start: 6px solid var(--_papi-info);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem 1rem;
    margin: 0.5rem 0;
  }
  .filters .field {
    flex: 1 1 12rem;
    min-width: 0;
  }
  .filters select {
    width: 100%;
  }
  .filters .actions {
    margin: 0;
  }
  .live p {
    margin: 0.25rem 0;
  }
  .count {
    font-weight: 600;
  }
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    margin: 0.75rem 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_papi-border);
    border-inline-start: 6px solid var(--_papi-info);
    border-radius: var(--_papi-radius);
  }
  .item.in-progress {
    border-inline-start-color: var(--_papi-warn);
  }
  .item.answered {
    border-inline-start-color: var(--_papi-ok);
  }
  .item.is-overdue {
    border-inline-start-color: var(--_papi-bad);
  }
  .item-title:focus {
    outline: none;
  }
  .item-title:focus-visible {
    outline: 3px solid var(--_papi-info);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
  }
  .badges span {
    padding: 0.1rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--_papi-radius);
    font-weight: 600;
  }
  .received .state {
    color: var(--_papi-info);
  }
  .in-progress .state {
    color: var(--_papi-warn);
  }
  .answered .state {
    color: var(--_papi-ok);
  }
  .overdue {
    color: var(--_papi-bad);
  }
  .comment,
  .answer,
  .history-text {
    white-space: pre-line;
  }
  .comment {
    padding: 0.4rem 0.6rem;
    background: color-mix(in srgb, var(--_papi-info) 5%, transparent);
  }
  .answer {
    padding: 0.4rem 0.6rem;
    border-inline-start: 4px solid var(--_papi-ok);
    background: color-mix(in srgb, var(--_papi-ok) 6%, transparent);
  }
  .history summary {
    min-height: 44px;
    display: flex;
    align-items: center;
    cursor: pointer;
  }
  .history ol {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .answer-form {
    margin-top: 0.5rem;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_papi-border);
  }
  .counter {
    margin: 0.2rem 0 0;
    color: var(--_papi-muted);
    font-size: 0.9em;
  }
  .counter.over {
    color: var(--_papi-bad);
    font-weight: 600;
  }
`;
