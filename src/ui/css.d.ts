declare module '*.css?inline' {
  /** The stylesheet's text, minified in builds. */
  const css: string;
  export default css;
}
