// What the Node command-line tools share: their `--key=value` options and GitHub annotations.

/** `--key=value` and `--flag` arguments → { key: 'value', flag: true }. */
export function cliOptions(argv = process.argv.slice(2)) {
  return Object.fromEntries(
    argv
      .filter((a) => a.startsWith('--'))
      .map((a) => {
        const [key, ...value] = a.slice(2).split('=');
        return [key, value.length ? value.join('=') : true];
      }),
  );
}

// GitHub workflow commands (docs.github.com, "Workflow commands for GitHub Actions"): the message
// escapes %, \r and \n; a property value (file, title) also escapes : and ,.
const escapeData = (value) => String(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (value) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One annotation: `::error file=…,line=…,title=…::message`, shown on that line of a pull request. */
export function annotation(level, { file, line, title, message }) {
  const props = [`file=${escapeProperty(file)}`, ...(line ? [`line=${line}`] : []), `title=${escapeProperty(title)}`];
  return `::${level} ${props.join(',')}::${escapeData(message)}`;
}
