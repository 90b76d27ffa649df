// Sample drafts are bundled into the app as text (esbuild's text loader).
declare module '*.txt' {
  const text: string;
  export default text;
}
