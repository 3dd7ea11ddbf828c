// The word-by-word comparison lives in shared/ so that the command line draws the same diff
// (`bilan history --compare`); the window's components import it from here as before.
export { wordDiff, type DiffPart } from '../../../../shared/text/word-diff.js';
