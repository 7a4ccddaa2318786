// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RelationGraph } from '../../../src/app/features/graph/RelationGraph';
import { fixtureDataset } from '../../fixtures/dataset';

afterEach(cleanup);

function setup(overrides: Partial<Parameters<typeof RelationGraph>[0]> = {}) {
  const onToggleCountry = vi.fn();
  const onSelectPair = vi.fn();
  render(
    <RelationGraph
      dataset={fixtureDataset}
      events={fixtureDataset.events}
      selectedCountries={['jp']}
      selectedEvent={null}
      onToggleCountry={onToggleCountry}
      onSelectPair={onSelectPair}
      {...overrides}
    />,
  );
  const region = screen.getByRole('region', { name: 'Relationship graph' });
  return { region, onToggleCountry, onSelectPair };
}

describe('<RelationGraph>', () => {
  it('shows a labelled region with a heading and one button per country', () => {
    const { region } = setup();
    expect(within(region).getByRole('heading', { name: 'Relationship graph' })).toBeTruthy();
    const names = [
      'China, 1 event',
      'Japan, 1 event',
      'North Korea, 5 events',
      'South Korea, 2 events',
      'United States, 3 events',
    ];
    for (const name of names) expect(within(region).getByRole('button', { name })).toBeTruthy();
    expect(
      within(region).getByRole('button', { name: 'Japan, 1 event' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      within(region).getByRole('button', { name: 'China, 1 event' }).getAttribute('aria-pressed'),
    ).toBe('false');
  });

  it('toggles a country on click and on Enter', () => {
    const { region, onToggleCountry } = setup();
    const kp = within(region).getByRole('button', { name: 'North Korea, 5 events' });
    fireEvent.click(kp);
    expect(onToggleCountry).toHaveBeenLastCalledWith('kp');
    fireEvent.keyDown(within(region).getByRole('button', { name: 'China, 1 event' }), {
      key: 'Enter',
    });
    expect(onToggleCountry).toHaveBeenLastCalledWith('cn');
    expect(onToggleCountry).toHaveBeenCalledTimes(2);
  });

  it('selects a pair on click and on Space, and shows its counts on focus', () => {
    const { region, onSelectPair } = setup();
    const pair = within(region).getByRole('button', {
      name: 'North Korea and South Korea, 2 events, 2 cooperation, 0 conflict',
    });
    fireEvent.click(pair);
    expect(onSelectPair).toHaveBeenCalledWith('kp', 'kr');
    const conflict = within(region).getByRole('button', {
      name: 'China and North Korea, 1 event, 0 cooperation, 1 conflict',
    });
    fireEvent.keyDown(conflict, { key: ' ' });
    expect(onSelectPair).toHaveBeenLastCalledWith('cn', 'kp');
    fireEvent.focus(conflict);
    expect(region.textContent).toContain(
      'China – North Korea: 1 event · 0 cooperation · 1 conflict',
    );
    expect(region.textContent).toContain('Verbal conflict 1');
  });

  it('hides countries with nothing in view from the keyboard and says when no pairs are left', () => {
    const only = fixtureDataset.events.filter((e) => e.id === 'kp-missile');
    const { region } = setup({ events: only });
    expect(
      within(region).getByText('No dealings between countries in the current view'),
    ).toBeTruthy();
    expect(
      within(region)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['North Korea, 1 event']);
  });

  it("moves no country when the events in view change (the layout is the whole dataset's)", () => {
    const props = {
      dataset: fixtureDataset,
      selectedCountries: [],
      selectedEvent: null,
      onToggleCountry: vi.fn(),
      onSelectPair: vi.fn(),
    };
    const { container, rerender } = render(
      <RelationGraph {...props} events={fixtureDataset.events} />,
    );
    const places = () =>
      Object.fromEntries(
        [...container.querySelectorAll('g.graph-node')].map((g) => [
          g.textContent,
          g.getAttribute('transform'),
        ]),
      );
    const before = places();
    rerender(<RelationGraph {...props} events={fixtureDataset.events.slice(2, 4)} />);
    const after = places();
    expect(Object.keys(before)).toHaveLength(5);
    expect(after).toEqual(before);
    expect(container.querySelectorAll('g.graph-node.is-ghost').length).toBeGreaterThan(0);
  });

  it('says so when there are no events at all', () => {
    const { region } = setup({ events: [] });
    expect(
      within(region).getByText('No dealings between countries in the current view'),
    ).toBeTruthy();
    expect(within(region).queryAllByRole('button')).toHaveLength(0);
  });
});
