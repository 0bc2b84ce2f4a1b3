/**
 * A message ready to post, typed by the schema (messages.ts) but built without it, so that
 * embed.js stays a few KB: type imports vanish from the bundle.
 */
import type { HostMessage, StoryMessage } from './messages.ts';
import { MESSAGE_TYPE, MESSAGE_VERSION } from './wireFormat.ts';

type Fields<M> = M extends unknown ? Omit<M, 'type' | 'version'> : never;

/**
 * A message ready to post.
 * @example envelope({ kind: 'setStep', step: 'inchon' })
 *   // { type: '<id>-story', version: 1, kind: 'setStep', step: 'inchon' }
 */
export function envelope<M extends HostMessage | StoryMessage>(fields: Fields<M>): M {
  return { type: MESSAGE_TYPE, version: MESSAGE_VERSION, ...fields } as M;
}
