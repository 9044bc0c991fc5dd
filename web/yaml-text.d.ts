/** The shipped scenario files, bundled as text by esbuild's `text` loader. */
declare module '*.yaml' {
  const text: string;
  export default text;
}
