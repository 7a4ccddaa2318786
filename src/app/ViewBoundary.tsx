import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ViewBoundaryProps {
  /** What the view is called, as the reader knows it ("timeline", "Parley"). */
  name: string;
  children: ReactNode;
  /**
   * What the view shows (the filters, the dataset): when one of these changes, a
   * failed view tries again by itself, since the new view may well not fail.
   */
  resetKeys?: readonly unknown[];
}

interface ViewBoundaryState {
  error: Error | null;
}

/**
 * A view that fails while rendering shows what happened and a way to try
 * again, in its own place, instead of taking the page down with it: the other
 * views keep working. This is for bugs; data problems have their own error
 * views before anything renders.
 */
export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ViewBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console to report it; the reader sees the message below.
    console.error(`Parley: the ${this.props.name} failed to render`, error, info.componentStack);
  }

  override componentDidUpdate(prev: ViewBoundaryProps): void {
    const [a = [], b = []] = [prev.resetKeys, this.props.resetKeys];
    const changed = a.length !== b.length || a.some((key, i) => !Object.is(key, b[i]));
    if (this.state.error && changed) this.setState({ error: null });
  }

  private retry = () => this.setState({ error: null });

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel view-error" role="alert" aria-label={`${this.props.name} error`}>
        <h2>The {this.props.name} could not be shown</h2>
        <p>
          Something went wrong inside Parley, not in your data: <code>{error.message}</code>
        </p>
        <p>The rest of the page still works. Try again, or reload the page.</p>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
      </section>
    );
  }
}
