// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ViewBoundary } from '../../../src/app/ViewBoundary';

/** A view with a bug that shows while `broken.now` is true. */
const broken = { now: true };
function Fragile() {
  if (broken.now) throw new Error('lanes is undefined');
  return <p>Timeline drawn</p>;
}

describe('ViewBoundary', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    broken.now = true;
  });

  it('shows a failed view as an alert in its place, and its neighbours keep working', () => {
    // React reports caught render errors on the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <ViewBoundary name="timeline">
          <Fragile />
        </ViewBoundary>
        <button type="button">Filters still here</button>
      </>,
    );
    const alert = screen.getByRole('alert', { name: 'timeline error' });
    expect(alert.textContent).toContain('The timeline could not be shown');
    expect(alert.textContent).toContain('lanes is undefined');
    expect(screen.getByRole('button', { name: 'Filters still here' })).toBeTruthy();
  });

  it('renders the view again on Try again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ViewBoundary name="timeline">
        <Fragile />
      </ViewBoundary>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    // Still broken: the alert comes back rather than a blank.
    expect(screen.getByRole('alert', { name: 'timeline error' })).toBeTruthy();
    broken.now = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Timeline drawn')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tries again by itself when what the view shows changes, and not otherwise', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const filters = { countries: ['kp'] };
    const { rerender } = render(
      <ViewBoundary name="timeline" resetKeys={[filters]}>
        <Fragile />
      </ViewBoundary>,
    );
    broken.now = false;
    rerender(
      <ViewBoundary name="timeline" resetKeys={[filters]}>
        <Fragile />
      </ViewBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(
      <ViewBoundary name="timeline" resetKeys={[{ countries: ['us'] }]}>
        <Fragile />
      </ViewBoundary>,
    );
    expect(screen.getByText('Timeline drawn')).toBeTruthy();
  });
});
