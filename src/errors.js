/**
 * An error the user caused (bad input, unknown name, conflicting options). Edges print its
 * message without a stack trace; `status` is the HTTP status the API answers with.
 */
export class AppError extends Error {
    status;
    constructor(status, message) {
        super(printable(message));
        this.status = status;
        this.name = 'AppError';
    }
}
/** Longest message an error carries: a 50 MB header line once made a 65 KB one. */
export const MAX_MESSAGE_CHARS = 1000;
/**
 * A message fit for a terminal or a JSON reply: control characters (bar newline and tab) shown
 * as \xNN escapes, so a binary file's bytes can't reach the screen, and the length bounded.
 */
export function printable(message) {
    const clean = message.replace(/[\p{Cc}\u{fffd}]/gu, (ch) => (ch === '\n' || ch === '\t' ? ch : ch === '\ufffd' ? '?' : `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`));
    return clean.length > MAX_MESSAGE_CHARS ? `${clean.slice(0, MAX_MESSAGE_CHARS)}… (${clean.length - MAX_MESSAGE_CHARS} more characters)` : clean;
}
/** Shorthand for the most common user error: a 400 naming the bad value. */
export function badInput(message) {
    return new AppError(400, message);
}
export function notFound(message) {
    return new AppError(404, message);
}
