// The widgets' strings, one module per element part and locale: `papi-strings:<part>:<locale>` (src/i18n/translate.ts
// imports them dynamically). Each is the part's strings and the shared ones in that one locale, with Vietnamese filled
// in where the locale has no text of its own, so a page fetches one locale only. The catalogues (src/i18n/vi.ts,
// en.ts, km.ts) stay the one place the strings are written; they are evaluated here at build time. Used by rollup
// (rollup.config.js) and by vitest (the unit tests import the same modules).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRINGS_PREFIX = 'papi-strings:';
const LOCALES = ['vi', 'en', 'km'];
const i18n = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'i18n');

async function evaluate(locale) {
  const out = await build({
    entryPoints: [join(i18n, `${locale}.ts`)],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

export function papiStrings() {
  let catalogues;
  return {
    name: 'papi-strings',
    buildStart() {
      catalogues = undefined; // watch mode: read the catalogues again
    },
    resolveId(id) {
      return id.startsWith(STRINGS_PREFIX) ? `\0${id}` : null;
    },
    async load(id) {
      if (!id.startsWith(`\0${STRINGS_PREFIX}`)) return null;
      const [part, locale] = id.slice(STRINGS_PREFIX.length + 1).split(':');
      if (!LOCALES.includes(locale)) this.error(`${id}: unknown locale`);
      for (const l of LOCALES) this.addWatchFile(join(i18n, `${l}.ts`));
      catalogues ??= Promise.all(LOCALES.map(evaluate)).then((mods) =>
        Object.fromEntries(LOCALES.map((l, i) => [l, mods[i]])),
      );
      const c = await catalogues;
      if (!c.vi[part]) this.error(`${id}: src/i18n/vi.ts has no part "${part}"`);
      const defined = (o) => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined));
      const text = { ...c.vi.common, ...c.vi[part], ...defined(c[locale].common), ...defined(c[locale][part]) };
      return { code: `export default ${JSON.stringify(text)};`, map: null };
    },
  };
}
