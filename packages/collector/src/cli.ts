// papi-collector: starts the collector from the environment's configuration (see --help), or runs a subcommand.
import { runCommand } from './commands/index.js';
import { ConfigError, HELP, loadConfig, redactDatabaseUrl } from './config.js';
import { DamagedDatabaseError } from './ops/integrity.js';
import { engineName } from './open-store.js';
import { startCollector } from './server.js';

const exitCode = await runCommand(process.argv.slice(2));
if (exitCode !== undefined) process.exit(exitCode);
const unknown = process.argv[2];
if (unknown !== undefined && !unknown.startsWith('-')) {
  console.error(
    `papi-collector: there is no command "${unknown.slice(0, 40)}"; run with --help for the commands and settings.`,
  );
  process.exit(2);
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`papi-collector: ${error.message}\nRun with --help for the list of settings.`);
  process.exit(2);
}

let collector;
try {
  collector = await startCollector(config);
} catch (error) {
  if (error instanceof DamagedDatabaseError) {
    console.error(`papi-collector: ${error.message}`);
    process.exit(3);
  }
  const e = error as NodeJS.ErrnoException;
  const why =
    e.code === 'EADDRINUSE'
      ? `port ${config.port} on ${config.host} is in use (set PORT)`
      : e.code === 'EACCES' && e.syscall === 'listen'
        ? `no permission to listen on port ${config.port}`
        : `cannot start with the database ${config.databaseUrl !== undefined ? redactDatabaseUrl(config.databaseUrl) : config.dbPath}: ${e.message}`;
  console.error(`papi-collector: ${why}`);
  process.exit(1);
}
console.log(`PAPI collector: ${collector.url} (${engineName(collector.store)}: ${collector.store.location})`);
if (config.exportToken === undefined)
  console.error('papi-collector: exports are disabled: set PAPI_EXPORT_TOKEN to enable /api/export/*.csv');

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  // Let in-flight requests finish and their commits land, then close the database cleanly.
  collector.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
  setTimeout(() => process.exit(1), 5000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
