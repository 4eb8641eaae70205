import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-block;
    max-width: 100%;
  }
  .badge {
    display: grid;
    gap: 0.15rem;
    border: 1px solid var(--_papi-border);
    border-inline-start: 6px solid var(--papi-status-color, var(--_papi-info));
    border-radius: var(--_papi-radius);
    background: var(--_papi-surface);
    padding: 0.5rem 0.75rem;
    font-size: var(--papi-badge-font-size, 0.95rem);
  }
  .category {
    font-weight: 700;
    margin: 0;
  }
  .status {
    margin: 0;
    font-weight: 600;
    color: var(--papi-status-color, var(--_papi-info));
  }
  .meta,
  .basis {
    margin: 0;
    color: var(--_papi-muted);
    font-size: 0.875em;
  }
  .editors {
    margin: 0;
    color: var(--_papi-bad);
    font-size: 0.875em;
  }
  @media print {
    .editors {
      display: none;
    }
  }
  .on-display {
    --papi-status-color: var(--_papi-ok);
  }
  .completed {
    --papi-status-color: var(--_papi-info);
  }
  .scheduled {
    --papi-status-color: var(--_papi-warn);
  }
  .taken-down-early {
    --papi-status-color: var(--_papi-bad);
  }
  @media print {
    .badge {
      border-color: #000;
      break-inside: avoid;
    }
    a::after {
      content: ' (' attr(href) ')';
      font-size: 0.8em;
    }
  }
`;
