import type * as vi from './vi.js';

/**
 * Khmer from the glossary in shared/KHMER.md where it has the words, and written as best we could where it has not
 * (as KHMER.md asks); all of it awaits review by a native Khmer Krom speaker (KHMER_REVIEW). Notices addressed to the
 * portal's editors (bad attributes, missing endpoint) are left to fall back to Vietnamese: the editors are the town's
 * and communes' Vietnamese staff, and the attribute names in them are the same in every language.
 */
// One part per element, so that a page loading one element's script carries only that element's strings.

/** Shared by every element: loading and errors. */
export const common: Partial<Record<keyof typeof vi.common, string>> = {
  loading: 'កំពុងផ្ទុក...',
  'error.title': 'មិនអាចបង្ហាញខ្លឹមសារនេះបានទេ',
  'error.network': 'មិនអាចផ្ទុកទិន្នន័យបានទេ។ សូមពិនិត្យការតភ្ជាប់ ហើយព្យាយាមម្តងទៀត។',
  'error.busy': 'ម៉ាស៊ីនមេ {host} កំពុងរវល់។ នឹងផ្ទុកម្តងទៀតដោយខ្លួនឯងក្នុងរយៈពេល {seconds} វិនាទី។',
  'error.http': 'ម៉ាស៊ីនមេបានឆ្លើយតបដោយកំហុស {status} ពេលផ្ទុកទិន្នន័យ។',
  'action.retry': 'ព្យាយាមម្តងទៀត',
  'error.network-host': 'មិនអាចផ្ទុកទិន្នន័យពី {host} បានទេ។ សូមពិនិត្យការតភ្ជាប់ ហើយព្យាយាមម្តងទៀត។',
  'error.network-cors':
    'មិនអាចផ្ទុកទិន្នន័យពី {host} បានទេ។ ប្រហែលជាឧបករណ៍នេះគ្មានសេវាអ៊ីនធឺណិត ឬ {host} មិនអនុញ្ញាតឱ្យទំព័រនេះអានទិន្នន័យរបស់វា (CORS)។ សូមពិនិត្យការតភ្ជាប់ ហើយព្យាយាមម្តងទៀត។',
  'error.timeout': 'ម៉ាស៊ីនមេ {host} មិនបានឆ្លើយតបក្នុងរយៈពេល {seconds} វិនាទីទេ។ សូមព្យាយាមម្តងទៀតនៅពេលក្រោយ។',
  'error.json': 'ទិន្នន័យមិនមែនជា JSON ត្រឹមត្រូវទេ។',
  'error.invalid': 'ទិន្នន័យមានកំហុស {count}។ អ្នករៀបចំគេហទំព័រត្រូវកែតម្រូវចំណុចខាងក្រោម៖',
};

/** <papi-disclosure-badge>. */
export const badge: Partial<Record<keyof typeof vi.badge, string>> = {
  'badge.label': 'ផ្សព្វផ្សាយជាសាធារណៈ៖ {category}',
  'badge.posted': 'បិទផ្សាយចាប់ពី {date}',
  'badge.removed': 'បានដកចេញនៅ {date}',
  'badge.location': 'ទីកន្លែងបិទផ្សាយ៖ {location}',
  'badge.link': 'មើលឯកសារ',
  'badge.basis': 'មូលដ្ឋានគតិយុត្ត៖',
  'badge.unknown-category': 'មិនមានប្រភេទខ្លឹមសារផ្សព្វផ្សាយជាសាធារណៈ "{category}" ទេ។',
  'badge.bad-date': 'កាលបរិច្ឆេទមិនត្រឹមត្រូវ៖ {detail}',
};

