// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ErrorView } from '../../../src/app/ErrorView';
import { httpError, refusedError, schemaError } from '../../../src/app/data/errors';

afterEach(cleanup);

describe('<ErrorView>', () => {
  it('shows what is wrong with the file, the problems, what to do, and Retry', () => {
    const onRetry = vi.fn();
    const error = schemaError('/mine.json', ['events[3].date.start: expected a calendar date']);
    render(<ErrorView error={error} onRetry={onRetry} retrying={false} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'The dataset at /mine.json does not match the Parley schema.',
    );
    expect(screen.getByRole('listitem').textContent).toBe(
      'events[3].date.start: expected a calendar date',
    );
    // The command in the advice is set as code, not shown with its backticks.
    expect(alert.querySelector('.error-advice code')?.textContent).toBe('npm run compile');
    expect(alert.textContent).not.toContain('`');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('a refused link names it, says why and what to do, with the action that can help', () => {
    const error = refusedError('https://elsewhere.example/d.json', 'Another site.');
    render(<ErrorView error={error} onRetry={() => {}} retrying={false} actionLabel="Go back" />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('https://elsewhere.example/d.json');
    expect(alert.textContent).toContain('Another site.');
    expect(alert.querySelector('.error-advice')?.textContent).toMatch(/bundled dataset/);
    expect(screen.getByRole('button', { name: 'Go back' })).toBeTruthy();
  });

  it('while retrying, the button says so and cannot be pressed twice, yet keeps the focus', () => {
    const onRetry = vi.fn();
    render(<ErrorView error={httpError('/d.json', 404)} onRetry={onRetry} retrying />);
    const button = screen.getByRole('button', { name: 'Retrying…' }) as HTMLButtonElement;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(onRetry).not.toHaveBeenCalled();
    // Not `disabled`: a disabled button would drop a keyboard user's focus.
    button.focus();
    expect(document.activeElement).toBe(button);
  });

  it('an unexpected error still shows its message, without a file or advice', () => {
    render(<ErrorView error={new Error('Something odd.')} onRetry={() => {}} retrying={false} />);
    expect(screen.getByRole('alert').textContent).toContain('Something odd.');
    expect(screen.queryByText(/File:/)).toBeNull();
  });
});
