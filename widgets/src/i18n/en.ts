import type * as vi from './vi.js';

// One part per element, so that a page loading one element's script carries only that element's strings.

/** Shared by every element: loading and errors. */
export const common: Record<keyof typeof vi.common, string> = {
  loading: 'Loading…',
  'error.title': 'This content cannot be shown',
  'error.network': 'The data could not be loaded. Check the connection and try again.',
  'error.network-host': 'The data could not be loaded from {host}. Check the connection and try again.',
  'error.network-cors':
    'The data could not be loaded from {host}. Either this device is offline, or {host} does not allow this page to read its data (blocked by its CORS policy). Check the connection and try again; if it still fails, the editors need to put the data file on this site or ask {host} to allow it.',
  'error.timeout':
    'The server {host} did not answer within {seconds, plural, one {# second} other {# seconds}}. Try again later.',
  'error.address':
    'The data address is not valid: "{address}". The editors need to set the src attribute to a full http(s) address (e.g. https://example.gov.vn/ke-hoach.json) or a path on this site.',
  'error.busy':
    'The server {host} is busy. This will load again by itself in {seconds, plural, one {# second} other {# seconds}}.',
  'error.http': 'The server answered with error {status} while loading the data.',
  'error.json': 'The data is not valid JSON.',
  'error.invalid': 'The data has {count, plural, one {# problem} other {# problems}}:',
  'error.none': 'No data: add a src attribute or a script type="application/json" inside the element.',
  'action.retry': 'Try again',
};

/** <papi-disclosure-badge>. */
export const badge: Record<keyof typeof vi.badge, string> = {
  'badge.label': 'Public disclosure: {category}',
  'badge.posted': 'Posted on {date}',
  'badge.removed': 'Taken down on {date}',
  'badge.location': 'Posted at: {location}',
  'badge.basis': 'Legal basis:',
  'badge.link': 'View the document',
  'badge.unknown-category': 'There is no disclosure category "{category}".',
  'badge.bad-date': 'Invalid date: {detail}',
  'badge.bad-days':
    'The days attribute must be the posting period in days, a whole number from 1 to 3650 (e.g. days="30"), but is "{value}".',
  'badge.missing-posted': 'The posting date is missing (the posted attribute, as YYYY-MM-DD).',
  'badge.bad-href':
    'For the editors: the href attribute "{value}" is not an http(s) address, so no link to the document is shown.',
};

