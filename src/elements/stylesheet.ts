import builtStyles from 'virtual:decision-blocks/element-styles';

/**
 * The library stylesheet plus the rules for the host element, as built for dist/styles.css
 * (scripts/theme.ts): shadow roots get the same final CSS, which no host pipeline rewrites.
 */
export const elementStyles: string = builtStyles;

let sharedSheet: CSSStyleSheet | null | undefined;

function constructedSheet(): CSSStyleSheet | null {
  if (sharedSheet !== undefined) return sharedSheet;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(elementStyles);
    sharedSheet = sheet;
  } catch {
    // Without constructable stylesheets the markup still reads well unstyled; a <style> element
    // instead would be blocked by a strict CSP anyway.
    sharedSheet = null;
  }
  return sharedSheet;
}

/** Adopts the one shared stylesheet into a shadow root: no <style> element, so a strict CSP allows it. */
export function adoptElementStyles(root: ShadowRoot): void {
  const sheet = constructedSheet();
  if (!sheet) return;
  try {
    root.adoptedStyleSheets = [sheet];
  } catch {
    // A root in another document (an iframe) cannot adopt this document's sheet.
  }
}
