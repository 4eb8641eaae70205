import { css } from 'lit';

/**
 * The counter's kiosk: the screen is the kiosk's, the levels are large touch targets (well over 48 px), and one
 * column holds on a phone-sized screen too. Print gives the receipt slip alone.
 */
export const kioskStyles = css`
  :host([mode='kiosk' i]) {
    display: block;
  }
  .kiosk {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-height: var(--papi-kiosk-height, 100dvh);
    padding: clamp(0.75rem, 3vw, 2rem);
    background: var(--_papi-surface);
    font-size: clamp(1rem, 2.4vmin, 1.6rem);
  }
  .kiosk .languages {
    justify-content: flex-end;
  }
  .kiosk .languages button {
    min-height: 48px;
    min-width: 48px;
    padding-inline: 1rem;
  }
  #kiosk-title {
    margin: 0;
    font-size: clamp(1.4rem, 4.5vmin, 2.6rem);
    line-height: 1.25;
  }
  #kiosk-title:focus {
    outline: none;
  }
  #kiosk-title:focus-visible {
    outline: 3px solid var(--_papi-info);
  }
  .kiosk .about {
    margin: 0;
    font-size: 1.1em;
  }
  /* Five rows on an upright tablet or a phone (a face beside its words), five columns on a wide screen. */
  .faces {
    flex: 1;
    display: grid;
    grid-template-columns: 1fr;
    grid-auto-rows: 1fr;
    gap: clamp(0.5rem, 1.5vmin, 1rem);
  }
  .face {
    display: flex;
    align-items: center;
    justify-content: flex-start;
    gap: 1rem;
    min-height: 64px;
    padding: 0.75rem;
    border: 3px solid var(--_papi-border);
    border-radius: calc(var(--_papi-radius) * 2);
    background: var(--_papi-surface);
    color: var(--_papi-ink);
    font-size: 1.15em;
    font-weight: 700;
    text-align: start;
    touch-action: manipulation;
  }
  .face-icon {
    flex: none;
    width: clamp(2.5rem, 9vmin, 5rem);
    height: clamp(2.5rem, 9vmin, 5rem);
  }
  @container (min-width: 52rem) {
    .faces {
      grid-template-columns: repeat(5, 1fr);
    }
    .face {
      flex-direction: column;
      justify-content: center;
      text-align: center;
    }
  }
  .level-5,
  .level-4 {
    border-color: var(--_papi-ok);
  }
  .level-2,
  .level-1 {
    border-color: var(--_papi-bad);
  }
  .kiosk button {
    min-height: 48px;
    touch-action: manipulation;
  }
  .kiosk button[disabled] {
    cursor: default;
    opacity: 0.55;
  }
  #kiosk-title .face-icon {
    width: 1.2em;
    height: 1.2em;
    vertical-align: -0.2em;
  }
  /* The thank-you's buttons sit at the foot of the screen; the details' right under the fields. */
  .kiosk > .actions {
    margin-top: auto;
  }
  .kiosk .actions button {
    min-height: 64px;
    font-size: 1.1em;
  }
  .kiosk textarea,
  .kiosk input[type='text'] {
    font-size: 1.1em;
    min-height: 48px;
  }
  #kiosk-title.thanks {
    font-size: clamp(1.8rem, 7vmin, 3.5rem);
    color: var(--_papi-ok);
  }
  .slip {
    margin: 0.75rem 0;
    padding: 0.75rem 1rem;
    border: 2px dashed var(--_papi-border);
    border-radius: var(--_papi-radius);
    max-width: 32rem;
  }
  .slip p {
    margin: 0.2rem 0;
  }
  .slip .code {
    font-size: clamp(1.8rem, 8vmin, 3rem);
    font-weight: 700;
  }
  .slip-unit {
    font-weight: 700;
  }
  @media print {
    /* The slip alone, in black on white, wherever it sits: the rest of the kiosk takes no ink. */
    .kiosk {
      visibility: hidden;
      min-height: 0;
      padding: 0;
      background: none;
    }
    .slip {
      visibility: visible;
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
      margin: 0;
      border: 1px solid #000;
      color: #000;
      font-size: 12pt;
    }
    .slip .code {
      font-size: 20pt;
    }
  }
`;