/** <papi-checklist>, its CSV export included. */
export const checklist: Partial<Record<keyof typeof vi.checklist, string>> = {
  'list.unit': 'អង្គភាព',
  'list.all-units': 'អង្គភាពទាំងអស់',
  'list.showing': 'កិច្ចការ {count}',
  'list.lead': 'ទទួលបន្ទុក',
  'list.partners': 'សហការ',
  'list.timing': 'ពេលវេលាអនុវត្ត',
  'list.status': 'ស្ថានភាព',
  'list.progress-label': 'វឌ្ឍនភាព៖ កិច្ចការបានបញ្ចប់ {done} នៃ {total}',
  'list.evidence': 'ភស្តុតាង',
  'list.note': 'កំណត់សម្គាល់',
  'list.saved': 'បានរក្សាទុក។',
  'list.saving': 'កំពុងរក្សាទុក...',
  'list.export-csv': 'នាំចេញ CSV',
  'list.export-json': 'នាំចេញ JSON',
  'list.submit': 'ដាក់ស្នើរបាយការណ៍ {period}',
  'list.queued': 'បានរក្សាទុករបាយការណ៍។ របាយការណ៍នឹងត្រូវផ្ញើនៅពេលដែលមានសេវាអ៊ីនធឺណិត។',
  'list.sent': 'ផ្ញើជូនដោយជោគជ័យ ({host})។',
  'csv.activity': 'សកម្មភាព',
  'list.units-2025': 'ចាប់ពី 01/7/2025',
  'list.units-2023': 'ឆ្នាំ 2023',
  'list.none': 'មិនមានកិច្ចការសម្រាប់អង្គភាពនេះទេ។',
  'list.reported': 'ស្ថានភាពតាមរបាយការណ៍វាយតម្លៃខ្លួនឯងរបស់អង្គភាព សម្រាប់រយៈពេល {period} ដែលបានផ្ញើនៅថ្ងៃទី {date}។',
  'list.reported-loading': 'កំពុងផ្ទុករបាយការណ៍វាយតម្លៃខ្លួនឯងរបស់អង្គភាព...',
  'list.reported-none': 'អង្គភាពមិនទាន់បានផ្ញើរបាយការណ៍វាយតម្លៃខ្លួនឯងសម្រាប់ផែនការនេះនៅឡើយទេ។',
  'list.reported-failed': 'មិនអាចផ្ទុករបាយការណ៍វាយតម្លៃខ្លួនឯងរបស់អង្គភាពបានទេ។ ស្ថានភាពខាងក្រោមគឺតាមផែនការ។',
  'list.progress': '{done} / {total}',
  'list.evidence-link': 'តំណភ្ជាប់ភស្តុតាង (http/https)',
  'list.evidence-bad': 'ទទួលយកតែតំណភ្ជាប់ដែលចាប់ផ្តើមដោយ http:// ឬ https:// ប៉ុណ្ណោះ',
  'list.details': 'ភស្តុតាង និងកំណត់សម្គាល់',
  'list.pick-unit': 'ជ្រើសរើសអង្គភាព ដើម្បីវាយតម្លៃខ្លួនឯង។',
  'list.save-failed': 'មិនអាចរក្សាទុកនៅលើឧបករណ៍នេះបានទេ (កម្មវិធីរុករករារាំងការផ្ទុក)។ សូមនាំចេញ CSV ឬ JSON ដើម្បីរក្សាលទ្ធផល។',
  'list.period': 'រយៈពេលរបាយការណ៍៖ {period}',
  'list.rejected': 'ម៉ាស៊ីនមេមិនទទួលយករបាយការណ៍៖ {reason}',
  'list.submit-failed': 'មិនអាចរក្សាទុករបាយការណ៍ ដើម្បីផ្ញើបានទេ៖ {reason}',
  'list.submit-storage':
    'មិនទាន់ផ្ញើរបាយការណ៍បានទេ៖ កម្មវិធីរុករកមិនអនុញ្ញាតឱ្យរក្សាទុកអ្វីនៅលើឧបករណ៍នេះទេ (របៀបរុករកឯកជន ឬការកំណត់ការផ្ទុករបស់កម្មវិធីរុករក) ដូច្នេះមិនអាចរក្សារបាយការណ៍ទុកដើម្បីផ្ញើបានទេ។ សូមបើកទំព័រនេះក្នុងបង្អួចធម្មតា រួចផ្ញើម្តងទៀត ឬនាំចេញ CSV ឬ JSON ដើម្បីរក្សាលទ្ធផល។',
  'list.report-queued': 'របាយការណ៍ {period}៖ បានរក្សាទុក។ របាយការណ៍នឹងត្រូវផ្ញើនៅពេលដែលមានសេវាអ៊ីនធឺណិត។',
  'list.report-sent': 'របាយការណ៍ {period}៖ ផ្ញើជូនដោយជោគជ័យ ({host}, {time})។',
  'list.unknown-unit': 'គ្មានអង្គភាពដែលមានលេខកូដ "{unit}" ក្នុងបញ្ជីអង្គភាពទេ។ សូមជ្រើសរើសអង្គភាពមួយពីបញ្ជី។',
  'list.bad-unit-id':
    'លេខកូដអង្គភាព "{unit}" (លក្ខណៈ unit) មិនត្រឹមត្រូវតាមទម្រង់៖ ប្រើតែអក្សរតូច a-z លេខ 0-9 និងសញ្ញា - ឧទាហរណ៍ "phuong-an-binh"។ សូមជ្រើសរើសអង្គភាពមួយពីបញ្ជី។',
  'list.not-configured':
    'មិនទាន់អាចផ្ញើរបាយការណ៍ពីទីនេះបានទេ ព្រោះគេហទំព័រនេះមិនទាន់កំណត់អាសយដ្ឋានទទួលរបាយការណ៍។ នៅតែអាចនាំចេញ CSV និង JSON បាន។',
  'list.token.label': 'លេខកូដសម្ងាត់របស់ {unit}',
  'list.token.hint':
    'លេខកូដដែលការិយាល័យកិច្ចការផ្ទៃក្នុង ផ្តល់ឱ្យអង្គភាពរបស់អ្នក ដែលចាប់ផ្តើមដោយ papi_។ វាត្រូវបានរក្សាទុកតែនៅលើឧបករណ៍នេះ ហើយប្រើតែដើម្បីផ្ញើរបាយការណ៍របស់អង្គភាពប៉ុណ្ណោះ។',
  'list.token.save': 'រក្សាទុកលេខកូដ',
  'list.token.save-send': 'រក្សាទុកលេខកូដ ហើយផ្ញើរបាយការណ៍',
  'list.token.cancel': 'បោះបង់',
  'list.token.bad':
    'នេះមិនមែនជាលេខកូដសម្ងាត់របស់អង្គភាពទេ៖ លេខកូដចាប់ផ្តើមដោយ papi_ និងមាន 68 តួអក្សរ (អក្សរ លេខ និងសញ្ញា _)។ សូមចម្លងវាម្តងទៀតឱ្យដូចលេខកូដដែលការិយាល័យកិច្ចការផ្ទៃក្នុងបានផ្តល់។',
  'list.token.storage':
    'កម្មវិធីរុករកមិនអនុញ្ញាតឱ្យរក្សាទុកលេខកូដនៅលើឧបករណ៍នេះទេ ដូច្នេះមិនទាន់អាចផ្ញើរបាយការណ៍បានទេ។ សូមពិនិត្យរបៀបរុករកឯកជន ឬការកំណត់ការផ្ទុករបស់កម្មវិធីរុករក។',
  'list.token.kept': 'លេខកូដសម្ងាត់របស់អង្គភាពត្រូវបានរក្សាទុកនៅលើឧបករណ៍នេះ។',
  'list.token.none':
    'មិនទាន់បានបញ្ចូលលេខកូដសម្ងាត់របស់អង្គភាពនៅលើឧបករណ៍នេះទេ។ របាយការណ៍ត្រូវផ្ញើជាមួយលេខកូដពីការិយាល័យកិច្ចការផ្ទៃក្នុងតែប៉ុណ្ណោះ។',
  'list.token.change': 'បញ្ចូលលេខកូដថ្មី',
  'list.token.enter': 'បញ្ចូលលេខកូដ',
  'list.token.forget': 'លុបលេខកូដចេញពីឧបករណ៍នេះ',
  'list.token.saved': 'បានរក្សាទុកលេខកូដ។',
  'list.token.forgotten': 'បានលុបលេខកូដចេញពីឧបករណ៍នេះ។',
  'list.token-waiting': 'របាយការណ៍ត្រូវបានរក្សាទុកនៅលើឧបករណ៍នេះ ហើយនឹងត្រូវផ្ញើភ្លាមៗ នៅពេលបញ្ចូលលេខកូដសម្ងាត់របស់អង្គភាព។',
  'list.token-refused':
    'ម៉ាស៊ីនមេមិនទទួលយកលេខកូដសម្ងាត់របស់អង្គភាពទេ៖ លេខកូដខុស ឬត្រូវបានដកហូតហើយ។ របាយការណ៍នៅតែរក្សាទុកនៅលើឧបករណ៍នេះ។ សូមបញ្ចូលលេខកូដថ្មីពីការិយាល័យកិច្ចការផ្ទៃក្នុង ដើម្បីផ្ញើ។',
  'list.token-wrong-unit':
    'ម៉ាស៊ីនមេមិនទទួលយកលេខកូដនេះទេ៖ វាជារបស់អង្គភាពផ្សេង។ របាយការណ៍នៅតែរក្សាទុកនៅលើឧបករណ៍នេះ។ សូមបញ្ចូលលេខកូដរបស់អង្គភាពអ្នក ដើម្បីផ្ញើ។',
  'csv.id': 'លេខកូដកិច្ចការ',
  'csv.number': 'ល.រ',
  'csv.dimensions': 'វិស័យ PAPI',
};

