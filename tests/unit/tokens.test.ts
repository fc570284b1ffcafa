// Words that come from the practice settings and the red-flags collection, never typed into an
// article: the tokens render from the checked content, and the pre-flight rejects misuse.
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { tokensPlugin } from '../../src/markdown/tokens';
import { checkedContent } from '../../src/editorial/pipeline';
import { tokenData } from '../../src/editorial/tokens';
import { validateContent } from '../../src/editorial/validate';
import { formatProblem } from '../../src/editorial/problems';
import { root } from '../helpers/paths';

const render = async (md: string) => (await markdownToHtml(md, { mdastPlugins: [tokensPlugin({ base: '/sciatica/' })] })).html.trim();
const { settings, signs } = tokenData(checkedContent(root).entries, true);

describe('the tokens, rendered', () => {
  it('[!emergency] is the practice’s emergency sentence, with a capital only where a sentence starts', async () => {
    const html = await render('[!emergency] if this happens. If it gets worse, [!emergency].');
    const capital = `${settings.emergencyWording[0]?.toUpperCase()}${settings.emergencyWording.slice(1)}`;
    expect(html).toBe(`<p>${capital} if this happens. If it gets worse, ${settings.emergencyWording}.</p>`);
  });
  it('[!emergency-number] is the number alone', async () => {
    expect(await render('Dial [!emergency-number].')).toBe(`<p>Dial ${settings.emergencyNumber}.</p>`);
  });
  it('[!emergency-signs] on its own line lists every emergency sign from content/red-flags/, linked with the base path', async () => {
    const html = await render('Before any massage:\n\n[!emergency-signs]\n');
    expect(signs.emergency.length).toBeGreaterThan(3);
    expect(html).toContain('<strong>Get emergency help now.</strong>');
    for (const sign of signs.emergency) expect(html).toContain(`<a href="/sciatica/${sign.path}">${sign.title}</a>`);
    expect(html).not.toContain('[!');
  });
});

describe('the pre-flight and the tokens', () => {
  const files = checkedContent(root).files;
  const withBody = (body: string) => {
    const page = files.find((f) => f.path === 'content/faqs/bed-rest.md')!;
    const text = page.text!.replace(/\n---\n[\s\S]*$/, `\n---\n${body}\n`);
    return validateContent(files.map((f) => (f === page ? { ...f, text } : f)), { mode: 'build' }).problems.filter((p) => p.file === page.path).map(formatProblem);
  };
  it('names an unknown token with the one meant', () => {
    expect(withBody('Rest is not best. [!emergncy] now [@nhs-sciatica].').join('\n')).toContain('[!emergncy] is not a token the site knows; did you mean [!emergency]?');
  });
  it('wants a list token on a line of its own', () => {
    expect(withBody('If you have [!urgent-signs] today [@nhs-sciatica].').join('\n')).toContain('[!urgent-signs] becomes a heading and a list, so it must be on a line of its own');
  });
  it('flags a typed emergency number', () => {
    expect(withBody(`Call ${settings.emergencyNumber} now [@nhs-sciatica].`).join('\n')).toContain(`types the emergency number ${settings.emergencyNumber}; write [!emergency]`);
  });
});
