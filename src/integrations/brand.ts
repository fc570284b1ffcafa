/**
 * Brings the practice's colours and font (content/practice/site.yaml) into the site's CSS
 * as `virtual:brand.css`, which Base.astro imports: Vite bundles it with the other styles,
 * so the brand needs no inline style (the CSP has no 'unsafe-inline') and no extra request.
 * The contrast check runs earlier, in the content check (src/editorial/brand.ts); this hook
 * only refuses a font package that is not installed.
 */
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, checkedContent } from '../editorial/pipeline';
import { brandCss, DEFAULT_COLOURS, type BrandColours, type BrandFont } from '../lib/theme';

const ID = 'virtual:brand.css';
// Ends in .css so Vite's CSS pipeline handles it (the @import of a font package included).
const RESOLVED = '\0brand-theme.css';

function settingsOf(root: string, fresh: boolean) {
  const content = fresh ? checkContent(root, 'dev') : checkedContent(root);
  const data = content.entries.find((e) => e.collection === 'practice')?.data ?? {};
  return { colours: (data.colors as BrandColours | undefined) ?? DEFAULT_COLOURS, font: data.font as BrandFont | undefined };
}

/** Throws, naming the package and the command, when a weight's CSS file cannot be found. */
export function checkFont(font: BrandFont | undefined, root: string): void {
  if (!font) return;
  const require = createRequire(join(root, 'package.json'));
  for (const weight of font.weights) {
    try {
      require.resolve(`${font.package}/${weight}.css`);
    } catch {
      throw new Error(
        `content/practice/site.yaml field "font.package": ${font.package}/${weight}.css cannot be found. Install the package with npm install ${font.package}, or remove ${weight} from font.weights if the package has no such weight.`,
      );
    }
  }
}

export default function brandTheme(): AstroIntegration {
  return {
    name: 'brand-theme',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        if (command !== 'preview') checkFont(settingsOf(root, false).font, root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'brand-theme-css',
                resolveId: (id) => (id === ID ? RESOLVED : undefined),
                load(id) {
                  if (id !== RESOLVED) return undefined;
                  // In dev, an edit of site.yaml reloads the styles with the new colours.
                  this.addWatchFile(join(root, 'content/practice/site.yaml'));
                  const { colours, font } = settingsOf(root, command === 'dev');
                  return brandCss(colours, font);
                },
              },
            ],
          },
        });
      },
    },
  };
}