/** <papi-disclosure-register>. */
export const register: Partial<Record<keyof typeof vi.register, string>> = {
  'register.title': 'ការផ្សព្វផ្សាយព័ត៌មានជាសាធារណៈ',
  'register.period': 'ពី {from} រហូតដល់ {to}',
  'register.missing': 'មិនទាន់ផ្សព្វផ្សាយជាសាធារណៈក្នុងរយៈពេលនេះ',
  'register.entries': 'ឯកសារ {count}',
  'register.missing-count': 'ខ្លឹមសារចាំបាច់ {count} មិនទាន់ផ្សព្វផ្សាយជាសាធារណៈ',
};

/** <papi-feedback-button>. */
export const feedback: Partial<Record<keyof typeof vi.feedback, string>> = {
  'feedback.open': 'ផ្តល់មតិយោបល់',
  'feedback.title': 'មតិយោបល់របស់អ្នក',
  'feedback.rating': 'តើអ្នកពេញចិត្តកម្រិតណា?',
  'feedback.required': '(ត្រូវបំពេញ)',
  'feedback.optional': '(ស្រេចចិត្ត)',
  'feedback.comment': 'មតិយោបល់',
  'feedback.count': '{count} / {max} តួអក្សរ',
  'feedback.consent': 'ខ្ញុំយល់ព្រមឱ្យអង្គភាពដែលទទួលមតិយោបល់នេះ ទំនាក់ទំនងមកខ្ញុំវិញ អំពីមតិយោបល់នេះ',
  'feedback.contact': 'លេខទូរស័ព្ទ ឬអ៊ីមែល',
  'feedback.send': 'ផ្ញើ',
  'feedback.cancel': 'បោះបង់',
  'feedback.close': 'បិទ',
  'feedback.thanks': 'សូមអរគុណចំពោះមតិយោបល់របស់អ្នក!',
  'feedback.status.sending': 'បានរក្សាទុកនៅលើឧបករណ៍នេះ កំពុងផ្ញើ...',
  'feedback.status.sent': 'ផ្ញើជូនដោយជោគជ័យ',
  'feedback.status.queued': 'បានរក្សាទុក។ នឹងផ្ញើនៅពេលដែលមានសេវាអ៊ីនធឺណិត។',
  'feedback.status.retrying': 'បានរក្សាទុកនៅលើឧបករណ៍នេះ ប៉ុន្តែមិនទាន់ផ្ញើទៅម៉ាស៊ីនមេបានទេ។ នឹងព្យាយាមម្តងទៀតដោយស្វ័យប្រវត្តិ។',
  'feedback.status.rejected': 'ម៉ាស៊ីនមេមិនទទួលយកមតិយោបល់នេះទេ (កំហុស៖ {code})។ មតិយោបល់នៅតែរក្សាទុកនៅលើឧបករណ៍នេះ។',
  'feedback.status.sending-unsaved': 'កំពុងផ្ញើ... (កម្មវិធីរុករកមិនអនុញ្ញាតឱ្យរក្សាទុកមតិយោបល់នៅលើឧបករណ៍នេះទេ)',
  'feedback.status.unsaved':
    'មិនទាន់ផ្ញើបានទេ ហើយមតិយោបល់មិនត្រូវបានរក្សាទុកនៅលើឧបករណ៍នេះទេ ព្រោះកម្មវិធីរុករកមិនអនុញ្ញាត។ សូមពិនិត្យការតភ្ជាប់អ៊ីនធឺណិត រួចចុច «ផ្ញើម្តងទៀត»។ បើបិទប្រអប់នេះ មតិយោបល់នឹងបាត់។',
  'feedback.status.rejected-unsaved': 'ម៉ាស៊ីនមេមិនទទួលយកមតិយោបល់នេះទេ (កំហុស៖ {code})។ មតិយោបល់មិនត្រូវបានរក្សាទុកនៅលើឧបករណ៍នេះទេ។',
  'feedback.retry': 'ផ្ញើម្តងទៀត',
  'feedback.receipt': 'លេខកូដបង្កាន់ដៃនៃមតិយោបល់របស់អ្នក៖',
  'feedback.receipt-keep': 'សូមរក្សាលេខកូដនេះទុក ដើម្បីសួរអំពីមតិយោបល់របស់អ្នកនៅពេលក្រោយ។',
  'feedback.receipt-status': 'មើលស្ថានភាពមតិយោបល់របស់អ្នក',
  'feedback.receipt-copy': 'ចម្លងលេខកូដ',
  'feedback.receipt-copied': 'បានចម្លងលេខកូដហើយ។',
  'feedback.receipt-selected': 'លេខកូដត្រូវបានជ្រើសរើសហើយ៖ សូមចម្លងវា (Ctrl+C ឬចុចឱ្យជាប់នៅលើទូរស័ព្ទ)។',
  'feedback.earlier': 'មតិយោបល់ដែលអ្នកបានផ្ញើពីមុន បានទៅដល់ហើយ។ លេខកូដបង្កាន់ដៃ៖',
  'feedback.earlier-sent': 'បានទៅដល់នៅថ្ងៃទី {date}',
  'feedback.error.summary': 'សូមពិនិត្យឡើងវិញ៖',
  'feedback.error.rating': 'សូមជ្រើសរើសកម្រិតពេញចិត្តមួយ។',
  'feedback.about-unit': 'អង្គភាព៖ {unit}',
  'feedback.about-dimension': 'វិស័យ៖ {dimension}',
  'feedback.unit-name-hint':
    'អង្គភាពក្រៅបញ្ជី (ឃុំ ឬសង្កាត់ផ្សេង) ត្រូវមានឈ្មោះក្នុងលក្ខណៈ unit-name ឧទាហរណ៍ unit-name="Phường An Bình" ហើយត្រូវមានក្នុងឯកសារ PAPI_UNITS របស់សេវាប្រមូលមតិ',
  'feedback.dimension': 'វិស័យ PAPI',
  'feedback.dimension-none': '— មិនជ្រើសរើស —',
  'feedback.contact-note': 'ប្រើសម្រាប់តែឆ្លើយតបមតិយោបល់របស់អ្នកប៉ុណ្ណោះ។',
  'feedback.not-configured': 'គេហទំព័រនេះមិនទាន់រៀបចំការទទួលមតិយោបល់ទេ ដូច្នេះមិនទាន់អាចផ្ញើមតិយោបល់ពីទីនេះបានទេ។',
  'feedback.error.too-long': 'មាន {length} តួអក្សរ។ សូមសរសេរឱ្យខ្លីជាងនេះ យ៉ាងច្រើន {max} តួអក្សរ។',
  'feedback.error.consent': 'សូមធីកយល់ព្រម ប្រសិនបើអ្នកចង់ទុកព័ត៌មានទំនាក់ទំនង។',
};

