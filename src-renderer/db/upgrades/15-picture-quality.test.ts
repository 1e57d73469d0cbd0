import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProgrammeSettings } from '../../core/programme/programme-schema.js';
import { PortfolioDatabase } from '../database.js';
import { SCHEMA_VERSIONS } from '../schema.js';

const name = `upgrade-${crypto.randomUUID()}`;
afterEach(async () => {
  await Dexie.delete(name);
});

const submissionBefore15 = {
  programmeTitle: 'National Award for Special Educational Needs Co-ordination',
  provider: 'University of Example',
  declaration: 'My own work.',
  nameOnCover: true,
  layout: { font: 'Calibri', fontSizePt: 11, lineSpacing: 2, marginCm: 3 },
};
const programme = { templateId: 'two-parts', templateName: 'Two parts', attendance: null, studyPlan: null };

describe('upgrading to picture quality (version 15)', () => {
  it('gives each portfolio standard pictures and no upload limit, keeping every other setting', async () => {
    const v14 = new Dexie(name);
    for (const { version, stores } of SCHEMA_VERSIONS.filter((schema) => schema.version <= 14))
      v14.version(version).stores(stores);
    await v14.table('portfolios').add({
      id: 'p1',
      title: 'NASENCO',
      programme: { ...programme, submission: submissionBefore15 },
      pieces: [],
      updatedAt: 1,
    });
    v14.close();

    const db = new PortfolioDatabase(name);
    const portfolio = await db.portfolios.get('p1');
    expect(portfolio?.programme.submission).toEqual({
      ...submissionBefore15,
      pictureQuality: 'standard',
      uploadLimitMb: null,
    });
    db.close();
  });

  it('reads settings written before picture quality (a template or portfolio file) with the usual values', () => {
    const checked = checkProgrammeSettings({ ...programme, submission: submissionBefore15 });
    expect(checked.ok && checked.value.submission).toMatchObject({ pictureQuality: 'standard', uploadLimitMb: null });
  });

  it('refuses an upload limit that is not a number of megabytes, in words', () => {
    const checked = checkProgrammeSettings({
      ...programme,
      submission: { ...submissionBefore15, pictureQuality: 'high', uploadLimitMb: 0 },
    });
    expect(checked).toEqual({ ok: false, problem: 'The upload limit must be between 1 and 2,000 MB.' });
  });
});
