import { isInlineSource, type Dataset, type Source } from '../../../shared/schema';
import { useSourceText } from './useSourceText';

interface SourceExcerptProps {
  dataset: Dataset;
  source: Source;
  start: number;
  end: number;
}

/**
 * The words of a span of a source (an event's mention in the details): at
 * once from an inline text, or once a text kept in its own file has loaded,
 * with a short note meanwhile or if it cannot be. Never holds anything up.
 */
export function SourceExcerpt({ dataset, source, start, end }: SourceExcerptProps) {
  if (isInlineSource(source)) return source.text.slice(start, end);
  return <ExternalExcerpt dataset={dataset} source={source} start={start} end={end} />;
}

function ExternalExcerpt({ dataset, source, start, end }: SourceExcerptProps) {
  const text = useSourceText(dataset, source);
  if (text.data !== undefined) return text.data.slice(start, end);
  return (
    <span className="muted">
      {text.isError ? 'The article’s text could not be loaded.' : 'Loading the sentence…'}
    </span>
  );
}
