// Oregon's 36 counties with their five-digit FIPS codes (state 41), the list people choose their county from.

export const oregonCounties = [
  { fips: "41001", name: "Baker" },
  { fips: "41003", name: "Benton" },
  { fips: "41005", name: "Clackamas" },
  { fips: "41007", name: "Clatsop" },
  { fips: "41009", name: "Columbia" },
  { fips: "41011", name: "Coos" },
  { fips: "41013", name: "Crook" },
  { fips: "41015", name: "Curry" },
  { fips: "41017", name: "Deschutes" },
  { fips: "41019", name: "Douglas" },
  { fips: "41021", name: "Gilliam" },
  { fips: "41023", name: "Grant" },
  { fips: "41025", name: "Harney" },
  { fips: "41027", name: "Hood River" },
  { fips: "41029", name: "Jackson" },
  { fips: "41031", name: "Jefferson" },
  { fips: "41033", name: "Josephine" },
  { fips: "41035", name: "Klamath" },
  { fips: "41037", name: "Lake" },
  { fips: "41039", name: "Lane" },
  { fips: "41041", name: "Lincoln" },
  { fips: "41043", name: "Linn" },
  { fips: "41045", name: "Malheur" },
  { fips: "41047", name: "Marion" },
  { fips: "41049", name: "Morrow" },
  { fips: "41051", name: "Multnomah" },
  { fips: "41053", name: "Polk" },
  { fips: "41055", name: "Sherman" },
  { fips: "41057", name: "Tillamook" },
  { fips: "41059", name: "Umatilla" },
  { fips: "41061", name: "Union" },
  { fips: "41063", name: "Wallowa" },
  { fips: "41065", name: "Wasco" },
  { fips: "41067", name: "Washington" },
  { fips: "41069", name: "Wheeler" },
  { fips: "41071", name: "Yamhill" },
] as const;

export type CountyFips = (typeof oregonCounties)[number]["fips"];

const byFips = new Map<string, (typeof oregonCounties)[number]>(oregonCounties.map((county) => [county.fips, county]));

export function isOregonCounty(fips: string): fips is CountyFips {
  return byFips.has(fips);
}

/** The county's name (a proper noun, the same in both languages), or null for a code that is not an Oregon county. */
export function countyName(fips: string): string | null {
  return byFips.get(fips)?.name ?? null;
}
