// Placeholder until the feature lands.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
export function RelationGraph(_props: Record<string, unknown>) {
  return <section aria-label="Relationship graph">Relationship graph</section>;
}
