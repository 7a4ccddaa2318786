import type { Dataset, Event } from '../../../src/shared/schema';
import { fixtureDataset } from '../../fixtures/dataset';

/**
 * `n` events in date order, one a day from 1 January 2000 (UTC), titled
 * "Event 1" … "Event n", copied from a fixture event so that they stay valid.
 */
export function manyEvents(n: number): Event[] {
  const base = fixtureDataset.events[0]!;
  const day0 = Date.UTC(2000, 0, 1);
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(day0 + i * 86_400_000).toISOString().slice(0, 10);
    return {
      ...base,
      id: `e${i + 1}`,
      title: `Event ${i + 1}`,
      date: { ...base.date, start: day, end: day },
    };
  });
}

/** The fixture dataset with `events` in place of its own. */
export const datasetWith = (events: Event[]): Dataset => ({ ...fixtureDataset, events });

/**
 * The little layout the virtualised list needs, which jsdom does not do: the
 * listbox is `view` px tall and as tall inside as its rows' box says, each
 * option is `row` px tall, and Element.scrollTo (missing in jsdom) moves
 * scrollTop within the scrollable range and, as a browser does, reports the
 * scroll a moment later. Returns the offsets written, and a function that
 * takes it all away.
 */
export function installLayout({ view, row }: { view: number; row: number }): {
  writes: number[];
  uninstall: () => void;
} {
  const proto = HTMLElement.prototype;
  const saved = (['clientHeight', 'scrollHeight', 'offsetHeight', 'scrollTo'] as const).map(
    (name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const,
  );
  const isList = (el: Element) => el.getAttribute('role') === 'listbox';
  const contentHeight = (el: HTMLElement) =>
    Math.max(view, parseFloat((el.firstElementChild as HTMLElement | null)?.style.height ?? '0'));
  const writes: number[] = [];
  Object.defineProperties(proto, {
    clientHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return isList(this) ? view : 0;
      },
    },
    scrollHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return isList(this) ? contentHeight(this) : 0;
      },
    },
    offsetHeight: {
      configurable: true,
      get(this: HTMLElement) {
        return this.getAttribute('role') === 'option' ? row : 0;
      },
    },
    scrollTo: {
      configurable: true,
      writable: true,
      value(this: HTMLElement, to?: ScrollToOptions) {
        const max = this.scrollHeight - this.clientHeight;
        const top = Math.max(0, Math.min(max, to?.top ?? this.scrollTop));
        writes.push(top);
        this.scrollTop = top;
        setTimeout(() => this.dispatchEvent(new Event('scroll')));
      },
    },
  });
  return {
    writes,
    uninstall: () => {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(proto, name, descriptor);
        else delete (proto as unknown as Record<string, unknown>)[name];
      }
    },
  };
}

/** Where an option sits in the list's content: its translateY, in px. */
export const rowTop = (el: HTMLElement): number =>
  Number(/translateY\(([-\d.]+)px\)/.exec(el.style.transform)?.[1] ?? NaN);
