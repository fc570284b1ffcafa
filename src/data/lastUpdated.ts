/**
 * When each content file last changed, from git history: one `git log` for all of
 * content/ per build (memoised), not one call per page. Outside a git checkout (a copy of
 * the site, a shallow CI clone without history for a file) a page simply has no date.
 */
import { execFileSync } from 'node:child_process';
import { GIT_LOG_ARGS, lastUpdatedFromLog } from '../lib/pageHistory';

let dates: Map<string, Date> | undefined;

function readHistory(): Map<string, Date> {
  try {
    const output = execFileSync('git', [...GIT_LOG_ARGS], {
      cwd: process.cwd(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return lastUpdatedFromLog(output);
  } catch {
    return new Map();
  }
}

/** Date of the last commit that changed a file (path from the repository root), if any. */
export function lastUpdated(file: string): Date | undefined {
  dates ??= readHistory();
  return dates.get(file);
}
