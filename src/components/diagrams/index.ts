// Diagrams drawn for this site (inline SVG, no external images). Each renders a <figure> with an
// accessible SVG (role="img", <title> + <desc>), a visible caption and a text alternative.
// Props for all three: id? (prefix for the SVG's ids; give each copy on one page its own),
// caption? (replaces the default caption).
export { default as SciaticNervePath } from './SciaticNervePath.astro';
export { default as TablePositions } from './TablePositions.astro';
export { default as MassageGunZones } from './MassageGunZones.astro';
