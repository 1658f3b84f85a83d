/**
 * The names the SEC's transformations (`ixt-sec`, 2015-08-31) turn into codes, as the SEC's
 * registry defines them: US states and territories and Canadian provinces to the postal codes
 * of dei's `stateOrProvinceItemType` (`stateprovnameen`), countries to ISO 3166-1 alpha-2
 * (`countrynameen`), Canadian provinces, US territories and countries to EDGAR's own
 * state/country codes (`edgarprovcountryen`, dei's `edgarStateCountryItemType`), exchanges to
 * dei's `edgarExchangeCodeItemType` (`exchnameen`) and filer categories
 * (`entityfilercategoryen`). Matched without regard to case, accents, punctuation or a
 * leading "The"; a name the registry does not list is refused, never guessed.
 */

/** The comparison form of a name: "The People’s Republic of China" → "PEOPLES REPUBLIC OF CHINA", "U.S.A." → "USA". */
export const nameKey = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[.'’]/g, '')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim()
    .replace(/^THE /, '');

const STATES: Record<string, string> = {
  ALABAMA: 'AL', ALASKA: 'AK', ARIZONA: 'AZ', ARKANSAS: 'AR', CALIFORNIA: 'CA', COLORADO: 'CO', CONNECTICUT: 'CT',
  DELAWARE: 'DE', 'DISTRICT OF COLUMBIA': 'DC', FLORIDA: 'FL', GEORGIA: 'GA', HAWAII: 'HI', IDAHO: 'ID', ILLINOIS: 'IL',
  INDIANA: 'IN', IOWA: 'IA', KANSAS: 'KS', KENTUCKY: 'KY', LOUISIANA: 'LA', MAINE: 'ME', MARYLAND: 'MD',
  MASSACHUSETTS: 'MA', MICHIGAN: 'MI', MINNESOTA: 'MN', MISSISSIPPI: 'MS', MISSOURI: 'MO', MONTANA: 'MT',
  NEBRASKA: 'NE', NEVADA: 'NV', 'NEW HAMPSHIRE': 'NH', 'NEW JERSEY': 'NJ', 'NEW MEXICO': 'NM', 'NEW YORK': 'NY',
  'NORTH CAROLINA': 'NC', 'NORTH DAKOTA': 'ND', OHIO: 'OH', OKLAHOMA: 'OK', OREGON: 'OR', PENNSYLVANIA: 'PA',
  'RHODE ISLAND': 'RI', 'SOUTH CAROLINA': 'SC', 'SOUTH DAKOTA': 'SD', TENNESSEE: 'TN', TEXAS: 'TX', UTAH: 'UT',
  VERMONT: 'VT', VIRGINIA: 'VA', WASHINGTON: 'WA', 'WEST VIRGINIA': 'WV', WISCONSIN: 'WI', WYOMING: 'WY',
  'AMERICAN SAMOA': 'AS', SAMOA: 'AS', GUAM: 'GU', 'NORTHERN MARIANA ISLANDS': 'MP', 'PUERTO RICO': 'PR',
  'UNITED STATES MINOR OUTLYING ISLANDS': 'UM', 'VIRGIN ISLANDS US': 'VI', 'VIRGIN ISLANDS': 'VI', 'US VIRGIN ISLANDS': 'VI',
  'UNITED STATES VIRGIN ISLANDS': 'VI',
  ALBERTA: 'AB', 'BRITISH COLUMBIA': 'BC', MANITOBA: 'MB', 'NEW BRUNSWICK': 'NB', NEWFOUNDLAND: 'NL',
  'NEWFOUNDLAND AND LABRADOR': 'NL', 'NOVA SCOTIA': 'NS', 'NORTHWEST TERRITORIES': 'NT', NUNAVUT: 'NU', ONTARIO: 'ON',
  'PRINCE EDWARD ISLAND': 'PE', QUEBEC: 'QC', SASKATCHEWAN: 'SK', YUKON: 'YT',
};

export function stateCode(text: string): string | null {
  return STATES[nameKey(text)] ?? null;
}

/**
 * Countries and territories as the SEC's registry names them: ISO 3166-1 alpha-2 code (for
 * `countrynameen`; '' where it has none), EDGAR code (for `edgarprovcountryen`; '' where it
 * has none), then every name it accepts.
 */
const COUNTRIES: ReadonlyArray<readonly [string, string, ...string[]]> = [
  ['AF', 'B2', 'Afghanistan'], ['AX', 'Y6', 'Aland Islands'], ['AL', 'B3', 'Albania'], ['DZ', 'B4', 'Algeria'],
  ['AS', 'B5', 'American Samoa'], ['AD', 'B6', 'Andorra'], ['AO', 'B7', 'Angola'], ['AI', '1A', 'Anguilla'],
  ['AQ', 'B8', 'Antarctica'], ['AG', 'B9', 'Antigua and Barbuda'], ['AR', 'C1', 'Argentina', 'Republic of Argentina'],
  ['AM', '1B', 'Armenia'], ['AW', '1C', 'Aruba'], ['AU', 'C3', 'Australia'], ['AT', 'C4', 'Austria'], ['AZ', '1D', 'Azerbaijan'],
  ['BS', 'C5', 'Bahamas'], ['BH', 'C6', 'Bahrain'], ['BD', 'C7', 'Bangladesh'], ['BB', 'C8', 'Barbados'], ['BY', '1F', 'Belarus'],
  ['BE', 'C9', 'Belgium'], ['BZ', 'D1', 'Belize'], ['BJ', 'G6', 'Benin'], ['BM', 'D0', 'Bermuda'], ['BT', 'D2', 'Bhutan'],
  ['BO', 'D3', 'Bolivia'], ['BQ', '', 'Bonaire, Sint Eustatius and Saba'], ['BA', '1E', 'Bosnia and Herzegovina'],
  ['BW', 'B1', 'Botswana'], ['BV', 'D4', 'Bouvet Island'], ['BR', 'D5', 'Brazil', 'Brasil', 'Federative Republic of Brazil', 'Federative Republic of Brasil'],
  ['IO', 'D6', 'British Indian Ocean Territory'], ['BN', 'D9', 'Brunei Darussalam'], ['BG', 'E0', 'Bulgaria'],
  ['BF', 'X2', 'Burkina Faso'], ['BI', 'E2', 'Burundi'], ['CV', 'E8', 'Cabo Verde', 'Cape Verde'], ['KH', 'E3', 'Cambodia'],
  ['CM', 'E4', 'Cameroon'], ['CA', 'Z4', 'Canada'], ['KY', 'E9', 'Cayman Islands'], ['CF', 'F0', 'Central African Republic'],
  ['TD', 'F2', 'Chad'], ['CL', 'F3', 'Chile'], ['CN', 'F4', 'China', "People's Republic of China"], ['CX', 'F6', 'Christmas Island'],
  ['CC', 'F7', 'Cocos Islands', 'Cocos (Keeling) Islands'], ['CO', 'F8', 'Colombia', 'Republic of Colombia'], ['KM', 'F9', 'Comoros'],
  ['CD', 'Y3', 'Democratic Republic of Congo', 'Democratic Republic of the Congo'], ['CG', 'G0', 'Congo'], ['CK', 'G1', 'Cook Islands'],
  ['CR', 'G2', 'Costa Rica'], ['CI', 'L7', "Côte d'Ivoire"], ['HR', '1M', 'Croatia'], ['CU', 'G3', 'Cuba'], ['CW', '', 'Curaçao'],
  ['CY', 'G4', 'Cyprus'], ['CZ', '2N', 'Czechia', 'Czech Republic'], ['DK', 'G7', 'Denmark', 'Kingdom of Denmark'],
  ['DJ', '1G', 'Djibouti'], ['DM', 'G9', 'Dominica'], ['DO', 'G8', 'Dominican Republic'], ['EC', 'H1', 'Ecuador'], ['EG', 'H2', 'Egypt'],
  ['SV', 'H3', 'El Salvador'], ['GQ', 'H4', 'Equatorial Guinea'], ['ER', '1J', 'Eritrea'], ['EE', '1H', 'Estonia'],
  ['SZ', 'V6', 'Eswatini', 'Swaziland'], ['ET', 'H5', 'Ethiopia'],
  ['FK', 'H7', 'Falkland Islands', 'Falkland Islands (Malvinas)', 'Malvinas', 'Islas Malvinas', 'Malvinas Islands', 'Islas Malvinas Islands'],
  ['FO', 'H6', 'Faroe Islands'], ['FJ', 'H8', 'Fiji'], ['FI', 'H9', 'Finland'], ['FR', 'I0', 'France'], ['GF', 'I3', 'French Guiana'],
  ['PF', 'I4', 'French Polynesia'], ['TF', '2C', 'French Southern Territories'], ['GA', 'I5', 'Gabon'], ['GM', 'I6', 'Gambia'],
  ['GE', '2Q', 'Georgia'], ['DE', '2M', 'Germany'], ['GH', 'J0', 'Ghana'], ['GI', 'J1', 'Gibraltar'], ['GR', 'J3', 'Greece'],
  ['GL', 'J4', 'Greenland'], ['GD', 'J5', 'Grenada'], ['GP', 'J6', 'Guadeloupe'], ['GU', 'GU', 'Guam'], ['GT', 'J8', 'Guatemala'],
  ['GG', 'Y7', 'Guernsey'], ['GN', 'J9', 'Guinea'], ['GW', 'S0', 'Guinea-Bissau'], ['GY', 'K0', 'Guyana'], ['HT', 'K1', 'Haiti'],
  ['HM', 'K4', 'Heard Island and McDonald Islands'], ['VA', 'X4', 'Holy See', 'Vatican City'], ['HN', 'K2', 'Honduras'],
  ['HK', 'K3', 'Hong Kong'], ['HU', 'K5', 'Hungary'], ['IS', 'K6', 'Iceland'], ['IN', 'K7', 'India'], ['ID', 'K8', 'Indonesia'],
  ['IR', 'K9', 'Iran', 'Islamic Republic of Iran'], ['IQ', 'L0', 'Iraq'], ['IE', 'L2', 'Ireland'], ['IM', 'Y8', 'Isle of Man'],
  ['IL', 'L3', 'Israel'], ['IT', 'L6', 'Italy'], ['JM', 'L8', 'Jamaica'], ['JP', 'M0', 'Japan'], ['JE', 'Y9', 'Jersey'],
  ['JO', 'M2', 'Jordan'], ['KZ', '1P', 'Kazakhstan'], ['KE', 'M3', 'Kenya'], ['KI', 'J2', 'Kiribati'],
  ['KP', 'M4', 'North Korea', "Democratic People's Republic of Korea"], ['KR', 'M5', 'South Korea', 'Republic of Korea'],
  ['KW', 'M6', 'Kuwait'], ['KG', '1N', 'Kyrgyzstan'], ['LA', 'M7', "Lao People's Democratic Republic"], ['LV', '1R', 'Latvia'],
  ['LB', 'M8', 'Lebanon'], ['LS', 'M9', 'Lesotho'], ['LR', 'N0', 'Liberia'], ['LY', 'N1', 'Libya', 'State of Libya'],
  ['LI', 'N2', 'Liechtenstein'], ['LT', '1Q', 'Lithuania'], ['LU', 'N4', 'Luxembourg', 'Duchy of Luxembourg', 'Grand Duchy of Luxembourg'],
  ['MO', 'N5', 'Macao', 'Macau'], ['MG', 'N6', 'Madagascar'], ['MW', 'N7', 'Malawi'], ['MY', 'N8', 'Malaysia'], ['MV', 'N9', 'Maldives'],
  ['ML', 'O0', 'Mali'], ['MT', 'O1', 'Malta'], ['MH', '1T', 'Marshall Islands', 'Republic of Marshall Islands', 'Republic of the Marshall Islands'],
  ['MQ', 'O2', 'Martinique'], ['MR', 'O3', 'Mauritania'], ['MU', 'O4', 'Mauritius'], ['YT', '2P', 'Mayotte'],
  ['MX', 'O5', 'Mexico', 'United Mexican States'], ['FM', '1K', 'Micronesia', 'Federated States of Micronesia'],
  ['MD', '1S', 'Moldova', 'Republic of Moldova'], ['MC', 'O9', 'Monaco'], ['MN', 'P0', 'Mongolia'], ['ME', 'Z5', 'Montenegro'],
  ['MS', 'P1', 'Montserrat'], ['MA', 'P2', 'Morocco'], ['MZ', 'P3', 'Mozambique'], ['MM', 'E1', 'Myanmar'], ['NA', 'T6', 'Namibia'],
  ['NR', 'P5', 'Nauru'], ['NP', 'P6', 'Nepal'], ['', 'P8', 'Netherlands Antilles'], ['NL', 'P7', 'Netherlands'],
  ['NC', '1W', 'New Caledonia'], ['NZ', 'Q2', 'New Zealand'], ['NI', 'Q3', 'Nicaragua'], ['NE', 'Q4', 'Niger'], ['NG', 'Q5', 'Nigeria'],
  ['NU', 'Q6', 'Niue'], ['NF', 'Q7', 'Norfolk Island'],
  ['MK', '1U', 'North Macedonia', 'Republic of North Macedonia', 'Macedonia', 'Republic of Macedonia'],
  ['MP', '1V', 'Northern Mariana Islands'], ['NO', 'Q8', 'Norway'], ['OM', 'P4', 'Oman'], ['PK', 'R0', 'Pakistan'], ['PW', '1Y', 'Palau'],
  ['PS', '1X', 'Palestine', 'State of Palestine'], ['PA', 'R1', 'Panama'], ['PG', 'R2', 'Papua New Guinea'], ['PY', 'R4', 'Paraguay'],
  ['PE', 'R5', 'Peru'], ['PH', 'R6', 'Philippines'], ['PN', 'R8', 'Pitcairn'], ['PL', 'R9', 'Poland'], ['PT', 'S1', 'Portugal'],
  ['PR', 'PR', 'Puerto Rico'], ['QA', 'S3', 'Qatar'], ['RE', 'S4', 'Réunion'], ['RO', 'S5', 'Romania'], ['RU', '1Z', 'Russian Federation'],
  ['RW', 'S6', 'Rwanda'], ['BL', 'Z0', 'Saint Barthélemy'],
  ['SH', 'U8', 'Saint Helena', 'Saint Helena, Ascension and Tristan', 'Saint Helena, Ascension and Tristan da Cunha'],
  ['KN', 'U7', 'Saint Kitts and Nevis'], ['LC', 'U9', 'Saint Lucia'], ['MF', 'Z1', 'Saint Martin'], ['PM', 'V0', 'Saint Pierre and Miquelon'],
  ['VC', 'V1', 'Saint Vincent', 'Saint Vincent and the Grenadines', 'Saint Vincent and Grenadines'], ['WS', 'Y0', 'Samoa'],
  ['SM', 'S8', 'San Marino'], ['ST', 'S9', 'Sao Tome and Principe'], ['SA', 'T0', 'Saudi Arabia'], ['SN', 'T1', 'Senegal'],
  ['RS', 'Z2', 'Serbia'], ['SC', 'T2', 'Seychelles'], ['SL', 'T8', 'Sierra Leone'], ['SG', 'U0', 'Singapore'], ['SX', '', 'Sint Maarten'],
  ['SK', '2B', 'Slovakia'], ['SI', '2A', 'Slovenia'], ['SB', 'D7', 'Solomon Islands'], ['SO', 'U1', 'Somalia'],
  ['ZA', 'T3', 'South Africa', 'Republic of South Africa'],
  ['GS', '1L', 'South Georgia and the South Sandwich Islands', 'South Georgia and South Sandwich Islands'], ['SS', '', 'South Sudan'],
  ['ES', 'U3', 'Spain', 'Kingdom of Spain', 'España'], ['LK', 'F1', 'Sri Lanka'], ['SD', 'V2', 'Sudan'], ['SR', 'V3', 'Suriname'],
  ['SJ', 'L9', 'Svalbard and Jan Mayen'], ['SE', 'V7', 'Sweden'], ['CH', 'V8', 'Switzerland'], ['SY', 'V9', 'Syria', 'Syrian Arab Republic'],
  ['TW', 'F5', 'Taiwan', 'Taiwan, Province of China'], ['TJ', '2D', 'Tajikistan'], ['TZ', 'W0', 'Tanzania', 'United Republic of Tanzania'],
  ['TH', 'W1', 'Thailand'], ['TL', 'Z3', 'Timor-Leste'], ['TG', 'W2', 'Togo'], ['TK', 'W3', 'Tokelau'], ['TO', 'W4', 'Tonga'],
  ['TT', 'W5', 'Trinidad and Tobago'], ['TN', 'W6', 'Tunisia'], ['TR', 'W8', 'Turkey', 'Türkiye', 'Turkiye'], ['TM', '2E', 'Turkmenistan'],
  ['TC', 'W7', 'Turks and Caicos Islands'], ['TV', '2G', 'Tuvalu'], ['UG', 'W9', 'Uganda'], ['UA', '2H', 'Ukraine'],
  ['AE', 'C0', 'United Arab Emirates', 'UAE'],
  ['GB', 'X0', 'United Kingdom', 'UK', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland', 'England', 'England and Wales'],
  ['UM', '2J', 'United States Minor Outlying Islands'], ['US', 'X1', 'United States', 'United States of America', 'USA'],
  ['UY', 'X3', 'Uruguay'], ['UZ', '2K', 'Uzbekistan'], ['VU', '2L', 'Vanuatu'], ['VE', 'X5', 'Venezuela'], ['VN', 'Q1', 'Viet Nam'],
  ['VG', 'D8', 'British Virgin Islands', 'Virgin Islands, British'], ['VI', 'VI', 'U.S. Virgin Islands', 'Virgin Islands, U.S.', 'U. S. Virgin Islands'],
  ['WF', 'X8', 'Wallis and Futuna'], ['EH', 'U5', 'Western Sahara'], ['YE', 'T7', 'Yemen'], ['ZM', 'Y4', 'Zambia'], ['ZW', 'Y5', 'Zimbabwe'],
  ['', 'XX', 'Unknown'],
];

/** EDGAR's codes of Canada's provinces, as `edgarprovcountryen` gives them (alone or followed by ", Canada"). */
const PROVINCES: Record<string, string> = {
  ALBERTA: 'A0', 'BRITISH COLUMBIA': 'A1', MANITOBA: 'A2', 'NEW BRUNSWICK': 'A3', NEWFOUNDLAND: 'A4', 'NEWFOUNDLAND AND LABRADOR': 'A4',
  'NOVA SCOTIA': 'A5', ONTARIO: 'A6', 'PRINCE EDWARD ISLAND': 'A7', QUEBEC: 'A8', SASKATCHEWAN: 'A9', YUKON: 'B0',
};

function byName(column: 1 | 2): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of COUNTRIES) {
    const code = entry[column - 1];
    if (code) for (const name of entry.slice(2)) map.set(nameKey(name), code);
  }
  return map;
}
const ISO_COUNTRIES = byName(1);
const EDGAR_COUNTRIES = byName(2);

