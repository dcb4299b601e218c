/// <reference types="vite/client" />
// The theme files arrive as raw text (`?raw`), not through Vite's CSS pipeline: that pipeline
// minifies with Lightning CSS in production builds, which rewrites `light-dark()` for older
// targets and would break dark mode driven by an ancestor's `color-scheme`. The same light
// clean-up as scripts/build-css.mjs runs once, when this module loads.
const themeFiles = import.meta.glob<string>('../theme/*.css', { query: '?raw', import: 'default', eager: true });

const FIRST = '../theme/tokens.css';

function compact(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/\n+/g, ' ')
    .trim();
}

// The host element itself: block (inline for the badge) and shielded from the typography the
// host page lets inherit. Rules the page writes for the element itself still win, so a console
// can set `display` or margins; `--dblk-*` tokens and `color-scheme` inherit through untouched.
const hostRules = `
:host {
  display: block;
  line-height: normal;
  text-align: start;
  text-indent: 0;
  text-transform: none;
  letter-spacing: normal;
  word-spacing: normal;
  white-space: normal;
  font-style: normal;
  font-weight: normal;
}
:host(decision-badge) {
  display: inline;
}
:host([hidden]) {
  display: none;
}
:host([data-dblk-theme='dark']) {
  color-scheme: dark;
}
:host([data-dblk-theme='light']) {
  color-scheme: light;
}
.dblk-element-mount {
  display: contents;
}`;

/** The library stylesheet (same order as dist/styles.css) plus the rules for the host element. */
export const elementStyles: string = [
  '@layer decision-blocks;',
  ...[
    FIRST,
    ...Object.keys(themeFiles)
      .filter((path) => path !== FIRST)
      .sort(),
  ].map((path) => compact(themeFiles[path] ?? '')),
  compact(hostRules),
].join('');

// One sheet per document: a shadow root can only adopt sheets made in its own document, so an
// element moved into an iframe needs that document's copy.
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function constructedSheet(document: Document): CSSStyleSheet | null {
  const known = sheets.get(document);
  if (known !== undefined) return known;
  let sheet: CSSStyleSheet | null = null;
  try {
    const view = document.defaultView as (Window & typeof globalThis) | null;
    if (view) {
      sheet = new view.CSSStyleSheet();
      sheet.replaceSync(elementStyles);
    }
  } catch {
    // Without constructable stylesheets the markup still reads well unstyled; a <style> element
    // instead would be blocked by a strict CSP anyway.
    sheet = null;
  }
  sheets.set(document, sheet);
  return sheet;
}

/**
 * Adopts the library stylesheet into a shadow root, made in the root's own document: no <style>
 * element, so a strict CSP allows it. Call again after the root moves to another document.
 */
export function adoptElementStyles(root: ShadowRoot): void {
  const sheet = constructedSheet(root.ownerDocument);
  if (!sheet) return;
  try {
    root.adoptedStyleSheets = [sheet];
  } catch {
    // A document without constructable stylesheet support keeps the markup unstyled.
  }
}
