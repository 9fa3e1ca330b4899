import { BookLink } from '@/components/layout/BookLink';
import { SiteFooter, SiteHeader } from '@/components/layout/SiteChrome';

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="home">
      <div className="prose">
        <h1>找不到这一页</h1>
        <p>这个地址不在书里。可能是链接打错了，或者这一页从未存在过。</p>
        <p>
          回到<BookLink href="/">全书目录</BookLink>，或查看<BookLink href="/s/">各小节的短链接</BookLink>。
        </p>
      </div>
      </main>
      <SiteFooter />
    </>
  );
}
