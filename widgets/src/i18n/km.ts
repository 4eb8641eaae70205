import type { WidgetMessageKey } from './vi.js';

/** Khmer from the glossary in shared/KHMER.md; awaiting review by a native Khmer Krom speaker (KHMER_REVIEW). */
export const km: Partial<Record<WidgetMessageKey, string>> = {
  loading: 'កំពុងផ្ទុក...',
  'error.title': 'កំហុស',
  'error.network': 'មិនអាចផ្ទុកទិន្នន័យបានទេ។ សូមពិនិត្យការតភ្ជាប់ ហើយព្យាយាមម្តងទៀត។',
  'error.http': 'កំហុស {status} ពីម៉ាស៊ីនមេ។',
  'action.retry': 'ព្យាយាមម្តងទៀត',

  'badge.label': 'សេចក្តីជូនដំណឹង៖ {category}',
  'badge.posted': 'បិទផ្សាយចាប់ពី {date}',
  'badge.removed': 'បានដកចេញនៅ {date}',
  'badge.location': 'ទីកន្លែងបិទផ្សាយ៖ {location}',
  'badge.link': 'មើលឯកសារ',
};
