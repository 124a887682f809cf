/** .xlsx files are zip archives: they start with "PK\x03\x04". Decided by content, never by the file's name. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
