import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { USUAL_SUBMISSION } from '../../core/programme/submission-settings.js';
import { PortfolioDatabase } from '../database.js';
import { SCHEMA_VERSIONS } from '../schema.js';

const name = `upgrade-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

const paragraph = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: text === '' ? [] : [{ type: 'text', text }] }],
});

describe('upgrading to submission settings (version 6)', () => {
  it('adds the usual cover and layout, module fields and generated appendices, and drops only empty placeholder appendices', async () => {
    const v5 = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((schema) => schema.version <= 5))
      v5.version(version).stores(stores);
    const piece = (id: string, kind: string) => ({
      id,
      title: id,
      kind,
      targetWords: 5000,
      tolerance: { belowPercent: 10, abovePercent: 10 },
      dueDate: null,
      counting: {},
      evidenceWords: { kind: 'none' },
    });
    await v5.table('portfolios').bulkAdd([
      {
        id: 'p1',
        title: 'Mine',
        programme: { templateId: 'two-parts', templateName: 'Two parts', attendance: null, studyPlan: null },
        pieces: [piece('part-1', 'evidence-portfolio'), piece('part-2', 'enquiry')],
      },
      {
        id: 'p2',
        title: 'Other',
        programme: { templateId: 'two-modules', templateName: 'Two modules', attendance: null, studyPlan: null },
        pieces: [piece('portfolio-of-evidence', 'evidence-portfolio')],
      },
    ]);
    const section = (id: string, portfolioId: string, title: string) => ({
      id,
      portfolioId,
      pieceId: 'part-1',
      title,
      role: 'appendix',
      counted: true,
      position: 0,
    });
    await v5
      .table('sections')
      .bulkAdd([
        section('empty-log', 'p1', 'Appendix A: Reflective reading log'),
        section('written-handbook', 'p1', 'Appendix B: Mentor handbook'),
        section('own-appendix', 'p1', 'Appendix C: Consent letter'),
        section('other-template', 'p2', 'Appendix A: Reflective reading log'),
      ]);
    await v5.table('sectionContents').bulkAdd([
      { sectionId: 'empty-log', document: paragraph('') },
      {
        sectionId: 'written-handbook',
        document: paragraph('Meetings with my mentor, typed before the app wrote them.'),
      },
      { sectionId: 'own-appendix', document: paragraph('') },
      { sectionId: 'other-template', document: paragraph('') },
    ]);
    v5.close();

    const db = new PortfolioDatabase(name);
    const [mine, other] = await db.portfolios.bulkGet(['p1', 'p2']);
    expect(mine?.programme.submission).toEqual(USUAL_SUBMISSION);
    expect(mine?.pieces.map((p) => [p.moduleCode, p.moduleTitle, p.appendices])).toEqual([
      ['', '', ['reading-log', 'mentor-handbook', 'coverage-matrix']],
      ['', '', []],
    ]);
    expect(other?.pieces[0]?.appendices).toEqual(['coverage-matrix', 'mentor-handbook']);
    expect((await db.sections.toArray()).map((s) => s.id).sort()).toEqual([
      'other-template',
      'own-appendix',
      'written-handbook',
    ]);
    expect(await db.sectionContents.get('empty-log')).toBeUndefined();
    expect(await db.sectionContents.get('written-handbook')).toEqual({
      sectionId: 'written-handbook',
      document: paragraph('Meetings with my mentor, typed before the app wrote them.'),
    });
    db.close();
  });
});
