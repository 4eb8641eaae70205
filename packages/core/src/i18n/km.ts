import type { ApiMessageKey, MessageKey } from './vi.js';

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

/**
 * The collector's API errors (see apiVi), every one in Khmer: a Khmer-speaking reader of the collector's answers is
 * as likely a commune's staff member as a developer. Terms as in the widgets' catalogue: ម៉ាស៊ីនមេ (the collector),
 * លេខកូដសម្ងាត់របស់អង្គភាព (a unit's token), លេខកូដបង្កាន់ដៃ (a receipt code).
 */
export const apiKm: Record<ApiMessageKey, string> = {
  'invalid-body': 'ខ្លឹមសារសំណើមានកំហុស {count}៖ {list}',
  'invalid-query': 'ប៉ារ៉ាម៉ែត្រក្នុងអាសយដ្ឋានសំណើមានកំហុស {count}៖ {list}',
  'invalid-utf8': 'ខ្លឹមសារសំណើមិនមែនជាអត្ថបទ UTF-8 ត្រឹមត្រូវទេ។',
  'invalid-json': 'ខ្លឹមសារសំណើមិនមែនជា JSON ត្រឹមត្រូវទេ។',
  'too-deep': 'JSON មានកម្រិតជាន់គ្នាលើសពី {max} កម្រិត។',
  'body-too-large': 'ខ្លឹមសារសំណើធំជាង {max} បៃ។',
  'unsupported-media-type': 'សូមផ្ញើខ្លឹមសារជា JSON ជាមួយ Content-Type: application/json (UTF-8)។',
  'rate-limited': 'មានសំណើច្រើនពេក។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេល {seconds} វិនាទី។',
  'bad-request': 'សំណើមិនត្រឹមត្រូវ ({detail})។',
  'not-found': 'គ្មាន {method} {path} នៅទីនេះទេ។ សូមមើល GET /api/health។',
  'origin-not-allowed': 'ម៉ាស៊ីនមេនេះមិនទទួលសំណើពីទំព័រ {origin} ទេ។',
  unauthorized: 'ការនាំចេញទិន្នន័យត្រូវការលេខកូដនាំចេញ៖ Authorization: Bearer <លេខកូដ>។',
  'token-required':
    'ការផ្ញើក្នុងនាមអង្គភាពមួយ ត្រូវការលេខកូដសម្ងាត់របស់អង្គភាពនោះ ដែលការិយាល័យកិច្ចការផ្ទៃក្នុងផ្តល់ឱ្យ៖ Authorization: Bearer <លេខកូដ>។',
  'token-invalid':
    'លេខកូដសម្ងាត់របស់អង្គភាពមិនត្រឹមត្រូវទេ៖ ម៉ាស៊ីនមេមិនស្គាល់លេខកូដនេះ ឬលេខកូដត្រូវបានដកហូតហើយ។ សូមស្នើសុំលេខកូដថ្មីពីការិយាល័យកិច្ចការផ្ទៃក្នុង។',
  'token-wrong-unit': 'លេខកូដនេះជារបស់អង្គភាព {tokenUnit}។ មិនអាចប្រើវាដើម្បីផ្ញើសម្រាប់អង្គភាព {unit} បានទេ។',
  'exports-disabled': 'ការនាំចេញទិន្នន័យត្រូវបានបិទ៖ ម៉ាស៊ីនមេបានចាប់ផ្តើមដោយគ្មាន PAPI_EXPORT_TOKEN។',
  'id-conflict': 'លេខសម្គាល់ {id} ត្រូវបានប្រើរួចហើយសម្រាប់កំណត់ត្រាផ្សេង ដែលនៅតែដដែល។ សូមផ្ញើខ្លឹមសារថ្មីជាមួយលេខសម្គាល់ថ្មី។',
  'invalid-receipt':
    'នេះមិនមែនជាលេខកូដបង្កាន់ដៃទេ៖ លេខកូដមានអក្សរ និងលេខ 8 តួ សរសេរដូចជា K7MQ-3XPD។ សូមពិនិត្យលេខកូដនៅលើបង្កាន់ដៃម្តងទៀត។',
  'unknown-receipt':
    'គ្មានមតិយោបល់ណាដែលមានលេខកូដបង្កាន់ដៃ {receipt} ទេ។ សូមពិនិត្យលេខកូដម្តងទៀត។ មតិយោបល់ដែលផ្ញើនៅពេលគ្មានអ៊ីនធឺណិត ទទួលបានលេខកូដតែនៅពេលវាទៅដល់ប៉ុណ្ណោះ។',
  internal: 'ម៉ាស៊ីនមេមិនអាចដំណើរការសំណើនេះបានទេ ហើយមិនទាន់បានរក្សាទុកអ្វីទេ។ សូមព្យាយាមម្តងទៀតនៅពេលក្រោយ។',
  'storage-failed':
    'ម៉ាស៊ីនមេឈប់រក្សាទុកទិន្នន័យ៖ ថាសរបស់វាមិនអាចរក្សាទុកកំណត់ត្រាមួយបានទេ។ គ្មានអ្វីពីសំណើនេះត្រូវបានរក្សាទុកទេ។ សូមផ្ញើម្តងទៀតនៅពេលសេវាដំណើរការវិញ។',
  'storage-unavailable': 'ម៉ាស៊ីនមេមិនអាចអានមូលដ្ឋានទិន្នន័យរបស់វាបានទេ ({detail})។',
  'issue.control-character': 'មានតួអក្សរបញ្ជា U+{code}',
  'issue.unpaired-surrogate': 'មានអត្ថបទ Unicode ខូច (surrogate ដាច់តែឯង)',
};
