/**
 * The symbols of the book's formulas, for the table of symbols (/notation/) and its tests: every
 * formula of a chapter with the section it sits in, and a TeX tokenizer that splits a formula into
 * the symbols it uses (letters, Greek letters, decorated and named symbols such as d_{\text{model}}).
 */
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import { splitHeadingId } from '../mdx/heading-ids.mjs';
import { parseMdx } from './mdast';

export interface Formula {
  tex: string;
  /** Id of the heading the formula sits under ('' before the first heading). */
  sectionId: string;
  line: number;
}

/** Every formula (inline and display) of an MDX source, in reading order. */
export function formulasOf(source: string): Formula[] {
  const out: Formula[] = [];
  let sectionId = '';
  visit(parseMdx(source), (node) => {
    if (node.type === 'heading') {
      sectionId = splitHeadingId(toString(node)).id ?? sectionId;
      return;
    }
    if (node.type === 'math' || node.type === 'inlineMath') out.push({ tex: node.value, sectionId, line: node.position?.start.line ?? 0 });
  });
  return out;
}

const GREEK = new Set(
  'alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi pi rho sigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Phi Psi Omega ell'.split(' '),
);
/** Commands whose braced argument is words, not symbols. */
const WORDS = new Set(['text', 'operatorname', 'mathrm', 'textbf', 'begin', 'end']);
/** Font commands whose argument is one symbol: \mathcal{D}, \mathbb{R}, \mathbf{1}. */
const FONTS = new Set(['mathcal', 'mathbb', 'mathbf']);
const ACCENTS = new Set(['hat', 'bar', 'tilde']);

/** Spaces do not matter in TeX between tokens: a pattern for `tex` that allows any. */
function loosePattern(tex: string): RegExp {
  const parts = tex.replace(/\s+/g, '').match(/\\[a-zA-Z]+|./g) ?? [];
  const body = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (/^\\[a-zA-Z]+$/.test(p) ? '(?![a-zA-Z])' : '')).join('\\s*');
  return new RegExp(`^${body}`);
}

/** Reads one braced group `{…}` starting at i (which must be '{'); returns its content and the end. */
function braced(tex: string, i: number): { content: string; end: number } {
  let depth = 0;
  for (let j = i; j < tex.length; j++) {
    if (tex[j] === '\\') {
      j++;
      continue;
    }
    if (tex[j] === '{') depth++;
    else if (tex[j] === '}' && --depth === 0) return { content: tex.slice(i + 1, j), end: j + 1 };
  }
  return { content: tex.slice(i + 1), end: tex.length };
}

/** Letters that, inside a subscript or superscript, are running indices (θ_t, W^l_{jk}, Σ_k p_k), not symbols. */
export const INDEX_LETTERS = new Set(['i', 'j', 'k', 'l', 'm', 't']);

/**
 * The symbols a formula uses, in order, with repeats. `named` lists multi-token symbols (as the
 * table writes them, e.g. "d_{\\text{model}}", "W^{Q}", "\\sigma^2"); they are matched first, longest
 * first, so that d_{\text{model}} is one symbol and not "d". Every other Latin letter, Greek letter,
 * \mathcal{X}, \mathbb{X} and accented letter (\hat y) is a symbol of its own, except the index letters
 * i, j, k, l, m, t inside a subscript or superscript; words in \text{…} and \operatorname{…}, digits and
 * operators are not symbols.
 */
export function symbolsOf(tex: string, named: readonly string[] = []): string[] {
  const patterns = [...named].sort((a, b) => b.length - a.length).map((n) => ({ n, re: loosePattern(n) }));
  const out: string[] = [];
  walk(tex, false);
  return out;

  function walk(src: string, script: boolean): void {
    let i = 0;
    while (i < src.length) {
      const rest = src.slice(i);
      const hit = patterns.find((p) => p.re.test(rest));
      if (hit) {
        out.push(hit.n);
        i += rest.match(hit.re)![0].length;
        continue;
      }
      const c = src[i];
      if (c === '_' || c === '^') {
        let j = i + 1;
        while (src[j] === ' ') j++;
        if (src[j] === '{') {
          const { content, end } = braced(src, j);
          walk(content, true);
          i = end;
        } else if (src[j] === '\\') {
          const m = /^\\[a-zA-Z]+/.exec(src.slice(j));
          const len = m ? m[0].length : 2;
          walk(src.slice(j, j + len), true);
          i = j + len;
        } else {
          walk(src[j] ?? '', true);
          i = j + 1;
        }
        continue;
      }
      if (c === '\\') {
        const m = /^\\([a-zA-Z]+)\s*/.exec(rest);
        if (!m) {
          i += rest.startsWith('\\\\[') ? rest.indexOf(']') + 1 || 2 : 2; // \, \; \{ and \\[2mm]
          continue;
        }
        const name = m[1];
        i += m[0].length;
        if (GREEK.has(name)) out.push(`\\${name}`);
        else if ((WORDS.has(name) || FONTS.has(name)) && src[i] === '{') {
          const { content, end } = braced(src, i);
          if (FONTS.has(name)) out.push(`\\${name}{${content.trim()}}`);
          i = end;
        } else if (ACCENTS.has(name)) {
          const arg = src[i] === '{' ? braced(src, i) : { content: src[i] ?? '', end: i + 1 };
          out.push(`\\${name}{${arg.content.trim()}}`);
          i = arg.end;
        }
        continue;
      }
      if (/[A-Za-z]/.test(c) && !(script && INDEX_LETTERS.has(c))) out.push(c);
      i++;
    }
  }
}
