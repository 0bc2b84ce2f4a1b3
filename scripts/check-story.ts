/**
 * `npm run check:story [file…]` — validate story files (default: every story in stories/), each
 * with its `.events.yaml` if it has one; naming an events file checks the story it belongs to.
 * Prints one line per problem (file:line, step or event id, field, message) and exits 1 if any; 0 if
 * all pass.
 */
import { formatIssue, StoryError } from '../src/story/validate.ts';
import { readStory, storyFileOf, storyFiles } from './storyFiles.ts';

const args = process.argv.slice(2);
const files = args.length ? [...new Set(args.map(storyFileOf))] : storyFiles();

let failed = 0;
for (const file of files) {
  try {
    const story = readStory(file);
    const events = story.events.length ? `, ${story.events.length} events` : '';
    console.log(`ok  ${file} (${story.steps.length} steps${events}, ${story.languages.join('/')})`);
  } catch (error) {
    failed++;
    if (error instanceof StoryError) for (const issue of error.issues) console.error(formatIssue(issue));
    else console.error(`${file}: ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