/** <papi-checklist>, its CSV export included. */
export const checklist: Record<keyof typeof vi.checklist, string> = {
  'list.unit': 'Unit',
  'list.all-units': 'All units',
  'list.units-2025': 'From 1 July 2025',
  'list.units-2023': '2023',
  'list.showing': '{count, plural, one {# task} other {# tasks}}',
  'list.none': 'No tasks for this unit.',
  'list.reported': 'Statuses from the unit’s self-assessment report for {period}, sent on {date}.',
  'list.reported-loading': 'Loading the unit’s self-assessment report…',
  'list.reported-none': 'The unit has not yet sent a self-assessment report for this plan.',
  'list.reported-failed':
    'The unit’s self-assessment report could not be loaded; the statuses below are the plan’s own.',
  'list.lead': 'Lead',
  'list.partners': 'Partners',
  'list.timing': 'Timing',
  'list.status': 'Status',
  'list.progress': '{done} / {total}',
  'list.progress-label': 'Progress: {done} of {total, plural, one {# task} other {# tasks}} done',
  'list.evidence': 'Evidence',
  'list.evidence-link': 'Evidence link (http/https)',
  'list.evidence-bad': 'Only links starting with http:// or https:// are accepted',
  'list.note': 'Note',
  'list.details': 'Evidence and note',
  'list.pick-unit': 'Choose a unit to assess.',
  'list.saved': 'Saved on this device.',
  'list.saving': 'Saving…',
  'list.save-failed': 'Could not save on this device (the browser blocks storage). Export a file to keep the results.',
  'list.export-csv': 'Export CSV',
  'list.export-json': 'Export JSON',
  'list.submit': 'Submit the {period} report',
  'list.period': 'Reporting period: {period}',
  'list.queued': 'The report is saved and will be sent when there is a connection.',
  'list.sent': 'The report was sent to {host}.',
  'list.rejected': 'The server refused the report: {reason}',
  'list.submit-failed': 'The report could not be saved for sending: {reason}',
  'list.submit-storage':
    "The report was not sent: the browser does not allow this page to keep anything on this device (private browsing, or the browser's storage settings), so the report cannot be held for sending. Open the page in a normal window and submit again, or export a file to keep the results.",
  'list.report-queued':
    'The {period} report is waiting to be sent: it is saved on this device and will be sent when there is a connection.',
  'list.report-sent': 'The {period} report was sent to {host} at {time}.',
  'list.unknown-unit':
    'There is no unit with the id "{unit}" in the units registry (the unit attribute). Choose a unit from the list.',
  'list.editor': 'For the editors: {detail}',
  'list.bad-unit-id':
    'The unit id "{unit}" (the unit attribute) has the wrong form: use only lowercase a-z without diacritics, digits 0-9 and -, e.g. "phuong-an-binh". Choose a unit from the list.',
  'list.bad-today':
    'the today attribute "{value}" is not a date written YYYY-MM-DD (e.g. 2026-11-27), so it is ignored; deadlines and the reporting period use today\'s date ({date}).',
  'list.bad-mode':
    'the mode attribute "{value}" is not valid (only "view" or "self-assessment"), so the checklist is shown in view mode.',
  'list.bad-period':
    'the period attribute "{value}" is not a valid reporting period (YYYY, YYYY-H1 or YYYY-H2, e.g. 2026-H2), so it is ignored; the report uses {period}.',
  'list.not-configured':
    'Reports cannot be sent from here yet: this portal has not set up the address that receives them. The CSV and JSON exports still work.',
  'list.bad-endpoint':
    'the endpoint attribute "{value}" cannot be used: endpoint must be a full http(s) address, e.g. {example}, or a path starting with "/" on this site.',
  'list.token.label': 'Token of {unit}',
  'list.token.hint':
    "The token Phòng Nội vụ issued to your unit; it starts with papi_. It is kept on this device only, and used only to send your unit's reports.",
  'list.token.save': 'Save the token',
  'list.token.save-send': 'Save the token and send the report',
  'list.token.cancel': 'Cancel',
  'list.token.bad':
    'This is not a unit token: a token starts with papi_ and is 68 characters long (letters, digits and underscores). Copy it again exactly as Phòng Nội vụ gave it.',
  'list.token.storage':
    "The browser does not let this page keep the token on this device, so the report cannot be sent yet. Check private browsing or the browser's storage settings.",
  'list.token.kept': "Your unit's token is kept on this device.",
  'list.token.none':
    "Your unit's token has not been entered on this device; reports are sent only with the token from Phòng Nội vụ.",
  'list.token.change': 'Enter a new token',
  'list.token.enter': 'Enter the token',
  'list.token.forget': 'Remove the token from this device',
  'list.token.saved': 'Token saved.',
  'list.token.forgotten': 'The token was removed from this device.',
  'list.token-waiting': "The report is saved on this device and will be sent as soon as your unit's token is entered.",
  'list.token-refused':
    "The server refused your unit's token: it is wrong or has been revoked. The report is still kept on this device; enter the new token from Phòng Nội vụ to send it.",
  'list.token-wrong-unit':
    "The server refused the token: it belongs to another unit. The report is still kept on this device; enter your own unit's token to send it.",
  'csv.id': 'Task id',
  'csv.number': 'No.',
  'csv.activity': 'Activity',
  'csv.dimensions': 'PAPI dimensions',
};

/** <papi-disclosure-register>. */
export const register: Record<keyof typeof vi.register, string> = {
  'register.title': 'Public disclosure',
  'register.period': 'From {from} to {to}',
  'register.missing': 'Not disclosed in the period',
  'register.missing-count': '{count, plural, one {# mandatory item} other {# mandatory items}} not disclosed',
  'register.entries': '{count, plural, one {# document} other {# documents}}',
};

