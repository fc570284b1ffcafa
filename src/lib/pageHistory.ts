/**
 * "Last updated" and "Edit this page" for an article. The dates come from one `git log`
 * over content/ per build (src/data/lastUpdated.ts runs it; this parses it), so a page's
 * date is the last commit that changed its file, not the build time. Pure.
 */

/** Arguments for the one git call: every commit touching content/, newest first, with its files. */
export const GIT_LOG_ARGS = ['log', '--format=%x1e%cI', '--name-only', '--relative', '--', 'content'] as const;

/** git log output → path from the repository root → date of the newest commit that changed it. */
export function lastUpdatedFromLog(output: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const record of output.split('\u001e')) {
    const [first, ...files] = record.split('\n');
    const date = new Date((first ?? '').trim());
    if (Number.isNaN(date.getTime())) continue;
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      // Newest first: the first commit that names a file is its last change.
      if (!dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}

/**
 * Link to the file in the git host's editor: editBaseUrl (practice settings, e.g.
 * https://github.com/org/repo/edit/main/) + the file's path. Undefined when not set, so
 * the link is hidden rather than broken.
 */
export function editUrl(base: string | undefined, file: string): string | undefined {
  if (!base) return undefined;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
