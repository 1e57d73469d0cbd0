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
  return listed(word, SENTENCE_WORD_SET) || listed(word, TERM_SET) || listed(word, RESOURCE_SET);
}
