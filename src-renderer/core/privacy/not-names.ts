/**
 * Capitalised words that sit where a name might in a SENCO's writing but are not names:
 * sentence starts, SEN vocabulary, year groups, subjects, months and days. The name
 * patterns only look at capitalised words of two or more letters, so acronyms (SEN, EHCP,
 * SpLD, DfE) and single-letter pseudonyms ("Pupil A") never reach this list; the lower-case
 * spellings of acronyms are here because people write "Senco" and "Send" too.
 *
 * The price: a child really called May, Summer, Grace or Will is missed by the patterns
 * unless the name is on the writer's list, which is what the list is for.
 */

/** Words that start sentences and may stand just before a name: "Then Jamie (Year 4)", "When Amy, a pupil…". */
const SENTENCE_WORDS = `
  a an the this that these those their there they them then than he she his her him hers it its we our us
  i my me mine you your yours one each every all both some many most several few other another such no not
  none any who whom whose which what when where why how whether if in on at by for from with without within
  into of off over under about above across after against along among around as before behind below beside
  between beyond during except following like near since through throughout to toward towards until upon via
  and but or nor so yet also although though because while whilst once unless however therefore thus hence
  furthermore moreover meanwhile nevertheless nonetheless instead indeed overall finally firstly secondly
  thirdly lastly initially subsequently consequently additionally similarly equally importantly interestingly
  crucially notably clearly currently recently previously originally ultimately typically generally
  specifically unfortunately fortunately sadly happily again often sometimes usually always never here today
  yesterday tomorrow now later next last first second third together still even only just perhaps possibly
  much more less yes please thank thanks dear is was are were be been has had have do does did can could will
  would should may might must shall let being having using working looking reflecting building given based
  outside inside alongside although whereas where everyone everybody someone nobody something nothing
`;

/** School, SEN and calendar words: a capitalised run holding one is a term ("Reading Recovery"), not a name. */
const TERMS = `
  whole class classes lesson lessons session sessions staff pupil pupils child children student students
  learner learners boy boys girl girls son sons daughter daughters baby babies young people person
  part section chapter figure table appendix page evidence outcome outcomes mentor reflection context
  rationale introduction conclusion summary aims aim method methods findings impact action research project
  case study example examples note notes target targets intervention interventions strategy strategies
  observation observations progress baseline data results feedback questionnaire survey interview interviews
  premium voice referral unit passport profile plan plans support council services service protection
  year years reception nursery key stage phase group groups team code practice act review reviews needs
  panel forum leader lead leadership mental health looked care parliament centre development census record
  records tracker tracking assessment attainment information report reports guidance framework policy
  provision map trust school schools academy college university board governors governor local authority
  county national award teacher teachers assistant assistants educational psychologist psychology speech
  language therapy therapist occupational paediatrician nurse social worker carer carers parent parents
  family families mum mums dad dads head deputy senior finance poverty attitudes
  attendance absence exclusion engagement wellbeing confidence transition homework friendship lunchtime playtime
  mr mrs ms miss mx dr sir madam
  english maths mathematics science phonics literacy numeracy reading writing spelling history geography
  art music computing french spanish drama design technology religious physical education
  zones regulation lego nurture precision teaching thrive boxall inc toe talk colourful semantics
  attention autism autistic dyslexia dyslexic dyspraxia syndrome tourette social emotional behaviour
  sen send senco sencos ehcp ehcps ehc asd adhd semh slcn mld sld pmld spld ta tas lsa lsas slt dfe ofsted
  salt camhs eyfs ks ks1 ks2 ks3 ks4 sats qft iep ieps
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  spring summer autumn winter term terms half christmas easter
  england english british wales scotland ireland uk
`;

/**
 * The programmes, resources and characters SENCOs write about most, which stand where names
 * do: "Numicon (Year 2)", "Pupil Asset", "signing with Mr Tumble".
 */
const RESOURCES = `
  numicon wandle tumble makaton lexia nessy idl toe boost elklan lego circuits elsa jigsaw kagan pecs teacch
  widgit clicker rockstars shed doodle mastery recovery accelerated reader asset cpoms edukey bsquared pivats
`;

const wordsIn = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter((word) => word !== ''));
const SENTENCE_WORD_SET = wordsIn(SENTENCE_WORDS);
const TERM_SET = wordsIn(TERMS);
const RESOURCE_SET = wordsIn(RESOURCES);

/** The word as listed: lower case, and singular when only its plural is written ("Profiles", "Psychologists"). */
function listed(word: string, list: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  return list.has(lower) || (lower.endsWith('s') && list.has(lower.slice(0, -1)));
}

