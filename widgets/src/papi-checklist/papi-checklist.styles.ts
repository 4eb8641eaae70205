import { css } from 'lit';

export const checklistStyles = css`
  .checklist {
    background: var(--_papi-surface);
    border: 1px solid var(--_papi-border);
    border-radius: var(--_papi-radius);
    padding: 0.75rem 1rem;
    font-size: 1rem;
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0 0 0.5rem;
    line-height: 1.3;
    font-size: 1.25em;
  }
  .dimension h1, .dimension h2, .dimension h3, .dimension h4, .dimension h5, .dimension h6 {
    font-size: 1.05em;
    margin: 0;
  }
  .bar-row, .dim-head, .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
  }
  .dim-head {
    border-bottom: 2px solid var(--_papi-accent);
    padding-bottom: 0.25rem;
  }
  .dimension {
    margin-top: 1.25rem;
  }
  .filter, .period, .message, .none {
    margin: 0;
  }
  /* A flex item is as wide as its longest unit name unless allowed to shrink: the select then scrolls the phone's page. */
  .filter {
    min-width: 0;
  }
  select, input, textarea, button {
    font: inherit;
    color: inherit;
    max-width: 100%;
  }
  select, input, textarea {
    background: var(--_papi-surface);
    border: 1px solid var(--_papi-muted);
    border-radius: 4px;
    padding: 0.25rem 0.4rem;
  }
  input, textarea {
    display: block;
    width: 100%;
  }
  button {
    cursor: pointer;
    border: 1px solid var(--_papi-accent);
    border-radius: 4px;
    background: var(--_papi-surface);
    color: var(--_papi-accent);
    padding: 0.35rem 0.8rem;
  }
  button.primary {
    background: var(--_papi-accent);
    color: #fff;
  }
  button:disabled,
  button[aria-disabled="true"] {
    opacity: 0.6;
    cursor: default;
  }
  .progress {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    white-space: nowrap;
  }
  progress {
    appearance: none;
    width: 8rem;
    height: var(--papi-bar-height, 0.6rem);
    border: 1px solid var(--_papi-border);
    border-radius: 999px;
    background: #eee;
    overflow: hidden;
  }
  progress::-webkit-progress-bar {
    background: #eee;
  }
  progress::-webkit-progress-value {
    background: var(--_papi-ok);
  }
  progress::-moz-progress-bar {
    background: var(--_papi-ok);
  }
  /* Forced colours (Windows high contrast) would paint the bar's track and value alike: keep them apart. */
  @media (forced-colors: active) {
    progress {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    progress::-webkit-progress-bar {
      background: Canvas;
    }
    progress::-webkit-progress-value {
      background: Highlight;
    }
    progress::-moz-progress-bar {
      background: Highlight;
    }
  }
  .progress-text {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .tasks {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .task {
    border-bottom: 1px solid var(--_papi-border);
    border-inline-start: 4px solid var(--_papi-border);
    padding: 0.5rem 0.5rem 0.5rem 0.75rem;
  }
  .task.done {
    border-inline-start-color: var(--_papi-ok);
  }
  .task.in-progress {
    border-inline-start-color: var(--_papi-warn);
  }
  .task.is-overdue {
    border-inline-start-color: var(--_papi-bad);
  }
  .activity {
    margin: 0 0 0.25rem;
  }
  .num {
    font-weight: 700;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1rem 1.25rem;
    margin: 0;
    font-size: 0.9em;
    color: var(--_papi-muted);
  }
  .meta div {
    display: flex;
    gap: 0.3rem;
  }
  .meta dt {
    font-weight: 600;
    white-space: nowrap;
    flex-shrink: 0;
  }
  .meta dt::after {
    content: ':';
  }
  .meta dd {
    margin: 0;
  }
  .status {
    font-weight: 700;
    color: var(--_papi-ink);
  }
  .overdue {
    color: var(--_papi-bad);
    font-weight: 700;
  }
  .assess {
    display: grid;
    gap: 0.35rem;
    margin-top: 0.4rem;
  }
  .assess label {
    display: block;
  }
  summary {
    cursor: pointer;
    color: var(--_papi-accent);
  }
  .field-error, .message.rejected, .message.failed {
    color: var(--_papi-bad);
  }
  .message.sent {
    color: var(--_papi-ok);
  }
  .actions {
    justify-content: flex-start;
    margin: 0.75rem 0;
    padding: 0.5rem;
    border: 1px dashed var(--_papi-border);
    border-radius: var(--_papi-radius);
  }
  .actions .message {
    flex-basis: 100%;
  }
  /* The unit token (shared/unit-token-form.ts): a line of its own under the report's buttons and message. */
  .token {
    flex-basis: 100%;
    display: grid;
    gap: 0.35rem;
  }
  .token p {
    margin: 0;
  }
  .token .hint {
    color: var(--_papi-muted);
    font-size: 0.9em;
  }
  .token input {
    max-width: 40rem;
    font-family: ui-monospace, monospace;
  }
  .token-state:focus {
    outline: 2px solid var(--_papi-info);
    outline-offset: 2px;
  }
  @media print {
    .actions, .assess, select {
      display: none;
    }
    .task {
      break-inside: avoid;
    }
  }
`;
