/** The strings modules made by build/strings-plugin.js: one part's strings in one locale. */
declare module 'papi-strings:*' {
  const strings: Readonly<Record<string, string>>;
  export default strings;
}

/** The loader's list of files, written by the build (rollup.config.js) once the element modules are built. */
declare module 'papi-loader:files' {
  /** Each element's module, by tag name. */
  export const ELEMENT_FILES: Readonly<Record<string, string>>;
  /** Each part's strings in each locale ("feedback:km"). */
  export const STRINGS_FILES: Readonly<Record<string, string>>;
}
