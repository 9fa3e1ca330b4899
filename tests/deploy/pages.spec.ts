/** Every page of out/, served by nginx at the root (project nginx): zero CSP violations. */
import { pageTests } from './csp';

pageTests('out', '');
