import { css } from 'lit';
import { controls } from '../shared/controls.styles.js';
import { tokens } from '../shared/tokens.styles.js';

/**
 * The screen at three sizes. Wide (1280 px and more): versions, comparison and concerns side by
 * side. Medium: the versions panel becomes a drawer opened from the header, so the comparison
 * keeps most of the width. Narrow (a phone): one column, the comparison first and the panels below.
 */
const layout = css`
  :host { display: flex; flex-direction: column; height: 100vh; min-width: 0; }
  header { display: flex; flex-wrap: wrap; align-items: center; gap: var(--cd-space-2) var(--cd-space-4); padding: var(--cd-space-2) var(--cd-space-4); border-bottom: 1px solid var(--cd-border); background: var(--cd-surface-alt); }
  .layout { flex: 1; min-height: 0; display: grid; grid-template-columns: 19rem minmax(0, 1fr) 19rem; }
  /* the panels are positioned so nothing inside them (screen-reader text included) lays out
     outside their scrolling box and makes the page taller */
  .versions, aside { position: relative; overflow: auto; padding: var(--cd-space-3); min-width: 0; }
  .versions { border-right: 1px solid var(--cd-border-light); }
  aside { border-left: 1px solid var(--cd-border-light); }
  main { position: relative; display: flex; flex-direction: column; min-width: 0; min-height: 0; }
  .panel-toggle { display: none; }

  @media (max-width: 1279.98px) {
    .layout { grid-template-columns: minmax(0, 1fr) 18rem; }
    .panel-toggle { display: inline-flex; align-items: center; gap: var(--cd-space-1); }
    .versions { display: none; }
    .versions.open { display: block; position: fixed; z-index: 10; top: 0; bottom: 0; left: 0; width: min(24rem, 92vw); background: var(--cd-surface); box-shadow: 0 0 0 1px var(--cd-border), 0 8px 24px rgb(0 0 0 / 0.18); }
    .drawer-close { display: block; margin-left: auto; }
  }
  @media (min-width: 1280px) {
    .drawer-close { display: none; }
  }
  @media (max-width: 759.98px) {
    :host { height: auto; }
    header { padding: var(--cd-space-2) var(--cd-space-3); }
    .new-workspace input { width: 12rem; }
    .layout { display: flex; flex-direction: column; }
    .panel-toggle, .drawer-close { display: none; }
    .versions, .versions.open { display: block; position: relative; box-shadow: none; width: auto; border: 0; border-top: 1px solid var(--cd-border); overflow: visible; }
    aside { border: 0; border-top: 1px solid var(--cd-border); overflow: visible; }
    main { order: -1; }
    .compare { height: 75vh; min-height: 22rem; flex: none; }
    .summary { flex-wrap: wrap; }
  }
`;

