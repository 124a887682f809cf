/** A new random id for a session, participant or listing (ids only pick things; they carry no meaning). */
export function newId(): string {
  return crypto.randomUUID();
}
