declare namespace App {
  interface Locals {
    /** The site's data (src/data/site.ts), set by src/middleware.ts. */
    site: import('./data/site').Site;
  }
}

/** The practice's colours and font as CSS custom properties (src/integrations/brand.ts). */
declare module 'virtual:brand.css';