/** <papi-feedback-button>. */
export const feedback: Record<keyof typeof vi.feedback, string> = {
  'feedback.open': 'Give feedback',
  'feedback.title': 'Your feedback',
  'feedback.about-unit': 'Unit: {unit}',
  'feedback.about-dimension': 'PAPI dimension: {dimension}',
  'feedback.rating': 'How satisfied are you?',
  'feedback.required': '(required)',
  'feedback.optional': '(optional)',
  'feedback.dimension': 'PAPI dimension',
  'feedback.dimension-none': '— None —',
  'feedback.comment': 'Comment',
  'feedback.count': '{count} / {max} characters',
  'feedback.consent': 'I agree that the unit receiving this feedback may contact me about it',
  'feedback.contact': 'Phone or e-mail',
  'feedback.contact-note': 'Used only to answer your feedback.',
  'feedback.send': 'Send',
  'feedback.cancel': 'Cancel',
  'feedback.close': 'Close',
  'feedback.thanks': 'Thank you for your feedback!',
  'feedback.status.sending': 'Saved on this device, sending…',
  'feedback.status.sent': 'Sent',
  'feedback.status.queued': 'Saved; it will be sent when the connection is back',
  'feedback.status.retrying': 'Saved on this device, but not yet delivered to the server; it will try again by itself.',
  'feedback.status.rejected':
    'The server did not accept this feedback (error: {code}). It is still kept on this device.',
  'feedback.status.sending-unsaved': 'Sending… (this browser does not allow keeping your feedback on this device)',
  'feedback.status.unsaved':
    'Not sent, and not saved on this device, because the browser does not allow it. Check the connection, then press “Send again”. If you close this dialog, the feedback is lost.',
  'feedback.status.rejected-unsaved':
    'The server did not accept this feedback (error: {code}). It is not kept on this device.',
  'feedback.retry': 'Send again',
  'feedback.receipt': 'Your feedback’s receipt code:',
  'feedback.receipt-keep': 'Keep this code to ask about your feedback later.',
  'feedback.receipt-status': 'See where your feedback stands',
  'feedback.receipt-copy': 'Copy the code',
  'feedback.receipt-copied': 'Code copied.',
  'feedback.receipt-selected': 'The code is selected: copy it (Ctrl+C, or press and hold on a phone).',
  'feedback.earlier': 'Feedback you sent earlier has arrived. Receipt codes:',
  'feedback.earlier-sent': 'arrived on {date}',
  'feedback.not-configured': 'This portal has not set up feedback yet, so feedback cannot be sent from here.',
  'feedback.not-configured-editor': 'For the editors: {detail}',
  'feedback.missing-endpoint': 'the endpoint attribute is missing (the http(s) address of the feedback collector)',
  'feedback.bad-endpoint':
    'the endpoint attribute is not valid: "{value}" cannot be used; endpoint must be a full http(s) address, e.g. {example}, or a path starting with "/" on this site',
  'feedback.missing-unit': 'the unit attribute is missing (a units registry id)',
  'feedback.unit-name-hint':
    'a unit outside the registry (another commune or ward) needs its name in the unit-name attribute, e.g. unit-name="Phường An Bình", and must be in the collector\'s PAPI_UNITS file',
  'feedback.error.summary': 'Please check:',
  'feedback.error.rating': 'Choose how satisfied you are.',
  'feedback.error.too-long': 'It is {length} characters long; shorten it to at most {max}.',
  'feedback.error.consent': 'Tick the consent box to leave your contact.',
};

/** <papi-feedback-button mode="kiosk">. */
export const kiosk: Record<keyof typeof vi.kiosk, string> = {
  'kiosk.question': 'How satisfied are you with the service you had today?',
  'kiosk.chosen': 'You chose: {level}',
  'kiosk.comment': 'Anything you would like to add?',
  'kiosk.dossier': 'Dossier code (mã hồ sơ)',
  'kiosk.dossier-note':
    'It is on the paper you got when you handed in your dossier. Only the unit’s staff see it, to find your dossier; it is never shown when the receipt code is looked up, nor printed on the slip.',
  'kiosk.back': 'Choose again',
  'kiosk.send': 'Send my rating',
  'kiosk.thanks': 'Thank you!',
  'kiosk.status.sending': 'Sending your rating…',
  'kiosk.status.sent': 'Your rating has reached the unit.',
  'kiosk.status.queued':
    'This tablet cannot reach the server just now: your rating is saved here and will be sent by itself. A receipt code comes only once it is sent.',
  'kiosk.status.rejected': 'The server refused this rating (error code: {code}). Please tell the staff at the counter.',
  'kiosk.status.sending-unsaved': 'Sending your rating…',
  'kiosk.status.unsaved': 'It could not be sent, and this tablet cannot keep it. Please tell the staff at the counter.',
  'kiosk.status.rejected-unsaved':
    'The server refused this rating (error code: {code}). Please tell the staff at the counter.',
  'kiosk.print': 'Print the slip',
  'kiosk.done': 'Done',
  'kiosk.reset-note':
    'The screen will be ready for the next person in {seconds, plural, one {# second} other {# seconds}}.',
  'kiosk.check-at': 'Check where your feedback stands with this code at {address}',
};

