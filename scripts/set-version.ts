// pnpm set-version X.Y.Z: writes the version into every workspace package.json and the widgets' WIDGETS_VERSION, and
// files CHANGELOG.md's Unreleased section under it, so that `pnpm release` finds one version everywhere.
import { ROOT } from './release/util.js';
import { setVersion } from './release/versions.js';

const version = process.argv[2];
if (!version || process.argv.length > 3) {
  console.error('usage: pnpm set-version X.Y.Z');
  process.exit(2);
}
try {
  const changed = setVersion(ROOT, version);
  console.log(
    changed.length > 0
      ? `set-version ${version}:\n  ${changed.join('\n  ')}`
      : `set-version: everything already says ${version}`,
  );
} catch (error) {
  console.error(`set-version: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
