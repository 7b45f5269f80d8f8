/**
 * Saves text as a file through the browser's own download: a Blob, an object URL and an
 * `<a download>`. Nothing leaves the phone; the URL is released once the browser has taken the file.
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Saves a Blob as a file the same way (the media backup file: its parts stay where the browser keeps them). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Released later, not at once: some browsers (Safari, Firefox) read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
