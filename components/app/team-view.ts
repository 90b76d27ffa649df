import { html, nothing } from 'lit';
import '../activity-list/activity-list.js';
import '../conflict-list/conflict-list.js';
import '../member-name-prompt/member-name-prompt.js';
import '../share-panel/share-panel.js';
import type { ConflictKeepDetail } from '../conflict-list/conflict-list.js';
import type { MemberNameDetail } from '../member-name-prompt/member-name-prompt.js';
import type { InviteCreateDetail, MemberRemoveDetail, MemberRoleDetail } from '../share-panel/share-panel.js';
import '../sync-status/sync-status.js';
import type { SyncController } from './sync-controller.js';

/**
 * The team workspace's parts of the screen, rendered from SyncController's state: the header's
 * Share button and sync indicator, the sheet under the header (the name asked, the share panel),
 * and the Team section of the versions panel (conflicts, activity). Render only.
 */

export function teamHeaderView(sync: SyncController) {
  const shared = sync.state.shared;
  return html`<div class="team">
    ${shared ? html`<cd-sync-status .state=${shared.status} .waiting=${shared.waiting} .detail=${shared.detail}></cd-sync-status>` : nothing}
    ${shared?.status === 'removed'
      ? nothing
      : html`<button type="button" class="share" aria-expanded=${sync.state.panelOpen || sync.state.prompt?.purpose === 'share' ? 'true' : 'false'} @click=${() => void sync.openShare()}>
          ${shared ? 'Members and invites' : 'Share this workspace'}
        </button>`}
  </div>`;
}

export function teamSheetView(sync: SyncController) {
  const { prompt, panelOpen, shared } = sync.state;
  if (prompt) {
    return html`<div class="sheet">
      <cd-member-name-prompt
        .purpose=${prompt.purpose}
        .name=${prompt.name}
        .error=${prompt.error}
        .busy=${prompt.busy}
        @cd-member-name=${(e: CustomEvent<MemberNameDetail>) => void sync.answerName(e.detail.name)}
        @cd-prompt-cancel=${() => sync.cancelPrompt()}
      ></cd-member-name-prompt>
    </div>`;
  }
  if (!panelOpen || !shared) return nothing;
  return html`<div class="sheet">
    <cd-share-panel
      .viewerRole=${shared.role}
      .members=${sync.state.members}
      .invite=${sync.state.invite}
      .busy=${sync.state.panelBusy}
      .error=${sync.state.panelError}
      @cd-invite-create=${(e: CustomEvent<InviteCreateDetail>) => void sync.invite(e.detail.role)}
      @cd-member-role=${(e: CustomEvent<MemberRoleDetail>) => void sync.changeRole(e.detail.memberId, e.detail.role)}
      @cd-member-remove=${(e: CustomEvent<MemberRemoveDetail>) => void sync.removeMember(e.detail.memberId)}
      @cd-share-close=${() => sync.closePanel()}
    ></cd-share-panel>
  </div>`;
}

export function teamSectionView(sync: SyncController) {
  const shared = sync.state.shared;
  if (!shared) return nothing;
  return html`<section class="team-activity" aria-labelledby="team-heading">
    <h2 id="team-heading">Team</h2>
    ${shared.conflicts.length
      ? html`<h3>Conflicts</h3>
          <cd-conflict-list
            .conflicts=${shared.conflicts}
            .readOnly=${shared.role === 'reader'}
            @cd-conflict-keep=${(e: CustomEvent<ConflictKeepDetail>) => void sync.keep(e.detail.recordId, e.detail.opId)}
          ></cd-conflict-list>`
      : nothing}
    <h3>Activity</h3>
    <cd-activity-list .items=${shared.activity}></cd-activity-list>
  </section>`;
}
