import { MediaUrlContext } from '../../editor/media.js';
import { useBilan } from '../../store/index.js';
import { isContributor } from '../../store/slices/contribution.js';
import { ContributionPanel } from '../contributor/ContributionPanel.js';
import { ContributorBanner } from '../contributor/ContributorBanner.js';
import { SendDialog } from '../contributor/SendDialog.js';
import { DashboardPanel } from '../dashboard/DashboardPanel.js';
import { ReportDetails } from '../details/ReportDetails.js';
import { ExportDialog } from '../export/ExportDialog.js';
import { FindPanel } from '../find/FindPanel.js';
import { CutPackagesPanel } from '../merge/CutPackagesPanel.js';
import { ImportReviewPanel } from '../merge/ImportReviewPanel.js';
import { CommentsPanel } from '../review/CommentsPanel.js';
import { useCommentHighlights } from '../review/useCommentHighlights.js';
import { useCommentKey } from '../review/useCommentKey.js';
import { CardEditor } from './CardEditor.js';
import { ChapterEditor } from './ChapterEditor.js';
import { EditorToolbar } from './EditorToolbar.js';
import { OutlineNav } from './OutlineNav.js';
import { SaveErrorNotice } from './SaveErrorNotice.js';
import { SummaryPanel } from './SummaryPanel.js';
import { useEditorKeys } from './useEditorKeys.js';
import { useFocusRequest } from './useFocusRequest.js';
import { useViewStart } from './useViewStart.js';
import { useDiskWatch } from './useDiskWatch.js';
import { ValidationPanel } from './ValidationPanel.js';

/** The main pane: the card or chapter being edited, or one of the report's panels. */
function Pane() {
  const view = useBilan((s) => s.view);
  const card = useBilan((s) => (view.kind === 'card' ? s.report!.cards.find((c) => c.id === view.id) : undefined));
  const chapter = useBilan((s) => (view.kind === 'chapter' ? s.report!.chapters.find((c) => c.id === view.id) : undefined));
  const contributor = useBilan(isContributor);
  if (card) return <CardEditor key={card.id} card={card} />;
  if (view.kind === 'comments') return <CommentsPanel />;
  // A package holds only its cards: the coordinator's panels make no sense to a contributor.
  if (contributor) return <ContributionPanel />;
  if (chapter) return <ChapterEditor key={chapter.id} chapter={chapter} />;
  if (view.kind === 'details') return <ReportDetails />;
  if (view.kind === 'summary') return <SummaryPanel />;
  if (view.kind === 'dashboard') return <DashboardPanel />;
  if (view.kind === 'import') return <ImportReviewPanel />;
  if (view.kind === 'packages') return <CutPackagesPanel />;
  return <ValidationPanel />;
}

/** The report editor: outline on the left, the selected card or panel on the right. */
export function EditorScreen() {
  const media = useBilan((s) => s.doc!.media);
  const error = useBilan((s) => s.docError);
  const exporting = useBilan((s) => s.exportDialog === 'open');
  const contributor = useBilan(isContributor);
  const sending = useBilan((s) => s.sendOpen);
  useEditorKeys();
  useViewStart();
  useDiskWatch();
  useFocusRequest();
  useCommentHighlights();
  useCommentKey();
  return (
    <MediaUrlContext.Provider value={(id) => media[id]}>
      <div className="bilan-workspace">
        <OutlineNav />
        <div className="bilan-workspace__main">
          <EditorToolbar />
          <main id="main" className="bilan-workspace__pane" tabIndex={-1}>
            {error && <SaveErrorNotice error={error} />}
            {contributor && <ContributorBanner />}
            <Pane />
          </main>
        </div>
        <FindPanel />
      </div>
      {exporting && !contributor && <ExportDialog />}
      {sending && contributor && <SendDialog />}
    </MediaUrlContext.Provider>
  );
}
