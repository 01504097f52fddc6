import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { STATUS_LIST_SIZE, isStatusBitSet, statusBitstring, statusListPosition } from "./status-list.ts";

describe("status list", () => {
  it("is at least 16 KB uncompressed, as Bitstring Status List requires", () => {
    expect(statusBitstring([]).length).toBe(16 * 1024);
    expect(STATUS_LIST_SIZE).toBe(131_072);
  });

  it("sets exactly the given bits, bit 0 being the first byte's most significant bit", () => {
    const bytes = statusBitstring([0, 9]);
    expect(bytes[0]).toBe(0b1000_0000);
    expect(bytes[1]).toBe(0b0100_0000);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: STATUS_LIST_SIZE - 1 }), { maxLength: 50 }),
        fc.integer({ min: 0, max: STATUS_LIST_SIZE - 1 }),
        (set, probe) => {
          expect(isStatusBitSet(statusBitstring(set), probe)).toBe(set.includes(probe));
        },
      ),
    );
  });

  it("numbers lists from 1 and places an index inside its list", () => {
    expect(statusListPosition(0)).toEqual({ list: 1, bit: 0 });
    expect(statusListPosition(STATUS_LIST_SIZE + 5)).toEqual({ list: 2, bit: 5 });
    expect(() => statusListPosition(-1)).toThrow(RangeError);
  });
});
