// Placeholder until the feature lands.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function EventDetails(_props: Record<string, unknown>) {
  return <section aria-label="Event details">Event details</section>;
}
