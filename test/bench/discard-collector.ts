// The bench's baseline for a stored POST: the collector as deployed (same configuration, plugins, parsing and
// validation), with a store that answers every write as created and keeps nothing. Run by collector.bench.ts
// through scripts/run-ts.mjs, in a process of its own like the stored subjects.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type * as CollectorApi from '../../packages/collector/src/index.js';
import type { FeedbackAck, PutResult, ReportAck, Store } from '../../packages/collector/src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The built collector, imported at run time so that its dependencies load from its own node_modules.
const { createCollector, loadConfig } = (await import(
  pathToFileURL(join(root, 'packages', 'collector', 'dist', 'index.js')).href
)) as typeof CollectorApi;

const discard: Store = {
  kind: 'discard',
  location: 'nowhere (bench baseline)',
  putFeedback: async (record, meta): Promise<PutResult<FeedbackAck>> => ({
    kind: 'created',
    ack: { id: record.id.toLowerCase(), receivedAt: meta.receivedAt },
  }),
  putReport: async (report, meta): Promise<PutResult<ReportAck>> => ({
    kind: 'created',
    ack: { id: report.id.toLowerCase(), receivedAt: meta.receivedAt, current: true },
  }),
  feedbackTally: async () => [],
  latestReports: async () => [],
  feedbackRows: async function* () {},
  receipt: async () => null,
  answerFeedback: async () => null,
  unitFeedback: async () => ({ rows: [], truncated: false }),
  answerFigures: async () => ({ units: [], histories: [] }),
  reportTaskRows: async function* () {},
  version: async () => '0',
  counts: async () => ({ feedback: 0, reports: 0 }),
  health: async () => ({ ok: true }),
  eraseContacts: async () => 0,
  forgetFeedback: async (ids) => ({ found: [], unknown: [...ids] }),
  createToken: async () => {},
  findToken: async () => undefined,
  listTokens: async () => [],
  revokeToken: async () => undefined,
  close: async () => {},
};

const collector = await createCollector(loadConfig(process.env), { store: discard });
const { url } = await collector.listen();
console.log(`PAPI collector: ${url} (discarding every record)`);
const stop = (): void =>
  void collector.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
