import type { WidgetMessageKey } from './vi.js';

export const en: Record<WidgetMessageKey, string> = {
  loading: 'Loading…',
  'error.title': 'This content cannot be shown',
  'error.network': 'The data could not be loaded. Check the connection and try again.',
  'error.http': 'The server answered with error {status} while loading the data.',
  'error.json': 'The data is not valid JSON.',
  'error.invalid': 'The data has {count} problems:',
  'error.none': 'No data: add a src attribute or a script type="application/json" inside the element.',
  'action.retry': 'Try again',

  'badge.label': 'Public disclosure: {category}',
  'badge.posted': 'Posted on {date}',
  'badge.removed': 'Taken down on {date}',
  'badge.location': 'Posted at: {location}',
  'badge.basis': 'Legal basis: {basis}',
  'badge.link': 'View the document',
  'badge.unknown-category': 'There is no disclosure category "{category}".',
  'badge.bad-date': 'Invalid date: {detail}',
  'badge.missing-posted': 'The posting date is missing (the posted attribute, as YYYY-MM-DD).',
};
