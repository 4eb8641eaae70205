import { css } from 'lit';

export const registerStyles = css`
  .register {
    background: var(--_papi-surface);
    border: 1px solid var(--_papi-border);
    border-radius: var(--_papi-radius);
    padding: 0.75rem 1rem;
  }
  h2, h3, h4, h5 {
    margin: 0 0 0.25rem;
    line-height: 1.3;
    font-size: 1.2em;
  }
  .category h3, .category h4, .category h5 {
    font-size: 1.02em;
    margin-top: 1rem;
    border-bottom: 1px solid var(--_papi-border);
  }
  .period, .summary {
    margin: 0 0 0.25rem;
  }
  .bad, .missing {
    color: var(--_papi-bad);
  }
  .missing {
    font-weight: 700;
    border: 2px dashed var(--_papi-bad);
    border-radius: var(--_papi-radius);
    padding: 0.35rem 0.6rem;
    margin: 0.4rem 0;
  }
  .entries {
    list-style: none;
    padding: 0;
    margin: 0.4rem 0;
    display: grid;
    gap: 0.6rem;
  }
  .entry-title {
    margin: 0 0 0.2rem;
    font-weight: 600;
  }
  papi-disclosure-badge {
    display: block;
  }
  @media print {
    .entry {
      break-inside: avoid;
    }
  }
`;
