import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';

/** Which image, and its new alternative text. */
export interface SetImageAltPayload {
  key: NodeKey;
  alt: string;
}

// Apart from the node so the image's view can dispatch it without importing the node back.
/** Changes the alternative text of an image (handled by `ImageAltPlugin`). */
export const SET_IMAGE_ALT_COMMAND: LexicalCommand<SetImageAltPayload> = createCommand('SET_IMAGE_ALT_COMMAND');
