/**
 * The largest file that crosses between the page and the main process, either way: the largest
 * portfolio file the app reads or writes (the renderer's core/files/limits.ts holds the same
 * figure for the file format; the main process cannot import the renderer's code).
 */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;