/** <papi-feedback-status>. */
export const status: Record<keyof typeof vi.status, string> = {
  'status.title': 'Check your feedback',
  'status.intro':
    'Enter the receipt code you got when you sent your feedback to see how far the unit has got with it and read its answer.',
  'status.code': 'Receipt code',
  'status.code-hint': 'For example K7MQ-3XPD. Upper or lower case, with or without the dash.',
  'status.submit': 'Check',
  'status.loading': 'Looking up {code}…',
  'status.found': 'Feedback {code}: {state}.',
  'status.error.empty': 'Enter your receipt code.',
  'status.error.malformed':
    'A receipt code is 8 letters and digits, like K7MQ-3XPD; "{value}" is not one. Check the code you typed.',
  'status.error.unknown':
    'No feedback has the code {code}. Check the code. Feedback sent while offline gets its code only once it has arrived.',
  'status.error.busy':
    'Too many look-ups from your network. It will look up again by itself in {seconds, plural, one {# second} other {# seconds}}.',
  'status.error.offline': 'Your device is offline. It will look up again by itself once the connection is back.',
  'status.error.network': 'The server {host} could not be reached. Try again in a few minutes.',
  'status.error.timeout': 'The server {host} did not answer within {seconds} seconds. Try again.',
  'status.error.server': 'The server answered with error {status}. Try again in a few minutes.',
  'status.error.invalid':
    'The server’s answer was not in the expected form, so the status cannot be shown. Try again later.',
  'status.result': 'Feedback {code}',
  'status.steps': 'How feedback is handled',
  'status.state': 'Status',
  'status.state.received': 'Received',
  'status.state.in-progress': 'Being handled',
  'status.state.answered': 'Answered',
  'status.explain.received': 'The unit has your feedback and will look at it.',
  'status.explain.in-progress': 'The unit is handling your feedback.',
  'status.explain.answered': 'The unit has answered your feedback.',
  'status.unit': 'Unit',
  'status.received-at': 'Received',
  'status.updated-at': 'Last update',
  'status.answered-at': 'Answered',
  'status.answer': 'The unit’s answer',
  'status.note': 'The unit’s note',
  'status.answer-erased': 'The text of the answer was erased at the request of the person who sent the feedback.',
  'status.not-configured': 'This page has not set up feedback look-ups yet.',
  'status.editor': 'For the editors: {detail}',
  'status.missing-endpoint': 'the endpoint attribute is missing (the http(s) address of the feedback collector)',
  'status.bad-endpoint':
    'the endpoint attribute "{value}" cannot be used; it must be a full http(s) address, e.g. {example}, or a path starting with "/" on this site',
};

