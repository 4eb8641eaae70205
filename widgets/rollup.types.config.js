// The npm package's types: one .d.ts per file of lib/ (pnpm build:types, run by the release; slower than the code,
// so `pnpm build` leaves it out). Core's types are inlined, as core is not published; Lit's stay imports.
import { dts } from 'rollup-plugin-dts';
import { cleanLib, external, libChunk, libInput } from './rollup.config.js';

export default {
  input: libInput,
  external,
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'lib',
    format: 'es',
    entryFileNames: '[name].d.ts',
    chunkFileNames: 'chunk-[hash].d.ts',
    manualChunks: libChunk,
  },
  plugins: [cleanLib(/^(?!.*\.d\.ts$)/), dts({ respectExternal: true, tsconfig: 'tsconfig.json' })],
};
