/** Words for the line that shows a first Run downloading Python. Pure. */

/** 16_912_345 -> "16.9 MB" (decimal megabytes, as browsers show downloads). */
export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** "4.2 of 16.9 MB, first run only", or just the bytes once they pass the expected total. */
export function downloadProgress(loaded: number, total: number): string {
  if (!(total > 0) || loaded > total) return `${megabytes(loaded)} downloaded, first run only`;
  return `${(loaded / 1_000_000).toFixed(1)} of ${megabytes(total)}, first run only`;
}
