import { html, type TemplateResult } from 'lit';
import { type Locale, formatIssue } from '@papi/core';
import { commonText as t } from '../i18n/translate.js';
import type { DataState } from './data-controller.js';

/** The translated explanation of a data failure, shown in place of the widget: never a blank box. */
export function renderDataError(state: Extract<DataState<unknown>, { status: 'error' }>, locale: Locale, retry?: () => void): TemplateResult {
  const message =
    state.kind === 'http'
      ? t(locale, 'error.http', { status: state.detail })
      : state.kind === 'invalid'
        ? t(locale, 'error.invalid', { count: state.issues?.length ?? 0 })
        : t(locale, `error.${state.kind}`);
  // Editors' validation messages exist in vi and en; Khmer readers get the Vietnamese ones.
  const issueLocale = locale === 'en' ? 'en' : 'vi';
  return html`<div class="error" role="alert" part="error">
    <strong>${t(locale, 'error.title')}</strong>
    <p>${message}</p>
    ${state.issues?.length ? html`<ul>${state.issues.slice(0, 20).map((i) => html`<li>${formatIssue(i, issueLocale)}</li>`)}</ul>` : ''}
    ${retry && (state.kind === 'network' || state.kind === 'http') ? html`<button type="button" part="retry" @click=${retry}>${t(locale, 'action.retry')}</button>` : ''}
  </div>`;
}
