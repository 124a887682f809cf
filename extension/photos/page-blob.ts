/**
 * Runs in the seller-form content script: reads the bytes of a photo the seller just chose in the form, which the
 * form shows from a blob: address that only this page can open. Only the page's own blob: addresses are read (no
 * web addresses, nothing with the seller's cookies), nothing is decoded here, and a file over `maxBytes` is not
 * read at all. The side panel decodes and checks it. Kept free of zod and of the photo code: content scripts have
 * a size budget.
 */
export async function readPageBlob(src: string, maxBytes: number): Promise<{ dataUrl?: string; bytes?: number }> {
  if (!src.startsWith(`blob:${location.origin}/`)) return {};
  let blob: Blob;
  try {
    blob = await (await fetch(src)).blob();
  } catch {
    return {};
  }
  if (blob.size > maxBytes) return { bytes: blob.size };
  const dataUrl = await new Promise<string | undefined>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : undefined);
    reader.onerror = () => resolve(undefined);
    reader.readAsDataURL(blob);
  });
  return dataUrl ? { dataUrl, bytes: blob.size } : {};
}
