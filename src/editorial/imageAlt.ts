/**
 * Images without alt text in a Markdown or MDX body: `![](x.png)`, `<img src>` without
 * alt, and the components that show a picture (<Figure>, <Image>, <Picture>) without an alt
 * prop. A screen-reader user hears nothing useful from those. `alt=""` is allowed on HTML
 * and components: it marks an image as decoration on purpose. Pure.
 */

export interface MissingAlt {
  /** 1-based line in the body. */
  line: number;
  /** The image as written, shortened. */
  text: string;
}

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(([^)]*)\)/g;
const TAG = /<(img|Image|Picture|Figure)\b([^>]*?)\/?>/g;

export function imagesWithoutAlt(body: string): MissingAlt[] {
  // Code is an example, not an image.
  const text = body.replace(/```[\s\S]*?```/g, (block) => block.replace(/[^\n]/g, ' ')).replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
  const found: { index: number; text: string }[] = [];
  for (const match of text.matchAll(MARKDOWN_IMAGE)) {
    if ((match[1] ?? '').trim() === '') found.push({ index: match.index ?? 0, text: match[0] });
  }
  for (const match of text.matchAll(TAG)) {
    if (!/\balt\s*=/.test(match[2] ?? '')) found.push({ index: match.index ?? 0, text: match[0] });
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map(({ index, text: written }) => ({
      line: text.slice(0, index).split('\n').length,
      text: written.length > 60 ? `${written.slice(0, 57)}…` : written,
    }));
}
