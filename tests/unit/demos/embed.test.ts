/**
 * The self-sizing embed snippet (components/demos/shell/embed.ts): the iframe's attributes, and the host script run
 * for real (node:vm) against a stand-in iframe: it follows height messages from the book's origin
 * and its own iframe only.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, embedSnippet } from '@/components/demos/shell/embed';

const SRC = 'https://book.example.org/course/embed/chain-rule/?chain-rule.w11=-1.5&hide=lr';

function host(snippet: string) {
  const script = /<script>([\s\S]*)<\/script>/.exec(snippet)?.[1];
  if (!script) throw new Error('no script in the snippet');
  const frameWindow = { name: 'the iframe' };
  const iframe = { contentWindow: frameWindow, style: {} as Record<string, string> };
  let listener: ((e: unknown) => void) | null = null;
  const window = { addEventListener: (type: string, f: (e: unknown) => void) => (type === 'message' ? (listener = f) : undefined) };
  vm.runInNewContext(script, { window, document: { currentScript: { previousElementSibling: iframe } } });
  const send = (origin: string, source: unknown, data: unknown) => listener!({ origin, source, data });
  return { iframe, frameWindow, send };
}

describe('embed snippet', () => {
  it('is an iframe that allows the clipboard, with the link, an escaped title and a fallback height', () => {
    const s = embedSnippet({ src: SRC, title: '链式法则 "逐步"', height: 1646 });
    expect(s).toContain(`src="${SRC.replaceAll('&', '&amp;')}"`);
    expect(s).toContain('title="链式法则 &quot;逐步&quot;"');
    expect(s).toContain('height="1646"');
    expect(s).toContain('allow="clipboard-write"');
    expect(s.indexOf('<iframe')).toBeLessThan(s.indexOf('<script>'));
  });

  it('sets the height from its own iframe’s messages on the book’s origin, and ignores the rest', () => {
    const { iframe, frameWindow, send } = host(embedSnippet({ src: SRC, title: 't', height: 900 }));
    send('https://book.example.org', frameWindow, { type: EMBED_HEIGHT_MESSAGE, height: 1234.2 });
    expect(iframe.style.height).toBe('1235px');
    send('https://evil.example', frameWindow, { type: EMBED_HEIGHT_MESSAGE, height: 10 });
    send('https://book.example.org', { other: 'frame' }, { type: EMBED_HEIGHT_MESSAGE, height: 20 });
    send('https://book.example.org', frameWindow, { type: 'something-else', height: 30 });
    send('https://book.example.org', frameWindow, { type: EMBED_HEIGHT_MESSAGE, height: -5 });
    send('https://book.example.org', frameWindow, { type: EMBED_HEIGHT_MESSAGE, height: 'tall' });
    send('https://book.example.org', frameWindow, null);
    expect(iframe.style.height).toBe('1235px');
    send('https://book.example.org', frameWindow, { type: EMBED_HEIGHT_MESSAGE, height: 700 });
    expect(iframe.style.height).toBe('700px');
  });
});
