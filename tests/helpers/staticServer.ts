/** The project's one static server (scripts/lib/static-server.mjs, also used by `npm run audit`). */
export { serveDist, type StaticServer } from '../../scripts/lib/static-server.mjs';
