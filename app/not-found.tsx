import Link from 'next/link';
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
          回到<Link href="/">全书目录</Link>，或查看<Link href="/s/">各小节的短链接</Link>。
        </p>
      </div>
      </main>
      <SiteFooter />
    </>
  );
}