/** <papi-feedback-button mode="kiosk">. */
export const kiosk: Partial<Record<keyof typeof vi.kiosk, string>> = {
  'kiosk.question': 'តើអ្នកពេញចិត្តនឹងសេវាដែលអ្នកបានទទួលថ្ងៃនេះកម្រិតណា?',
  'kiosk.chosen': 'អ្នកបានជ្រើសរើស៖ {level}',
  'kiosk.comment': 'តើអ្នកចង់បន្ថែមមតិយោបល់អ្វីទៀតទេ?',
  'kiosk.dossier': 'លេខកូដឯកសារ (mã hồ sơ)',
  'kiosk.dossier-note':
    'វាមាននៅលើក្រដាសដែលអ្នកបានទទួលពេលដាក់ឯកសារ។ មានតែមន្ត្រីនៃអង្គភាពប៉ុណ្ណោះដែលមើលឃើញវា ដើម្បីរកឯកសាររបស់អ្នក។ វាមិនបង្ហាញពេលស្វែងរកតាមលេខកូដបង្កាន់ដៃ ហើយមិនបោះពុម្ពលើបង្កាន់ដៃទេ។',
  'kiosk.back': 'ជ្រើសរើសម្តងទៀត',
  'kiosk.send': 'ផ្ញើការវាយតម្លៃ',
  'kiosk.thanks': 'សូមអរគុណ!',
  'kiosk.status.sending': 'កំពុងផ្ញើការវាយតម្លៃរបស់អ្នក...',
  'kiosk.status.sent': 'ការវាយតម្លៃរបស់អ្នកបានទៅដល់អង្គភាពហើយ។',
  'kiosk.status.queued':
    'ឧបករណ៍នេះមិនទាន់ភ្ជាប់ទៅម៉ាស៊ីនមេបានទេ៖ ការវាយតម្លៃរបស់អ្នកត្រូវបានរក្សាទុកនៅទីនេះ ហើយនឹងផ្ញើដោយខ្លួនឯង។ លេខកូដបង្កាន់ដៃមានតែនៅពេលផ្ញើរួច។',
  'kiosk.status.rejected': 'ម៉ាស៊ីនមេមិនទទួលការវាយតម្លៃនេះទេ (លេខកូដកំហុស៖ {code})។ សូមប្រាប់មន្ត្រីនៅបញ្ជរ។',
  'kiosk.status.sending-unsaved': 'កំពុងផ្ញើការវាយតម្លៃរបស់អ្នក...',
  'kiosk.status.unsaved': 'មិនអាចផ្ញើបានទេ ហើយឧបករណ៍នេះមិនអាចរក្សាទុកវាបានទេ។ សូមប្រាប់មន្ត្រីនៅបញ្ជរ។',
  'kiosk.status.rejected-unsaved': 'ម៉ាស៊ីនមេមិនទទួលការវាយតម្លៃនេះទេ (លេខកូដកំហុស៖ {code})។ សូមប្រាប់មន្ត្រីនៅបញ្ជរ។',
  'kiosk.print': 'បោះពុម្ពបង្កាន់ដៃ',
  'kiosk.done': 'រួចរាល់',
  'kiosk.reset-note': 'អេក្រង់នឹងរួចរាល់សម្រាប់អ្នកបន្ទាប់ក្នុងរយៈពេល {seconds} វិនាទី។',
  'kiosk.check-at': 'ពិនិត្យស្ថានភាពមតិយោបល់របស់អ្នកដោយប្រើលេខកូដនេះនៅ {address}',
};

