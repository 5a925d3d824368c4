/**
 * An error the user caused (bad input, unknown name, conflicting options). Edges print its
 * message without a stack trace; `status` is the HTTP status the API answers with.
 */
export class AppError extends Error {
  /** One line per bad item (row, rules-file path) when the message sums several up. */
  readonly details?: string[]
  constructor(
    readonly status: number,
    message: string,
    details?: string[]
  ) {
    super(printable(message))
    this.name = 'AppError'
    if (details?.length) this.details = details.slice(0, MAX_DETAILS).map(printable)
  }
}

/** Most detail lines an error carries: a file of a million bad rows must not make a million-line reply. */
export const MAX_DETAILS = 1000

/** Longest message an error carries: a 50 MB header line once made a 65 KB one. */
export const MAX_MESSAGE_CHARS = 1000

/**
 * A message fit for a terminal or a JSON reply: control characters (bar newline and tab) shown
 * as \xNN escapes, so a binary file's bytes can't reach the screen, and the length bounded.
 */
export function printable(message: string): string {
  const clean = message.replace(/[\p{Cc}\u{fffd}]/gu, (ch) => (ch === '\n' || ch === '\t' ? ch : ch === '\ufffd' ? '?' : `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`))
  return clean.length > MAX_MESSAGE_CHARS ? `${clean.slice(0, MAX_MESSAGE_CHARS)}… (${clean.length - MAX_MESSAGE_CHARS} more characters)` : clean
}

/** Shorthand for the most common user error: a 400 naming the bad value. */
export function badInput(message: string): AppError {
  return new AppError(400, message)
}

export function notFound(message: string): AppError {
  return new AppError(404, message)
}