/** <papi-feedback-inbox>. */
export const inbox: Record<keyof typeof vi.inbox, string> = {
  'inbox.title': 'Residents’ feedback to {unit}',
  'inbox.intro':
    'The unit’s officers read and answer feedback here. Residents read the answer with their receipt code, so answers should be clear and hold no personal data.',
  'inbox.loading': 'Loading feedback…',
  'inbox.token.label': 'Token of {unit}',
  'inbox.token.hint':
    'The token the home-affairs office (Phòng Nội vụ) issued to the unit, starting with papi_. Enter it once: it is kept on this device (shared with the self-assessment) and sent only to the feedback collector.',
  'inbox.token.save': 'Save the token and open the feedback',
  'inbox.token.cancel': 'Cancel',
  'inbox.token.bad':
    'This is not a unit token: a token starts with papi_ and is 68 characters long (letters, digits and underscores). Copy the token the home-affairs office issued again.',
  'inbox.token.storage':
    'The browser does not allow the token to be kept on this device, so the feedback cannot be opened. Check private browsing or the browser’s storage settings.',
  'inbox.token.kept': 'The unit’s token is kept on this device.',
  'inbox.token.saved': 'Token saved.',
  'inbox.token.change': 'Enter a new token',
  'inbox.token.forget': 'Remove the token from this device',
  'inbox.token.forgotten': 'The token was removed from this device.',
  'inbox.error.refused':
    'The collector refused the saved token: it is wrong, revoked, or the demo’s trial token. Enter a new token from the home-affairs office.',
  'inbox.error.wrong-unit':
    'The saved token belongs to another unit, not to {unit}, so the collector does not show this feedback. Enter the token of {unit}.',
  'inbox.error.origin':
    'The feedback collector does not allow the page {origin} yet. The IT staff must add this address to PAPI_ALLOWED_ORIGINS.',
  'inbox.error.busy': 'The collector is receiving too many requests. Try again in {seconds} seconds.',
  'inbox.error.rejected': 'The collector refused this request (error code: {code}).',
  'inbox.error.unknown': 'The collector does not know this feedback.',
  'inbox.error.offline': 'This device is offline. Try again once it is connected.',
  'inbox.error.network': 'The collector {host} could not be reached. Try again in a few minutes.',
  'inbox.error.timeout': 'The collector {host} did not answer within {seconds} seconds. Try again.',
  'inbox.error.server': 'The collector answered with error {status}. Try again in a few minutes.',
  'inbox.error.invalid': 'The collector’s answer was not in the expected form. Try again later.',
  'inbox.rule':
    'Each piece of feedback should be answered within {days} days of its receipt; after that, feedback not answered counts as overdue.',
  'inbox.rule-unconfirmed':
    'This period is a placeholder: no legal source for it was found, and the town may set another (PAPI_ANSWER_DAYS).',
  'inbox.filter.status': 'Status',
  'inbox.filter.all': 'All',
  'inbox.filter.unanswered': 'Not answered',
  'inbox.filter.overdue': 'Overdue',
  'inbox.filter.in-progress': 'In progress',
  'inbox.filter.answered': 'Answered',
  'inbox.filter.dimension': 'PAPI dimension',
  'inbox.filter.dimension-all': 'All dimensions',
  'inbox.filter.apply': 'Filter',
  'inbox.export': 'Download CSV',
  'inbox.exporting': 'Downloading…',
  'inbox.exported': 'Downloaded {name}.',
  'inbox.export-failed': 'The CSV file could not be downloaded. {reason}',
  'inbox.count': '{count, plural, one {# piece of feedback.} other {# pieces of feedback.}}',
  'inbox.count-truncated': 'Showing the {count} newest pieces of feedback; there are older ones: filter to see them.',
  'inbox.empty': 'No feedback yet.',
  'inbox.empty-filtered': 'No feedback matches the filters.',
  'inbox.item': 'Feedback {code}',
  'inbox.state.received': 'Not answered',
  'inbox.state.in-progress': 'In progress',
  'inbox.state.answered': 'Answered',
  'inbox.overdue': 'Overdue',
  'inbox.received-at': 'Received',
  'inbox.due-at': 'Answer due',
  'inbox.answered-at': 'Answered',
  'inbox.rating': 'Satisfaction',
  'inbox.dimension': 'Dimension',
  'inbox.service': 'Service',
  'inbox.lang': 'Resident’s language',
  'inbox.lang.vi': 'Vietnamese',
  'inbox.lang.en': 'English',
  'inbox.lang.km': 'Khmer',
  'inbox.contact': 'Contact (the resident agreed to be contacted)',
  'inbox.dossier': 'Dossier code (given by the resident at the counter)',
  'inbox.comment': 'Comment',
  'inbox.no-comment': 'The resident only gave a rating, without a comment.',
  'inbox.history': 'History ({count})',
  'inbox.answer.open': 'Answer',
  'inbox.answer.edit': 'Correct the answer',
  'inbox.answer.label': 'Answer to feedback {code}',
  'inbox.answer.hint':
    'Plain text, at most {max} characters. The resident reads the answer with their receipt code. "Mark as in progress" may carry a note or none.',
  'inbox.answer.counter': '{count}/{max} characters',
  'inbox.answer.send': 'Send the answer',
  'inbox.answer.progress': 'Mark as in progress',
  'inbox.answer.sending': 'Sending…',
  'inbox.answer.close': 'Close',
  'inbox.answer.sent': 'The answer to feedback {code} was sent.',
  'inbox.answer.progress-sent': 'Feedback {code} is marked as in progress.',
  'inbox.answer.failed': 'Not sent. {reason} What you wrote is still in the box.',
  'inbox.answer.current': 'Answer sent',
  'inbox.answer.note': 'Note sent',
  'inbox.history.erased': 'text erased on request',
  'inbox.answer.erased': 'The text of the answer was erased at the request of the person who sent the feedback.',
  'inbox.not-configured': 'The unit’s feedback inbox is not set up on this page.',
  'inbox.editor': 'For the editors: {detail}',
  'inbox.missing-endpoint': 'the endpoint attribute (the feedback collector’s http(s) address) is missing',
  'inbox.bad-endpoint':
    'the endpoint attribute "{value}" cannot be used; it must be a full http(s) address, such as {example}, or a path starting with "/" on this site',
  'inbox.missing-unit': 'the unit attribute (the unit’s id, e.g. xa-lai-hoa-2025) is missing',
  'inbox.bad-unit':
    'the unit attribute "{value}" is not a known unit; for another unit, write an id of small letters, digits and dashes, with a unit-name attribute',
};

