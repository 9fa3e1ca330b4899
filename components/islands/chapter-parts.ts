import { TocHighlighter } from '@/components/layout/TocHighlighter';
import { PrintFigures } from '@/components/layout/PrintFigures';
import { CopyLinkHandler } from '@/components/layout/CopyLinkHandler';
import { AnchorLanding } from '@/components/layout/AnchorLanding';
import { SearchLanding } from '@/components/search/SearchLanding';
import { DemoIslands } from '@/components/demos/shell/DemoIslands';
import { TermPopover } from '@/components/glossary/TermPopover';

/**
 * A chapter's client parts (app/(book)/[chapter]/page.tsx marks each an island): the contents
 * highlighter, the print figures' addresses, copy-a-section-link, landing on an anchor or a search
 * hit, the demos (each mounted as its own root when it comes near) and the glossary popover. Both
 * the registry (./registry.tsx) and the islands bundle (./chrome.tsx, which carries these in its
 * entry) take them from here.
 */
export const CHAPTER_PARTS = { TocHighlighter, PrintFigures, CopyLinkHandler, AnchorLanding, SearchLanding, DemoIslands, TermPopover };
