/**
 * The one error opening (or wrapping) anything sealed throws. The message is for the member
 * reading the workspace; `reason` is for code deciding what to do (fetch a missing key, or set
 * the operation aside and say so).
 */
export type SealFailure =
  /** AES-GCM refused: a byte was changed, or it was moved from its place (workspace, record, writer…) */
  | 'altered'
  /** sealed under an epoch whose key this ring lacks */
  | 'missing-key'
  /** not base64url, or too short to be sealed bytes */
  | 'malformed'
  /** opened, but what it holds is not a valid payload */
  | 'invalid-content'
  /** opened and valid, but filed under another id than its content gives */
  | 'misfiled'
  /** a public key that is not a P-256 point */
  | 'bad-public-key';

export class SealError extends Error {
  constructor(
    readonly reason: SealFailure,
    message: string,
  ) {
    super(message);
    this.name = 'SealError';
  }
}
