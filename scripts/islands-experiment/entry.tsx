// The islands experiment's client (scripts/islands-experiment.mjs): hydrates the header's tools, the
// only interactive part of the short pages above the fold, with React alone (no Next router).
import { hydrateRoot } from 'react-dom/client';
import { SearchBox } from '@/components/search/SearchBox';
import { ThemeToggle } from '@/components/layout/ThemeToggle';
import { ArrowUpIcon } from '@/components/layout/Icons';

const tools = document.querySelector('.site-header-tools');
if (tools) {
  // The same children as SiteHeader renders there (components/layout/SiteChrome.tsx).
  hydrateRoot(
    tools,
    <>
      <SearchBox />
      <a className="header-button to-top" href="#main" aria-label="回到顶部" title="回到顶部">
        <ArrowUpIcon />
      </a>
      <ThemeToggle />
    </>,
    { onRecoverableError: (error) => console.warn('islands experiment: hydration did not match', error) },
  );
}