/** `ixt-sec:countrynameen`: a country's name → its ISO 3166-1 alpha-2 code. */
export function countryCode(text: string): string | null {
  return ISO_COUNTRIES.get(nameKey(text)) ?? null;
}

/** `ixt-sec:edgarprovcountryen`: a Canadian province (", Canada" may follow), a US territory or a country → its EDGAR code. */
export function edgarStateCountryCode(text: string): string | null {
  const key = nameKey(text);
  return PROVINCES[key.replace(/ CANADA$/, '')] ?? EDGAR_COUNTRIES.get(key) ?? null;
}

/** Exchange names as registrants print them, most specific first, to the dei exchange codes. */
const EXCHANGES: Array<[RegExp, string]> = [
  [/\bNYSE ARCA\b/, 'NYSEArca'],
  [/\bNYSE (AMERICAN|MKT)\b/, 'NYSEAMER'],
  [/\bNYSE NATIONAL\b/, 'NYSENAT'],
  [/\bNASDAQ BX\b/, 'BX'],
  [/\bNASDAQ GEMX\b/, 'GEMX'],
  [/\bNASDAQ ISE\b/, 'ISE'],
  [/\bNASDAQ MRX\b/, 'MRX'],
  [/\bNASDAQ PHLX\b/, 'Phlx'],
  [/\bNASDAQ\b/, 'NASDAQ'],
  [/\bNEW YORK STOCK EXCHANGE\b|^NYSE\b/, 'NYSE'],
  [/\bCBOE BYX\b/, 'CboeBYX'],
  [/\bCBOE BZX\b|\bBATS\b/, 'CboeBZX'],
  [/\bCBOE EDGA\b/, 'CboeEDGA'],
  [/\bCBOE EDGX\b/, 'CboeEDGX'],
  [/\bCBOE C2\b/, 'C2'],
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
  const k = nameKey(text);
  for (const [re, code] of EXCHANGES) if (re.test(k)) return code;
  return null;
}

const FILER_CATEGORIES: Record<string, string> = {
  'LARGE ACCELERATED FILER': 'Large Accelerated Filer',
  'ACCELERATED FILER': 'Accelerated Filer',
  'NON ACCELERATED FILER': 'Non-accelerated Filer',
};

export function filerCategory(text: string): string | null {
  return FILER_CATEGORIES[nameKey(text)] ?? null;
}
