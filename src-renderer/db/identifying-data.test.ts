import { describe, expect, it } from 'vitest';
import { checkTexts } from '../core/privacy/portfolio-check.js';
import { generatedSample } from '../core/privacy/sample-texts.test-data.js';
import { TWO_PARTS } from '../core/programme/templates.js';
import { bookBy, detailsFor } from '../core/references/reading-log.test-data.js';
import type { PortfolioDatabase } from './database.js';
import { attachFiles, createEvidence, saveEvidenceCommentary } from './evidence.js';
import { authorsInReadingLog, replaceNameEverywhere, textsOfPortfolio, undoReplaceName } from './identifying-data.js';
import { TINY_PNG } from '../core/docx/sample-submission.test-data.js';
import { loadLexicon } from '../core/privacy/lexicon.js';
import { addOutcomes } from './outcomes.js';
import { addPicture } from './pictures.js';
import { updatePieceSettings } from './portfolios.js';
import { logStudy } from './study-log.js';
import { addMentorRecord } from './mentor.js';
import { addReadingLogEntry } from './reading-log.js';
import { addSectionComment } from './section-comments.js';
import { loadSectionDocument, saveSectionDocument, sectionsOfPortfolio } from './sections.js';
import { versionsOfSection } from './section-versions.js';
import { dumpDatabase, freshPortfolioEachTest } from './test-database.js';

let db: PortfolioDatabase;
let portfolioId: string;
freshPortfolioEachTest(TWO_PARTS, (made) => ({ db, portfolioId } = made));

/** Each paragraph of a sample's text as a paragraph of a document. */
const docOf = (text: string) => ({
  type: 'doc',
  content: text
    .split('\n\n')
    .map((paragraph) => ({ type: 'paragraph', content: paragraph === '' ? [] : [{ type: 'text', text: paragraph }] })),
});
const doc = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const JAMIE = { name: 'Jamie', kind: 'pupil' as const, pseudonym: 'Pupil A' };

/** A portfolio that names Jamie in a section, a comment on it, evidence, the reading log and the mentor handbook. */
async function portfolioNamingJamie() {
  const findings = (await sectionsOfPortfolio(db, portfolioId)).find((section) => section.title === 'Findings')!;
  await saveSectionDocument(db, findings.id, doc('Jamie read aloud with confidence.'));
  await addSectionComment(db, {
    portfolioId,
    sectionId: findings.id,
    anchor: { quote: 'Jamie read aloud', prefix: '', suffix: ' with confidence.' },
    author: 'candidate',
    text: 'Ask Jamie how it felt.',
  });
  const evidenceId = await createEvidence(db, portfolioId, 'part-1', {
    title: 'Observation of Jamie',
    date: '2026-11-02',
    type: 'observation',
    context: 'Year 5',
    description: '',
    outcomeIds: [],
    wordsOverride: null,
  });
  await saveEvidenceCommentary(db, evidenceId, doc('Jamie used the word mat.'));
  await addReadingLogEntry(db, portfolioId, {
    ...detailsFor(bookBy(['Jamieson'], '2019', 'Reading for pleasure')),
    keyPoints: 'Could help Jamie.',
  });
  await addMentorRecord(db, {
    kind: 'observation',
    portfolioId,
    date: '2027-02-10',
    focus: 'Jamie’s reading',
    notes: 'Calm.',
    author: 'mentor',
  });
  return { findings, evidenceId };
}

