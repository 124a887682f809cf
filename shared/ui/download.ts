/** Turns text into a file download from this extension page (nothing leaves the device). */
export function download(name: string, text: string, type: string): void {
  // A byte-order mark so Excel opens the CSV as UTF-8 (Indonesian names keep their letters).
  const body = type.startsWith('text/csv') ? `\uFEFF${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
