/** Saves text as a file through a temporary link: the browser's own download, no permission and no network. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: Chrome reads the blob when the click's default action runs.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from the query: what the reader searched, in the name, without characters file systems refuse. */
export function exportFileName(query: string, extension: string): string {
  const stem = query
    .trim()
    .replace(/[\\/:*?"<>|\s]+/g, '_')
    .slice(0, 40);
  return `minutes-lens${stem ? `-${stem}` : ''}.${extension}`;
}
