import type { Plugin } from 'rollup';
export declare const STRINGS_PREFIX: string;
export declare function papiStrings(): Plugin;
