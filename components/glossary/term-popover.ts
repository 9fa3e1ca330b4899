/**
 * The definition popover of the term links in a chapter (`<a class="term" data-term="…">`, written
 * at build time by lib/mdx/rehype-term-links.mjs). One element for the whole page, role="tooltip",
 * shown on hover, keyboard focus or a first tap, and named by the link's aria-describedby while it
 * is shown; Escape, leaving or tapping elsewhere hides it. A second tap, a click or Enter follows
 * the link to /glossary/. The definitions come from the page's `#term-data` JSON (ChapterBody).
 */

export interface TermData {
  zh: string;
  en?: string;
  abbr?: string;
  definition: string;
}

const ID = 'term-popover';
const SELECTOR = '.mdx a.term[data-term]';

/** Attaches the listeners to the document; returns a function that removes them and the popover. */
export function enhanceTerms(doc: Document = document): () => void {
  let data: Record<string, TermData> | undefined;
  let pop: HTMLDivElement | undefined;
  let current: HTMLAnchorElement | undefined;
  let pointer = '';
  /** The term whose popover was shown when the current tap began (a tap also focuses the link). */
  let shownAtDown: HTMLAnchorElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const read = (): Record<string, TermData> => {
    if (!data) {
      try {
        data = JSON.parse(doc.getElementById('term-data')?.textContent || '{}') as Record<string, TermData>;
      } catch {
        data = {};
      }
    }
    return data;
  };
  const termOf = (t: EventTarget | null) => ((t as Element | null)?.closest?.(SELECTOR) as HTMLAnchorElement | null) ?? undefined;
  const inPop = (t: EventTarget | null) => Boolean(pop && t instanceof Node && pop.contains(t));

  const element = (): HTMLDivElement => {
    if (pop) return pop;
    pop = doc.createElement('div');
    pop.id = ID;
    pop.className = 'term-popover';
    pop.setAttribute('role', 'tooltip');
    pop.hidden = true;
    pop.addEventListener('pointerenter', () => clearTimeout(timer));
    pop.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && later());
    doc.body.append(pop);
    return pop;
  };

  const show = (link: HTMLAnchorElement) => {
    const term = read()[link.dataset.term ?? ''];
    if (!term) return;
    clearTimeout(timer);
    if (current && current !== link) current.removeAttribute('aria-describedby');
    const p = element();
    const title = doc.createElement('p');
    title.className = 'term-popover-title';
    title.textContent = [term.zh, term.en, term.abbr].filter((x, i, all) => x && all.indexOf(x) === i).join(' · ');
    const def = doc.createElement('p');
    def.textContent = term.definition;
    const more = doc.createElement('a');
    more.href = link.getAttribute('href') ?? '';
    more.textContent = '查看术语表';
    const last = doc.createElement('p');
    last.append(more);
    p.replaceChildren(title, def, last);
    p.hidden = false;
    place(link, p);
    link.setAttribute('aria-describedby', ID);
    current = link;
  };

  const hide = () => {
    clearTimeout(timer);
    if (pop) pop.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = undefined;
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(hide, 200);
  };

  const place = (link: HTMLElement, p: HTMLElement) => {
    const view = doc.defaultView!;
    const r = link.getBoundingClientRect();
    const w = p.offsetWidth;
    const h = p.offsetHeight;
    const left = Math.max(8, Math.min(r.left, view.innerWidth - w - 8));
    const below = r.bottom + 6 + h <= view.innerHeight || r.top - 6 - h < 0;
    p.style.left = `${left + view.scrollX}px`;
    p.style.top = `${(below ? r.bottom + 6 : r.top - 6 - h) + view.scrollY}px`;
  };

  const on: [string, (e: Event) => void][] = [
    ['pointerdown', (e) => {
      pointer = (e as PointerEvent).pointerType;
      shownAtDown = current;
    }],
    ['pointerover', (e) => {
      const link = termOf(e.target);
      if (link && (e as PointerEvent).pointerType === 'mouse') show(link);
    }],
    ['pointerout', (e) => {
      const pe = e as PointerEvent;
      if (pe.pointerType === 'mouse' && termOf(pe.target) && termOf(pe.relatedTarget) !== current && !inPop(pe.relatedTarget)) later();
    }],
    ['focusin', (e) => {
      const link = termOf(e.target);
      if (link) show(link);
      else if (!inPop(e.target)) hide();
    }],
    ['focusout', (e) => {
      const fe = e as FocusEvent;
      if (termOf(fe.target) && !inPop(fe.relatedTarget)) hide();
    }],
    ['click', (e) => {
      const link = termOf(e.target);
      if (link && pointer !== 'mouse' && pointer !== '' && shownAtDown !== link) {
        // A first tap shows the definition; a second tap on the same term follows the link.
        e.preventDefault();
        show(link);
      } else if (!link && !inPop(e.target)) hide();
      pointer = '';
    }],
    ['keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape' && current) hide();
    }],
  ];
  for (const [type, fn] of on) doc.addEventListener(type, fn);
  const onResize = () => current && pop && place(current, pop);
  doc.defaultView?.addEventListener('resize', onResize);
  return () => {
    for (const [type, fn] of on) doc.removeEventListener(type, fn);
    doc.defaultView?.removeEventListener('resize', onResize);
    hide();
    pop?.remove();
  };
}