/** Whether a capitalised word is one that starts sentences, so may stand before a name without being part of it. */
export function isSentenceWord(word: string): boolean {
  return listed(word, SENTENCE_WORD_SET);
}

/** Whether a capitalised word is the name of a programme or resource, not of a person, even after a title. */
export function isResourceName(word: string): boolean {
  return listed(word, RESOURCE_SET);
}

/** Whether a capitalised word is one we know is not a person's or place's name. */
export function isNotAName(word: string): boolean {
  return listed(word, SENTENCE_WORD_SET) || isTermOrResource(word);
}

/**
 * Proper nouns that stand in SENCO writing and identify no one: programmes, tests, national
 * bodies and charities, tools and apps, theorists named without a year (a reflective cycle is
 * "Gibbs'"), countries and languages, nationalities, faiths and festivals. Lower case.
 */
const NOT_IDENTIFYING = `
  ofsted nasen mencap barnardo barnardos scope mind youngminds contact nspcc unicef coram kidscape freud place2be
  elklan wellcomm numicon makaton lexia nessy clicker widgit boardmaker twinkl seesaw dojo tapestry purplemash
  lego minecraft google microsoft youtube teams zoom powerpoint excel word onenote padlet kahoot sumdog mathletics
  readingwise talkabout socially speaking boxall thrive elsa jigsaw zones nurture pecs teacch makaton signalong
  wandle nuffield neli bookstart bookbug yarc bpvs celf naplab neale schonell vernon
  dibels phab pips incas gl nfer rising stars rwi jolly phonics letters sounds floppy oxford owl collins
  springboard catch-up catchup plus fresh start toe inc accelerated renaissance sparx doodle timestables
  vygotsky piaget bruner maslow bronfenbrenner bowlby ainsworth skinner dweck bandura freire dewey montessori
  bloom gardner kolb gibbs rolfe schön schon brookfield driscoll boud argyris senge fullan hargreaves
  lave wenger biesta foucault bourdieu goffman warnock bercow
  marvel disney pixar peppa paw patrol tumble men minion minions pokemon gruffalo goldilocks elmer paddington kipper biff floppy
  donaldson rosen hungry caterpillar
  ramadan eid diwali hanukkah chanukah vaisakhi baisakhi holi passover pesach lent advent christmas easter halloween
  bonfire fawkes tết tet navratri dussehra kwanzaa hajj
  islam islamic muslim muslims christian christians christianity hindu hindus hinduism sikh sikhs sikhism
  jewish jew jews judaism buddhist buddhism catholic catholics anglican methodist baptist pentecostal orthodox
  quaker church mosque quran koran bible torah allah god jesus prophet
  roma romany romani gypsy gypsies traveller travellers
  afghan albanian algerian american angolan arab arabic bangladeshi bengali brazilian british bulgarian
  cameroonian chinese congolese croatian czech dutch egyptian english eritrean estonian ethiopian european
  filipino french gambian german ghanaian greek gujarati hungarian indian iranian iraqi irish italian
  jamaican japanese kenyan korean kurdish kurd latvian lithuanian malaysian moroccan nepali nepalese nigerian
  pakistani palestinian persian polish portuguese punjabi romanian russian rwandan scottish sierra leonean
  slovak slovakian somali spanish sri lankan sudanese syrian tamil turkish ugandan ukrainian urdu vietnamese
  welsh yemeni zimbabwean caribbean african asian
  pashto dari farsi tigrinya amharic sylheti mirpuri yoruba igbo twi akan shona swahili lingala tagalog
  mandarin cantonese hakka hindi marathi telugu malayalam kannada sinhala sinhalese hebrew latin
  britain england wales scotland ireland europe africa asia america australia london uk
  internet wifi covid coronavirus lockdown brexit
`;

/** Words in the names of bodies found everywhere, which say nothing of where a school is. */
const GENERIC_ORGANISATION_WORDS = `
  national british royal english england welsh scottish education educational children children's childrens
  young people's peoples community special primary secondary junior infant infants nursery local county city
  borough district metropolitan council health nhs autistic autism dyslexia dyspraxia disabled disability
  learning trust academy academies school schools college university institute foundation endowment charity
  association society service services support team centre center network alliance partnership forum group
  parent parents carer carers family families the and of for with in on st saint saints new high grammar
  independent free multi multi-academy catholic church c e ce rc voluntary aided controlled federation
  psychology psychological speech language therapy occupational mental clinical paediatric early years
  information advice iass sendiass send sen inclusion inclusive behaviour emotional social wellbeing hub
  sensory physical hearing visual impairment deaf blind virtual music sports sport youth adult library
  home start home-start citizens advice bureau job jobcentre police fire ambulance hospital general
  teaching teacher teachers research whole first quality graduated approach forest beach outdoor london
`;

