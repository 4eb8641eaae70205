import type { ApiMessageKey, MessageKey } from './vi.js';

export const en: Record<MessageKey, string> = {
  'khmer.review': 'The Khmer text awaits review by a native speaker.',

  unconfirmed: 'unconfirmed',

  'status.not-started': 'Not started',
  'status.in-progress': 'In progress',
  'status.done': 'Done',
  'task.overdue': 'Overdue',
  'progress.label': 'Progress',
  'progress.count': '{done}/{total, plural, one {# task} other {# tasks}} done',
  'progress.overall': 'Overall progress',

  'timing.ongoing': 'Ongoing',
  'timing.per-plan': 'As the approved plan sets',
  'timing.due': 'Due {date}',

  'frequency.six-monthly': 'every six months',
  'frequency.yearly': 'every year',

  'disclosure.scheduled': 'Scheduled — starts in {startsIn, plural, one {# day} other {# days}}',
  'disclosure.on-display': 'On display — day {day} of {of}',
  'disclosure.completed': 'Displayed for the full {of, plural, one {# day} other {# days}}',
  'disclosure.taken-down-early':
    'Taken down early — displayed {daysPosted} of {of, plural, one {# day} other {# days}}',
  'disclosure.missing': 'Not yet disclosed',

  'issue.invalid-json': 'is not valid JSON ({detail})',
  'issue.type': 'must be {expected}, but is {actual}',
  'issue.required': 'is required',
  'issue.unknown-field': 'field "{field}" is not supported (misspelt?)',
  'issue.empty': 'must not be empty',
  'issue.too-long': 'is {length} characters long, at most {max}',
  'issue.too-few': 'has {length, plural, one {# item} other {# items}}, at least {min} needed',
  'issue.too-many': 'has {length, plural, one {# item} other {# items}}, at most {max}',
  'issue.out-of-range': 'value {value} is outside {min}–{max}',
  'issue.not-integer': '{value} must be a whole number',
  'issue.invalid-format': '"{value}" has the wrong format (use only {format})',
  'issue.invalid-date': '"{value}" is not a valid date (YYYY-MM-DD)',
  'issue.invalid-datetime': '"{value}" is not a valid time (ISO 8601 with a zone)',
  'issue.invalid-uuid': '"{value}" is not a UUID',
  'issue.invalid-url': '"{value}" is not an http(s) address',
  'issue.not-one-of': '"{value}" is not allowed; use one of: {allowed}',
  'issue.duplicate-id': 'id "{value}" repeats {first}',
  'issue.unknown-unit': 'unknown unit "{value}"',
  'issue.unit-exists':
    'unit "{value}" is already in the units registry: leave this entry out, or give the new unit an id of its own',
  'issue.parent-cycle': 'the parent "{value}" leads back to this unit',
  'issue.unknown-dimension': 'unknown PAPI dimension "{value}" (d1–d8)',
  'issue.unknown-group': 'unknown group "{value}"',
  'issue.unknown-procedure': 'unknown procedure "{value}"',
  'issue.unknown-task': 'unknown task "{value}" (not in the plan)',
  'issue.consent-required': 'a contact was given without ticking consent',
  'issue.date-order': 'date {value} must come after {before}',
  'issue.met-before-choice':
    'is met before any choice: a SurveyJS dropdown shows "{value}" before one is made (use advance kind "filled")',
  'issue.too-many-issues': 'too many problems; only the first {max} are shown',

  'answer.status': 'the status must be one of: {allowed}',
  'answer.not-text': 'the answer must be text',
  'answer.required': 'write the answer before marking the feedback answered',
  'answer.too-long': 'the answer is {length} characters long, at most {max}',

  'type.object': 'an object',
  'type.array': 'a list',
  'type.string': 'a string',
  'type.number': 'a number',
  'type.integer': 'a whole number',
  'type.boolean': 'true or false',
  'type.null': 'null',
  'type.undefined': 'missing',
  'type.other': 'another type',

  'units.entry': 'entry {n}',
  'units.entry-id': 'entry {n} (id "{id}")',
};

/** The collector's API errors (see apiVi). */
export const apiEn: Record<ApiMessageKey, string> = {
  'invalid-body': 'The request body has {count, plural, one {# problem} other {# problems}}: {list}',
  'invalid-query': 'The query has {count, plural, one {# problem} other {# problems}}: {list}',
  'invalid-utf8': 'The request body is not valid UTF-8 text.',
  'invalid-json': 'The request body is not valid JSON.',
  'too-deep': 'The JSON is nested more than {max} levels deep.',
  'body-too-large': 'The request body is larger than {max} bytes.',
  'unsupported-media-type': 'Send the body as JSON with Content-Type: application/json (UTF-8).',
  'rate-limited': 'Too many requests from this client; try again in {seconds} seconds.',
  'bad-request': 'The request is malformed ({detail}).',
  'not-found': 'There is no {method} {path} here. See GET /api/health for the service.',
  'origin-not-allowed': 'This collector does not accept requests from the page at {origin}.',
  unauthorized: 'The exports need the export token: Authorization: Bearer <token>.',
  'token-required':
    "Sending in a unit's name needs the unit's token, issued by Phòng Nội vụ: Authorization: Bearer <token>.",
  'token-invalid':
    'The unit token is not valid here: it is unknown to this collector or has been revoked. Ask Phòng Nội vụ for a new one.',
  'token-wrong-unit': 'This token belongs to the unit {tokenUnit}; it cannot send for the unit {unit}.',
  'exports-disabled': 'Exports are turned off: the collector was started without PAPI_EXPORT_TOKEN.',
  'id-conflict':
    'The id {id} was already used for a different record, which stands unchanged. Send new content with a new id.',
  'invalid-receipt':
    'This is not a receipt code: a code has 8 letters and digits, written like K7MQ-3XPD. Check it on the receipt.',
  'unknown-receipt':
    'No feedback has the receipt code {receipt}. Check the code; feedback sent without a connection gets its code once it arrives.',
  internal: 'The collector could not handle this request; it has not been stored. Please try again later.',
  'storage-failed':
    'The collector stores nothing more: its disk failed to save a record. Nothing of this request was kept; send it again once the service is back.',
  'storage-unavailable': 'The collector cannot read its database ({detail}).',
  'issue.control-character': 'contains the control character U+{code}',
  'issue.unpaired-surrogate': 'contains broken Unicode text (an unpaired surrogate)',
};
