import type { Blob, Member, PulledOp, PushOp, Role } from '../../model/sync.js';
import { SyncRefusal } from './refusal.js';
import { placeholders, type Engine, type Sql } from './sql.js';

/** A member as the server knows them: never a name, only an id, a role and a public key. */
export interface MemberRow {
  id: string;
  workspaceId: string;
  role: Role;
  publicKey: string;
  joined: string;
  removed: string | null;
}

interface MemberColumns {
  id: string;
  workspace_id: string;
  role: Role;
  public_key: string;
  joined_at: string;
  removed_at: string | null;
}

interface OpColumns {
  rev: number;
  op_id: string;
  record_id: string;
  parents: string;
  epoch: number;
  member_id: string;
  ciphertext: string;
  at: string;
}

const MEMBER_COLUMNS = 'id, workspace_id, role, public_key, joined_at, removed_at';

const memberRow = (row: MemberColumns): MemberRow => ({
  id: row.id,
  workspaceId: row.workspace_id,
  role: row.role,
  publicKey: row.public_key,
  joined: row.joined_at,
  removed: row.removed_at,
});

export const publicMember = (row: MemberRow): Member => ({
  id: row.id,
  role: row.role,
  publicKey: row.publicKey,
  joined: row.joined,
  removed: row.removed,
});

const now = () => new Date().toISOString();

/** What one workspace may store on the server unless the server is told otherwise: 1 GB. */
export const DEFAULT_QUOTA_BYTES = 1024 * 1024 * 1024;

/** About how much ciphertext one pull answers with, so a page of large versions stays a few MB. */
export const PULL_BYTES = 8 * 1024 * 1024;

/**
 * Everything the sync routes store and read, as whole transactions: a push numbers its
 * operations and moves the workspace's head together, or not at all; an invite is used once.
 * The store holds ciphertext, ids, revisions, roles, times and sizes, and nothing it could read.
 */
export class SyncStore {
  /**
   * @param quotaBytes what one workspace may store (operations and clause texts, as sealed): a
   *   member, or anyone who joins, cannot fill the server's disk
   */
  constructor(
    readonly engine: Engine,
    readonly quotaBytes: number = DEFAULT_QUOTA_BYTES,
  ) {}

  /** Counts `adding` bytes against the workspace's quota inside a write; refuses past it (413). */
  private async charge(sql: Sql, workspaceId: string, adding: number): Promise<void> {
    if (adding === 0) return;
    const [row] = await sql.all<{ bytes: number }>('UPDATE workspaces SET bytes = bytes + ? WHERE id = ? RETURNING bytes', [adding, workspaceId]);
    if (row && row.bytes > this.quotaBytes) {
      throw new SyncRefusal(413, 'workspace-full', `this workspace has reached its ${Math.round(this.quotaBytes / 1048576)} MB on the server; nothing of this request was stored`);
    }
  }

  async createWorkspace(workspaceId: string, owner: { id: string; tokenHash: string; publicKey: string }): Promise<void> {
    const at = now();
    await this.engine.transaction(async (sql) => {
      await sql.run('INSERT INTO workspaces (id, created_at) VALUES (?, ?)', [workspaceId, at]);
      await sql.run('INSERT INTO members (id, workspace_id, role, token_hash, public_key, joined_at) VALUES (?, ?, ?, ?, ?, ?)', [
        owner.id,
        workspaceId,
        'owner',
        owner.tokenHash,
        owner.publicKey,
        at,
      ]);
    });
  }

  async workspace(workspaceId: string): Promise<{ head: number; epoch: number } | null> {
    const [row] = await this.engine.all<{ head: number; epoch: number }>('SELECT head, epoch FROM workspaces WHERE id = ?', [workspaceId]);
    return row ?? null;
  }

  /** The member a token belongs to, removed or not (the caller tells the two apart). */
  async memberByToken(tokenHash: string): Promise<MemberRow | null> {
    const [row] = await this.engine.all<MemberColumns>(`SELECT ${MEMBER_COLUMNS} FROM members WHERE token_hash = ?`, [tokenHash]);
    return row ? memberRow(row) : null;
  }

