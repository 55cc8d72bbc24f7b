/**
 * A refusal or failure the operator can act on: the commands print its message as one
 * sentence and exit with `exitCode` (2 for bad input or a refused archive, nothing written).
 */
export class BackupError extends Error {
  constructor(
    message: string,
    public exitCode = 2,
  ) {
    super(message)
    this.name = 'BackupError'
  }
}
