// The short code printed on a certificate and typed into /verify: 10 characters of Crockford base32 (50 random bits).
// Crockford's alphabet leaves out I, L, O and U, so a code read aloud or retyped from paper survives common slips.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CREDENTIAL_CODE_LENGTH = 10;

/** A code from at least 7 random bytes (the first 50 bits are used). */
export function credentialCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < 7) throw new RangeError("A credential code needs 7 random bytes");
  let bits = 0n;
  for (let index = 0; index < 7; index += 1) bits = (bits << 8n) | BigInt(bytes[index]!);
  bits >>= 6n;
  let code = "";
  for (let index = 0; index < CREDENTIAL_CODE_LENGTH; index += 1) {
    code = ALPHABET[Number(bits & 31n)]! + code;
    bits >>= 5n;
  }
  return code;
}

/** What a person typed, as a stored code: case, spaces and dashes ignored, and I/L read as 1, O as 0; null if it cannot be one. */
export function normalizeCredentialCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  if (cleaned.length !== CREDENTIAL_CODE_LENGTH) return null;
  for (const character of cleaned) if (!ALPHABET.includes(character)) return null;
  return cleaned;
}

/** Printed in two groups of five ("7K3QD-M9XWA"), which people copy more reliably than ten in a row. */
export function formatCredentialCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
