// Gazetteers: states (names, aliases, demonyms, capitals, seats of government), international
// organisations, government bodies, titles and role nouns, group nouns, and words that are never actors.
import type { ActorKind } from "../../schema/summary.ts";

export interface GazetteerEntry {
  /** Canonical name, e.g. "Russia", "NATO". */
  name: string;
  kind: ActorKind;
  /** Surface forms that name the entity itself ("Russian Federation", "U.S."). */
  names: string[];
  /** Capitals: a mention is a metonym for the state unless it is a location ("in Moscow"). */
  capitals: string[];
  /** Seats of power that always stand for the state ("the Kremlin", "the White House"). */
  metonyms: string[];
  /** Adjectival demonyms ("Russian"; "Philippine", "Filipino"); "the Russians" is a mention of the state. */
  demonyms: string[];
}

// name | other names | demonym | capitals | seats of government that stand for the state
const STATES = `
Afghanistan||Afghan|Kabul|
Albania||Albanian|Tirana|
Algeria||Algerian|Algiers|
Andorra||Andorran||
Angola||Angolan|Luanda|
Antigua and Barbuda||||
Argentina||Argentine|Buenos Aires|Casa Rosada
Armenia||Armenian|Yerevan|
Australia||Australian|Canberra|
Austria||Austrian|Vienna|
Azerbaijan||Azerbaijani|Baku|
Bahamas|The Bahamas|Bahamian||
Bahrain||Bahraini|Manama|
Bangladesh||Bangladeshi|Dhaka|
Barbados||Barbadian||
Belarus||Belarusian|Minsk|
Belgium||Belgian||
Belize||Belizean||
Benin||Beninese|Porto-Novo|
Bhutan||Bhutanese|Thimphu|
Bolivia||Bolivian|La Paz|
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo|
Botswana||Botswanan|Gaborone|
Brazil||Brazilian|Brasilia,Brasília|Planalto
Brunei||Bruneian||
Bulgaria||Bulgarian|Sofia|
Burkina Faso||Burkinabe|Ouagadougou|
Burundi||Burundian|Gitega|
Cambodia||Cambodian|Phnom Penh|
Cameroon||Cameroonian|Yaounde,Yaoundé|
Canada||Canadian|Ottawa|Parliament Hill
Cape Verde|Cabo Verde|Cape Verdean||
Central African Republic||||
Chad||Chadian|N'Djamena|
Chile||Chilean||La Moneda
China|People's Republic of China,PRC,Mainland China|Chinese|Beijing|Zhongnanhai
Colombia||Colombian|Bogota,Bogotá|
Comoros||Comorian||
Democratic Republic of Congo|DR Congo,DRC,Democratic Republic of the Congo,Congo-Kinshasa|Congolese|Kinshasa|
Republic of Congo|Congo-Brazzaville,Congo Republic||Brazzaville|
Costa Rica||Costa Rican||
Croatia||Croatian,Croat|Zagreb|
Cuba||Cuban|Havana|
Cyprus||Cypriot|Nicosia|
Czech Republic|Czechia|Czech|Prague|
Denmark||Danish|Copenhagen|
Djibouti||Djiboutian||
Dominica||||
Dominican Republic||Dominican|Santo Domingo|
Ecuador||Ecuadorian|Quito|
Egypt||Egyptian|Cairo|
El Salvador||Salvadoran|San Salvador|
Equatorial Guinea||Equatorial Guinean|Malabo|
Eritrea||Eritrean|Asmara|
Estonia||Estonian|Tallinn|
Eswatini|Swaziland|||
Ethiopia||Ethiopian|Addis Ababa|
Fiji||Fijian|Suva|
Finland||Finnish|Helsinki|
France|French Republic|French|Paris|Elysee,Élysée,Elysee Palace,Élysée Palace,Quai d'Orsay
Gabon||Gabonese|Libreville|
Gambia|The Gambia|Gambian|Banjul|
Georgia||Georgian|Tbilisi|
Germany|Federal Republic of Germany|German|Berlin|Chancellery
Ghana||Ghanaian|Accra|
Greece||Greek|Athens|
Grenada||Grenadian||
Guatemala||Guatemalan|Guatemala City|
Guinea||Guinean|Conakry|
Guinea-Bissau||||
Guyana||Guyanese||
Haiti||Haitian|Port-au-Prince|
Honduras||Honduran|Tegucigalpa|
Hungary||Hungarian|Budapest|
Iceland||Icelandic|Reykjavik|
India||Indian|New Delhi|
Indonesia||Indonesian|Jakarta|
Iran|Islamic Republic of Iran|Iranian|Tehran|
Iraq||Iraqi|Baghdad|
Ireland|Republic of Ireland|Irish|Dublin|
Israel||Israeli|Jerusalem|
Italy||Italian|Rome|Palazzo Chigi
Ivory Coast|Cote d'Ivoire,Côte d'Ivoire|Ivorian|Yamoussoukro,Abidjan|
Jamaica||Jamaican||
Japan||Japanese|Tokyo|
Jordan||Jordanian|Amman|
Kazakhstan||Kazakh|Astana|Akorda
Kenya||Kenyan|Nairobi|
Kiribati||||
Kosovo||Kosovar|Pristina|
Kuwait||Kuwaiti|Kuwait City|
Kyrgyzstan||Kyrgyz|Bishkek|
Laos||Lao|Vientiane|
Latvia||Latvian|Riga|
Lebanon||Lebanese|Beirut|
Lesotho||||
Liberia||Liberian|Monrovia|
Libya||Libyan|Tripoli|
Liechtenstein||||
Lithuania||Lithuanian|Vilnius|
Luxembourg||Luxembourgish||
Madagascar||Malagasy|Antananarivo|
Malawi||Malawian|Lilongwe|
Malaysia||Malaysian|Kuala Lumpur|
Maldives||Maldivian||
Mali||Malian|Bamako|
Malta||Maltese|Valletta|
Marshall Islands||||
Mauritania||Mauritanian|Nouakchott|
Mauritius||Mauritian||
Mexico||Mexican|Mexico City|
Micronesia||||
Moldova||Moldovan|Chisinau,Chișinău|
Monaco||Monegasque||
Mongolia||Mongolian|Ulaanbaatar|
Montenegro||Montenegrin|Podgorica|
Morocco||Moroccan|Rabat|
Mozambique||Mozambican|Maputo|
Myanmar|Burma|Burmese|Naypyitaw,Naypyidaw|
Namibia||Namibian|Windhoek|
Nauru||||
Nepal||Nepali|Kathmandu|
Netherlands|The Netherlands,Holland|Dutch|Amsterdam,The Hague|
New Zealand||New Zealand|Wellington|
Nicaragua||Nicaraguan|Managua|
Niger||Nigerien|Niamey|
Nigeria||Nigerian|Abuja|
North Korea|DPRK,Democratic People's Republic of Korea|North Korean|Pyongyang|
North Macedonia|Macedonia|Macedonian|Skopje|
Norway||Norwegian|Oslo|
Oman||Omani|Muscat|
Pakistan||Pakistani|Islamabad|
Palau||||
Palestine|Palestinian territories,State of Palestine|Palestinian|Ramallah|
Panama||Panamanian|Panama City|
Papua New Guinea||||
Paraguay||Paraguayan|Asuncion,Asunción|
Peru||Peruvian|Lima|
Philippines|The Philippines|Philippine,Filipino|Manila|Malacanang,Malacañang
Poland||Polish|Warsaw|
Portugal||Portuguese|Lisbon|
Qatar||Qatari|Doha|
Romania||Romanian|Bucharest|
Russia|Russian Federation|Russian|Moscow|Kremlin
Rwanda||Rwandan|Kigali|
Saint Kitts and Nevis||||
Saint Lucia||||
Saint Vincent and the Grenadines||||
Samoa||Samoan||
San Marino||||
Sao Tome and Principe|São Tomé and Príncipe|||
Saudi Arabia|Kingdom of Saudi Arabia|Saudi|Riyadh|
Senegal||Senegalese|Dakar|
Serbia||Serbian,Serb|Belgrade|
Seychelles||||
Sierra Leone||Sierra Leonean|Freetown|
Singapore||Singaporean||
Slovakia||Slovak|Bratislava|
Slovenia||Slovenian|Ljubljana|
Solomon Islands||||
Somalia||Somali|Mogadishu|
South Africa||South African|Pretoria|
South Korea|Republic of Korea,ROK|South Korean|Seoul|Blue House,Yongsan
South Sudan||South Sudanese|Juba|
Spain||Spanish|Madrid|Moncloa
Sri Lanka||Sri Lankan|Colombo|
Sudan||Sudanese|Khartoum|
Suriname||Surinamese|Paramaribo|
Sweden||Swedish|Stockholm|
Switzerland||Swiss|Bern|
Syria||Syrian|Damascus|
Taiwan|Republic of China|Taiwanese|Taipei|
Tajikistan||Tajik|Dushanbe|
Tanzania||Tanzanian|Dodoma|
Thailand||Thai|Bangkok|
Timor-Leste|East Timor|Timorese|Dili|
Togo||Togolese|Lome,Lomé|
Tonga||Tongan||
Trinidad and Tobago||Trinidadian||
Tunisia||Tunisian|Tunis|
Turkey|Türkiye,Turkiye|Turkish|Ankara|
Turkmenistan||Turkmen|Ashgabat|
Tuvalu||||
Uganda||Ugandan|Kampala|
Ukraine||Ukrainian|Kyiv,Kiev|Bankova
United Arab Emirates|UAE,U.A.E.,Emirates|Emirati|Abu Dhabi|
United Kingdom|U.K.,UK,Britain,Great Britain|British|London|Downing Street,Whitehall,Number 10
United States|U.S.,US,U.S.A.,USA,United States of America,America|American|Washington|White House,Oval Office
Uruguay||Uruguayan|Montevideo|
Uzbekistan||Uzbek|Tashkent|
Vanuatu||||
Vatican|Holy See,Vatican City||Vatican|
Venezuela||Venezuelan|Caracas|Miraflores
Vietnam|Viet Nam|Vietnamese|Hanoi|
Yemen||Yemeni|Sanaa,Sana'a|
Zambia||Zambian|Lusaka|
Zimbabwe||Zimbabwean|Harare|
Soviet Union|USSR,U.S.S.R.|Soviet||
Yugoslavia||Yugoslav||
Czechoslovakia||Czechoslovak||
East Germany|German Democratic Republic,GDR|East German||
West Germany|Federal Republic of Germany|West German||
`;

