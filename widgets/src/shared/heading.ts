import { html, nothing, type TemplateResult } from 'lit';

/** The level an element's title takes from its `heading-level` attribute: 1 to 5 (its sections one below), 2 by default. */
export function headingLevel(value: number | undefined, fallback = 2): number {
  return Number.isInteger(value) ? Math.min(Math.max(value!, 1), 5) : fallback;
}

export interface HeadingOptions {
  /** Focus may be moved to it (tabindex="-1"), e.g. when a new screen replaces the old one. */
  readonly focusable?: boolean;
  readonly className?: string;
}

/** A heading of a chosen level; levels come from a number, never from data. */
export function heading(
  level: number,
  id: string,
  part: string,
  text: TemplateResult | string,
  options: HeadingOptions = {},
): TemplateResult {
  const tabindex = options.focusable ? '-1' : nothing;
  const cls = options.className ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${text}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${text}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${text}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${text}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${text}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls} tabindex=${tabindex}>${text}</h6>`;
  }
}
