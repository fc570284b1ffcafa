// Components editors can use in an .mdx page, from one import:
//   import { Callout, Figure, TablePositions } from '../../src/components/mdx';
// CONTRIBUTING.md ("Components in MDX") shows each one in use.
export { default as Callout } from './Callout.astro';
export { default as Figure } from './Figure.astro';
// The site's diagrams (owned by src/components/diagrams/), re-exported so one import serves all.
export { SciaticNervePath, TablePositions, MassageGunZones } from '../diagrams';
