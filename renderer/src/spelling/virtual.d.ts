/** The spelling word lists the build makes from the shipped dictionaries (scripts/vite/spelling.ts). */
declare module 'virtual:bilan-spelling/fr' {
  const list: string;
  export default list;
}
declare module 'virtual:bilan-spelling/en' {
  const list: string;
  export default list;
}