// name | kind | other names (acronyms are matched case-sensitively)
const ORGANISATIONS = `
NATO|organization|North Atlantic Treaty Organization,North Atlantic Treaty Organisation,N.A.T.O.
United Nations|organization|U.N.,UN
U.N. Security Council|organization|UN Security Council,United Nations Security Council,Security Council,UN security council,U.N. security council
U.N. General Assembly|organization|UN General Assembly,United Nations General Assembly,General Assembly
European Union|organization|EU,E.U.
European Commission|organization|
European Parliament|organization|
European Council|organization|
European Central Bank|organization|ECB
Organization for Security and Co-operation in Europe|organization|OSCE,Organization for Security and Cooperation in Europe,Organisation for Security and Co-operation in Europe
Council of Europe|organization|
World Health Organization|organization|WHO,World Health Organisation
International Monetary Fund|organization|IMF
World Bank|organization|
World Trade Organization|organization|WTO
International Atomic Energy Agency|organization|IAEA
International Criminal Court|organization|ICC
International Court of Justice|organization|ICJ
International Committee of the Red Cross|organization|ICRC,Red Cross
OPEC|organization|Organization of the Petroleum Exporting Countries
ASEAN|organization|Association of Southeast Asian Nations
African Union|organization|AU
Arab League|organization|League of Arab States
Gulf Cooperation Council|organization|GCC
G7|organization|G-7,Group of Seven
G20|organization|G-20,Group of 20
BRICS|organization|
Shanghai Cooperation Organisation|organization|SCO,Shanghai Cooperation Organization
Collective Security Treaty Organization|organization|CSTO
Interpol|organization|
UNICEF|organization|
UNHCR|organization|U.N. refugee agency,UN refugee agency
UNESCO|organization|
OECD|organization|Organisation for Economic Co-operation and Development
Amnesty International|organization|
Human Rights Watch|organization|
Greenpeace|organization|
Doctors Without Borders|organization|MSF,Medecins Sans Frontieres,Médecins Sans Frontières
Hamas|group|
Hezbollah|group|
Taliban|group|
Islamic State|group|ISIS,ISIL,Daesh
al-Qaeda|group|al Qaeda,Al Qaeda,Al-Qaeda
Houthis|group|Houthi rebels,Ansar Allah
Wagner Group|group|Wagner
State Department|organization|U.S. State Department,Department of State
Pentagon|organization|Defense Department,Department of Defense,U.S. Defense Department
Justice Department|organization|Department of Justice,DOJ
Department of Homeland Security|organization|DHS,Homeland Security Department
Treasury Department|organization|U.S. Treasury,Department of the Treasury
FBI|organization|Federal Bureau of Investigation
CIA|organization|Central Intelligence Agency
Congress|organization|U.S. Congress
Senate|organization|U.S. Senate
House of Representatives|organization|
Supreme Court|organization|U.S. Supreme Court
Federal Reserve|organization|
Food and Drug Administration|organization|FDA
Environmental Protection Agency|organization|EPA
Federal Aviation Administration|organization|FAA
National Highway Traffic Safety Administration|organization|NHTSA
Securities and Exchange Commission|organization|SEC
Federal Trade Commission|organization|FTC
Centers for Disease Control and Prevention|organization|CDC
National Security Council|organization|
Home Office|organization|
Foreign Office|organization|Foreign and Commonwealth Office,FCDO
House of Commons|organization|
Bundestag|organization|
Knesset|organization|
State Duma|organization|Duma
FSB|organization|Federal Security Service
`;

