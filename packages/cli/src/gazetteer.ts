/**
 * The lookup table that turns what an article writes into an actor: country names,
 * demonyms, capitals and stand-ins ("the Kremlin") resolve to ISO 3166-1 codes, and
 * acronyms and full names resolve to organisations.
 *
 * Editorial choices, to be checked by a reviewer like everything `draft` proposes:
 * - A capital or seat of government stands in for its country ("Tehran" → Iran); every
 *   such resolution is reported as a stand-in so the reviewer sees it.
 * - Contested capitals (Jerusalem) and city names that are also common words are left out.
 * - "America" and "American" mean the United States, as in most news copy.
 *
 * @module
 */

import type { Citation } from '@nutgraf/core/dataset';

/** A country of the table, with what an article may write for it. */
export interface Country {
  iso2: string;
  iso3: string;
  /** zero-padded, as in ISO 3166-1 */
  isoNumeric: string;
  name: string;
  /** other names of the country itself ("US", "Britain") */
  names: string[];
  /** adjectives and nouns for its people ("Iranian", "Iranians") */
  demonyms: string[];
  /** capitals and seats of government ("Tehran", "the Kremlin") */
  standIns: string[];
}

/** An organisation of the table. */
export interface Organisation {
  id: string;
  name: string;
  /** acronyms and other names */
  names: string[];
}

/** What a name as written resolves to, and how. */
export type Resolution =
  | { kind: 'country'; country: Country; how: 'name' | 'demonym' | 'stand-in' }
  | { kind: 'organisation'; organisation: Organisation; how: 'name' | 'acronym' };

