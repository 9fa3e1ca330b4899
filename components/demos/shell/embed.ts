/**
 * Embeds that fit their content: /embed/<name>/ posts its height to the host page, and the snippet
 * that 嵌入 gives carries a few lines of script that set the iframe's height from those messages.
 *
 * The message is `{ type: EMBED_HEIGHT_MESSAGE, height }` (CSS pixels of the embed document). The
 * host's script accepts it only from the book's origin and only from its own iframe (the message's
 * `source` is that iframe's window), so another frame on the host page cannot resize it. Without the
 * script (hosts that strip <script>, such as many LMS editors) the iframe keeps the height attribute,
 * the demo's reserved height at a phone's width (its tallest), and scrolls inside.
 */
export const EMBED_HEIGHT_MESSAGE = 'ai-large-models-book:embed-height';

const attr = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The snippet for a host page: the iframe, then a script that finds it as its previous sibling (no
 * id, so one page may hold several embeds) and follows its height messages.
 */
export function embedSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  const origin = new URL(src).origin;
  const iframe = `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" style="border:0;display:block" loading="lazy" allow="clipboard-write"></iframe>`;
  const script =
    `<script>(function(f){window.addEventListener("message",function(e){` +
    `if(e.origin!==${JSON.stringify(origin)}||e.source!==f.contentWindow||!e.data||e.data.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;` +
    `var h=Number(e.data.height);if(h>0&&h<1e5)f.style.height=Math.ceil(h)+"px";});})(document.currentScript.previousElementSibling);</script>`;
  return `${iframe}\n${script}`;
}

/**
 * The iframe's height without the script (hosts that strip it): the demo's tallest reserved height,
 * a phone's, plus room for the embed page's source line; the frame then scrolls inside if needed.
 */
export const embedFallbackHeight = (info: { height: number; phoneHeight: number }) => Math.max(info.height, info.phoneHeight) + 60;
