// The article set the site promises (issue: the complete article set): every topic has its
// page, every article cites sources that exist, every body reads at grade 8 or below,
// and no article says what the brief rules out.
import { describe, expect, it } from 'vitest';
import { FOLDERS, articlesIn, yamlIn } from '../helpers/contentFiles';
import { citedKeys } from '../../src/lib/citations';
import { READING_GRADE_LIMIT, gradeOf } from '../../src/editorial/readability';
import { findDoNotSay } from '../helpers/medicalClaims';

const TOPICS: Record<keyof typeof FOLDERS, string[]> = {
  causes: ['herniated-disc', 'spinal-stenosis', 'spondylolisthesis', 'piriformis-syndrome', 'pregnancy', 'serious-causes'],
  symptoms: [
    'radiating-leg-pain',
    'numbness',
    'tingling',
    'weakness',
    'worse-sitting-bending-coughing',
    'one-leg-or-both',
    'back-and-buttock-pain',
  ],
  massageTypes: ['swedish', 'deep-tissue', 'trigger-point', 'myofascial-release', 'self-massage', 'massage-guns'],
  redFlags: [
    // Emergency: call 911 / emergency department now.
    'saddle-numbness',
    'bladder-problems',
    'bowel-problems',
    'sexual-function-changes',
    'sciatica-both-legs',
    'severe-or-worsening-weakness',
    'major-injury',
    'calf-swelling-with-breathlessness',
    // Urgent: a doctor the same day.
    'fever-or-feeling-unwell',
    'cancer-history',
    'unexplained-weight-loss',
    'constant-night-pain',
    'weakened-immune-system',
    'possible-blood-clot',
    // See a doctor within days.
    'no-improvement',
    'pain-stopping-daily-life',
    'pain-getting-worse',
    'first-episode-age',
  ],
  faqs: [
    'can-massage-make-it-worse',
    'how-many-sessions',
    'is-massage-a-cure',
    'best-massage-type',
    'best-position',
    'massage-gun',
    'trigger-points',
    'massage-physio-or-chiropractor',
    'see-a-doctor-first',
    'pregnancy',
    'insurance',
    'heat-or-ice',
    'bed-rest',
    'prevent-sciatica',
    'how-long-does-it-last',
  ],
  guides: [
    'what-massage-can-do',
    'table-positions',
    'first-session',
    'using-a-massage-gun',
    'massage-physio-or-chiropractor',
    'self-care',
    'preventing-a-return',
    'cautions-before-massage',
    'insurance-and-cost',
    'how-long-sciatica-lasts',
    // Issue 11: the pages a patient still missed.
    'sciatica-overview',
    'treatments-a-doctor-may-offer',
    'conditions-like-sciatica',
    'myths-and-facts',
  ],
};

const URGENCY: Record<string, string> = {
  'saddle-numbness': 'emergency',
  'bladder-problems': 'emergency',
  'bowel-problems': 'emergency',
  'sexual-function-changes': 'emergency',
  'sciatica-both-legs': 'emergency',
  'severe-or-worsening-weakness': 'emergency',
  'major-injury': 'emergency',
  'calf-swelling-with-breathlessness': 'emergency',
  'fever-or-feeling-unwell': 'urgent',
  'cancer-history': 'urgent',
  'unexplained-weight-loss': 'urgent',
  'constant-night-pain': 'urgent',
  'weakened-immune-system': 'urgent',
  'possible-blood-clot': 'urgent',
  'no-improvement': 'see-a-doctor',
  'pain-stopping-daily-life': 'see-a-doctor',
  'pain-getting-worse': 'see-a-doctor',
  'first-episode-age': 'see-a-doctor',
};

const sourceKeys = new Set(yamlIn('sources').map((s) => s.id));
const all = Object.entries(FOLDERS).flatMap(([collection, folder]) =>
  articlesIn(folder).map((file) => ({ collection, folder, ...file })),
);

describe('every topic has its page', () => {
  for (const [collection, slugs] of Object.entries(TOPICS)) {
    it(collection, () => {
      const ids = articlesIn(FOLDERS[collection as keyof typeof FOLDERS]).map((f) => f.id);
      expect(slugs.filter((slug) => !ids.includes(slug))).toEqual([]);
    });
  }
  it('red flags carry the urgency the brief gives them', () => {
    const actual = Object.fromEntries(articlesIn('red-flags').map((f) => [f.id, f.data.urgency]));
    for (const [slug, urgency] of Object.entries(URGENCY)) expect(actual[slug], slug).toBe(urgency);
  });
  it('at least 15 FAQs', () => {
    expect(articlesIn('faqs').length).toBeGreaterThanOrEqual(15);
  });
});

describe('every article', () => {
  for (const a of all) {
    describe(`${a.folder}/${a.id}`, () => {
      it('cites at least one source, and only sources that exist and are listed', () => {
        const listed = (a.data.sources as string[] | undefined) ?? [];
        expect(listed.length).toBeGreaterThan(0);
        expect(listed.filter((k) => !sourceKeys.has(k))).toEqual([]);
        const cited = citedKeys(a.body);
        expect(cited.length, 'the body has no [@key] citation').toBeGreaterThan(0);
        expect(cited.filter((k) => !sourceKeys.has(k) || !listed.includes(k))).toEqual([]);
      });
      it(`reads at Flesch-Kincaid grade ${READING_GRADE_LIMIT} or lower`, () => {
        expect(gradeOf(a.body)).toBeLessThanOrEqual(READING_GRADE_LIMIT);
      });
      it('makes no do-not-say claim', () => {
        expect(findDoNotSay(a.body.replace(/\[@[^\]]+\]/g, '')).map((h) => `${h.rule}: ${h.sentence}`)).toEqual([]);
      });
    });
  }
});