// iso2|iso3|numeric|name|other names|demonyms|stand-ins (lists separated by ";")
const COUNTRY_ROWS = `
AF|AFG|004|Afghanistan||Afghan;Afghans|Kabul
AL|ALB|008|Albania||Albanian;Albanians|Tirana
DZ|DZA|012|Algeria||Algerian;Algerians|Algiers
AO|AGO|024|Angola||Angolan;Angolans|Luanda
AR|ARG|032|Argentina||Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
AM|ARM|051|Armenia||Armenian;Armenians|Yerevan
AU|AUS|036|Australia||Australian;Australians|Canberra
AT|AUT|040|Austria||Austrian;Austrians|Vienna
AZ|AZE|031|Azerbaijan||Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku
BH|BHR|048|Bahrain||Bahraini;Bahrainis|Manama
BD|BGD|050|Bangladesh||Bangladeshi;Bangladeshis|Dhaka
BY|BLR|112|Belarus||Belarusian;Belarusians|Minsk
BE|BEL|056|Belgium||Belgian;Belgians|
BO|BOL|068|Bolivia||Bolivian;Bolivians|La Paz
BA|BIH|070|Bosnia and Herzegovina|Bosnia|Bosnian;Bosnians|Sarajevo
BR|BRA|076|Brazil||Brazilian;Brazilians|Brasília;Brasilia
BG|BGR|100|Bulgaria||Bulgarian;Bulgarians|Sofia
CA|CAN|124|Canada||Canadian;Canadians|Ottawa
CL|CHL|152|Chile||Chilean;Chileans|Santiago
CN|CHN|156|China|People's Republic of China;PRC|Chinese|Beijing
CO|COL|170|Colombia||Colombian;Colombians|Bogotá;Bogota
CU|CUB|192|Cuba||Cuban;Cubans|Havana
CY|CYP|196|Cyprus||Cypriot;Cypriots|Nicosia
CZ|CZE|203|Czechia|Czech Republic|Czech;Czechs|Prague
DK|DNK|208|Denmark||Danish;Dane;Danes|Copenhagen
EG|EGY|818|Egypt||Egyptian;Egyptians|Cairo
EE|EST|233|Estonia||Estonian;Estonians|Tallinn
ET|ETH|231|Ethiopia||Ethiopian;Ethiopians|Addis Ababa
FI|FIN|246|Finland||Finnish;Finn;Finns|Helsinki
FR|FRA|250|France||French|Paris;the Élysée;the Elysee
GE|GEO|268|Georgia||Georgian;Georgians|Tbilisi
DE|DEU|276|Germany||German;Germans|Berlin
GH|GHA|288|Ghana||Ghanaian;Ghanaians|Accra
GR|GRC|300|Greece||Greek;Greeks|Athens
HU|HUN|348|Hungary||Hungarian;Hungarians|Budapest
IN|IND|356|India||Indian;Indians|New Delhi
ID|IDN|360|Indonesia||Indonesian;Indonesians|Jakarta
IR|IRN|364|Iran|Islamic Republic of Iran|Iranian;Iranians;Persian|Tehran
IQ|IRQ|368|Iraq||Iraqi;Iraqis|Baghdad
IE|IRL|372|Ireland||Irish|Dublin
IL|ISR|376|Israel||Israeli;Israelis|
IT|ITA|380|Italy||Italian;Italians|Rome
JP|JPN|392|Japan||Japanese|Tokyo
JO|JOR|400|Jordan||Jordanian;Jordanians|Amman
KZ|KAZ|398|Kazakhstan||Kazakh;Kazakhs;Kazakhstani|Astana
KE|KEN|404|Kenya||Kenyan;Kenyans|Nairobi
KP|PRK|408|North Korea||North Korean;North Koreans|Pyongyang
KR|KOR|410|South Korea||South Korean;South Koreans|Seoul
KW|KWT|414|Kuwait||Kuwaiti;Kuwaitis|
KG|KGZ|417|Kyrgyzstan||Kyrgyz|Bishkek
LV|LVA|428|Latvia||Latvian;Latvians|Riga
LB|LBN|422|Lebanon||Lebanese|Beirut
LY|LBY|434|Libya||Libyan;Libyans|Tripoli
LT|LTU|440|Lithuania||Lithuanian;Lithuanians|Vilnius
MY|MYS|458|Malaysia||Malaysian;Malaysians|Kuala Lumpur
ML|MLI|466|Mali||Malian;Malians|Bamako
MX|MEX|484|Mexico||Mexican;Mexicans|Mexico City
MD|MDA|498|Moldova||Moldovan;Moldovans|Chișinău;Chisinau
MA|MAR|504|Morocco||Moroccan;Moroccans|Rabat
MM|MMR|104|Myanmar|Burma|Burmese|Naypyidaw
NL|NLD|528|Netherlands|Holland|Dutch|Amsterdam;The Hague
NZ|NZL|554|New Zealand||New Zealander;New Zealanders|Wellington
NE|NER|562|Niger||Nigerien;Nigeriens|Niamey
NG|NGA|566|Nigeria||Nigerian;Nigerians|Abuja
NO|NOR|578|Norway||Norwegian;Norwegians|Oslo
OM|OMN|512|Oman||Omani;Omanis|Muscat
PK|PAK|586|Pakistan||Pakistani;Pakistanis|Islamabad
PA|PAN|591|Panama||Panamanian;Panamanians|
PE|PER|604|Peru||Peruvian;Peruvians|Lima
PH|PHL|608|Philippines||Filipino;Filipinos|Manila
PL|POL|616|Poland||Polish;Pole;Poles|Warsaw
PT|PRT|620|Portugal||Portuguese|Lisbon
QA|QAT|634|Qatar||Qatari;Qataris|Doha
RO|ROU|642|Romania||Romanian;Romanians|Bucharest
RU|RUS|643|Russia|Russian Federation|Russian;Russians|Moscow;the Kremlin
SA|SAU|682|Saudi Arabia||Saudi;Saudis|Riyadh
RS|SRB|688|Serbia||Serbian;Serbians;Serb;Serbs|Belgrade
SG|SGP|702|Singapore||Singaporean;Singaporeans|
SK|SVK|703|Slovakia||Slovak;Slovaks;Slovakian|Bratislava
ZA|ZAF|710|South Africa||South African;South Africans|Pretoria
ES|ESP|724|Spain||Spanish;Spaniard;Spaniards|Madrid
SD|SDN|729|Sudan||Sudanese|Khartoum
SE|SWE|752|Sweden||Swedish;Swede;Swedes|Stockholm
CH|CHE|756|Switzerland||Swiss|Bern
SY|SYR|760|Syria||Syrian;Syrians|Damascus
TW|TWN|158|Taiwan||Taiwanese|Taipei
TJ|TJK|762|Tajikistan||Tajik;Tajiks|Dushanbe
TH|THA|764|Thailand||Thai|Bangkok
TR|TUR|792|Türkiye|Turkey|Turkish;Turk;Turks|Ankara
TM|TKM|795|Turkmenistan||Turkmen|Ashgabat
UA|UKR|804|Ukraine||Ukrainian;Ukrainians|Kyiv;Kiev
AE|ARE|784|United Arab Emirates|UAE;Emirates|Emirati;Emiratis|Abu Dhabi
GB|GBR|826|United Kingdom|UK;Britain;Great Britain|British;Briton;Britons|London;Downing Street;Whitehall
US|USA|840|United States|US;USA;U.S.;United States of America;America|American;Americans|Washington;the White House;the Pentagon
UZ|UZB|860|Uzbekistan||Uzbek;Uzbeks|Tashkent
VE|VEN|862|Venezuela||Venezuelan;Venezuelans|Caracas
VN|VNM|704|Vietnam|Viet Nam|Vietnamese|Hanoi
YE|YEM|887|Yemen||Yemeni;Yemenis|Sanaa;Sana'a
BW|BWA|072|Botswana||Motswana;Batswana|Gaborone
BF|BFA|854|Burkina Faso||Burkinabe;Burkinabè|Ouagadougou
KH|KHM|116|Cambodia||Cambodian;Cambodians|Phnom Penh
CM|CMR|120|Cameroon||Cameroonian;Cameroonians|Yaoundé;Yaounde
CR|CRI|188|Costa Rica||Costa Rican;Costa Ricans|San José
CI|CIV|384|Côte d'Ivoire|Ivory Coast;Cote d'Ivoire|Ivorian;Ivorians|Yamoussoukro
HR|HRV|191|Croatia||Croatian;Croatians;Croat;Croats|Zagreb
CD|COD|180|Democratic Republic of the Congo|DR Congo;DRC||Kinshasa
DJ|DJI|262|Djibouti||Djiboutian;Djiboutians|
DO|DOM|214|Dominican Republic||Dominican;Dominicans|Santo Domingo
EC|ECU|218|Ecuador||Ecuadorian;Ecuadorians|Quito
SV|SLV|222|El Salvador||Salvadoran;Salvadorans|San Salvador
ER|ERI|232|Eritrea||Eritrean;Eritreans|Asmara
GT|GTM|320|Guatemala||Guatemalan;Guatemalans|Guatemala City
HT|HTI|332|Haiti||Haitian;Haitians|Port-au-Prince
HN|HND|340|Honduras||Honduran;Hondurans|Tegucigalpa
IS|ISL|352|Iceland||Icelandic;Icelander;Icelanders|Reykjavik;Reykjavík
JM|JAM|388|Jamaica||Jamaican;Jamaicans|
LA|LAO|418|Laos|Lao PDR|Laotian;Laotians|Vientiane
LU|LUX|442|Luxembourg||Luxembourgish;Luxembourger;Luxembourgers|
MG|MDG|450|Madagascar||Malagasy|Antananarivo
MT|MLT|470|Malta||Maltese|Valletta
MR|MRT|478|Mauritania||Mauritanian;Mauritanians|Nouakchott
MN|MNG|496|Mongolia||Mongolian;Mongolians|Ulaanbaatar
ME|MNE|499|Montenegro||Montenegrin;Montenegrins|Podgorica
MZ|MOZ|508|Mozambique||Mozambican;Mozambicans|Maputo
NA|NAM|516|Namibia||Namibian;Namibians|Windhoek
NP|NPL|524|Nepal||Nepali;Nepalese|Kathmandu
NI|NIC|558|Nicaragua||Nicaraguan;Nicaraguans|Managua
MK|MKD|807|North Macedonia||Macedonian;Macedonians|Skopje
PY|PRY|600|Paraguay||Paraguayan;Paraguayans|Asunción;Asuncion
RW|RWA|646|Rwanda||Rwandan;Rwandans|Kigali
SN|SEN|686|Senegal||Senegalese|Dakar
SI|SVN|705|Slovenia||Slovenian;Slovenians;Slovene;Slovenes|Ljubljana
SO|SOM|706|Somalia||Somali;Somalis|Mogadishu
SS|SSD|728|South Sudan||South Sudanese|Juba
LK|LKA|144|Sri Lanka||Sri Lankan;Sri Lankans|Colombo
TZ|TZA|834|Tanzania||Tanzanian;Tanzanians|Dodoma
TN|TUN|788|Tunisia||Tunisian;Tunisians|Tunis
UG|UGA|800|Uganda||Ugandan;Ugandans|Kampala
UY|URY|858|Uruguay||Uruguayan;Uruguayans|Montevideo
ZM|ZMB|894|Zambia||Zambian;Zambians|Lusaka
ZW|ZWE|716|Zimbabwe||Zimbabwean;Zimbabweans|Harare
`;

