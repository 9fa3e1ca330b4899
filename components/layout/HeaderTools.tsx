import { SearchBox } from '@/components/search/SearchBox';
import { Enhancement } from './Enhancement';
import { ThemeToggle } from './ThemeToggle';
import { ArrowUpIcon } from './Icons';

/** The search box's id prefix: one box per page, the same in every render (components/search/SearchBox.tsx). */
export const SITE_SEARCH_ID = 'site-search';

/**
 * The header's tools: search, 回到顶部, the theme toggle. Rendered by the header
 * (./SiteChrome.tsx) and, on pages with no other interactive part, hydrated by the islands bundle
 * (components/islands/chrome.tsx) instead of Next's runtime: both must render the same tree.
 */
export function HeaderTools() {
  return (
    <>
      <Enhancement name="SearchBox">
        <SearchBox id={SITE_SEARCH_ID} />
      </Enhancement>
      <a className="header-button to-top" href="#main" aria-label="回到顶部" title="回到顶部">
        <ArrowUpIcon />
      </a>
      <Enhancement name="ThemeToggle">
        <ThemeToggle />
      </Enhancement>
    </>
  );
}
