import { html } from 'lit';

/** The editor for a new draft started from an existing version's text. Renders only. */
export function deriveFormView(draft: { label: string; text: string }, onSave: (e: Event) => void, onCancel: () => void) {
  return html`<form class="derive" aria-label="New draft" @submit=${onSave}>
    <h2>New draft from an existing version</h2>
    <label>Label <input name="label" .value=${draft.label} required /></label>
    <label>Text <textarea name="text" rows="20" .value=${draft.text}></textarea></label>
    <div><button type="submit">Save as new version</button> <button type="button" @click=${onCancel}>Cancel</button></div>
  </form>`;
}
