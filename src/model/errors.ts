/**
 * The one error type of the core. `status` follows HTTP (400 bad input, 413 too large) so the
 * server can answer with it unchanged; the command line maps any InputError to exit code 1.
 * Messages name what was wrong and where: the file, the byte, the line or the clause.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 | 415 = 400,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