export const STATE_ENTRIES: GazetteerEntry[] = STATES.trim()
  .split("\n")
  .map((line) => {
    const [name, others, demonym, capitals, metonyms] = line.split("|").map((s) => s.trim());
    const list = (s: string | undefined) => (s ? s.split(",").map((x) => x.trim()).filter(Boolean) : []);
    return {
      name: name!,
      kind: "country" as const,
      names: [name!, ...list(others)],
      capitals: list(capitals),
      metonyms: list(metonyms),
      demonyms: list(demonym),
    };
  });

export const ORGANISATION_ENTRIES: GazetteerEntry[] = ORGANISATIONS.trim()
  .split("\n")
  .map((line) => {
    const [name, kind, others] = line.split("|").map((s) => s.trim());
    return {
      name: name!,
      kind: kind as ActorKind,
      names: [name!, ...(others ? others.split(",").map((x) => x.trim()).filter(Boolean) : [])],
      capitals: name === "European Union" ? ["Brussels"] : [],
      metonyms: [],
      demonyms: [],
    };
  });

/** "The West" as an actor (a group of states), matched only with its article. */
export const WEST: GazetteerEntry = {
  name: "the West",
  kind: "group",
  names: ["the West", "Western allies", "Western countries", "Western powers", "Western nations", "Western governments", "Western leaders"],
  capitals: [],
  metonyms: [],
  demonyms: [],
};

