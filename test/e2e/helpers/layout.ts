// Layout checks on element boxes (getBoundingClientRect), not pictures: what an interviewer
// cannot read or reach is a failure whatever a screenshot looks like.
import type { Page } from 'playwright-core';

export interface LayoutReport {
  /** Height of the app bar in CSS pixels. */
  barHeight: number;
  /** One line per problem: what, where, and the element. */
  problems: string[];
}

/**
 * Finds, on the screen as it is:
 * - the page scrolling sideways;
 * - an element (box > 1 px, not hidden on purpose for screen readers) sticking out of the screen
 *   left or right, unless it is inside a container that scrolls sideways;
 * - text cut off: an element with its own text (or an input's value) wider than its box while
 *   the box does not show the overflow, and a closed <select> too narrow for its chosen option;
 * - anything drawn over the app bar (elementFromPoint along its middle line).
 */
export function checkLayout(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = document.documentElement.clientWidth;
    const describe = (el: Element) => {
      const text = (el instanceof HTMLInputElement ? el.value : el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
      return `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"${el.getAttribute('data-testid') ? ` data-testid="${el.getAttribute('data-testid')}"` : ''}> "${text}"`;
    };
    const forScreenReaders = (el: Element) => {
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) {
        const cs = getComputedStyle(e);
        const r = e.getBoundingClientRect();
        if (cs.clip === 'rect(0px, 0px, 0px, 0px)' || (r.width <= 1 && r.height <= 1 && cs.overflow === 'hidden')) return true;
      }
      return false;
    };
    const scrollsSideways = (el: Element) => {
      for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(e).overflowX)) return true;
      }
      return false;
    };
    if (document.documentElement.scrollWidth > vw + 1) problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
    const canvas = document.createElement('canvas').getContext('2d');
    for (const el of document.querySelectorAll('body *')) {
      if (!(el instanceof HTMLElement)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || forScreenReaders(el)) continue;
      if ((r.left < -1 || r.right > vw + 1) && !scrollsSideways(el)) problems.push(`outside the screen (${Math.round(r.left)}..${Math.round(r.right)} of ${vw}): ${describe(el)}`);
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
        || (el instanceof HTMLInputElement && el.type !== 'hidden' && el.value !== '');
      const hidesOverflow = cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis' || el instanceof HTMLInputElement;
      if (ownText && hidesOverflow && el.scrollWidth > el.clientWidth + 1) problems.push(`text cut off (${el.scrollWidth} > ${el.clientWidth}): ${describe(el)}`);
      if (el instanceof HTMLSelectElement && canvas) {
        canvas.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const text = el.selectedOptions[0]?.text ?? '';
        // The closed select draws its arrow (about 20 px) inside its padding box.
        const room = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 20;
        if (canvas.measureText(text).width > room + 1) problems.push(`select too narrow for "${text}" (${Math.round(canvas.measureText(text).width)} > ${Math.round(room)}): ${describe(el)}`);
      }
    }
    const bar = document.querySelector('.status-bar');
    if (!bar) return { barHeight: 0, problems: [...problems, 'no app bar'] };
    const b = bar.getBoundingClientRect();
    for (let x = b.left + 2; x < b.right - 2; x += 12) {
      const hit = document.elementFromPoint(x, b.top + b.height / 2);
      if (hit && !bar.contains(hit)) problems.push(`drawn over the app bar at x=${Math.round(x)}: ${describe(hit)}`);
    }
    return { barHeight: b.height, problems: [...new Set(problems)] };
  });
}

/** Where an element is relative to the app bar and the screen: for "is it visible after Next". */
export function boxBelowBar(page: Page, selector: string): Promise<{ top: number; bottom: number; barBottom: number; viewport: number } | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const bar = document.querySelector('.status-bar');
    if (!el || !bar) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, barBottom: bar.getBoundingClientRect().bottom, viewport: window.innerHeight };
  }, selector);
}
