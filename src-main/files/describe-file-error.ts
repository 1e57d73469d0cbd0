/**
 * Turns a failed file operation into a sentence a SENCO can act on.
 * Node reports file errors by code (ENOSPC, EACCES, …); users should never see those.
 */
export function describeFileError(error: unknown, fileName: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `“${fileName}” was not saved because the disk is full. Free some space or choose another place (a USB stick, say), then export again.`;
    case 'EACCES':
    case 'EROFS':
      return `“${fileName}” was not saved because that folder can't be written to. Choose another folder, such as Documents, and export again.`;
    case 'EPERM':
    case 'EBUSY':
      // Windows reports a file held open by Word as EPERM or EBUSY when we replace it.
      return `“${fileName}” was not saved because the file is open in another program (perhaps Word) or the folder can't be written to. Close it there or choose another folder, then export again.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `“${fileName}” was not saved because that folder no longer exists (was a USB stick removed?). Choose another folder and export again.`;
    case 'ENAMETOOLONG':
      return `“${fileName}” was not saved because its name or folder path is too long. Choose a shorter name or a folder nearer the top of the drive.`;
    default:
      return `“${fileName}” was not saved because of an unexpected problem writing the file. Any earlier copy is unchanged. Try another folder.`;
  }
}
