// pdf.js's worker, bundled by Vite as a worker of the page's own (a `.js` file the window and
// `bilan serve` serve like the rest): importing it is enough, it answers the page on its own.
import 'pdfjs-dist/build/pdf.worker.min.mjs';