/** <papi-feedback-status>. */
export const status: Partial<Record<keyof typeof vi.status, string>> = {
  'status.title': 'ពិនិត្យមតិយោបល់របស់អ្នក',
  'status.intro': 'សូមបញ្ចូលលេខកូដបង្កាន់ដៃដែលអ្នកបានទទួលពេលផ្ញើមតិយោបល់ ដើម្បីមើលថាអង្គភាពបានដោះស្រាយដល់ណា និងអានចម្លើយ។',
  'status.code': 'លេខកូដបង្កាន់ដៃ',
  'status.code-hint': 'ឧទាហរណ៍៖ K7MQ-3XPD។ អក្សរធំ ឬអក្សរតូច មាន ឬគ្មានសញ្ញា - ក៏បាន។',
  'status.submit': 'ស្វែងរក',
  'status.loading': 'កំពុងស្វែងរក {code}...',
  'status.found': 'មតិយោបល់ {code}៖ {state}។',
  'status.error.empty': 'សូមបញ្ចូលលេខកូដបង្កាន់ដៃ។',
  'status.error.malformed':
    'លេខកូដបង្កាន់ដៃមានអក្សរ និងលេខ 8 ដូចជា K7MQ-3XPD។ "{value}" មិនមែនជាលេខកូដបែបនេះទេ។ សូមពិនិត្យលេខកូដដែលអ្នកបានវាយ។',
  'status.error.unknown':
    'គ្មានមតិយោបល់ណាមានលេខកូដ {code} ទេ។ សូមពិនិត្យលេខកូដ។ មតិយោបល់ដែលផ្ញើពេលគ្មានសេវាអ៊ីនធឺណិត មានលេខកូដតែនៅពេលវាទៅដល់ប៉ុណ្ណោះ។',
  'status.error.busy': 'មានការស្វែងរកច្រើនពេកពីបណ្តាញរបស់អ្នក។ ទំព័រនឹងស្វែងរកម្តងទៀតដោយខ្លួនឯងក្នុងរយៈពេល {seconds} វិនាទី។',
  'status.error.offline': 'ឧបករណ៍របស់អ្នកគ្មានសេវាអ៊ីនធឺណិតទេ។ ទំព័រនឹងស្វែងរកដោយខ្លួនឯងនៅពេលមានសេវាអ៊ីនធឺណិតវិញ។',
  'status.error.network': 'មិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេ {host} បានទេ។ សូមព្យាយាមម្តងទៀតក្នុងពេលបន្តិចទៀត។',
  'status.error.timeout': 'ម៉ាស៊ីនមេ {host} មិនបានឆ្លើយតបក្នុងរយៈពេល {seconds} វិនាទីទេ។ សូមព្យាយាមម្តងទៀត។',
  'status.error.server': 'ម៉ាស៊ីនមេបានឆ្លើយតបដោយកំហុស {status}។ សូមព្យាយាមម្តងទៀតក្នុងពេលបន្តិចទៀត។',
  'status.error.invalid': 'ចម្លើយរបស់ម៉ាស៊ីនមេមិនត្រឹមត្រូវ ដូច្នេះមិនអាចបង្ហាញស្ថានភាពបានទេ។ សូមព្យាយាមម្តងទៀតនៅពេលក្រោយ។',
  'status.result': 'មតិយោបល់ {code}',
  'status.steps': 'ជំហាននៃការដោះស្រាយមតិយោបល់',
  'status.state': 'ស្ថានភាព',
  'status.state.received': 'បានទទួល',
  'status.state.in-progress': 'កំពុងដំណើរការ',
  'status.state.answered': 'បានឆ្លើយតប',
  'status.explain.received': 'អង្គភាពបានទទួលមតិយោបល់របស់អ្នក ហើយនឹងពិនិត្យវា។',
  'status.explain.in-progress': 'អង្គភាពកំពុងដោះស្រាយមតិយោបល់របស់អ្នក។',
  'status.explain.answered': 'អង្គភាពបានឆ្លើយតបមតិយោបល់របស់អ្នកហើយ។',
  'status.unit': 'អង្គភាព',
  'status.received-at': 'កាលបរិច្ឆេទទទួល',
  'status.updated-at': 'ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ',
  'status.answered-at': 'កាលបរិច្ឆេទឆ្លើយតប',
  'status.answer': 'ចម្លើយរបស់អង្គភាព',
  'status.note': 'កំណត់ចំណាំរបស់អង្គភាព',
  'status.not-configured': 'ទំព័រនេះមិនទាន់រៀបចំការស្វែងរកមតិយោបល់នៅឡើយទេ។',
};

