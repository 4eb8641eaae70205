import { css } from 'lit';

export const summaryStyles = css`
  .summary {
    background: var(--_papi-surface);
    border: 1px solid var(--_papi-border);
    border-radius: var(--_papi-radius);
    padding: 0.75rem 1rem;
  }
  h2, h3 {
    margin: 0.75rem 0 0.25rem;
    line-height: 1.3;
  }
  h2 {
    margin-top: 0;
    font-size: 1.2em;
  }
  h3 {
    font-size: 1.02em;
  }
  .meta {
    margin: 0 0 0.4rem;
  }
  /* Kept in the page while empty, so that screen readers announce it when it speaks. */
  .busy:empty {
    margin: 0;
  }
  .busy:not(:empty) {
    color: var(--papi-bad);
    font-weight: 600;
  }
  button {
    font: inherit;
    padding: 0.3rem 0.8rem;
    border: 2px solid var(--_papi-accent);
    border-radius: var(--_papi-radius);
    background: var(--_papi-surface);
    color: var(--_papi-accent);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--_papi-accent);
    color: #fff;
  }
  /* The pressed state shown by a mark too, not by colour alone (forced colours drop the background). */
  button[aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  svg {
    display: block;
    overflow: hidden;
  }
  svg text {
    fill: currentColor;
    font-size: 0.9em;
  }
  .track {
    fill: var(--_papi-border);
  }
  .bar {
    fill: var(--_papi-accent);
  }
  .behind text {
    fill: var(--_papi-bad);
    font-weight: 700;
  }
  .behind .bar {
    fill: var(--_papi-bad);
  }
  /* The containing block of the visually hidden headers too, or they escape the scroll box and widen the page. */
  .scroll {
    position: relative;
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  th, td {
    border: 1px solid var(--_papi-border);
    padding: 0.25rem 0.4rem;
    text-align: start;
    vertical-align: top;
  }
  th, td {
    overflow-wrap: normal;
  }
  td {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  th[scope='row'] {
    min-width: 9rem;
  }
  svg .value {
    font-weight: 600;
  }
  tr.behind th, .mark, .late {
    color: var(--_papi-bad);
  }
  tr.behind {
    outline: 2px solid var(--_papi-bad);
    outline-offset: -2px;
  }
  .legend {
    display: inline-block;
    margin-inline-end: 0.75rem;
    font-size: 0.9em;
  }
`;