// id|name|other names (acronyms first)
const ORGANISATION_ROWS = `
african-union|African Union|AU
asean|Association of Southeast Asian Nations|ASEAN
brics|BRICS|
csto|Collective Security Treaty Organization|CSTO;Collective Security Treaty Organisation
european-union|European Union|EU
g7|Group of Seven|G7
g20|Group of Twenty|G20
hamas|Hamas|
hezbollah|Hezbollah|Hizbollah
iaea|International Atomic Energy Agency|IAEA
icc|International Criminal Court|ICC
imf|International Monetary Fund|IMF
irgc|Islamic Revolutionary Guard Corps|IRGC;Revolutionary Guards
nato|North Atlantic Treaty Organization|NATO;North Atlantic Treaty Organisation
opec|Organization of the Petroleum Exporting Countries|OPEC;OPEC+
osce|Organization for Security and Co-operation in Europe|OSCE
sco|Shanghai Cooperation Organisation|SCO;Shanghai Cooperation Organization
united-nations|United Nations|UN;U.N.
un-security-council|UN Security Council|Security Council
who|World Health Organization|WHO
world-bank|World Bank|
wto|World Trade Organization|WTO
`;

const list = (cell: string | undefined): string[] =>
  cell
    ? cell
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

export const COUNTRIES: Country[] = COUNTRY_ROWS.trim()
  .split('\n')
  .map((row) => {
    const [iso2, iso3, isoNumeric, name, names, demonyms, standIns] = row.split('|');
    return {
      iso2,
      iso3,
      isoNumeric,
      name,
      names: list(names),
      demonyms: list(demonyms),
      standIns: list(standIns),
    };
  });

