// The design system's icon files read as text (editor/toolbar/tool-icons.ts, which references
// this file so that the tests' TypeScript program, without vite's types, knows them too). The
// package is found, so TypeScript reports its files missing rather than take vite's `*?raw`.
declare module '@codegouvfr/react-dsfr/dsfr/icons/*.svg?raw' {
  const svg: string;
  export default svg;
}
