/**
 * `npm run validate:data`: checks every entry under src/data, the same way the build does,
 * and prints one line per problem. Exit status 1 when there is any problem.
 */
import { join } from 'node:path';
import { loadAtlasData, formatProblem } from '../src/data/load';
import { collectionNames } from '../src/data/collections';

const root = join(import.meta.dirname, '..');
const { data, problems: chinese } = loadAtlasData({
  dataDir: join(root, 'src', 'data'),
  rootDir: root,
});
// The English build loads the same entries with their English overlays, which can add problems
// of their own (an English name that repeats an alias): check it too, as the build does.
const { problems: english } = loadAtlasData({
  dataDir: join(root, 'src', 'data'),
  rootDir: root,
  locale: 'en',
});
const seen = new Set(chinese.map(formatProblem));
const problems = [...chinese, ...english.filter((p) => !seen.has(formatProblem(p)))];
for (const p of problems) console.error(formatProblem(p));
const counts = collectionNames.map((c) => `${data[c].length} ${c}`).join(', ');
if (problems.length > 0) {
  console.error(`validate-data: ${problems.length} problem(s); valid entries: ${counts}`);
  process.exit(1);
}
console.log(`validate-data: all entries valid (${counts})`);
