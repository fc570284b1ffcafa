import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ogImagePath, ogImageTree, titleSize, type OgNode } from '../../src/lib/ogImage';
import { cachedOgRenderer, ogImageKey } from '../../src/lib/ogImageRender';

/** All the text in a satori tree, in order. */
const texts = (node: OgNode | string): string[] =>
  typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap((c) => texts(c));

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('share image design', () => {
  it('shows the kicker in capitals, the title and the practice name, and steps long titles down', () => {
    expect(texts(ogImageTree({ title: ' Herniated disc ', kicker: 'Cause', siteName: 'P' }))).toEqual(['CAUSE', 'Herniated disc', 'P']);
    expect(titleSize('Herniated disc')).toBe(76);
    expect(titleSize('x'.repeat(60))).toBe(64);
    expect(titleSize('x'.repeat(90))).toBe(54);
  });

  it('names each image after its page', () => {
    expect(ogImagePath('causes/herniated-disc/')).toBe('og/causes/herniated-disc.png');
    expect(ogImagePath('/')).toBe('og/site.png');
  });
});

describe('share image rendering', () => {
  const cache = mkdtempSync(join(tmpdir(), 'og-cache-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));
  const input = { title: 'Can massage make sciatica worse? “Yes” — sometimes…', kicker: 'FAQ', siteName: 'Riverside & Co' };

  it('draws a 1200 × 630 PNG once, then reuses it until its text changes', { timeout: 30_000 }, async () => {
    const renderer = cachedOgRenderer(cache);
    const png = await renderer.render(input);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(renderer.stats).toEqual({ hits: 0, drawn: 1 });

    const again = cachedOgRenderer(cache);
    expect((await again.render(input)).equals(png)).toBe(true);
    expect(again.stats).toEqual({ hits: 1, drawn: 0 });
    expect(readdirSync(join(cache, 'og-images'))).toEqual([`${ogImageKey(input)}.png`]);

    expect(ogImageKey({ ...input, title: 'Another title' })).not.toBe(ogImageKey(input));
    await again.render({ ...input, title: 'Another title' });
    expect(again.stats).toEqual({ hits: 1, drawn: 1 });
  });
});
