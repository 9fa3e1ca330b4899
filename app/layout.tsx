import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { BOOK_TITLE } from '@/lib/content/book';

export const metadata: Metadata = {
  title: { default: BOOK_TITLE, template: `%s · ${BOOK_TITLE}` },
  description: '一本可以动手的中文大模型教科书：梯度下降、反向传播、自注意力，在浏览器里用 TensorFlow.js 真实计算。',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

/**
 * Runs before the first paint: marks that JavaScript runs (class "js") and applies a stored theme,
 * so a reader who chose dark never sees a flash of light.
 */
const HEAD_SCRIPT = `document.documentElement.classList.add('js');try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}`;

/** The document shell shared by the book and the bare embed pages. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: HEAD_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