/** US presidents whose names form "the Biden administration" (→ United States). */
export const US_PRESIDENTS = [
  "Biden", "Trump", "Obama", "Bush", "Clinton", "Reagan", "Carter", "Ford", "Nixon", "Johnson", "Kennedy",
  "Eisenhower", "Truman", "Roosevelt",
];

/** Demonyms beyond the adjectival ones, for "the Russians", "the French". */
export function demonymPlural(demonym: string): string | null {
  if (/(?:ese|ish|ch|ss|Swiss|Thai)$/.test(demonym)) return null;
  if (demonym.includes(" ")) return null;
  return `${demonym}s`;
}

// Titles that precede a person's name. Multi-word first so the longest wins.
export const PERSON_TITLES = [
  "Secretary of State", "Secretary of Defense", "Secretary of the Treasury", "Secretary-General", "Secretary General",
  "Attorney General", "Solicitor General", "Surgeon General", "Chief Justice", "Vice President", "Prime Minister",
  "Deputy Prime Minister", "First Minister", "Foreign Minister", "Foreign Secretary", "Home Secretary",
  "Defense Secretary", "Defence Secretary", "Defense Minister", "Defence Minister", "Interior Minister",
  "Finance Minister", "Health Minister", "Justice Minister", "Economy Minister", "Energy Minister", "Trade Minister",
  "Crown Prince", "Lt. Gov.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Rear Adm.", "Vice Adm.", "Supreme Leader",
  "President-elect", "Presidents", "President", "Premier", "Chancellor", "King", "Queen", "Prince", "Princess",
  "Emperor", "Pope", "Sheikh", "Emir", "Sultan", "Ayatollah", "Secretary", "Minister", "Ambassador", "Envoy",
  "Senator", "Sen.", "Sens.", "Representative", "Rep.", "Reps.", "Congressman", "Congresswoman", "Governor", "Gov.",
  "Mayor", "Speaker", "Judge", "Justice", "Magistrate", "General", "Gen.", "Admiral", "Adm.", "Colonel", "Col.",
  "Lieutenant", "Lt.", "Major", "Maj.", "Captain", "Capt.", "Sergeant", "Sgt.", "Commander", "Cmdr.", "Officer",
  "Detective", "Det.", "Inspector", "Insp.", "Sheriff", "Commissioner", "Superintendent", "Supt.", "Dr.", "Doctor",
  "Prof.", "Professor", "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "Rev.",
  "Reverend", "Father", "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Chairman", "Chairwoman",
  "Chairperson", "Councillor", "Councilman", "Councilwoman", "Alderman", "Coach", "Chief", "Spokesperson", "Spokesman",
  "Spokeswoman",
];

