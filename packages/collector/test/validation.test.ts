import { describe, expect, it } from 'vitest';
import { validateFeedback } from '@papi/core';
import { ApiError, ConfigError, HELP, csvCell, loadConfig, pickLocale, redactDatabaseUrl } from '../src/index.js';
import { checked, jsonDepth, parseBody } from '../src/input.js';
import { feedback } from './helpers.js';

const bodyOf = (text: string | Buffer) => parseBody(Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8'));
const apiError = (fn: () => unknown): ApiError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
};
const validFeedback = (value: unknown) => {
  const v = validateFeedback(value);
  return v.ok ? { ok: true as const, value: v.record } : v;
};

describe('turning a request body into a record', () => {
  it('rejects bytes that are not UTF-8 instead of storing replacement characters', () => {
    const bytes = Buffer.concat([Buffer.from('{"comment":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]);
    expect(apiError(() => bodyOf(bytes))).toMatchObject({ status: 400, code: 'invalid-utf8' });
    // An encoded surrogate (CESU-8) is not UTF-8 either.
    expect(apiError(() => bodyOf(Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]))).code).toBe('invalid-utf8');
  });

  it('accepts Vietnamese and Khmer text and a leading byte order mark', () => {
    const parsed = bodyOf(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"comment":"Rất hài lòng ពេញចិត្ត 👍"}')]),
    );
    expect(parsed.value).toEqual({ comment: 'Rất hài lòng ពេញចិត្ត 👍' });
    expect(parsed.issues).toEqual([]);
  });

  it('refuses deep nesting before parsing it, however deep', () => {
    expect(jsonDepth('{"tasks":[{"taskId":"a"}]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[[[[[[[[[[[["}')).toBe(1);
    expect(apiError(() => bodyOf('['.repeat(500_000)))).toMatchObject({ status: 400, code: 'too-deep' });
  });

  it("reports malformed JSON with the parser's reason", () => {
    const e = apiError(() => bodyOf('{"rating": 5,'));
    expect(e).toMatchObject({ status: 400, code: 'invalid-json' });
    expect(e.body('en').error.issues?.[0]?.message).toMatch(/^is not valid JSON \(/);
  });

  it('names prototype keys, control characters and broken surrogates with their paths', () => {
    const parsed = bodyOf('{"__proto__":{"x":1},"comment":"a\\u0000b","tasks":[{"constructor":1,"note":"\\ud800"}]}');
    const issues = parsed.issues.map((i) => `${i.path} ${i.code}`);
    expect(issues).toEqual([
      '__proto__ unknown-field',
      'comment control-character',
      'tasks[0].constructor unknown-field',
      'tasks[0].note unpaired-surrogate',
    ]);
    // Tabs and line breaks are ordinary in a multi-line comment.
    expect(bodyOf('{"comment":"dòng 1\\r\\ndòng 2\\tx"}').issues).toEqual([]);
  });

  it('reports the text problems and the schema problems of one body together', () => {
    const body = bodyOf(JSON.stringify({ ...feedback({ rating: 9 }), constructor: 'x' }));
    const e = apiError(() => checked(body, validFeedback));
    expect(e.body('en').error.issues?.map((i) => i.path)).toEqual(['constructor', 'rating']);
    expect(e.body('en').error.message).toBe(
      'The request body has 2 problems: constructor: field "constructor" is not supported (misspelt?); rating: value 9 is outside 1–5',
    );
  });

  it('passes a valid record through unchanged', () => {
    const f = feedback();
    expect(checked(bodyOf(JSON.stringify(f)), validFeedback)).toEqual(f);
  });
});

describe('error messages', () => {
  it('are English by default and Vietnamese on request, field by field', () => {
    const e = apiError(() => checked(bodyOf(JSON.stringify(feedback({ unit: 'phong-noi-vu2' }))), validFeedback));
    expect(e.body('en').error.issues).toEqual([
      { path: 'unit', code: 'unknown-unit', message: 'unit: unknown unit "phong-noi-vu2"' },
    ]);
    expect(e.body('vi').error.issues?.[0]?.message).toBe('unit: đơn vị "phong-noi-vu2" không có trong danh mục đơn vị');
  });

  it('follow Accept-Language with its weights', () => {
    expect(pickLocale(undefined)).toBe('en');
    expect(pickLocale('vi-VN,vi;q=0.9,en;q=0.8')).toBe('vi');
    expect(pickLocale('fr-FR, en;q=0.5, vi;q=0.7')).toBe('vi');
    expect(pickLocale('vi;q=0, en')).toBe('en');
    expect(pickLocale('de')).toBe('en');
  });
});

describe('CSV cells', () => {
  it('defuse formulas and quote separators', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const lead of ['+', '-', '@', '\t', '\r'])
      expect(csvCell(`${lead}1`).replace(/^"/, '').startsWith(`'${lead}`)).toBe(true);
    expect(csvCell('a, b\nc')).toBe('"a, b\nc"');
    expect(csvCell('Rất hài lòng')).toBe('Rất hài lòng');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('yes');
    expect(csvCell(5)).toBe('5');
  });
});

describe('configuration', () => {
  it('has safe defaults: loopback, port 8787, ./data, the demo origins, no export token', () => {
    const c = loadConfig({}, '/srv/papi');
    expect(c).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      dbPath: '/srv/papi/data/papi.sqlite',
      allowedOrigins: ['http://localhost:8080', 'http://127.0.0.1:8080'],
      exportToken: undefined,
      rateLimit: 120,
      trustProxy: 0,
    });
  });

  it('reads every variable and refuses bad values with a sentence naming the variable', () => {
    const c = loadConfig(
      {
        PORT: '9000',
        HOST: '0.0.0.0',
        PAPI_DB: '/var/lib/papi.db',
        PAPI_ALLOWED_ORIGINS: 'https://a.gov.vn, https://b.gov.vn/',
        PAPI_EXPORT_TOKEN: 'x'.repeat(20),
        PAPI_RATE_LIMIT: '30',
      },
      '/srv',
    );
    expect(c).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dbPath: '/var/lib/papi.db',
      allowedOrigins: ['https://a.gov.vn', 'https://b.gov.vn'],
      exportToken: 'x'.repeat(20),
      rateLimit: 30,
    });
    expect(() => loadConfig({ PORT: '80a' })).toThrow(
      new ConfigError('PORT must be a whole number from 0 to 65535, got "80a"'),
    );
    expect(() => loadConfig({ PAPI_EXPORT_TOKEN: 'secret' })).toThrow(
      /PAPI_EXPORT_TOKEN must be at least 16 characters/,
    );
    expect(() => loadConfig({ PAPI_ALLOWED_ORIGINS: 'https://a.gov.vn/portal' })).toThrow(/no path/);
    expect(() => loadConfig({ PAPI_ALLOWED_ORIGINS: 'vinhchau' })).toThrow(/is not an origin/);
    expect(() => loadConfig({ PAPI_RATE_LIMIT: '-1' })).toThrow(/PAPI_RATE_LIMIT/);
  });

  it('stores in SQLite unless PAPI_DATABASE_URL names a PostgreSQL database, which it checks without echoing', () => {
    expect(loadConfig({}, '/srv').databaseUrl).toBeUndefined();
    expect(loadConfig({ PAPI_DATABASE_URL: '  ' }, '/srv').databaseUrl).toBeUndefined();
    const url = 'postgres://papi:pa55@db.cantho.internal:5432/papi';
    expect(loadConfig({ PAPI_DATABASE_URL: url, PAPI_DB: '/x.sqlite' }, '/srv')).toMatchObject({
      databaseUrl: url,
      dbPath: '/x.sqlite',
    });
    expect(loadConfig({ PAPI_DATABASE_URL: 'postgresql://papi@db/papi' }).databaseUrl).toBe(
      'postgresql://papi@db/papi',
    );
    expect(() => loadConfig({ PAPI_DATABASE_URL: 'mysql://papi:pa55@db/papi' })).toThrow(
      new ConfigError('PAPI_DATABASE_URL must start with postgres:// or postgresql://, got "mysql://"'),
    );
    expect(() => loadConfig({ PAPI_DATABASE_URL: 'db.cantho.internal' })).toThrow(
      /PAPI_DATABASE_URL must be a URL such as postgres:\/\//,
    );
    expect(() => loadConfig({ PAPI_DATABASE_URL: 'postgres:///papi' })).toThrow('PAPI_DATABASE_URL names no host');
    expect(redactDatabaseUrl(url)).toBe('postgres://papi:***@db.cantho.internal:5432/papi');
    expect(redactDatabaseUrl('postgres://papi@db/papi?password=pa55&sslmode=require')).toBe(
      'postgres://papi@db/papi?password=***&sslmode=require',
    );
    expect(HELP).toContain('PAPI_DATABASE_URL');
  });
});
