// Placeholder until the feature lands.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function EventList(_props: Record<string, unknown>) {
  return <section aria-label="Event list">Event list</section>;
}