  async member(memberId: string): Promise<MemberRow | null> {
    const [row] = await this.engine.all<MemberColumns>(`SELECT ${MEMBER_COLUMNS} FROM members WHERE id = ?`, [memberId]);
    return row ? memberRow(row) : null;
  }

  async members(workspaceId: string): Promise<MemberRow[]> {
    const rows = await this.engine.all<MemberColumns>(`SELECT ${MEMBER_COLUMNS} FROM members WHERE workspace_id = ? ORDER BY joined_at, id`, [workspaceId]);
    return rows.map(memberRow);
  }

  async createInvite(invite: { workspaceId: string; tokenHash: string; role: Role; createdBy: string; expires: string }): Promise<void> {
    await this.engine.run('INSERT INTO invites (token_hash, workspace_id, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)', [
      invite.tokenHash,
      invite.workspaceId,
      invite.role,
      invite.createdBy,
      now(),
      invite.expires,
    ]);
  }

  /** Uses an invite once: the new member gets its role. Refuses one unknown, used or expired. */
  async redeemInvite(workspaceId: string, inviteHash: string, member: { id: string; tokenHash: string; publicKey: string }): Promise<Role> {
    const at = now();
    return this.engine.transaction(async (sql) => {
      const [invite] = await sql.all<{ role: Role; expires_at: string; used_by: string | null }>(
        'SELECT role, expires_at, used_by FROM invites WHERE token_hash = ? AND workspace_id = ?',
        [inviteHash, workspaceId],
      );
      if (!invite) throw new SyncRefusal(403, 'bad-invite', 'this invite link is not one of this workspace', 'inviteToken');
      if (invite.used_by) throw new SyncRefusal(410, 'invite-used', 'this invite link has been used already; ask for a new one', 'inviteToken');
      if (invite.expires_at <= at) throw new SyncRefusal(410, 'invite-expired', `this invite link expired at ${invite.expires_at}; ask for a new one`, 'inviteToken');
      await sql.run('UPDATE invites SET used_by = ? WHERE token_hash = ?', [member.id, inviteHash]);
      await sql.run('INSERT INTO members (id, workspace_id, role, token_hash, public_key, joined_at) VALUES (?, ?, ?, ?, ?, ?)', [
        member.id,
        workspaceId,
        invite.role,
        member.tokenHash,
        member.publicKey,
        at,
      ]);
      return invite.role;
    });
  }

  /** Changes a member's role, or removes them (their token is refused from then on). */
  async changeMember(workspaceId: string, memberId: string, change: { role: Role } | { remove: true }): Promise<void> {
    await this.engine.transaction(async (sql) => {
      const rows = (await sql.all<MemberColumns>(`SELECT ${MEMBER_COLUMNS} FROM members WHERE workspace_id = ? AND removed_at IS NULL`, [workspaceId])).map(memberRow);
      const member = rows.find((row) => row.id === memberId);
      if (!member) throw new SyncRefusal(404, 'no-member', `no current member ${memberId} in this workspace`, 'member');
      const ownersLeft = rows.filter((row) => row.role === 'owner' && row.id !== memberId).length;
      const losesOwner = member.role === 'owner' && ('remove' in change || change.role !== 'owner');
      if (losesOwner && ownersLeft === 0) {
        throw new SyncRefusal(409, 'last-owner', 'a workspace keeps at least one owner: make another member owner first', 'member');
      }
      if ('remove' in change) await sql.run('UPDATE members SET removed_at = ? WHERE id = ?', [now(), memberId]);
      else await sql.run('UPDATE members SET role = ? WHERE id = ?', [change.role, memberId]);
    });
    await this.engine.notify({ workspaceId, what: 'members' });
  }

