/**
 * Keys deliberately left without a Khmer text, each with its reason: a Khmer reader sees the Vietnamese text (the
 * catalogues fall back to Vietnamese, and the elements mark it lang="vi"). A key ending in ".*" stands for every key
 * with that prefix. test/i18n/catalogues.test.ts fails for any other key missing in en or km.
 */
export type CatalogueName =
  | 'core'
  | 'core.api'
  | 'demo'
  | 'extension'
  | 'extension.authors'
  | 'widgets.common'
  | 'widgets.badge'
  | 'widgets.checklist'
  | 'widgets.register'
  | 'widgets.feedback'
  | 'widgets.kiosk'
  | 'widgets.summary'
  | 'widgets.status'
  | 'widgets.inbox';

const EDITORS =
  'a notice for the portal’s editors (a wrong attribute, a missing address), who are the town’s and communes’ Vietnamese staff; it quotes attribute names that are the same in every language';

export const VIETNAMESE_ONLY: Readonly<Partial<Record<CatalogueName, Readonly<Record<string, string>>>>> = {
  core: {
    'issue.*':
      'the plan and feedback validator’s messages, for the portal editors and developers who write a plan’s JSON (vi or en)',
    'type.*': 'the JSON type names inside the validator’s messages (see issue.*)',
    'units.*':
      'where a problem of a PAPI_UNITS file is (see issue.*), for the IT officer who writes that file (vi or en)',
  },
  demo: {
    'commune.*':
      'the demo commune portal (/xa-lai-hoa/) is a Vietnamese commune’s page and is served in Vietnamese only',
    'config.*':
      'the widget configurator (/cau-hinh/) is for the portals’ Vietnamese editors and is served in Vietnamese only',
    'inbox-page.*':
      'the commune’s feedback inbox (/hop-thu-gop-y/) is a page of the commune’s own intranet for its Vietnamese staff, served in Vietnamese only',
  },
  'widgets.common': { 'error.address': EDITORS, 'error.none': EDITORS },
  'widgets.badge': { 'badge.bad-days': EDITORS, 'badge.missing-posted': EDITORS, 'badge.bad-href': EDITORS },
  'widgets.checklist': {
    'list.editor': EDITORS,
    'list.bad-today': EDITORS,
    'list.bad-mode': EDITORS,
    'list.bad-period': EDITORS,
    'list.bad-endpoint': EDITORS,
  },
  'widgets.feedback': {
    'feedback.not-configured-editor': EDITORS,
    'feedback.missing-endpoint': EDITORS,
    'feedback.bad-endpoint': EDITORS,
    'feedback.missing-unit': EDITORS,
  },
  'widgets.summary': { 'summary.bad-endpoint': EDITORS },
  'widgets.status': { 'status.editor': EDITORS, 'status.missing-endpoint': EDITORS, 'status.bad-endpoint': EDITORS },
  'widgets.inbox': {
    'inbox.editor': EDITORS,
    'inbox.missing-endpoint': EDITORS,
    'inbox.bad-endpoint': EDITORS,
    'inbox.missing-unit': EDITORS,
    'inbox.bad-unit': EDITORS,
  },
};