// Role nouns, lower case, that can head a role phrase before a name ("Kremlin spokesperson Dmitry Peskov")
// or after one in apposition ("Peskov, the Kremlin spokesperson").
export const ROLE_NOUNS = new Set(
  `spokesperson spokesman spokeswoman secretary minister president leader chief head director official ambassador
   envoy adviser advisor aide lawyer attorney judge prosecutor general commander chairman chairwoman chair ceo
   executive founder co-founder owner analyst expert researcher professor economist strategist negotiator organizer
   organiser activist campaigner member lawmaker senator representative governor mayor councillor councilor deputy
   secretary-general premier chancellor officer detective inspector sheriff superintendent commissioner manager
   president-elect vice-president coordinator fellow scholar historian scientist diplomat correspondent editor
   presenter host coach captain steward delegate mediator trustee treasurer principal dean rector priest pastor
   bishop imam rabbi monk nun king queen prince princess emperor mp mep congressman congresswoman whistleblower
   negotiator hostage father mother son daughter wife husband brother sister widow owner landlord tenant nurse
   doctor surgeon physician teacher student pilot driver farmer worker employee engineer resident`
    .split(/\s+/)
    .filter(Boolean),
);

// Common nouns for groups that act ("protesters demanded …"): they become `group` actors.
export const GROUP_NOUNS = new Set(
  `protesters protestors demonstrators activists workers employees staff nurses doctors teachers students parents
   residents villagers farmers miners drivers pilots strikers shareholders investors consumers customers passengers
   tenants families relatives victims survivors kidnappers abductors captors hostage-takers gunmen militants rebels
   insurgents fighters separatists hijackers pirates lawmakers legislators senators campaigners environmentalists
   advocates unions unionists dockworkers teamsters firefighters physicians doctors pensioners veterans retirees
   opposition critics plaintiffs defendants prosecutors regulators inspectors auditors police detectives exiles
   directors creditors stockholders bondholders lenders bidders
   minority majority`
    .split(/\s+/)
    .filter(Boolean),
);

