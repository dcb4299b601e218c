import builtStyles from 'virtual:decision-blocks/element-styles';

/**
 * The library stylesheet plus the rules for the host element, as built for dist/styles.css
 * (scripts/theme.ts): shadow roots get the same final CSS, which no host pipeline rewrites.
 */
export const elementStyles: string = builtStyles;

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
