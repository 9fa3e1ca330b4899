import type { ReactNode } from 'react';
import { SiteFooter, SiteHeader } from '@/components/layout/SiteChrome';

/** The book's pages: header with the theme toggle, the page, footer. */
export default function BookLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      {children}
      <SiteFooter />
    </>
  );
}
