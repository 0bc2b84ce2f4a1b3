/**
 * `npm run check:story [file…]` — validate story files (default: every stories/*.yaml).
 * Prints one line per problem (file:line, step id, field, message) and exits 1 if any; 0 if all pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileStory, formatIssue, StoryError } from '../src/story/validate.ts';
import { geoExists } from './vite/storyPlugin.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const files = args.length
  ? args
  : readdirSync(path.join(root, 'stories'))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => path.join('stories', f));

let failed = 0;
for (const file of files) {
  try {
    const story = compileStory(readFileSync(file, 'utf8'), file, { geoExists: geoExists(root) });
    console.log(`ok  ${file} (${story.steps.length} steps, ${story.languages.join('/')})`);
  } catch (error) {
    failed++;
    if (error instanceof StoryError) for (const issue of error.issues) console.error(formatIssue(issue));
    else console.error(`${file}: ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
