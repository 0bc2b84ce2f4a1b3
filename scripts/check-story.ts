/**
 * `npm run check:story [file…]` — the story linter: validate story files (default: every story in
 * stories/), each with its `.events.yaml` if it has one; naming an events file checks the story it
 * belongs to. Prints one line per problem (file:line, step or event id, field, message).
 *
 * Exit codes, for CI: 0 every story passes; 1 a story has problems; 2 usage error (an unknown
 * option, a file that does not exist or is not YAML), before any story is checked.
 */
import { existsSync, statSync } from 'node:fs';
import { readyProblem } from '../src/embed/readyMessage.ts';
import { formatIssue, StoryError } from '../src/story/compileStory.ts';
import { readStory, storyFileOf, storyFiles } from './storyFiles.ts';

const USAGE = 'usage: npm run check:story [stories/<id>.yaml | stories/<id>.events.yaml …]';

/** Why an argument cannot be checked, or undefined if it can. */
function usageProblem(arg: string): string | undefined {
  if (arg.startsWith('-')) return `unknown option "${arg}"`;
  if (!/\.ya?ml$/.test(arg)) return `${arg}: not a story file (.yaml)`;
  if (!existsSync(arg) || !statSync(arg).isFile()) return `${arg}: no such file`;
  const story = storyFileOf(arg);
  if (story !== arg && !existsSync(story)) return `${arg}: no story ${story} beside this events file`;
  return undefined;
}

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const usage = args.map(usageProblem).filter((p) => p !== undefined);
if (usage.length) {
  for (const problem of usage) console.error(problem);
  console.error(USAGE);
  process.exit(2);
}

const files = args.length ? [...new Set(args.map(storyFileOf))] : storyFiles();
let failed = 0;
for (const file of files) {
  try {
    const story = readStory(file);
    // A story embed.js cannot be told about would embed as an empty frame.
    const tooBig = readyProblem(story);
    if (tooBig) throw new Error(tooBig);
    const events = story.events.length ? `, ${story.events.length} events` : '';
    console.log(`ok  ${file} (${story.steps.length} steps${events}, ${story.languages.join('/')})`);
  } catch (error) {
    failed++;
    if (error instanceof StoryError) for (const issue of error.issues) console.error(formatIssue(issue));
    else console.error(`${file}: ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
