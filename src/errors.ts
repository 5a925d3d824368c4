/**
 * An error the user caused (bad input, unknown name, conflicting options). Edges print its
 * message without a stack trace; `status` is the HTTP status the API answers with.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** Shorthand for the most common user error: a 400 naming the bad value. */
export function badInput(message: string): AppError {
  return new AppError(400, message)
}

export function notFound(message: string): AppError {
  return new AppError(404, message)
}
