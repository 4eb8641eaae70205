import { css } from 'lit';

/** Big touch targets, one column, fits a 320 px screen; themable through --papi-* properties and ::part. */
export const feedbackStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button,
  select,
  input[type='text'],
  textarea {
    min-height: 44px;
    border-radius: var(--_papi-radius);
  }
  button {
    padding: 0.5rem 1rem;
    border: 2px solid var(--_papi-accent);
    background: var(--_papi-surface);
    color: var(--_papi-accent);
    font-weight: 600;
    cursor: pointer;
  }
  .open,
  .primary {
    background: var(--_papi-accent);
    color: var(--papi-feedback-button-color, #fff);
  }
  button[disabled],
  button[aria-disabled="true"] {
    opacity: 0.6;
    cursor: progress;
  }
  dialog {
    width: min(var(--papi-feedback-dialog-width, 32rem), calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    overflow: auto;
    padding: 0.75rem 1rem 1rem;
    border: 1px solid var(--_papi-border);
    border-radius: var(--_papi-radius);
    background: var(--_papi-surface);
    color: var(--papi-feedback-ink, #1d1d1d);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
  }
  h2 {
    margin: 0.4rem 0;
    font-size: 1.2rem;
  }
  .x {
    min-width: 44px;
    padding: 0;
    font-size: 1.5rem;
    line-height: 1;
    border-color: transparent;
  }
  .about {
    margin: 0 0 0.5rem;
    color: var(--_papi-muted);
  }
  fieldset {
    margin: 0 0 0.75rem;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.35rem;
    font-weight: 600;
  }
  .option,
  .check {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-height: 44px;
    padding: 0.3rem 0.6rem;
    margin-bottom: 0.3rem;
    border: 1px solid var(--_papi-border);
    border-radius: var(--_papi-radius);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_papi-accent);
    box-shadow: inset 0 0 0 1px var(--_papi-accent);
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    width: 1.3rem;
    height: 1.3rem;
    margin: 0;
    accent-color: var(--_papi-accent);
  }
  .field {
    display: block;
    margin-top: 0.5rem;
    font-weight: 600;
  }
  select,
  textarea,
  input[type='text'] {
    display: block;
    width: 100%;
    padding: 0.45rem 0.6rem;
    border: 1px solid #767676;
    background: #fff;
  }
  input[disabled] {
    background: #f0f0f0;
  }
  textarea {
    resize: vertical;
  }
  .hint,
  .counter {
    margin: 0.2rem 0 0;
    color: var(--_papi-muted);
    font-weight: 400;
    font-size: 0.9em;
  }
  .check {
    margin-top: 0.75rem;
  }
  .field-error {
    margin: 0.25rem 0;
    color: var(--_papi-bad);
    font-weight: 600;
  }
  .error {
    margin-bottom: 0.75rem;
  }
  .hp {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .actions button {
    flex: 1 1 8rem;
  }
  .thanks {
    font-size: 1.1rem;
    font-weight: 700;
  }
  .status {
    font-weight: 600;
    border-inline-start: 6px solid currentColor;
    padding-inline-start: 0.5rem;
  }
  .sent {
    color: var(--_papi-ok);
  }
  .sending,
  .sending-unsaved,
  .queued {
    color: var(--_papi-warn);
  }
  .rejected,
  .rejected-unsaved,
  .unsaved {
    color: var(--_papi-bad);
  }
  .done button {
    margin-top: 0.5rem;
  }
  .done {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .receipt {
    margin: 0.75rem 0 0;
  }
  /* A code is read out and typed by hand: large, spaced, digits and letters easy to tell apart. */
  .code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 1.25em;
    letter-spacing: 0.08em;
    white-space: nowrap;
  }
  .earlier {
    margin-bottom: 0.75rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 6px solid var(--_papi-ok);
    background: color-mix(in srgb, var(--_papi-ok) 8%, transparent);
  }
  .earlier p,
  .earlier ul {
    margin: 0.25rem 0;
  }
`;
