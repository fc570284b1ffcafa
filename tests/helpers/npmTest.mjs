#!/usr/bin/env node
// `npm test`: `npm run check` (astro check and the content report) and `vitest run`, side by
// side instead of one after the other: astro check mostly waits on one core while the test
// builds and browsers use the other. Vitest prints as it goes; the check's report follows it,
// whole. Fails when either fails. Arguments go to vitest (`npm test -- tests/e2e/booking.test.ts`).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

const checkOutput = [];
const check = spawn(process.execPath, ['scripts/check.mjs'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
check.stdout.on('data', (d) => checkOutput.push(d));
check.stderr.on('data', (d) => checkOutput.push(d));
const checkDone = new Promise((resolve) => check.on('close', (code) => resolve({ code: code ?? 1, at: seconds() })));

const vitest = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
const vitestDone = new Promise((resolve) => vitest.on('close', (code) => resolve({ code: code ?? 1, at: seconds() })));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    check.kill(signal);
    vitest.kill(signal);
  });
}

const [checked, tested] = await Promise.all([checkDone, vitestDone]);
process.stdout.write(`\n> npm run check (ran beside vitest, done after ${checked.at})\n\n${Buffer.concat(checkOutput).toString()}\n`);
console.log(`npm test: vitest ${tested.code === 0 ? 'passed' : 'FAILED'} (${tested.at}), npm run check ${checked.code === 0 ? 'passed' : 'FAILED'} (${checked.at}); ${seconds()} in all`);
process.exit(checked.code || tested.code);