/** <papi-feedback-summary>. */
export const summary: Partial<Record<keyof typeof vi.summary, string>> = {
  'summary.progress': 'វឌ្ឍនភាពនៃការវាយតម្លៃខ្លួនឯង តាមអង្គភាព',
  'summary.level': 'កម្រិតពេញចិត្ត',
  'summary.done': 'បានបញ្ចប់',
  'summary.in-progress': 'កំពុងដំណើរការ',
  'summary.not-started': 'មិនទាន់ចាប់ផ្តើម',
  'summary.overdue': 'ហួសពេលកំណត់',
  'summary.overdue-count': 'ហួសពេលកំណត់ {count}',
  'summary.progress-text': 'កិច្ចការបានបញ្ចប់ {done} នៃ {total} ({share})',
  'summary.busy': 'មិនទាន់អាចធ្វើបច្ចុប្បន្នភាពតួលេខបានទេ ព្រោះម៉ាស៊ីនមេកំពុងរវល់។ នឹងធ្វើបច្ចុប្បន្នភាពដោយខ្លួនឯងក្នុងរយៈពេល {seconds} វិនាទី។',
  'summary.title': 'សេចក្តីសង្ខេបមតិយោបល់ និងការវាយតម្លៃខ្លួនឯង PAPI',
  'summary.intro': 'សម្រាប់ការិយាល័យកិច្ចការផ្ទៃក្នុង៖ ទិន្នន័យដល់ថ្ងៃទី {date}។ អង្គភាពដែលយឺតជាងគេ ឬទាបជាងគេ ត្រូវបានដាក់នៅខាងលើ។',
  'summary.total': 'មតិយោបល់ {count}, ពេញចិត្ត {share}',
  'summary.reports': 'អង្គភាព {count} បានផ្ញើរបាយការណ៍វាយតម្លៃខ្លួនឯង',
  'summary.no-feedback': 'មិនទាន់មានមតិយោបល់នៅឡើយទេ',
  'summary.no-reports': 'មិនទាន់មានរបាយការណ៍វាយតម្លៃខ្លួនឯងនៅឡើយទេ។',
  'summary.show-tables': 'បង្ហាញជាតារាងទិន្នន័យ',
  'summary.distribution': 'ការបែងចែកតាមកម្រិតពេញចិត្តទាំង 5 (មតិយោបល់ {count})',
  'summary.by-unit': 'កម្រិតពេញចិត្តតាមអង្គភាព',
  'summary.by-dimension': 'កម្រិតពេញចិត្តតាមវិស័យ PAPI',
  'summary.no-dimension': 'គ្មានវិស័យ (មតិយោបល់អំពីសេវាមួយ ឬមិនបានជ្រើសរើសវិស័យ)',
  'summary.grid': 'វឌ្ឍនភាពនៃការវាយតម្លៃខ្លួនឯង តាមអង្គភាព និងវិស័យ (កិច្ចការបានបញ្ចប់ / សរុប)',
  'summary.satisfied': 'ពេញចិត្ត {share} ({satisfied}/{count})',
  'summary.no-rating': 'មិនទាន់មានការវាយតម្លៃ',
  'summary.lowest': 'ទាបជាងគេ',
  'summary.behind': 'យឺតជាងគេ',
  'summary.name': 'ឈ្មោះ',
  'summary.unit': 'អង្គភាព',
  'summary.count': 'ចំនួនមតិយោបល់',
  'summary.share': 'អត្រា',
  'summary.period': 'រយៈពេលរបាយការណ៍',
  'summary.all': 'រួម',
  'summary.dimension-short': 'D{number}',
  'summary.answers': 'ការឆ្លើយតបមតិយោបល់តាមអង្គភាព',
  'summary.answers-rule': 'រាប់តែមតិយោបល់ដែលមានលេខកូដបង្កាន់ដៃប៉ុណ្ណោះ។ ហួសពេលកំណត់៖ មិនទាន់ឆ្លើយតបក្រោយ {days} ថ្ងៃ គិតពីថ្ងៃទទួល។',
  'summary.answers-unconfirmed': 'រយៈពេល {days} ថ្ងៃ ជាតម្លៃបណ្តោះអាសន្ន មិនទាន់មានមូលដ្ឋានច្បាប់ទេ។ ក្រុងអាចផ្លាស់ប្តូរវាបាន។',
  'summary.answered-text': '{share} បានឆ្លើយតប ({answered}/{count})',
  'summary.median-text': 'មេដ្យាន {days} ថ្ងៃ ដើម្បីឆ្លើយតប',
  'summary.no-answers': 'មិនទាន់មានមតិយោបល់ដែលត្រូវឆ្លើយតបទេ',
  'summary.slowest': 'ឆ្លើយតបយឺតជាងគេ',
  'summary.with-code': 'មតិយោបល់មានលេខកូដ',
  'summary.answered': 'បានឆ្លើយតប',
  'summary.share-answered': 'អត្រាបានឆ្លើយតប',
  'summary.median': 'មេដ្យានចំនួនថ្ងៃដើម្បីឆ្លើយតប',
};
