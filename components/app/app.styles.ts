import { css } from 'lit';

export const appStyles = css`
  :host { display: flex; flex-direction: column; height: 100vh; font: 15px/1.45 system-ui, sans-serif; color: #1b1b1b; }
  header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem 1.5rem; padding: 0.5rem 1rem; border-bottom: 1px solid #ccc; }
  h1 { font-size: 1.2rem; margin: 0; }
  header p { margin: 0; }
  .summary { display: flex; gap: 0.75rem; margin: 0; }
  .summary div { display: flex; gap: 0.25rem; }
  .summary dt { color: #555; }
  .summary dd { margin: 0; font-weight: 600; }
  .message { display: flex; gap: 1rem; align-items: center; padding: 0.4rem 1rem; }
  .message.error { background: #fde8e8; border-bottom: 2px solid #a40000; }
  .message.info { background: #e8f1fd; }
  .layout { flex: 1; min-height: 0; display: grid; grid-template-columns: 25rem 1fr 22rem; }
  .versions, aside { overflow: auto; padding: 0.5rem; border-right: 1px solid #ddd; }
  aside { border-right: 0; border-left: 1px solid #ddd; }
  main { display: flex; flex-direction: column; min-width: 0; min-height: 0; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; padding: 0.4rem 0.5rem; border-bottom: 1px solid #ddd; }
  fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: 0.5rem; }
  legend { float: left; margin-right: 0.4rem; font-weight: 600; }
  /* the comparison always keeps room to show rows, however tall the toolbar wraps */
  .compare { flex: 1 1 0; display: grid; grid-template-columns: 1fr 1.5rem; grid-template-rows: 100%; min-height: 18rem; }
  .compare[hidden] { display: none; }
  cd-compare-view { min-height: 0; }
  .issues { flex: 1 1 0; overflow: auto; padding: 0.5rem; }
  .issues h2 { font-size: 1rem; margin: 0 0 0.4rem; }
  .issues-download { display: flex; gap: 0.5rem; align-items: center; margin-bottom: 0.5rem; }
  .usage, .privacy, .hint, .keys { color: #555; font-size: 0.85rem; }
  .new-workspace { display: flex; gap: 0.4rem; align-items: center; }
  .workspace-files { display: flex; flex-direction: column; gap: 0.4rem; margin-top: 1rem; }
  .workspace-files h2 { font-size: 1rem; margin: 0; }
  .danger { color: #a4161a; }
  .confirm { border: 1px solid #a4161a; border-radius: 4px; padding: 0.5rem; display: flex; flex-wrap: wrap; gap: 0.4rem; }
  .confirm p { margin: 0; flex-basis: 100%; }
  .file { display: flex; flex-direction: column; gap: 0.2rem; }
  .derive { position: fixed; inset: 5vh 10vw; background: white; border: 1px solid #888; padding: 1rem; display: flex; flex-direction: column; gap: 0.5rem; overflow: auto; }
  .derive textarea { width: 100%; font: 13px/1.4 ui-monospace, monospace; }
  :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
`;
