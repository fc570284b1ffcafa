// axe-core (WCAG 2.0/2.1/2.2 A and AA, and best practices) finds nothing on any built
// page in the light colour scheme. The other scheme has its own file, so the two run in parallel.
import { describeAxe } from '../helpers/axeSuite';

describeAxe('light');
