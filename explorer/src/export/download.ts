// Hands a file to the browser's download machinery.
export function download(filename: string, data: Blob | string, mime: string): void {
  const blob = typeof data === 'string' ? new Blob([data], { type: mime }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download synchronously; the URL is no longer needed after this tick.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function fileStem(title: string): string {
  return `atlas-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}