  /**
   * Stores a push: operations already stored (same id) are answered with their number again, new
   * ones are numbered after the head, which moves with them, in one transaction. Operations sealed
   * under a key older than the workspace's are refused (409 stale-key) before anything is stored.
   */
  async push(workspaceId: string, memberId: string, ops: readonly PushOp[]): Promise<{ accepted: { opId: string; rev: number }[]; head: number }> {
    const at = now();
    const result = await this.engine.transaction(async (sql) => {
      // taking the head first locks the workspace's row (PostgreSQL) for the rest of the push
      const [workspace] = await sql.all<{ head: number; epoch: number }>('UPDATE workspaces SET head = head WHERE id = ? RETURNING head, epoch', [workspaceId]);
      if (!workspace) throw new SyncRefusal(404, 'no-workspace', 'no such shared workspace');
      const known = await existingOps(sql, workspaceId, ops.map((op) => op.opId));
      // a repeated push of operations already stored is acknowledged whatever key sealed them
      ops.forEach((op, index) => {
        if (known.has(op.opId)) return;
        if (op.epoch < workspace.epoch) {
          throw new SyncRefusal(409, 'stale-key', `sealed under key ${op.epoch}, but the workspace's key is now ${workspace.epoch}: fetch it and seal again`, `ops.${index}.epoch`);
        }
        if (op.epoch > workspace.epoch) throw new SyncRefusal(400, 'invalid request', `no key ${op.epoch} yet (the workspace's is ${workspace.epoch})`, `ops.${index}.epoch`);
      });
      let head = workspace.head;
      let bytes = 0;
      const accepted = [];
      for (const op of ops) {
        const stored = known.get(op.opId);
        if (stored !== undefined) {
          accepted.push({ opId: op.opId, rev: stored });
          continue;
        }
        head += 1;
        bytes += op.ciphertext.length;
        await sql.run(
          'INSERT INTO ops (workspace_id, rev, op_id, record_id, parents, epoch, member_id, size, ciphertext, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [workspaceId, head, op.opId, op.recordId, JSON.stringify(op.parents), op.epoch, memberId, op.ciphertext.length, op.ciphertext, at],
        );
        known.set(op.opId, head);
        accepted.push({ opId: op.opId, rev: head });
      }
      await this.charge(sql, workspaceId, bytes);
      if (head !== workspace.head) await sql.run('UPDATE workspaces SET head = ? WHERE id = ?', [head, workspaceId]);
      return { accepted, head, moved: head !== workspace.head };
    });
    if (result.moved) await this.engine.notify({ workspaceId, what: 'head', head: result.head });
    return { accepted: result.accepted, head: result.head };
  }

  async pull(workspaceId: string, since: number, limit: number): Promise<{ ops: PulledOp[]; head: number; more: boolean }> {
    const workspace = await this.workspace(workspaceId);
    const rows = await this.engine.all<OpColumns>(
      'SELECT rev, op_id, record_id, parents, epoch, member_id, ciphertext, at FROM ops WHERE workspace_id = ? AND rev > ? ORDER BY rev LIMIT ?',
      [workspaceId, since, limit + 1],
    );
    // one answer holds at most about PULL_BYTES of ciphertext (always at least one operation)
    let kept = 0;
    for (let bytes = 0; kept < Math.min(rows.length, limit) && (kept === 0 || bytes + rows[kept]!.ciphertext.length <= PULL_BYTES); kept++) bytes += rows[kept]!.ciphertext.length;
    const ops = rows.slice(0, kept).map((row) => ({
      opId: row.op_id,
      recordId: row.record_id,
      parents: JSON.parse(row.parents) as string[],
      epoch: row.epoch,
      ciphertext: row.ciphertext,
      rev: row.rev,
      memberId: row.member_id,
      at: row.at,
    }));
    return { ops, head: workspace?.head ?? 0, more: rows.length > kept };
  }

  /** Stores clause texts not yet stored; one already there under its id is kept as it is. */
  async putBlobs(workspaceId: string, blobs: readonly Blob[]): Promise<{ stored: number; existing: number }> {
    const at = now();
    return this.engine.transaction(async (sql) => {
      let stored = 0;
      let bytes = 0;
      for (const blob of blobs) {
        const added = await sql.run('INSERT INTO blobs (workspace_id, id, epoch, size, ciphertext, at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING', [
          workspaceId,
          blob.id,
          blob.epoch,
          blob.ciphertext.length,
          blob.ciphertext,
          at,
        ]);
        stored += added;
        bytes += added * blob.ciphertext.length;
      }
      await this.charge(sql, workspaceId, bytes);
      return { stored, existing: blobs.length - stored };
    });
  }

  async missingBlobs(workspaceId: string, ids: readonly string[]): Promise<string[]> {
    const present = new Set((await this.blobRows(workspaceId, ids, 'id')).map((row) => row.id));
    return [...new Set(ids)].filter((id) => !present.has(id));
  }

