declare namespace App {
  interface Locals {
    /** The site's data (src/data/site.ts), set by src/middleware.ts. */
    site: import('./data/site').Site;
  }
}
