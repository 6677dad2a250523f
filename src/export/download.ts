// Saving files from the browser: a Blob or data URL handed to a temporary download link.
export function fileSafe(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 80) || 'export';
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  downloadDataUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadDataUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}
