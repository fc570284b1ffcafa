/**
 * The same articles on this site and on the anchor sites (the benchmark kit in ../shared/bench,
 * README there): a copy of the site made by scripts/generate-corpus.mjs whose article bodies are
 * replaced by the kit's corpus (swap-bodies.mjs), so build times compare like with like.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './astro-build.mjs';
import { writeCorpus } from '../generate-corpus.mjs';

/** The kit: BENCH_KIT, or ../shared/bench beside the repository (/work/shared/bench on the team's machines). */
export function benchKit() {
  const candidates = [process.env.BENCH_KIT, join(root, '../shared/bench'), '/work/shared/bench'].filter(Boolean);
  const kit = candidates.find((dir) => existsSync(join(dir, 'gen-corpus.mjs')));
  if (!kit) throw new Error(`No benchmark kit (gen-corpus.mjs) in ${candidates.join(' or ')}; set BENCH_KIT.`);
  return kit;
}

function run(args) {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout.trim();
}

/** Writes a copy of the site into `out` with the kit's `count` articles (seed 1, as the anchors). */
export function writeSharedCorpus(out, count, kit = benchKit()) {
  writeCorpus(out, count);
  const plain = `${out}-kit-corpus`;
  run([join(kit, 'gen-corpus.mjs'), plain, String(count), '--format', 'blog']);
  return run([join(kit, 'swap-bodies.mjs'), out, plain]);
}

/** The anchor sites prepared by the kit's prepare-anchors.sh for `count` articles, if they are there. */
export function anchorSites(count, dir = process.env.BENCH_ANCHORS || '/tmp/bench-anchors') {
  const sites = { blog: join(dir, `blog-n${count}`), starlight: join(dir, `starlight-n${count}`) };
  return Object.values(sites).every((site) => existsSync(join(site, 'node_modules'))) ? sites : undefined;
}
