/** Every page of out-basepath/, served by nginx under /course (project nginx-basepath): zero CSP violations. */
import { BASE_PATH_PREFIX, BASEPATH_DIR } from '../../playwright.config';
import { pageTests } from './csp';

pageTests(BASEPATH_DIR, BASE_PATH_PREFIX);
