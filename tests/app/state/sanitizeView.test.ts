import { describe, expect, it } from 'vitest';
import { parseView, sanitizeView } from '../../../src/app/state/urlCodec';
import { fixtureDataset as ds } from '../../fixtures/dataset';

const textLength = ds.sources.find((s) => s.id === 'src-a')!.text.length;

describe('sanitizeView', () => {
  it('keeps everything the dataset knows', () => {
    const { view } = parseView(`c=jp,us&e=us-ready&s=src-a&h=0-10`);
    expect(sanitizeView(view, ds)).toEqual({ view, dropped: [] });
  });

  it('drops countries that are not country actors', () => {
    const { view } = parseView('c=jp,zz,state-department');
    const out = sanitizeView(view, ds);
    expect(out.view.filters.countries).toEqual(['jp']);
    expect(out.dropped).toEqual(['unknown country “state-department”', 'unknown country “zz”']);
  });

  it('drops an unknown event', () => {
    const out = sanitizeView(parseView('e=no-such-event').view, ds);
    expect(out.view.selected).toBeNull();
    expect(out.dropped).toEqual(['unknown event “no-such-event”']);
  });

  it('drops an unknown source with its highlight', () => {
    const out = sanitizeView(parseView('s=src-zz&h=1-2').view, ds);
    expect(out.view.source).toBeNull();
    expect(out.dropped).toEqual(['unknown source “src-zz”']);
  });

  it('keeps the source but drops a highlight past the end of its text', () => {
    const out = sanitizeView(parseView(`s=src-a&h=5-${textLength + 1}`).view, ds);
    expect(out.view.source).toEqual({ id: 'src-a', highlight: null });
    expect(out.dropped).toHaveLength(1);
    expect(out.dropped[0]).toMatch(/past the end/);
    const atEnd = sanitizeView(parseView(`s=src-a&h=5-${textLength}`).view, ds);
    expect(atEnd.view.source).toEqual({ id: 'src-a', highlight: { start: 5, end: textLength } });
  });

  it('leaves the other parts alone', () => {
    const { view } = parseView(
      'c=zz&m=all&t=CONSULT&from=2018-01-01&q=talk&w=2018-01-01..2019-01-01',
    );
    const out = sanitizeView(view, ds);
    expect(out.view).toEqual({ ...view, filters: { ...view.filters, countries: [] } });
  });
});
