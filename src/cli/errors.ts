/** An error meant for the person at the terminal: one line, a stable exit code, no stack. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'CliError';
  }
}
