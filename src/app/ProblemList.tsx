/**
 * The first problems found in a file, for the error views. Each is shown as
 * code, since it quotes the data (paths, ids, offsets); nothing when there are none.
 */
export function ProblemList({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <>
      <p>The first problems found:</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
