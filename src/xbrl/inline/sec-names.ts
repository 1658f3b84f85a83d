/**
 * The names the SEC's transformations (`ixt-sec`, 2015-08-31) turn into EDGAR codes: US
 * states and territories and Canadian provinces (`stateprovnameen`), exchanges
 * (`exchnameen`, to the dei `exchangeCodeItemType` codes) and filer categories
 * (`entityfilercategoryen`). Matched case- and punctuation-insensitively.
 */

const STATES: Record<string, string> = {
  ALABAMA: 'AL', ALASKA: 'AK', ARIZONA: 'AZ', ARKANSAS: 'AR', CALIFORNIA: 'CA', COLORADO: 'CO', CONNECTICUT: 'CT',
  DELAWARE: 'DE', 'DISTRICT OF COLUMBIA': 'DC', FLORIDA: 'FL', GEORGIA: 'GA', HAWAII: 'HI', IDAHO: 'ID', ILLINOIS: 'IL',
  INDIANA: 'IN', IOWA: 'IA', KANSAS: 'KS', KENTUCKY: 'KY', LOUISIANA: 'LA', MAINE: 'ME', MARYLAND: 'MD',
  MASSACHUSETTS: 'MA', MICHIGAN: 'MI', MINNESOTA: 'MN', MISSISSIPPI: 'MS', MISSOURI: 'MO', MONTANA: 'MT',
  NEBRASKA: 'NE', NEVADA: 'NV', 'NEW HAMPSHIRE': 'NH', 'NEW JERSEY': 'NJ', 'NEW MEXICO': 'NM', 'NEW YORK': 'NY',
  'NORTH CAROLINA': 'NC', 'NORTH DAKOTA': 'ND', OHIO: 'OH', OKLAHOMA: 'OK', OREGON: 'OR', PENNSYLVANIA: 'PA',
  'RHODE ISLAND': 'RI', 'SOUTH CAROLINA': 'SC', 'SOUTH DAKOTA': 'SD', TENNESSEE: 'TN', TEXAS: 'TX', UTAH: 'UT',
  VERMONT: 'VT', VIRGINIA: 'VA', WASHINGTON: 'WA', 'WEST VIRGINIA': 'WV', WISCONSIN: 'WI', WYOMING: 'WY',
  'AMERICAN SAMOA': 'AS', GUAM: 'GU', 'NORTHERN MARIANA ISLANDS': 'MP', 'PUERTO RICO': 'PR', 'VIRGIN ISLANDS': 'VI',
  'US VIRGIN ISLANDS': 'VI', 'UNITED STATES VIRGIN ISLANDS': 'VI',
  ALBERTA: 'A0', 'BRITISH COLUMBIA': 'A1', MANITOBA: 'A2', 'NEW BRUNSWICK': 'A3', 'NEWFOUNDLAND': 'A4',
  'NEWFOUNDLAND AND LABRADOR': 'A4', 'NOVA SCOTIA': 'A5', ONTARIO: 'A6', 'PRINCE EDWARD ISLAND': 'A7', QUEBEC: 'A8',
  SASKATCHEWAN: 'A9', YUKON: 'B0', 'NORTHWEST TERRITORIES': 'Y6', NUNAVUT: 'Y7',
};

const key = (text: string) => text.toUpperCase().replace(/[^A-Z0-9]+/g, ' ').trim();

export function stateCode(text: string): string | null {
  return STATES[key(text)] ?? null;
}

/** Exchange names as registrants print them, most specific first, to the dei exchange codes. */
const EXCHANGES: Array<[RegExp, string]> = [
  [/\bNYSE ARCA\b/, 'NYSEArca'],
  [/\bNYSE (AMERICAN|MKT)\b/, 'NYSEAMER'],
  [/\bNYSE NATIONAL\b/, 'NYSENAT'],
  [/\bNASDAQ\b/, 'NASDAQ'],
  [/\bNEW YORK STOCK EXCHANGE\b|^NYSE\b/, 'NYSE'],
  [/\bCBOE BYX\b/, 'CboeBYX'],
  [/\bCBOE BZX\b|\bBATS\b/, 'CboeBZX'],
  [/\bCBOE EDGA\b/, 'CboeEDGA'],
  [/\bCBOE EDGX\b/, 'CboeEDGX'],
  [/\bCBOE\b|\bCHICAGO BOARD OPTIONS\b/, 'CBOE'],
  [/\bCHICAGO STOCK EXCHANGE\b|\bNYSE CHICAGO\b/, 'CHX'],
  [/\bINVESTORS EXCHANGE\b|^IEX\b/, 'IEX'],
  [/\bLONG TERM STOCK EXCHANGE\b|^LTSE\b/, 'LTSE'],
  [/\bMIAX PEARL\b/, 'PEARL'],
  [/\bMIAX\b|\bMIAMI INTERNATIONAL\b/, 'MIAX'],
  [/\bBOX (OPTIONS )?EXCHANGE\b/, 'BOX'],
  [/\bPHLX\b|\bPHILADELPHIA STOCK EXCHANGE\b/, 'Phlx'],
];

export function exchangeCode(text: string): string | null {
  const k = key(text);
  for (const [re, code] of EXCHANGES) if (re.test(k)) return code;
  return null;
}

const FILER_CATEGORIES: Record<string, string> = {
  'LARGE ACCELERATED FILER': 'Large Accelerated Filer',
  'ACCELERATED FILER': 'Accelerated Filer',
  'NON ACCELERATED FILER': 'Non-accelerated Filer',
};

export function filerCategory(text: string): string | null {
  return FILER_CATEGORIES[key(text)] ?? null;
}