export const ORGANISATIONS: Organisation[] = ORGANISATION_ROWS.trim()
  .split('\n')
  .map((row) => {
    const [id, name, names] = row.split('|');
    return { id, name, names: list(names) };
  });

/** The citation every ISO code the draft proposes carries. */
export const ISO_CITATION: Citation = {
  id: 'cite-iso-3166-1',
  title: 'ISO 3166-1 (country codes: alpha-2, alpha-3 and numeric)',
  url: 'https://en.wikipedia.org/wiki/ISO_3166-1',
  publisher: 'Wikipedia',
  accessed: '2026-11-24',
};

/** surface form (as written, case kept) → resolution */
const TABLE = new Map<string, Resolution>();
for (const country of COUNTRIES) {
  const put = (key: string, how: 'name' | 'demonym' | 'stand-in') => {
    TABLE.set(key, { kind: 'country', country, how });
    // "the Kremlin" is also written "Kremlin"
    if (key.startsWith('the ')) TABLE.set(key.slice(4), { kind: 'country', country, how });
  };
  put(country.name, 'name');
  country.names.forEach((n) => put(n, 'name'));
  country.demonyms.forEach((n) => put(n, 'demonym'));
  country.standIns.forEach((n) => put(n, 'stand-in'));
}
for (const organisation of ORGANISATIONS) {
  TABLE.set(organisation.name, { kind: 'organisation', organisation, how: 'name' });
  for (const n of organisation.names)
    TABLE.set(n, { kind: 'organisation', organisation, how: /^[A-Z0-9.+]+$/.test(n) ? 'acronym' : 'name' });
}

/**
 * Every surface form in the table, longest first, so a scan prefers "South Africa" to
 * "Africa" and "the Kremlin" to "Kremlin".
 */
export const SURFACE_FORMS: string[] = [...TABLE.keys()].sort(
  (a, b) => b.length - a.length || (a < b ? -1 : 1),
);

/**
 * Resolves a name as written: exact surface form first, then without a possessive, then
 * without a leading "the".
 */
export function resolve(written: string): Resolution | undefined {
  const bare = stripPossessive(written.trim());
  return TABLE.get(bare) ?? TABLE.get(bare.replace(/^the\s+/i, ''));
}

/** "Russia's" → "Russia", "Iranians’" → "Iranians". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '').replace(/(s)['’]$/u, '$1');
}
