import type { MessageKey } from './vi.js';

/**
 * Khmer. Written from the sourced glossary in shared/KHMER.md (terms cited there); every string awaits
 * review by a native Khmer Krom speaker (see KHMER_REVIEW). Vietnamese place and unit names stay in Latin script.
 * Keys left out here fall back to Vietnamese: the validator's messages are for portal editors, who read vi or en.
 */
export const km: Partial<Record<MessageKey, string>> = {
  'app.name': 'ឧបករណ៍ PAPI',
  'app.tagline': 'ជួយ Vĩnh Châu អនុវត្តផែនការលើកកម្ពស់សន្ទស្សន៍ PAPI',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',
  'lang.km': 'ភាសាខ្មែរ',
  'lang.label': 'ភាសា',
  'khmer.review': 'អត្ថបទភាសាខ្មែរកំពុងរង់ចាំការពិនិត្យពីអ្នកនិយាយភាសាកំណើត។',

  'nav.skip': "រំលងទៅខ្លឹមសារចម្បង",
  'col.name': "ឈ្មោះ",
  'col.category': "ខ្លឹមសារ",
  'col.period': "រយៈពេលបិទផ្សាយ",
  'col.unit-2023': "ឆ្នាំ 2023",
  'col.unit-2025': "ចាប់ពី 01/7/2025",
  'demo.intro': "ទំព័រគំរូ៖ ផែនការ PAPI ឆ្នាំ 2023 របស់ Vĩnh Châu ។ អត្ថបទផែនការជាភាសាវៀតណាម។",
  'unconfirmed': "មិនទាន់បញ្ជាក់",

  'status.not-started': 'មិនទាន់ចាប់ផ្តើម',
  'status.in-progress': 'កំពុងដំណើរការ',
  'status.done': 'បានបញ្ចប់',
  'task.overdue': 'ហួសពេលកំណត់',
  'progress.label': 'វឌ្ឍនភាព',
  'progress.count': 'កិច្ចការបានបញ្ចប់ {done}/{total}',
  'progress.overall': 'វឌ្ឍនភាពរួម',

  'timing.ongoing': 'ជាប្រចាំ',
  'timing.per-plan': 'តាមផែនការដែលបានអនុម័ត',
  'timing.due': 'រហូតដល់ {date}',

  'frequency.six-monthly': 'រៀងរាល់ប្រាំមួយខែ',
  'frequency.yearly': 'រៀងរាល់ឆ្នាំ',

  'disclosure.scheduled': 'សេចក្តីជូនដំណឹងនឹងបិទផ្សាយក្នុងរយៈពេល {startsIn} ថ្ងៃទៀត',
  'disclosure.on-display': 'កំពុងបិទផ្សាយ — ថ្ងៃទី {day} នៃ {of}',
  'disclosure.completed': 'បានបិទផ្សាយគ្រប់ {of} ថ្ងៃ',
  'disclosure.taken-down-early': 'បានដកចេញមុនពេល — បិទផ្សាយបាន {daysPosted} នៃ {of} ថ្ងៃ',
  'disclosure.missing': 'មិនទាន់ផ្សព្វផ្សាយជាសាធារណៈ',
  'disclosure.period': 'រយៈពេលបិទផ្សាយ៖ {days} ថ្ងៃ',

  'plan.goal': 'គោលដៅ',
  'plan.target': 'ចំណុចដៅ',
  'plan.scope': 'វិសាលភាព',
  'plan.pilots': 'ភូមិសាកល្បង',
  'plan.solutions': 'ដំណោះស្រាយតាមវិស័យ',
  'plan.duties': 'ការអនុវត្ត',
  'plan.appendix': 'ការបែងចែកកិច្ចការ',
  'plan.reporting': 'ការរាយការណ៍',
  'plan.source': 'ប្រភព',
  'plan.dimensions': 'វិស័យទាំងប្រាំបីនៃ PAPI',
  'plan.tasks-in-dimension': 'កិច្ចការ {count}',

  'col.number': 'ល.រ',
  'col.activity': 'សកម្មភាព',
  'col.lead': 'អង្គភាពទទួលបន្ទុក',
  'col.partners': 'អង្គភាពសហការ',
  'col.timing': 'កាលបរិច្ឆេទ',
  'col.dimensions': 'វិស័យ PAPI',
  'col.status': 'ស្ថានភាព',

  'units.title': 'ឃុំ សង្កាត់ មុន និងក្រោយឆ្នាំ 2025',
  'units.2023': 'ឆ្នាំ 2023',
  'units.2025': 'ចាប់ពី 01/7/2025 (Cần Thơ)',
  'units.merged-into': 'បញ្ចូលទៅក្នុង',

  'procedures.title': 'នីតិវិធីរដ្ឋបាលសំខាន់ៗ',
  'procedures.count': 'នីតិវិធី {count}',

  'disclosure.title': 'ព័ត៌មានដែលត្រូវផ្សព្វផ្សាយជាសាធារណៈ',
  'satisfaction.title': 'ការវាយតម្លៃការពេញចិត្ត',
};