/** <papi-feedback-summary>. */
export const summary: Record<keyof typeof vi.summary, string> = {
  'summary.busy':
    'The figures could not be refreshed because the server is busy; they will refresh by themselves in {seconds, plural, one {# second} other {# seconds}}.',
  'summary.title': 'PAPI feedback and self-assessment summary',
  'summary.bad-endpoint':
    'For the editors: the endpoint attribute "{value}" cannot be used; it must be the collector\'s full http(s) address, e.g. {example}, or a path starting with "/" on this site.',
  'summary.intro':
    'For the home-affairs office (Phòng Nội vụ): figures as of {date}; the unit that is behind or lowest comes first.',
  'summary.total': '{count, plural, one {# rating} other {# ratings}}, {share} satisfied',
  'summary.reports': '{count, plural, one {# unit has} other {# units have}} sent a self-assessment report',
  'summary.no-feedback': 'No feedback yet',
  'summary.no-reports': 'No self-assessment report yet.',
  'summary.show-tables': 'Show as data tables',
  'summary.distribution': 'The 5 satisfaction levels ({count, plural, one {# rating} other {# ratings}})',
  'summary.by-unit': 'Satisfaction by unit',
  'summary.by-dimension': 'Satisfaction by PAPI dimension',
  'summary.no-dimension': 'No PAPI dimension (feedback on a service, or none chosen)',
  'summary.progress': 'Self-assessment progress by unit',
  'summary.grid': 'Self-assessment progress by unit and dimension (tasks done / total)',
  'summary.satisfied': '{share} satisfied ({satisfied}/{count})',
  'summary.no-rating': 'no rating yet',
  'summary.progress-text': '{done}/{total, plural, one {# task} other {# tasks}} done ({share})',
  'summary.overdue-count': '{count} overdue',
  'summary.lowest': 'lowest',
  'summary.behind': 'behind',
  'summary.name': 'Name',
  'summary.unit': 'Unit',
  'summary.level': 'Level',
  'summary.count': 'Ratings',
  'summary.share': 'Share',
  'summary.period': 'Period',
  'summary.done': 'Done',
  'summary.in-progress': 'In progress',
  'summary.not-started': 'Not started',
  'summary.overdue': 'Overdue',
  'summary.all': 'Overall',
  'summary.dimension-short': 'D{number}',
  'summary.answers': 'Answers to feedback by unit',
  'summary.answers-rule':
    'Only feedback with a receipt code counts. Overdue: not answered {days} days after it was received.',
  'summary.answers-unconfirmed':
    'The {days}-day period is a placeholder with no confirmed legal source; the town may change it.',
  'summary.answered-text': '{share} answered ({answered}/{count})',
  'summary.median-text': 'median {days} days to answer',
  'summary.no-answers': 'no feedback to answer yet',
  'summary.slowest': 'slowest to answer',
  'summary.with-code': 'Feedback with a code',
  'summary.answered': 'Answered',
  'summary.share-answered': 'Share answered',
  'summary.median': 'Median days to answer',
};
