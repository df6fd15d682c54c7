// Type of an `import story from '….ink'`, compiled by src/tools/vite-plugin-ink.ts.

declare module '*.ink' {
  const story: import('./app/editions').ShippedStory;
  export default story;
}