const parts = css`
  h1 { font-size: var(--cd-text-xl); margin: 0; letter-spacing: -0.01em; }
  h2 { font-size: var(--cd-text-lg); margin: 0 0 var(--cd-space-2); }
  header p { margin: 0; }
  header label { display: inline-flex; min-width: 0; max-width: 100%; align-items: center; gap: var(--cd-space-2); font-size: var(--cd-text-sm); }
  header select { min-width: 0; max-width: min(24rem, 100%); }
  .pair { font-weight: 600; }
  .summary { display: flex; flex-wrap: wrap; gap: var(--cd-space-1) var(--cd-space-3); margin: 0; font-size: var(--cd-text-sm); }
  .summary div { display: flex; gap: var(--cd-space-1); }
  .summary dt { color: var(--cd-muted); }
  .summary dd { margin: 0; font-weight: 600; }
  .message { display: flex; gap: var(--cd-space-4); align-items: center; padding: var(--cd-space-2) var(--cd-space-4); }
  .message span { flex: 1; }
  .message.error { background: var(--cd-delete-bg); border-bottom: 2px solid var(--cd-danger); }
  .message.info { background: var(--cd-accent-soft); border-bottom: 1px solid var(--cd-border); }
  .toolbar { display: flex; flex-wrap: wrap; gap: var(--cd-space-2) var(--cd-space-4); align-items: center; padding: var(--cd-space-2) var(--cd-space-3); border-bottom: 1px solid var(--cd-border-light); font-size: var(--cd-text-sm); }
  .toolbar label { display: inline-flex; align-items: center; gap: var(--cd-space-1); }
  .toolbar select { max-width: 12rem; }
  fieldset { border: 0; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: var(--cd-space-1) var(--cd-space-3); align-items: center; min-width: 0; }
  legend { float: left; margin-right: var(--cd-space-1); font-weight: 600; }
  .modes label { padding: 0.15rem 0.5rem; border: 1px solid var(--cd-border); border-radius: var(--cd-radius); background: var(--cd-surface); }
  .modes label:has(input:checked) { border-color: var(--cd-accent); background: var(--cd-accent-soft); }
  .modes label:has(input:disabled) { color: var(--cd-muted); }
  /* the comparison always keeps room to show rows, however tall the toolbar wraps */
  .compare { flex: 1 1 0; display: grid; grid-template-columns: minmax(0, 1fr) 1.25rem; grid-template-rows: 100%; min-height: 18rem; }
  .compare[hidden] { display: none; }
  cd-compare-view { min-height: 0; min-width: 0; }
  .issues { flex: 1 1 0; overflow: auto; padding: var(--cd-space-3); }
  .issues-download { display: flex; flex-wrap: wrap; gap: var(--cd-space-2); align-items: center; margin-bottom: var(--cd-space-2); }
  .usage, .privacy, .hint, .keys { color: var(--cd-muted); font-size: var(--cd-text-sm); }
  .new-workspace { display: flex; gap: var(--cd-space-2); align-items: center; flex-wrap: wrap; }
  .workspace-files { display: flex; flex-direction: column; align-items: flex-start; gap: var(--cd-space-2); margin-top: var(--cd-space-4); }
  .workspace-files h2 { font-size: var(--cd-text-md); margin: 0; }
  aside section { margin-top: var(--cd-space-4); }
  aside h2 { font-size: var(--cd-text-md); }
  .danger { color: var(--cd-danger); }
  .confirm { border: 1px solid var(--cd-danger); border-radius: var(--cd-radius); padding: var(--cd-space-2); display: flex; flex-wrap: wrap; gap: var(--cd-space-2); }
  .confirm p { margin: 0; flex-basis: 100%; }
  .file { display: flex; flex-direction: column; gap: var(--cd-space-1); max-width: 100%; }
  .file input { max-width: 100%; }
  .derive { position: fixed; z-index: 20; inset: 5vh max(10vw, 0.5rem); background: var(--cd-surface); border: 1px solid var(--cd-border); border-radius: var(--cd-radius); box-shadow: 0 8px 24px rgb(0 0 0 / 0.18); padding: var(--cd-space-4); display: flex; flex-direction: column; gap: var(--cd-space-2); overflow: auto; }
  .team { display: flex; flex-wrap: wrap; align-items: center; gap: var(--cd-space-2) var(--cd-space-3); margin-left: auto; }
  .sheet { padding: var(--cd-space-3) var(--cd-space-4); border-bottom: 1px solid var(--cd-border); background: var(--cd-surface); max-height: 60vh; overflow: auto; }
  .team-activity { margin-top: var(--cd-space-4); }
  .team-activity h2 { font-size: var(--cd-text-md); margin: 0 0 var(--cd-space-2); }
  .team-activity h3 { font-size: var(--cd-text-sm); margin: var(--cd-space-3) 0 var(--cd-space-1); }
  .derive textarea { width: 100%; font: 13px/1.4 var(--cd-font-mono); }
`;

export const appStyles = [tokens, controls, layout, parts];