// People and forces who act for a body or a state, named by a plural noun ("officials", "troops"): one list, each
// reader taking the words it needs. speak: "officials of the union", "authorities in Hungary" speak for what they are
// of or in, never a group of their own (demand-agents.ts). group: a group of their own when one acts as a subject
// with a modifier ("federal officials", "striking teachers"; actors.ts). state: a state's when its adjective names
// them ("Cuban diplomats" is Cuba acting; mentions.ts and actors.ts).
const AGENTS_FOR_BODY: Array<[string, ...Array<"speak" | "group" | "state">]> = [
  ["officials", "speak", "group", "state"],
  ["authorities", "speak", "state"],
  ["investigators", "speak", "group"],
  ["diplomats", "speak", "group", "state"],
  ["envoys", "speak"],
  ["delegates", "speak"],
  ["representatives", "speak"],
  ["officers", "speak", "group", "state"],
  ["aides", "speak"],
  ["negotiators", "group", "state"],
  ["lawyers", "group"],
  ["troops", "group", "state"],
  ["soldiers", "group"],
  ["agents", "group"],
  ["guards", "group"],
  ["mediators", "group"],
  ["organizers", "group"],
  ["organisers", "group"],
  ["forces", "state"],
  ["military", "state"],
  ["army", "state"],
  ["navy", "state"],
  ["delegation", "state"],
  ["prosecutors", "state"],
];
const agentsFor = (reading: "speak" | "group" | "state") => AGENTS_FOR_BODY.filter(([, ...r]) => r.includes(reading)).map(([w]) => w);
/** Those who speak for the body or place they are of or in: "officials", "authorities", "envoys" (any case). */
export const OFFICIALDOM = new RegExp(`^(?:${agentsFor("speak").join("|")})$`, "i");
/** Those who may act as a group of their own, named by a plural noun and a modifier: "federal officials". */
export const PEOPLE_HEADS = agentsFor("group");
/** Those who are a state acting when its adjective names them: "Russian troops", "Cuban diplomats". */
export const STATE_AGENTS = new Set(agentsFor("state"));

// Given names and their familiar forms: "Charles Schumer" and "Chuck Schumer" are one person.
const GIVEN_NAME_FORMS = `Charles Chuck Charlie | William Bill Billy Will | Robert Bob Bobby Rob | James Jim Jimmy | Richard Dick Rick
  | Thomas Tom Tommy | Joseph Joe | Michael Mike | Edward Ed Eddie Ted | Theodore Ted | Anthony Tony | Daniel Dan Danny
  | David Dave | Steven Steve | Stephen Steve | Christopher Chris | Nicholas Nick | Alexander Alex | Andrew Andy
  | Benjamin Ben | Samuel Sam | Timothy Tim | Patrick Pat | Patricia Pat Patty | Kenneth Ken | Lawrence Larry
  | Ronald Ron | Donald Don | Gerald Jerry | Peter Pete | Frederick Fred | Elizabeth Liz Beth Betty | Margaret Maggie Peggy
  | Katherine Kate Kathy | Catherine Kate Cathy | Susan Sue | Deborah Debbie | Jennifer Jenny | Rebecca Becky
  | Albert Al | Alfonse Al | Gregory Greg | Jeffrey Jeff | Matthew Matt | Philip Phil | Raymond Ray | Walter Walt
  | Henry Hank | Harold Hal | John Jack | Abraham Abe | Zachary Zach | Joshua Josh | Jonathan Jon | Gerhard Gerd`
  .split("|")
  .map((g) => new Set(g.trim().split(/\s+/)));
/** Whether two given names are one name, or a name and its familiar form ("Chuck" for Charles). */
export const sameGivenName = (a: string, b: string): boolean => a === b || GIVEN_NAME_FORMS.some((g) => g.has(a) && g.has(b));

