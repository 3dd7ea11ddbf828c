import { create } from 'zustand';
import { createDocumentSlice } from '../../renderer/src/store/slices/document.js';
import { createEditsSlice } from '../../renderer/src/store/slices/edits.js';
import { createReviewSlice } from '../../renderer/src/store/slices/review.js';
import type { BilanState } from '../../renderer/src/store/state.js';
import type { BilanApi } from '../../shared/ipc/api.js';

/**
 * The window's store with the slices the review and the save need (document, edits, review),
 * talking to `api`, a name remembered as the signature of comments, states and saves.
 */
export function reviewStore(api: BilanApi) {
  return create<BilanState>()(
    (...a) =>
      ({
        ...createDocumentSlice(api)(...a),
        ...createEditsSlice(...a),
        ...createReviewSlice(api)(...a),
        identity: { name: 'Claire Dubois', email: 'claire.dubois@example.org' },
        identityLoaded: true,
        loadIdentity: async () => undefined,
      }) as unknown as BilanState,
  );
}
