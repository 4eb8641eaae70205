// papi-collector token: issues, lists and revokes the units' tokens in the configured store.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ExtraUnit, TOWN_TIME_ZONE, localize, unitById, unitTokenLabel } from '@papi/core';
import { ConfigError, loadConfig, loadExtraUnits, redactDatabaseUrl } from '../config.js';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';
import { TokenCommandError, issueUnitToken, revokeUnitToken, tokenUnits } from '../tokens/issue.js';
import type { UnitTokenInfo } from '../tokens/types.js';
import type { CommandIo } from './index.js';

const USAGE = `Usage: papi-collector token <unit-id> [--note <text>]   issue a token for the unit (printed last, shown only once)
       papi-collector token --list                      every token: unit, id and dates, never a secret
       papi-collector token --revoke <token-id>         end a token (papi_… as --list shows it, or the whole token)
       papi-collector token --units                     the units a token can be issued for
The store is the collector's (PAPI_DB); see papi-collector --help.`;

/** "2026-11-27 08:30", in the town's time zone. */
const when = (iso: string | null): string =>
  iso === null
    ? '—'
    : new Intl.DateTimeFormat('sv-SE', {
        timeZone: TOWN_TIME_ZONE,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(iso));

/** A unit's Vietnamese name, from the registry or the PAPI_UNITS file. */
function unitNameIn(extraUnits: readonly ExtraUnit[]): (id: string) => string {
  return (id) => {
    const extra = extraUnits.find((u) => u.id === id);
    return unitById(id)?.name.vi ?? (extra ? localize(extra.name, 'vi') : id);
  };
}

export async function tokenCommand(args: readonly string[], env: NodeJS.ProcessEnv, io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        list: { type: 'boolean' },
        revoke: { type: 'string' },
        units: { type: 'boolean' },
        note: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`papi-collector token: ${error instanceof Error ? error.message : String(error)}`);
    io.err(USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if (values.units) {
    let extraUnits;
    try {
      extraUnits = loadExtraUnits(env);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.err(`papi-collector: ${error.message}`);
      return 2;
    }
    for (const u of tokenUnits()) io.out(`${u.id.padEnd(30)} ${u.name.vi}${u.until ? ` (until ${u.until})` : ''}`);
    for (const u of extraUnits) io.out(`${u.id.padEnd(30)} ${localize(u.name, 'vi')} (PAPI_UNITS)`);
    return 0;
  }
  const actions = [positionals.length > 0, values.list === true, values.revoke !== undefined].filter(Boolean).length;
  if (actions !== 1 || positionals.length > 1 || (values.note !== undefined && positionals.length === 0)) {
    io.err(
      actions === 0
        ? 'papi-collector token: name a unit, or --list, --revoke or --units'
        : 'papi-collector token: one unit, or one of --list and --revoke, at a time',
    );
    io.err(USAGE);
    return 2;
  }

  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`papi-collector: ${error.message}`);
    return 2;
  }
  const { extraUnits } = config;
  const unitName = unitNameIn(extraUnits);
  // Listing and revoking read an existing store; only issuing may create it (as the collector's first start would).
  if (positionals.length === 0 && config.databaseUrl === undefined && !existsSync(config.dbPath)) {
    io.err(`papi-collector token: there is no database at ${config.dbPath} (set PAPI_DB to the collector's)`);
    return 1;
  }
  let store: Store;
  // The store the collector itself would open: PostgreSQL at PAPI_DATABASE_URL, else the SQLite file.
  const where = config.databaseUrl !== undefined ? redactDatabaseUrl(config.databaseUrl) : config.dbPath;
  try {
    store = await openStore(config);
  } catch (error) {
    io.err(
      `papi-collector token: cannot open the database ${where}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
  try {
    if (values.list) return list(await store.listTokens(), where, io, unitName);
    if (values.revoke !== undefined) {
      const { info, already } = await revokeUnitToken(store, values.revoke);
      io.out(
        already
          ? `Token ${unitTokenLabel(info.id)} of ${unitName(info.unit)} (${info.unit}) was already revoked on ${when(info.revokedAt)}.`
          : `Revoked token ${unitTokenLabel(info.id)} of ${unitName(info.unit)} (${info.unit}) at ${when(info.revokedAt)}: the collector refuses it from now on.`,
      );
      return 0;
    }
    const { token, info } = await issueUnitToken(store, positionals[0]!, {
      extraUnits,
      ...(values.note === undefined ? {} : { note: values.note }),
    });
    io.out(
      `Issued token ${unitTokenLabel(info.id)} for ${unitName(info.unit)} (${info.unit}) on ${when(info.createdAt)}, in ${where}.`,
    );
    io.out(
      "The collector keeps only a hash of it: the token is shown this once. Hand it to the unit's officer in person or",
    );
    io.out(
      'by a channel only they read; they enter it once in the self-assessment checklist. To replace it, issue a new one',
    );
    io.out(`and then revoke this one: papi-collector token --revoke ${unitTokenLabel(info.id)}`);
    io.out(token);
    return 0;
  } catch (error) {
    if (!(error instanceof TokenCommandError)) throw error;
    io.err(`papi-collector token: ${error.message}`);
    return error.code === 'no-such-token' ? 1 : 2;
  } finally {
    await store.close();
  }
}

function list(
  tokens: readonly UnitTokenInfo[],
  dbPath: string,
  io: CommandIo,
  unitName: (id: string) => string,
): number {
  if (tokens.length === 0) {
    io.out(`No unit tokens in ${dbPath} yet. Issue one with: papi-collector token <unit-id>`);
    return 0;
  }
  io.out(`Unit tokens in ${dbPath} (times in Vietnam, UTC+7):`);
  const rows = [
    ['token id', 'unit', 'issued', 'last used', 'state', 'note'],
    ...tokens.map((t) => [
      unitTokenLabel(t.id),
      `${t.unit} (${unitName(t.unit)})`,
      when(t.createdAt),
      when(t.lastUsedAt),
      t.revokedAt ? `revoked ${when(t.revokedAt)}` : t.demo ? 'demo only' : 'active',
      t.note ?? '',
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows)
    io.out(
      r
        .map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!)))
        .join('  ')
        .trimEnd(),
    );
  return 0;
}