// Words that end or make up an organisation's name.
export const ORG_WORDS = new Set(
  `Institution Institute Council Department Ministry Agency Committee Commission Organization Organisation Union
   Party Association Federation Bank Fund University College School Academy Court Tribunal Police Army Navy Corps
   Force Forces Guard Corp Corporation Inc Ltd LLC PLC plc Co Company Group Holdings Foundation Authority Service
   Services Board Office Bureau Parliament Assembly Congress Senate Front Movement Alliance Coalition Network
   Hospital Clinic Church Club League Syndicate Guild Workers Motors Airlines Airways Systems Technologies Labs
   Laboratories Pharmaceuticals Pharma Industries Partners Partnership Capital Trust Society Center Centre Brigade Brigades
   Regiment Battalion Cartel Administration Secretariat Cabinet Government Municipality Energy Electric Power Steel
   Mining Foods Insurance Bancorp Securities Logistics Solutions Studios Entertainment Telecom Communications
   Robotics Dynamics Aerospace Automotive Chemicals Brands Stores Markets Railways Railway Utilities Cooperative
   Co-op Collective Caucus Commonwealth Council Inc. Ltd. Corp. Co. Cos Cos. Cie Cie. Worldwide GmbH AG SA SpA AB Oyj ASA NV N.V. S.A. B.V. A.G. S.p.A. Institut Banque Compagnie Mission Directorate Command
   Prosecutor's Prosecutors Sheriff's Department's Firm Foundation Fellowship Campaign Watch
   Executive Democrats Republicans Conservatives Socialists Liberals Greens Tories Labour
   Council's Conference Resources Minerals Metals Petroleum Confederation Chamber Exchange Hospital Trust's Airport Port Zoo Museum Library
   Werke Bancshares Brewing Brewery Breweries Distillers Publishing Broadcasting Shipping Trucking Freight Railroad Oil Chemical Electronics
   Software Media Pictures Bancshares Realty Investments Ventures Textiles`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/\.$/, "")),
);

// News-media words: a name ending in one is a publication, cited rather than acting.
export const MEDIA_WORDS = new Set(["News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Press", "Wire", "Daily", "Telegraph", "Guardian", "Observer", "Chronicle", "Magazine", "Radio", "TV", "Television", "Report", "Reports", "Review", "Bulletin", "Digest", "Quarterly", "Weekly", "Monthly", "Spectator", "Star", "Sun", "Globe", "Mail", "Economist", "Standard", "Examiner", "Inquirer", "Enquirer", "Courier", "Dispatch", "Ledger", "Bee", "Mirror", "Sentinel", "Statesman", "Courant", "Advertiser", "Register"]);

// Wire services and broadcasters that appear as sources, credits and datelines, never as actors.
export const NEWS_AGENCIES = new Set(
  [
    "AP", "Associated Press", "Reuters", "AFP", "Agence France-Presse", "Agence France Presse", "Bloomberg", "UPI",
    "PTI", "IANS", "ANI", "TASS", "Tass", "RIA Novosti", "Interfax", "Kyodo", "Yonhap", "dpa", "DPA", "EFE", "ANSA",
    "BBC", "CNN", "NPR", "PBS", "Al Jazeera", "Getty Images", "AP Photo", "Xinhua", "Report Wire", "Sputnik", "RIA",
  ].map((s) => s.toLowerCase()),
);

// Capitalised words that are never actors on their own: days, months, holidays, teasers, time zones.
export const NEVER_ACTORS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
   september october november december jan feb mar apr jun jul aug sep sept oct nov dec christmas easter year
   years ramadan eid hanukkah thanksgiving halloween also read see watch related advertisement sponsored photos
   photo video videos image images pics in pics click here subscribe sign up follow share tweet copyright
   read more est edt pst pdt cst cdt gmt utc bst cet cest am pm a.m p.m god covid covid-19 internet
   twitter facebook instagram youtube tiktok whatsapp telegram linkedin email newsletter update updated breaking
   exclusive opinion analysis editorial live explainer`
    .split(/\s+/)
    .filter(Boolean)
    // Places and vehicles whose names end in a body's word ("Bank", "Force"), whole names only.
    .concat(["west bank", "gaza strip", "capitol hill", "air force one"]),
);

// Prepositions and verbs before a capital that make it a location, not a stand-in for the state.
export const LOCATIVE_BEFORE = /(?:\b(?:in|at|near|outside|inside|into|to|toward|towards|across|around|through|via|throughout|within|over|round|visit|visited|visiting|visits|arrived|landed|based|flew|travelled|traveled|returned|reached|of|(?:issued|speaking|writing|reporting|phoning|calling|talking)(?: in)? from)|\bin\s+(?:central|downtown|northern|southern|eastern|western))\s+$/i;
