// The revocation status list (W3C Bitstring Status List v1.0): one bit per credential, set when it is revoked.
// Pure: builds and reads the bitstring; the feature compresses it (GZIP) and encodes it (multibase base64url).

/** 131,072 bits = 16 KB uncompressed, the minimum the specification asks for, so one list hides each holder among many. */
export const STATUS_LIST_SIZE = 131_072;

/** Which list (numbered from 1, as in /credentials/status/1) and which bit of it a credential's index falls on. */
export function statusListPosition(index: number): { list: number; bit: number } {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Not a status list index: ${index}`);
  return { list: Math.floor(index / STATUS_LIST_SIZE) + 1, bit: index % STATUS_LIST_SIZE };
}

/** The list's bits with each given index set; bit 0 is the most significant bit of the first byte, as the specification says. */
export function statusBitstring(setBits: Iterable<number>, size = STATUS_LIST_SIZE): Uint8Array {
  const bytes = new Uint8Array(size / 8);
  for (const bit of setBits) {
    if (bit < 0 || bit >= size) throw new RangeError(`Bit ${bit} is outside a list of ${size}`);
    bytes[bit >> 3]! |= 0x80 >> (bit & 7);
  }
  return bytes;
}

export function isStatusBitSet(bytes: Uint8Array, bit: number): boolean {
  const byte = bytes[bit >> 3];
  if (byte === undefined) throw new RangeError(`Bit ${bit} is outside a list of ${bytes.length * 8}`);
  return (byte & (0x80 >> (bit & 7))) !== 0;
}
