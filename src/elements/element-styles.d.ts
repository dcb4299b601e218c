declare module 'virtual:decision-blocks/element-styles' {
  /** The built library stylesheet plus the host-element rules, minified (scripts/theme.ts). */
  const css: string;
  export default css;
}
