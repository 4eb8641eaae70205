import type { MessageKey } from './vi.js';

/**
 * Khmer. Written from the sourced glossary in shared/KHMER.md (terms cited there); every string awaits
 * review by a native Khmer Krom speaker (see KHMER_REVIEW). Vietnamese place and unit names stay in Latin script.
 * Keys left out here fall back to Vietnamese: the validator's messages are for portal editors, who read vi or en.
 */
export const km: Partial<Record<MessageKey, string>> = {
  'khmer.review': 'អត្ថបទភាសាខ្មែរកំពុងរង់ចាំការពិនិត្យពីអ្នកនិយាយភាសាកំណើត។',

  unconfirmed: 'មិនទាន់បញ្ជាក់',

  'status.not-started': 'មិនទាន់ចាប់ផ្តើម',
  'status.in-progress': 'កំពុងដំណើរការ',
  'status.done': 'បានបញ្ចប់',
  'task.overdue': 'ហួសពេលកំណត់',
  'progress.label': 'វឌ្ឍនភាព',
  'progress.count': 'កិច្ចការបានបញ្ចប់ {done} នៃ {total}',
  'progress.overall': 'វឌ្ឍនភាពរួម',

  'timing.ongoing': 'ជាប្រចាំ',
  'timing.per-plan': 'តាមផែនការដែលបានអនុម័ត',
  'timing.due': 'ពេលកំណត់ {date}',

  'frequency.six-monthly': 'រៀងរាល់ប្រាំមួយខែ',
  'frequency.yearly': 'រៀងរាល់ឆ្នាំ',

  'disclosure.scheduled': 'នឹងបិទផ្សាយ — ក្នុងរយៈពេល {startsIn} ថ្ងៃទៀត',
  'disclosure.on-display': 'កំពុងបិទផ្សាយ — ថ្ងៃទី {day} នៃ {of}',
  'disclosure.completed': 'បានបិទផ្សាយគ្រប់ {of} ថ្ងៃ',
  'disclosure.taken-down-early': 'បានដកចេញមុនពេលកំណត់ — បិទផ្សាយបានតែ {daysPosted} ថ្ងៃ នៃ {of} ថ្ងៃ',
  'disclosure.missing': 'មិនទាន់ផ្សព្វផ្សាយជាសាធារណៈ',

  'answer.status': 'ស្ថានភាពត្រូវតែជាមួយក្នុងចំណោម៖ {allowed}',
  'answer.not-text': 'ចម្លើយត្រូវតែជាអត្ថបទ',
  'answer.required': 'សូមសរសេរចម្លើយ មុននឹងសម្គាល់មតិយោបល់ថាបានឆ្លើយតបរួច',
  'answer.too-long': 'ចម្លើយមានប្រវែង {length} តួអក្សរ អតិបរមា {max}',
};
