// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { FilterPanel } from '../../../src/app/features/filters/FilterPanel';
import { SEARCH_DEBOUNCE_MS } from '../../../src/app/features/filters/SearchBox';
import { useViewStore } from '../../../src/app/state/store';
import { fixtureDataset as ds } from '../../fixtures/dataset';

const initial = useViewStore.getState();
const filters = () => useViewStore.getState().filters;
const renderPanel = () => render(<FilterPanel dataset={ds} />);
const checkbox = (name: string) => screen.getByRole('checkbox', { name });

beforeEach(() => useViewStore.setState(initial, true));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('FilterPanel', () => {
  it('is a landmark named Filters', () => {
    renderPanel();
    expect(screen.getByRole('complementary', { name: 'Filters' })).toBeTruthy();
  });

  it('lists countries with events by count, then name, named exactly', () => {
    renderPanel();
    const group = screen.getByRole('group', { name: 'Countries' });
    const names = within(group)
      .getAllByRole('checkbox')
      .map((c) => (c as HTMLInputElement).labels![0]!.textContent);
    // kp 5, us 3, kr 2, then China, Japan with 1 each.
    expect(names).toEqual(['North Korea', 'United States', 'South Korea', 'China', 'Japan']);
    expect(checkbox('Japan').getAttribute('aria-describedby')).toBeTruthy();
    const desc = document.getElementById(checkbox('North Korea').getAttribute('aria-describedby')!);
    expect(desc!.textContent).toBe('5 events');
  });

  it('toggles a country in the store', () => {
    renderPanel();
    fireEvent.click(checkbox('Japan'));
    expect(filters().countries).toEqual(['jp']);
    expect((checkbox('Japan') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(checkbox('Japan'));
    expect(filters().countries).toEqual([]);
  });

  it('switches the country match between any and all', () => {
    renderPanel();
    const match = screen.getByRole('radiogroup', { name: 'Match' });
    fireEvent.click(within(match).getByRole('radio', { name: 'All' }));
    expect(filters().match).toBe('all');
    fireEvent.click(within(match).getByRole('radio', { name: 'Any' }));
    expect(filters().match).toBe('any');
  });

  it('groups the used event types under their quad classes', () => {
    renderPanel();
    const types = screen.getByRole('group', { name: 'Event types' });
    const verbal = within(types).getByRole('group', { name: 'Verbal cooperation' });
    expect(within(verbal).getAllByRole('checkbox').length).toBe(2); // Agree, Consult
    expect(within(types).queryByRole('checkbox', { name: 'Assault' })).toBeNull();
    fireEvent.click(checkbox('Consult'));
    expect(filters().types).toEqual(['CONSULT']);
  });

  it('announces the result count', () => {
    renderPanel();
    expect(screen.getByRole('status').textContent).toBe('6 events');
    fireEvent.click(checkbox('Japan'));
    expect(screen.getByRole('status').textContent).toBe('1 event');
    fireEvent.click(checkbox('Mobilize'));
    expect(screen.getByRole('status').textContent).toBe('0 events');
  });

  it('shows active filters as chips that remove them', () => {
    useViewStore.getState().setView({
      filters: {
        countries: ['jp', 'us'],
        match: 'all',
        types: ['CONSULT'],
        from: '2018-06-01',
        to: null,
        text: 'summit',
      },
      window: null,
      selected: null,
      source: null,
    });
    renderPanel();
    const chips = screen.getByRole('list', { name: 'Active filters' });
    const names = within(chips)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Remove filter: Japan',
      'Remove filter: United States',
      'Remove filter: match all countries',
      'Remove filter: type Consult',
      'Remove filter: from 1 June 2018',
      'Remove filter: text “summit”',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: Japan' }));
    expect(filters().countries).toEqual(['us']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: type Consult' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: from 1 June 2018' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter: text “summit”' }));
    expect(filters()).toEqual({
      countries: ['us'],
      match: 'all',
      types: [],
      from: null,
      to: null,
      text: '',
    });
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe('');
  });

  it('resets every filter, and is disabled when nothing is filtered', () => {
    renderPanel();
    const reset = screen.getByRole('button', { name: 'Reset filters' }) as HTMLButtonElement;
    expect(reset.disabled).toBe(true);
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
    fireEvent.click(checkbox('China'));
    fireEvent.click(checkbox('Request'));
    expect(reset.disabled).toBe(false);
    fireEvent.click(reset);
    expect(filters()).toEqual(initial.filters);
    expect(reset.disabled).toBe(true);
    expect((checkbox('China') as HTMLInputElement).checked).toBe(false);
  });

  it('debounces the search box into the store', () => {
    vi.useFakeTimers();
    renderPanel();
    const box = screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement;
    fireEvent.change(box, { target: { value: 'sum' } });
    fireEvent.change(box, { target: { value: 'summit' } });
    expect(box.value).toBe('summit');
    expect(filters().text).toBe('');
    act(() => vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    expect(filters().text).toBe('');
    act(() => vi.advanceTimersByTime(1));
    expect(filters().text).toBe('summit');
    expect(screen.getByRole('status').textContent).toBe('1 event');
  });

  it('applies the search at once on Enter', () => {
    renderPanel();
    const box = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.change(box, { target: { value: 'calm' } });
    fireEvent.submit(box);
    expect(filters().text).toBe('calm');
  });

  it('applies a valid date range and ignores an inverted one', () => {
    renderPanel();
    const from = screen.getByLabelText('From') as HTMLInputElement;
    const to = screen.getByLabelText('To') as HTMLInputElement;
    expect(from.type).toBe('date');
    fireEvent.change(from, { target: { value: '2019-01-01' } });
    expect(filters().from).toBe('2019-01-01');
    fireEvent.change(to, { target: { value: '2018-01-01' } });
    expect(filters().to).toBeNull();
    expect(from.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(to, { target: { value: '2019-12-31' } });
    expect([filters().from, filters().to]).toEqual(['2019-01-01', '2019-12-31']);
    expect(screen.getByRole('status').textContent).toBe('3 events');
    fireEvent.change(from, { target: { value: '' } });
    expect(filters().from).toBeNull();
  });

  it('follows the store when it changes elsewhere', () => {
    renderPanel();
    act(() => useViewStore.getState().setDateRange('2018-02-03', null));
    act(() => useViewStore.getState().setText('talk'));
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2018-02-03');
    expect((screen.getByRole('searchbox', { name: 'Search' }) as HTMLInputElement).value).toBe(
      'talk',
    );
  });
});
