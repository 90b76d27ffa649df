// pdf.js ships no typings for its worker module; only its WorkerMessageHandler is used (pdf.js
// runs its "worker" on the main thread when globalThis.pdfjsWorker holds it — no Worker, no
// worker URL, the same in Node and in the browser).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