/** Acronyms of education and health, so two or three capitals are read as initials only when they are none of these. */
const KNOWN_ACRONYMS = `
  ADD ADHD ASC ASD ABA AAC AP APDR ARP BESD BSL CAF CAMHS CIN CLA CP CPD CPOMS CYP DCD DFE DHT DLD DOB DSL DSM EAL EBD
  EBSA EEF EHC EHCP EHCNA EHE EP EPS ESOL EWO EYFS FE FSM GCSE GDD GP HI HLTA HT ICD ID IEP INSET IPSEA IQ KS KS1 KS2
  LA LAC LD LSA MAT MDT MLD MSI NC NHS NPQ OCD ODD OT PD PDA PE PEP PMLD PP PRU PSHE QFT QTS RE RSE SALT SATS SATs SDQ
  SEMH SEN SEND SENCO SENCo SENDCo SLCN SLD SLT SMT SPLD SpLD SRE TA TAC TAs TES VI WHO YOT EAL ELG EXS GDS WTS RAG
  OK UK US EU BBC ITV ICT IT PC TV DVD CD PDF USB ID AI CV HR NI NQT ECT ITT PGCE MA MEd BA BSc PhD UCL IOE OU DBS
  FAQ AM PM BST GMT CEO CPD MP NPQSENCO LO LOs RWI SSP NELI BPVS YARC CELF PIPS INCAS GL NFER CAT CATs ELSA PECS
  TEACCH SCERTS IDL TEF PIVATS EYPP FSM6 WFPB CSP ETC ie eg NB PPS SLTs EPs TAs RA CA SS SAS CDC CDT ASC HV PCP PFA
  IMG JPG JPEG PNG HEIC GIF PDF DOCX DOC XLSX MOV MP4 DSC PXL WA VID SCN UPN CVC CVCC CCVC GPC HFW SPAG SPaG WPM RWI PIVAT FFT CAT4 MALP NGRT PIRA PUMA SWST HAST
  SENDIASS IASS NAS BDA EHCNA SENCOs CEOP CSE CCE MASH EHA EHAT TAF FGM PREVENT DV GCSEs ALN IEPs KS3 KS4 KS5 Y1 Y2
  OR AND NOT ALL
`;

const NOT_IDENTIFYING_SET = wordsIn(NOT_IDENTIFYING);
const GENERIC_ORGANISATION_SET = wordsIn(GENERIC_ORGANISATION_WORDS);
const ACRONYM_SET = new Set(KNOWN_ACRONYMS.split(/\s+/u).filter((word) => word !== ''));

/**
 * Country and region names, from the platform's own list (Intl.DisplayNames, ISO 3166), each
 * word of them: a child's home country identifies no one. Words that are also given names
 * (Jordan, Chad, Georgia) are left to be read as names.
 */
const COUNTRY_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  const regions = new Intl.DisplayNames(['en-GB'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const name = regions.of(`${first}${second}`);
      if (name !== undefined)
        for (const word of name.toLowerCase().split(/[\s,&()-]+/u)) if (word.length > 2) words.add(word);
    }
  }
  return words;
})();

/** Whether a capitalised word is a programme, test, national body, theorist, language, nationality or faith: nobody's name here. */
export function isKnownNotIdentifying(word: string): boolean {
  return listed(word, NOT_IDENTIFYING_SET);
}

/** Whether a word (lower case) is a word of a country's or region's name. */
export function isCountryWord(lower: string): boolean {
  return COUNTRY_WORDS.has(lower);
}

/** Whether a capitalised word is school or SEN vocabulary, a programme or resource, or a known proper noun that names no one. */
export function isTermOrResource(word: string): boolean {
  return listed(word, TERM_SET) || listed(word, RESOURCE_SET) || listed(word, NOT_IDENTIFYING_SET);
}

/** Words that make an organisation one of the whole country's, not a local one: "Oak National Academy", "British Dyslexia Association". */
const NATIONAL_MARKERS = new Set([
  'national',
  'british',
  'english',
  'england',
  'uk',
  'royal',
  'nhs',
  'international',
  'european',
  'global',
  'world',
]);

export function isNationalMarker(word: string): boolean {
  return NATIONAL_MARKERS.has(word.toLowerCase());
}

/** Whether a word of an organisation's name is one many such names share ("National", "Primary", "Trust"). */
export function isGenericOrganisationWord(word: string): boolean {
  return listed(word, GENERIC_ORGANISATION_SET) || listed(word, TERM_SET);
}

/** Whether two or three capitals are an acronym of education or health rather than someone's initials. */
export function isKnownAcronym(letters: string): boolean {
  return ACRONYM_SET.has(letters) || ACRONYM_SET.has(letters.toUpperCase());
}