describe('the pupil-data check over a whole portfolio', () => {
  it('finds a listed name wherever the writer wrote it, each tied to its place; an author read is not flagged', async () => {
    const { findings, evidenceId } = await portfolioNamingJamie();
    const found = checkTexts(await textsOfPortfolio(db, portfolioId), [JAMIE]);
    expect(found.map(({ label, finding }) => [label, finding.text])).toEqual([
      ['Findings', 'Jamie'],
      ['Findings', 'Jamie'],
      ['Findings', 'Jamie'],
      ['Evidence: Observation of Jamie', 'Jamie'],
      ['Evidence: Observation of Jamie', 'Jamie'],
      ['Reading log: Reading for pleasure', 'Jamie'],
      ['Mentor handbook', 'Jamie'],
    ]);
    expect(found[0]?.place).toEqual({ kind: 'section', sectionId: findings.id });
    expect(found[3]?.place).toEqual({ kind: 'evidence', evidenceId });
  });

  it('reads the names of pictures and attachments, outcome and part titles and the study log, and never flags an author the reading log names', async () => {
    const findingsSection = (await sectionsOfPortfolio(db, portfolioId)).find(
      (section) => section.title === 'Findings',
    )!;
    const pictureId = await addPicture(db, portfolioId, { name: 'jayden_reading.png', data: new Blob([TINY_PNG]) });
    await saveSectionDocument(db, findingsSection.id, {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'As Norwich argues, dilemmas remain.' }] },
        {
          type: 'figure',
          attrs: { pictureId, name: 'jayden_reading.png' },
          content: [{ type: 'figureCaption', content: [] }],
        },
      ],
    });
    const evidenceId = await createEvidence(db, portfolioId, 'part-1', {
      title: 'Reading review',
      date: '2026-11-02',
      type: 'observation',
      context: '',
      description: '',
      outcomeIds: [],
      wordsOverride: null,
    });
    await attachFiles(db, evidenceId, [
      { name: 'Kacper Nowak EHCP.pdf', type: 'application/pdf', size: 8, data: new Blob(['%PDF-1.7']) },
    ]);
    await addOutcomes(db, portfolioId, [
      { area: 'A', code: 'A9', title: 'Working with Oakfield Primary School', description: '' },
    ]);
    await logStudy(db, portfolioId, { date: '2026-11-03', hours: 2, note: 'Observed Oliwia in maths' });
    const portfolio = await db.portfolios.get(portfolioId);
    await updatePieceSettings(db, portfolioId, { ...portfolio!.pieces[0]!, title: 'Part 1: Portfolio for Greenfield' });
    await addReadingLogEntry(
      db,
      portfolioId,
      detailsFor(bookBy(['Norwich'], '2013', 'Addressing tensions and dilemmas')),
    );

    const [texts, authors, lexicon] = await Promise.all([
      textsOfPortfolio(db, portfolioId),
      authorsInReadingLog(db, portfolioId),
      loadLexicon(),
    ]);
    const found = checkTexts(texts, [], { lexicon, authors }).map(({ label, finding }) => [label, finding.text]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['Findings: a picture’s file name', 'Jayden'],
        ['Evidence: Reading review: a file’s name', 'Kacper Nowak'],
        ['Outcome A9', 'Oakfield Primary School'],
        ['Study log, 2026-11-03', 'Oliwia'],
        ['Part: Part 1: Portfolio for Greenfield', 'Greenfield'],
      ]),
    );
    expect(authors).toEqual(['Norwich']);
    expect(found.some(([, text]) => text === 'Norwich')).toBe(false);
  });

  it('puts a pseudonym in its place everywhere at once, recounting the words, and undoes it exactly', async () => {
    const { findings, evidenceId } = await portfolioNamingJamie();
    const before = await dumpDatabase(db);
    const replacement = await replaceNameEverywhere(db, portfolioId, 'Jamie', 'Pupil A');
    const { replaced } = replacement;
    expect(replaced).toBe(7);
    expect(checkTexts(await textsOfPortfolio(db, portfolioId), [JAMIE])).toEqual([]);
    expect(await loadSectionDocument(db, findings.id)).toEqual(doc('Pupil A read aloud with confidence.'));
    expect((await db.sections.get(findings.id))?.words.text).toBe(6);
    expect((await db.evidence.get(evidenceId))?.commentaryWords.text).toBe(6);
    // The comment's passage follows the text it was on.
    expect((await db.sectionComments.where('sectionId').equals(findings.id).first())?.anchor?.quote).toBe(
      'Pupil A read aloud',
    );
    const entry = await db.readingLog.where('portfolioId').equals(portfolioId).first();
    expect(JSON.stringify(entry?.reference)).toContain('Jamieson');
    expect(entry?.keyPoints).toBe('Could help Pupil A.');

    // The text as it was is in the section's history too.
    expect((await versionsOfSection(db, findings.id))[0]?.document).toEqual(doc('Jamie read aloud with confidence.'));

    await undoReplaceName(db, portfolioId, replacement);
    const after = await dumpDatabase(db);
    const withoutEditTimesAndHistory = (dump: Record<string, unknown[]>) => ({
      ...dump,
      portfolios: [],
      sectionVersions: [],
    });
    expect(withoutEditTimesAndHistory(after)).toEqual(withoutEditTimesAndHistory(before));
  });

  it('will not undo over an edit made since, and changes nothing then', async () => {
    const { findings } = await portfolioNamingJamie();
    const replacement = await replaceNameEverywhere(db, portfolioId, 'Jamie', 'Pupil A');
    await saveSectionDocument(db, findings.id, doc('Pupil A read aloud with confidence. Written after the change.'));
    const edited = await dumpDatabase(db);
    await expect(undoReplaceName(db, portfolioId, replacement)).rejects.toThrow(
      'has been changed since the name was replaced',
    );
    expect(await dumpDatabase(db)).toEqual(edited);
  });

  it('finds every identifier planted across a seeded sample portfolio, in its place', async () => {
    const sample = generatedSample(2026, 60);
    // The sample's paragraphs go into the portfolio's sections and evidence commentaries in turn.
    const places = [
      ...(await sectionsOfPortfolio(db, portfolioId)).map((section) => ({
        save: (text: string) => saveSectionDocument(db, section.id, docOf(text)),
        place: { kind: 'section', sectionId: section.id },
      })),
      ...(await Promise.all(
        ['Observation', 'Provision map', 'Staff training'].map(async (title) => {
          const evidenceId = await createEvidence(db, portfolioId, 'part-1', {
            title,
            date: '2026-11-02',
            type: 'observation',
            context: '',
            description: '',
            outcomeIds: [],
            wordsOverride: null,
          });
          return {
            save: (text: string) => saveEvidenceCommentary(db, evidenceId, docOf(text)),
            place: { kind: 'evidence', evidenceId },
          };
        }),
      )),
    ];
    const paragraphs = sample.text.split('\n\n');
    const held = places.map(() => [] as string[]);
    const expected: { place: object; text: string }[] = [];
    let offset = 0;
    paragraphs.forEach((paragraph, index) => {
      held[index % places.length]!.push(paragraph);
      for (const planted of sample.planted.filter(
        (found) => found.start >= offset && found.end <= offset + paragraph.length,
      ))
        expected.push({
          place: places[index % places.length]!.place,
          text: sample.text.slice(planted.start, planted.end),
        });
      offset += paragraph.length + 2;
    });
    for (const [index, { save }] of places.entries()) await save(held[index]!.join('\n\n'));

    const found = checkTexts(await textsOfPortfolio(db, portfolioId), sample.names);
    const missed = expected.filter(
      ({ place, text }) =>
        !found.some(
          (placed) =>
            JSON.stringify(placed.place) === JSON.stringify(place) &&
            (placed.finding.text.includes(text) || text.includes(placed.finding.text)),
        ),
    );
    expect(expected.length).toBeGreaterThan(50);
    expect(missed).toEqual([]);
  });

  it('changes nothing, not even the history or the edit time, when the name is written nowhere', async () => {
    await portfolioNamingJamie();
    const before = await dumpDatabase(db);
    expect(await replaceNameEverywhere(db, portfolioId, 'Zebedee', 'Pupil Z')).toEqual({
      replaced: 0,
      before: [],
      after: [],
    });
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('asks for a pseudonym first', async () => {
    await expect(replaceNameEverywhere(db, portfolioId, 'Jamie', '  ')).rejects.toThrow(
      'Choose a pseudonym for this name first.',
    );
  });
});
