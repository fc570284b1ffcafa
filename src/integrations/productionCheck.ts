/**
 * With PRODUCTION=true, `astro build` refuses to finish while anything is still demo or
 * placeholder (src/editorial/production.ts) or a page is past its review date: the same
 * list `npm run check -- --production` prints. Set PRODUCTION=true in the deploy workflow.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkedContent } from '../editorial/pipeline';
import { formatProblems } from '../editorial/problems';
import { expiredReviewFindings, productionFindings, type ProductionEnv } from '../editorial/production';

export function productionCheck(env: ProductionEnv & { PRODUCTION?: string | undefined }, today = new Date()): AstroIntegration {
  return {
    name: 'production-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' || env.PRODUCTION !== 'true') return;
        const { entries } = checkedContent(fileURLToPath(config.root));
        const findings = [...productionFindings(entries, env), ...expiredReviewFindings(entries, today)];
        if (!findings.length) return;
        const list = formatProblems(
          findings.map((f) => ({ ...f, severity: 'error', step: 'content' })),
          'PRODUCTION=true: the site still has demo or placeholder settings',
        );
        throw new Error(`${list}\nREADME.md, "Make it yours", says what to change; npm run check -- --production shows this list again.`);
      },
    },
  };
}
