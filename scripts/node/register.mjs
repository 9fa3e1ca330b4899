import { register } from 'node:module';

register('./esm-resolve.mjs', import.meta.url);
