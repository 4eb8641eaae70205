/** The widgets' version, named on the console when two versions meet on a page (written by `pnpm set-version`). */
export const WIDGETS_VERSION = '0.1.0';

/**
 * Defines an element once. A CMS may paste the script twice, or two versions of it may meet on one page:
 * the first definition wins and later ones are skipped instead of throwing.
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(name);
  if (existing) {
    const other = (existing as unknown as { version?: string }).version;
    if (other !== undefined && other !== WIDGETS_VERSION) {
      console.info(
        `<${name}>: version ${other} is already defined on this page; version ${WIDGETS_VERSION} is not used.`,
      );
    }
    return;
  }
  customElements.define(name, element);
}
