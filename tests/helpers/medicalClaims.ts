/**
 * Claims the content brief lists under "do not say": wrong or unproven statements
 * that appear on other clinic sites. Each rule matches a sentence that makes the claim;
 * `allowNegated` lets a sentence that debunks it ("massage does not flush toxins") pass.
 */

export interface ClaimRule {
  id: string;
  /** What the brief says instead, shown when the rule fires. */
  why: string;
  /** Every pattern must match the same sentence. */
  patterns: RegExp[];
  /** Let the sentence through when it negates or hedges the claim. */
  allowNegated?: boolean;
}

const NEGATION = /\b(no|not|never|nothing|cannot|without|unproven|myths?|claims?|isn['’]t|aren['’]t|doesn['’]t|don['’]t|won['’]t|can['’]t|didn['’]t|no good evidence|little evidence)\b/i;

export const CLAIM_RULES: ClaimRule[] = [
  { id: 'roots-l4-s4', why: 'The sciatic nerve forms from the L4–S3 roots.', patterns: [/\bL4\s*(?:[–—-]|to)\s*S4\b/i] },
  {
    id: 'sacroiliac-joint',
    why: 'The nerve leaves the pelvis through the greater sciatic notch, not through the sacroiliac joints.',
    patterns: [/\b(through|via) the sacroiliac joints?\b/i],
  },
  {
    id: 'neck-and-shoulders',
    why: 'Sciatica does not spread up to the neck and shoulders.',
    patterns: [/\b(neck|shoulders?)\b/i, /\b(spread|radiat|travel|run)/i],
    allowNegated: true,
  },
  {
    id: 'single-prevalence',
    why: 'Prevalence estimates range from about 1% to 43%; give the range, not one figure.',
    patterns: [/\baffects?\s+(?:about\s+|around\s+|up to\s+)?(?:40|43|1)\s*(?:%|percent|per cent)\s+of\s+(?:the\s+)?(?:population|people|adults)/i],
  },
  { id: 'cause-unknown', why: 'The usual causes are known (most often a herniated disc).', patterns: [/\bcause\b[^.]*\b(is|are|remains?)\s+(often\s+|usually\s+)?unknown\b/i] },
  { id: 'no-cure', why: 'Sciatica usually settles; do not say there is no cure.', patterns: [/\bthere\s+is\s+no\s+cure\b|\bno\s+cure\s+for\s+sciatica\b|\bsciatica\s+(?:is|has)\s+(?:no|not)\s+cur/i] },
  {
    id: 'chronic-responds-well',
    why: 'Chronic sciatica often does not respond well to treatment.',
    patterns: [/\bchronic sciatica\b[^.]*\brespond(s)?\s+well\b/i],
  },
  { id: 'misdiagnosed-cancer', why: 'Not a supported claim.', patterns: [/\bmisdiagnosed\s+as\s+cancer\b/i] },
  {
    id: 'posture-causes',
    why: 'There is no good evidence that a rounded upper back, a curved spine, uneven hips or one shorter leg causes sciatica.',
    patterns: [/\b(kyphosis|scoliosis|pelvic asymmetry|uneven hips|short(er)? leg|leg[- ]length)\b/i, /\bcaus/i],
    allowNegated: true,
  },
  {
    id: 'scar-tissue-toxins',
    why: 'Massage does not break up scar tissue or flush toxins.',
    patterns: [/\b(break(s|ing)?\s+(up|down)\s+scar\s+tissue|flush(es|ing)?\s+(out\s+)?(the\s+)?toxins|detox)/i],
    allowNegated: true,
  },
  { id: 'no-side-effects', why: 'Side effects are usually mild, but they happen.', patterns: [/\b(no|zero|without(\s+any)?)\s+side[- ]effects\b/i] },
  {
    id: 'lasting-results',
    why: 'No lasting effect of massage has been shown.',
    patterns: [/\b(lasting|permanent|long[- ]term)\s+(results?|relief|cure|fix|effects?|benefits?)\b/i, /\bmassage|\bit\b/i],
    allowNegated: true,
  },
  {
    id: 'prevents-sciatica',
    why: 'There is no evidence that massage prevents sciatica.',
    patterns: [/\bmassage\b[^.]*\bprevents?\s+(sciatica|it|a return|flare)/i],
    allowNegated: true,
  },
  {
    id: 'inflammation-endorphins',
    why: 'Do not present "reduces inflammation" or "releases endorphins" as established effects of massage.',
    patterns: [/\b(reduces?|lowers?|fights?)\s+inflammation\b|\breleases?\s+endorphins\b/i],
    allowNegated: true,
  },
];

const NEGACION = /(^|[^\p{L}])(no|nunca|nada|sin|ni|tampoco|mitos?|afirma|dicen|se dice|falso|no hay buena evidencia|poca evidencia)(?=$|[^\p{L}])/iu;

/** The same rules for the Spanish pages, in Spanish words (the claims other clinic sites make in Spanish). */
export const CLAIM_RULES_ES: ClaimRule[] = [
  { id: 'roots-l4-s4', why: 'The sciatic nerve forms from the L4–S3 roots.', patterns: [/\bL4\s*(?:[–—-]|a)\s*S4\b/i] },
  { id: 'sacroiliac-joint', why: 'The nerve leaves the pelvis through the greater sciatic notch.', patterns: [/\b(a través|por) de las? articulaci(ón|ones) sacroil[ií]acas?/i] },
  { id: 'neck-and-shoulders', why: 'Sciatica does not spread up to the neck and shoulders.', patterns: [/\b(cuello|hombros?)\b/i, /\b(se extiende|irradia|sube)\b/i, /\b(ciática|dolor)\b/i], allowNegated: true },
  { id: 'no-cure', why: 'Sciatica usually settles; do not say there is no cure.', patterns: [/\bno (hay|tiene) cura\b|\bla ciática no se cura\b/i] },
  { id: 'scar-tissue-toxins', why: 'Massage does not break up scar tissue or flush toxins.', patterns: [/(rompe|deshace|disuelve)\w*\s+(el\s+)?tejido cicatricial|(elimina|expulsa|saca)\w*\s+(las\s+)?toxinas|desintoxica/i], allowNegated: true },
  { id: 'no-side-effects', why: 'Side effects are usually mild, but they happen.', patterns: [/\b(sin|ningún|ningun|cero)\s+(efecto secundario|efectos secundarios)\b/i] },
  { id: 'lasting-results', why: 'No lasting effect of massage has been shown.', patterns: [/\b(resultados?|alivio|efectos?|beneficios?)\s+(duraderos?|permanentes?|a largo plazo)\b|\bcura definitiva\b/i, /masaje|\blo\b/i], allowNegated: true },
  { id: 'prevents-sciatica', why: 'There is no evidence that massage prevents sciatica.', patterns: [/\bmasaje\b[^.]*\bprevien[ea]\s+(la ciática|que vuelva)/i], allowNegated: true },
  { id: 'inflammation-endorphins', why: 'Do not present "reduces inflammation" or "releases endorphins" as established effects of massage.', patterns: [/\b(reduce|baja|combate|disminuye)\s+la\s+inflamación\b|\blibera\s+endorfinas\b/i], allowNegated: true },
  { id: 'cures', why: 'Massage eases symptoms for a while; it cures nothing.', patterns: [/\bmasaje\b[^.]*\b(cura|curará|elimina)\s+(la\s+)?ciática\b/i], allowNegated: true },
];

export interface ClaimHit {
  rule: string;
  why: string;
  sentence: string;
}

/** Splits text into sentences (good enough for rules that look inside one sentence). */
export function sentencesOf(text: string): string[] {
  // A line break always ends a sentence (headings, list items); within a line, . ! ? do.
  return text
    .split(/\n+/)
    .flatMap((line) => line.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡"“(])/))
    .map((s) => s.trim())
    .filter(Boolean);
}

export function findDoNotSay(text: string, lang: 'en' | 'es' = 'en'): ClaimHit[] {
  const hits: ClaimHit[] = [];
  const [rules, negation] = lang === 'es' ? [CLAIM_RULES_ES, NEGACION] : [CLAIM_RULES, NEGATION];
  for (const sentence of sentencesOf(text)) {
    // A question ("Can massage prevent sciatica?") asks; it does not claim.
    if (sentence.endsWith('?')) continue;
    for (const rule of rules) {
      if (!rule.patterns.every((p) => p.test(sentence))) continue;
      if (rule.allowNegated && negation.test(sentence)) continue;
      hits.push({ rule: rule.id, why: rule.why, sentence });
    }
  }
  return hits;
}
