/**
 * The arguments of `translations.ts stamp`: `--update` followed by one or more keys
 * (`models:phi-2`, `docs/models/llama.mdx`, `blog/<file>`), any number of times.
 * Returns the keys to re-stamp, or throws a one-line message naming the bad argument.
 */
export function parseStampArgs(args: readonly string[]): Set<string> {
  const updates = new Set<string>();
  let seenUpdate = false;
  let keysSinceUpdate = 0;
  const needKey = () => {
    if (seenUpdate && keysSinceUpdate === 0)
      throw new Error('translations stamp: --update needs at least one key after it');
  };
  for (const arg of args) {
    if (arg === '--update') {
      needKey();
      seenUpdate = true;
      keysSinceUpdate = 0;
    } else if (!seenUpdate || arg.startsWith('-')) {
      throw new Error(
        `translations stamp: unexpected argument "${arg}" (expected --update followed by keys such as models:phi-2 or docs/models/llama.mdx)`,
      );
    } else {
      updates.add(arg);
      keysSinceUpdate += 1;
    }
  }
  needKey();
  return updates;
}
