import { html, nothing, type TemplateResult } from 'lit';
import { type Locale, formatIssue, preview } from '@papi/core';
import { commonText as t } from '../i18n/translate.js';
import type { DataState } from './data-controller.js';

/** Notices for the portal's editors exist in vi and en; on a Khmer page they are Vietnamese, and say so to screen readers. */
export const editorsLang = (locale: Locale): 'vi' | typeof nothing => (locale === 'km' ? 'vi' : nothing);

/** The translated explanation of a data failure, shown in place of the widget: never a blank box. */
export function renderDataError(
  state: Extract<DataState<unknown>, { status: 'error' }>,
  locale: Locale,
  retry?: () => void,
): TemplateResult {
  const message = errorMessage(state, locale);
  // Editors' validation messages exist in vi and en; Khmer readers get the Vietnamese ones.
  const issueLocale = locale === 'en' ? 'en' : 'vi';
  return html`<div class="error" role="alert" part="error">
    <strong>${t(locale, 'error.title')}</strong>
    <p>${message}</p>
    ${state.issues?.length ? html`<ul lang=${editorsLang(locale)}>${state.issues.slice(0, 20).map((i) => html`<li>${formatIssue(i, issueLocale)}</li>`)}</ul>` : ''}
    ${retry && (state.kind === 'network' || state.kind === 'timeout' || state.kind === 'http') ? html`<button type="button" part="retry" @click=${retry}>${t(locale, 'action.retry')}</button>` : ''}
  </div>`;
}

/** The message for a failure: specific to its kind, naming the address or host when there is one. */
export function errorMessage(state: Extract<DataState<unknown>, { status: 'error' }>, locale: Locale): string {
  const host = state.address ?? '';
  switch (state.kind) {
    case 'address':
      return t(locale, 'error.address', { address: preview(state.address ?? '') });
    case 'network':
      if (!host) return t(locale, 'error.network');
      return t(locale, state.crossOrigin ? 'error.network-cors' : 'error.network-host', { host });
    case 'timeout':
      return t(locale, 'error.timeout', { host, seconds: Number(state.detail) || 0 });
    case 'http':
      return t(locale, 'error.http', { status: state.detail });
    case 'busy':
      return t(locale, 'error.busy', { host, seconds: Number(state.detail) || 1 });
    case 'invalid':
      return t(locale, 'error.invalid', { count: state.issues?.length ?? 0 });
    default:
      return t(locale, `error.${state.kind}`);
  }
}
