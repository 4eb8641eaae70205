import type * as vi from './vi.js';

/** Khmer from the glossary in shared/KHMER.md; awaiting review by a native Khmer Krom speaker (KHMER_REVIEW). */
// One part per element, so that a page loading one element's script carries only that element's strings.

/** Shared by every element: loading and errors. */
export const common: Partial<Record<keyof typeof vi.common, string>> = {
  loading: 'កំពុងផ្ទុក...',
  'error.title': 'កំហុស',
  'error.network': 'មិនអាចផ្ទុកទិន្នន័យបានទេ។ សូមពិនិត្យការតភ្ជាប់ ហើយព្យាយាមម្តងទៀត។',
  'error.http': 'កំហុស {status} ពីម៉ាស៊ីនមេ។',
  'action.retry': 'ព្យាយាមម្តងទៀត',
};

/** <papi-disclosure-badge>. */
export const badge: Partial<Record<keyof typeof vi.badge, string>> = {
  'badge.label': 'សេចក្តីជូនដំណឹង៖ {category}',
  'badge.posted': 'បិទផ្សាយចាប់ពី {date}',
  'badge.removed': 'បានដកចេញនៅ {date}',
  'badge.location': 'ទីកន្លែងបិទផ្សាយ៖ {location}',
  'badge.link': 'មើលឯកសារ',
};

/** <papi-checklist>, its CSV export included. */
export const checklist: Partial<Record<keyof typeof vi.checklist, string>> = {
  'list.unit': 'អង្គភាព',
  'list.all-units': 'អង្គភាពទាំងអស់',
  'list.showing': 'កិច្ចការ {count}',
  'list.lead': 'ទទួលបន្ទុក',
  'list.partners': 'សហការ',
  'list.timing': 'កាលបរិច្ឆេទ',
  'list.status': 'ស្ថានភាព',
  'list.progress-label': 'វឌ្ឍនភាព៖ កិច្ចការបានបញ្ចប់ {done} នៃ {total}',
  'list.evidence': 'ឯកសារ',
  'list.note': 'មតិយោបល់',
  'list.saved': 'បានរក្សាទុក។',
  'list.export-csv': 'នាំចេញ CSV',
  'list.export-json': 'នាំចេញ JSON',
  'list.submit': 'ដាក់ស្នើរបាយការណ៍ {period}',
  'list.queued': 'អ្នកកំពុងគ្មានសេវាអ៊ីនធឺណិត។ របាយការណ៍នឹងត្រូវផ្ញើនៅពេលដែលមានសេវាអ៊ីនធឺណិត។',
  'list.sent': 'ផ្ញើជូនដោយជោគជ័យ ({host})។',
  'csv.activity': 'កិច្ចការ',
};

/** <papi-disclosure-register>. */
export const register: Partial<Record<keyof typeof vi.register, string>> = {
  'register.title': 'សេចក្តីជូនដំណឹង',
  'register.period': 'ពី {from} រហូតដល់ {to}',
  'register.missing': 'មិនទាន់ផ្សព្វផ្សាយជាសាធារណៈ',
  'register.entries': 'ឯកសារ {count}',
};

/** <papi-feedback-button>. */
export const feedback: Partial<Record<keyof typeof vi.feedback, string>> = {
  'feedback.open': 'មតិយោបល់',
  'feedback.title': 'មតិយោបល់',
  'feedback.rating': 'ការវាយតម្លៃ',
  'feedback.required': '(ត្រូវបំពេញ)',
  'feedback.optional': '(ស្រេចចិត្ត)',
  'feedback.comment': 'មតិយោបល់',
  'feedback.count': '{count} / {max}',
  'feedback.consent': 'ខ្ញុំយល់ព្រមឱ្យទំនាក់ទំនងមកខ្ញុំវិញ',
  'feedback.contact': 'លេខទូរស័ព្ទ / អ៊ីមែល',
  'feedback.send': 'ផ្ញើ',
  'feedback.cancel': 'បោះបង់',
  'feedback.close': 'បិទ',
  'feedback.thanks': 'សូមអរគុណ!',
  'feedback.status.sending': 'កំពុងផ្ញើ...',
  'feedback.status.sent': 'ផ្ញើជូនដោយជោគជ័យ',
  'feedback.status.queued': 'មិនមានសេវាអ៊ីនធឺណិត។ នឹងផ្ញើនៅពេលដែលមានសេវាអ៊ីនធឺណិត។',
  'feedback.status.rejected': 'កំហុស៖ {code}',
  'feedback.error.summary': 'កំហុស៖',
  'feedback.error.rating': 'ការវាយតម្លៃ (ត្រូវបំពេញ)',
};

/** <papi-feedback-summary>. */
export const summary: Partial<Record<keyof typeof vi.summary, string>> = {
  'summary.progress': 'វឌ្ឍនភាព',
  'summary.level': 'ការវាយតម្លៃ',
  'summary.done': 'បានបញ្ចប់',
  'summary.in-progress': 'កំពុងដំណើរការ',
  'summary.not-started': 'មិនទាន់ចាប់ផ្តើម',
  'summary.overdue': 'ហួសពេលកំណត់',
  'summary.overdue-count': 'ហួសពេលកំណត់ {count}',
  'summary.progress-text': 'កិច្ចការបានបញ្ចប់ {done} នៃ {total} ({share})',
};
