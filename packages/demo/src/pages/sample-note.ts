import type { Locale } from '@papi/core';
import { t } from '../i18n/translate.js';
import { type Html, html } from '../html.js';
import { SAMPLE_FEEDBACK_COUNT, SAMPLE_MONTHS, SAMPLE_REPORT_UNITS } from '../sample-data.js';

/** The sentence that tells a visitor the figures on the page are the demo's invented sample. */
export function sampleNote(locale: Locale, className = 'sample'): Html {
  const text = t(locale, 'sample.note', {
    feedback: SAMPLE_FEEDBACK_COUNT,
    reports: SAMPLE_REPORT_UNITS.length,
    months: SAMPLE_MONTHS,
  });
  return html`<p class="${className}" role="note" data-sample>${text}</p>`;
}