  async blobs(workspaceId: string, ids: readonly string[]): Promise<Blob[]> {
    return (await this.blobRows(workspaceId, ids, 'id, epoch, ciphertext')).map((row) => ({ id: row.id, epoch: row.epoch!, ciphertext: row.ciphertext! }));
  }

  private async blobRows(workspaceId: string, ids: readonly string[], columns: string) {
    const rows: { id: string; epoch?: number; ciphertext?: string }[] = [];
    // a few hundred ids per statement keeps within both databases' limits on parameters
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500);
      rows.push(...(await this.engine.all<{ id: string; epoch?: number; ciphertext?: string }>(`SELECT ${columns} FROM blobs WHERE workspace_id = ? AND id IN (${placeholders(chunk.length)})`, [workspaceId, ...chunk])));
    }
    return rows;
  }

  /**
   * Moves the workspace to its next key: `epoch` must be the one after the current, and a wrapped
   * key must come for every current member and no one else, so nobody is left unable to read.
   */
  async rotateKey(workspaceId: string, by: string, epoch: number, wrapped: readonly { memberId: string; wrapped: string }[]): Promise<void> {
    const at = now();
    await this.engine.transaction(async (sql) => {
      const [workspace] = await sql.all<{ epoch: number }>('UPDATE workspaces SET epoch = epoch WHERE id = ? RETURNING epoch', [workspaceId]);
      if (!workspace) throw new SyncRefusal(404, 'no-workspace', 'no such shared workspace');
      if (epoch !== workspace.epoch + 1) throw new SyncRefusal(409, 'stale-key', `the next key is ${workspace.epoch + 1}, not ${epoch}`, 'epoch');
      const current = (await sql.all<{ id: string }>('SELECT id FROM members WHERE workspace_id = ? AND removed_at IS NULL', [workspaceId])).map((row) => row.id);
      const given = new Set(wrapped.map((entry) => entry.memberId));
      const missing = current.filter((id) => !given.has(id));
      if (missing.length > 0) throw new SyncRefusal(400, 'invalid request', `no wrapped key for current member ${missing[0]}`, 'wrapped');
      const stranger = wrapped.findIndex((entry) => !current.includes(entry.memberId));
      if (stranger >= 0) throw new SyncRefusal(400, 'invalid request', `${wrapped[stranger]!.memberId} is not a current member`, `wrapped.${stranger}.memberId`);
      if (given.size !== wrapped.length) throw new SyncRefusal(400, 'invalid request', 'a member is named twice', 'wrapped');
      for (const entry of wrapped) {
        await sql.run('INSERT INTO wrapped_keys (workspace_id, epoch, member_id, wrapped, by_member, at) VALUES (?, ?, ?, ?, ?, ?)', [workspaceId, epoch, entry.memberId, entry.wrapped, by, at]);
      }
      await sql.run('UPDATE workspaces SET epoch = ? WHERE id = ?', [epoch, workspaceId]);
      // an invite link carries the keys of its day: one used after this rotation would join
      // without the new key, which nobody would then wrap for it, so unused ones end here
      await sql.run('UPDATE invites SET expires_at = ? WHERE workspace_id = ? AND used_by IS NULL AND expires_at > ?', [at, workspaceId, at]);
    });
    await this.engine.notify({ workspaceId, what: 'members' });
  }

  async wrappedKeys(workspaceId: string, memberId: string): Promise<{ epoch: number; wrapped: string; by: string }[]> {
    const rows = await this.engine.all<{ epoch: number; wrapped: string; by_member: string }>(
      'SELECT epoch, wrapped, by_member FROM wrapped_keys WHERE workspace_id = ? AND member_id = ? ORDER BY epoch',
      [workspaceId, memberId],
    );
    return rows.map((row) => ({ epoch: row.epoch, wrapped: row.wrapped, by: row.by_member }));
  }
}

async function existingOps(sql: Sql, workspaceId: string, opIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await sql.all<{ op_id: string; rev: number }>(`SELECT op_id, rev FROM ops WHERE workspace_id = ? AND op_id IN (${placeholders(opIds.length)})`, [workspaceId, ...opIds]);
  return new Map(rows.map((row) => [row.op_id, row.rev]));
}
