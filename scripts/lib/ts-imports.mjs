// Lets these Node scripts import the site's TypeScript modules from src/ directly: Node 24
// strips the types itself, and this hook adds the ".ts" that extensionless imports
// ('./shared') leave out, the way Vite resolves them inside Astro.
import { registerHooks } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$|\.json$/.test(specifier) && context.parentURL?.endsWith('.ts')) {
      for (const ext of ['.ts', '/index.ts']) {
        const url = new URL(specifier + ext, context.parentURL);
        if (existsSync(fileURLToPath(url))) return next(url.href, context);
      }
    }
    return next(specifier, context);
  },
});
