import { BASE_PATH } from '@/lib/paths';

/** Where the book is served, in the browser: origin plus base path (`https://host/course`), no trailing slash. */
export const siteUrl = (): string => `${window.location.origin}${BASE_PATH}`;
