/**
 * Problems found in a story or its events file, each with the place an author needs to fix it.
 */

export interface StoryIssue {
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** Id of the step the problem is in, when it is in a step. */
  stepId?: string;
  /** Id of the layer (in the story's `layers:`) the problem is in, when it is in a layer. */
  layerId?: string;
  /** Id of the timeline event the problem is in, when it is in the events file. */
  eventId?: string;
  /** Dotted path of the field inside the step, layer, event or story, e.g. `camera.zoom`. */
  field: string;
  message: string;
}

export class StoryError extends Error {
  constructor(readonly issues: StoryIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'StoryError';
  }
}

/** One line per issue: `stories/x.yaml:42 step "inchon" field camera.zoom: expected number`. */
export function formatIssue(i: StoryIssue): string {
  const where = i.line ? `${i.file}:${i.line}` : i.file;
  const step = i.stepId ? ` step "${i.stepId}"` : '';
  const layer = i.layerId ? ` layer "${i.layerId}"` : '';
  const event = i.eventId ? ` event "${i.eventId}"` : '';
  return `${where}${step}${layer}${event} field ${i.field || '(root)'}: ${i.message}`;
}
