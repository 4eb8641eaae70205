import type { AuthorsKey } from './vi.js';

export const authorsEn: Readonly<Record<AuthorsKey, string>> = {
  'nav.authors': 'Authors',
  'options.authors': 'Show the “Authors” section: import and check guides (for the IT officer)',
  'authors.intro':
    'Import a guide from a JSON file and check a guide on the open portal page, with no rebuild. A guide is data only: nothing in the file is ever run as code.',
  'authors.import': 'Import a guide file',
  'authors.file': 'Guide file (.json, at most {max} KB)',
  'authors.imported':
    'Imported the guide “{title}” (id {id}). Start it from the procedure card, or with a link ending in #papi-guide={id}.',
  'authors.replaced': 'Replaced the imported guide with id {id} by “{title}”.',
  'authors.refused.too-large':
    'The file “{file}” was not imported: it is larger than {max} KB. The guides already here are unchanged.',
  'authors.refused.empty': 'The file “{file}” was not imported: it is empty. The guides already here are unchanged.',
  'authors.refused.invalid':
    'The file “{file}” was not imported: it is not a valid guide ({count, plural, one {# problem} other {# problems}}, each with its place in the file). The guides already here are unchanged.',
  'authors.refused.full':
    'The file “{file}” was not imported: {max} guides are imported already; remove one first. The guides already here are unchanged.',
  'authors.refused.unreadable': 'The file “{file}” could not be read. The guides already here are unchanged.',
  'authors.saveFailed':
    'The guide could not be saved (is the extension’s storage full?). The guides already here are unchanged.',
  'authors.issuesMore': '… and {n} more',
  'authors.clash.title': 'This guide id is taken',
  'authors.clash.builtIn':
    'The file “{file}” has the id “{id}”, which is the built-in guide “{title}”; a built-in guide cannot be replaced. Keep this file as a new version, with the id “{newId}”, or do not import it?',
  'authors.clash.imported':
    'The file “{file}” has the id “{id}”, which is the guide “{title}” imported from “{earlier}” at {date}. Replace that guide, keep this file as a new version (id “{newId}”), or do not import it?',
  'authors.clash.newVersion': 'Keep as a new version ({newId})',
  'authors.clash.replace': 'Replace the imported guide',
  'authors.clash.cancel': 'Do not import',
  'authors.clash.full': 'No room for a new version: {max} guides are imported already.',
  'authors.cancelled': 'The file “{file}” was not imported. The guides already here are unchanged.',
  'authors.list': 'Imported guides',
  'authors.listNone': 'No guide imported yet.',
  'authors.col.guide': 'Guide',
  'authors.col.source': 'Source',
  'authors.col.link': 'Link that opens it',
  'authors.source': 'File “{file}”, imported at {date}',
  'authors.remove': 'Remove “{id}”',
  'authors.removed': 'Removed the guide “{id}”.',
  'authors.check': 'Check a guide on the open page',
  'authors.checkHint':
    'Open the portal page to check in a tab, then press the button: each step whose address pattern matches the page is looked for as the guide looks for it.',
  'authors.checkGuide': 'Guide to check',
  'authors.builtIn': '(built in)',
  'authors.checkRun': 'Check this guide here',
  'authors.checking': 'Checking on the open portal page…',
  'authors.check.none': 'No step of “{title}” is for the open page.',
  'authors.check.summary':
    '“{title}” on the open page: {count, plural, one {# step is} other {# steps are}} for this page; {found} found, {missing} not found.',
  'authors.check.noPage': 'No portal page is open to check. Open the portal page to check, then try again.',
  'authors.check.noGuide': 'There is no guide with the id “{id}”.',
  'authors.check.badAnswer': 'The page answered in the wrong shape, so there is no result.',
  'authors.check.step': 'Step',
  'authors.check.result': 'Result',
  'authors.check.how': 'Found by',
  'authors.check.found': 'Found',
  'authors.check.notFound': 'Not found',
  'authors.check.noTarget': 'Text-only step',
  'authors.check.failed': 'not by: {list}',
  'authors.check.tried': 'tried: {list}',
  'authors.check.fromReport': '(the step in the report)',
  'reports.check': 'Check “{guide}” here (step {step})',
  'card.startImported': 'Start the imported guide “{title}” ({id}, file {file})',
};
