// @vitest-environment jsdom
import { createHash, webcrypto } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SourceReader } from '../../../src/app/features/reader/SourceReader';
import { SourceExcerpt } from '../../../src/app/features/reader/SourceExcerpt';
import { DatasetUrlContext } from '../../../src/app/data/datasetUrlContext';
import { externalizeTexts } from '../../../src/generate/externalTexts';
import type { Dataset } from '../../../src/shared/schema';
import type { OpenSource } from '../../../src/app/state/view';
import { fixtureDataset } from '../../fixtures/dataset';

afterEach(cleanup);
const q = fixtureDataset.quotes.find((x) => x.id === 'q-ready')!;

/** The component with what the app gives it: a query client and the dataset's URL. */
function withData(node: ReactNode, datasetUrl = '') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DatasetUrlContext value={datasetUrl}>{node}</DatasetUrlContext>
    </QueryClientProvider>,
  );
}

function renderReader(
  dataset: Dataset,
  source: OpenSource | null,
  { onSelectEvent = () => {}, onClose = () => {}, datasetUrl = '' } = {},
) {
  return withData(
    <SourceReader
      dataset={dataset}
      source={source}
      onSelectEvent={onSelectEvent}
      onClose={onClose}
    />,
    datasetUrl,
  );
}

describe('<SourceReader>', () => {
  it('renders nothing when no source is open', () => {
    const { container } = renderReader(fixtureDataset, null);
    expect(container.innerHTML).toBe('');
  });

  it('highlights the chosen words in <mark> and links quotes back to their events', () => {
    const onSelect = vi.fn();
    const onClose = vi.fn();
    renderReader(
      fixtureDataset,
      { id: 'src-a', highlight: { start: q.start, end: q.end } },
      { onSelectEvent: onSelect, onClose },
    );
    const region = screen.getByRole('region', { name: 'Source' });
    expect(within(region).getByRole('heading').textContent).toBe('Article A');
    // An inline text is there on the first render: no loading state.
    expect(within(region).getByRole('status').textContent).toBe('');
    expect([...region.querySelectorAll('mark')].map((m) => m.textContent).join('')).toBe(
      'We remain ready,',
    );
    fireEvent.click(
      within(region).getByRole('button', { name: 'Go to event: US says it is ready to talk' }),
    );
    expect(onSelect).toHaveBeenCalledWith('us-ready');
    fireEvent.click(within(region).getByRole('button', { name: 'Close source' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('renders article text as text, never as HTML', () => {
    const ds = structuredClone(fixtureDataset);
    ds.sources[1]!.text = '<img src=x onerror="window.__pwned=1"> and more';
    renderReader(ds, { id: 'src-b', highlight: null });
    expect(screen.getByRole('region', { name: 'Source' }).querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x/)).toBeTruthy();
  });
});

/**
 * Texts in files of their own, served by a real HTTP server that the page
 * (jsdom) is moved onto, so the reader fetches them as it would in a browser.
 */
describe('<SourceReader> with texts in files of their own', () => {
  const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
  const { dataset, files } = externalizeTexts(fixtureDataset, 'texts', sha256);
  const served = new Map<string, string>();
  let server: Server;

  beforeAll(async () => {
    // jsdom's window has no Web Crypto digest; Node's is the same standard API.
    if (!globalThis.crypto?.subtle) vi.stubGlobal('crypto', webcrypto);
    server = createServer((req, res) => {
      const body = served.get(req.url ?? '');
      res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/plain' });
      res.end(body ?? 'not here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // Vitest's jsdom environment exposes its JSDOM instance: the page moves to the server's origin.
    const { jsdom } = globalThis as unknown as { jsdom: { reconfigure(o: { url: string }): void } };
    jsdom.reconfigure({
      url: `http://127.0.0.1:${port}/?dataset=/corpora/k.json`,
    });
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('says it is loading, then shows the text with the highlight', async () => {
    served.set('/corpora/texts/src-a.txt', files[0]!.text);
    renderReader(
      dataset,
      { id: 'src-a', highlight: { start: q.start, end: q.end } },
      {
        datasetUrl: '/corpora/k.json',
      },
    );
    const region = screen.getByRole('region', { name: 'Source' });
    expect(within(region).getByRole('status').textContent).toBe('Loading the article…');
    const mark = await within(region).findByText('We remain ready,');
    expect(mark.closest('mark')).not.toBeNull();
    expect(within(region).getByRole('status').textContent).toBe('');
    expect(within(region).queryByRole('alert')).toBeNull();
  });

  it('explains a text that cannot be loaded, keeps Close, and Retry loads it once it is there', async () => {
    served.delete('/corpora/texts/src-b.txt');
    const onClose = vi.fn();
    renderReader(
      dataset,
      { id: 'src-b', highlight: null },
      {
        datasetUrl: '/corpora/k.json',
        onClose,
      },
    );
    const region = screen.getByRole('region', { name: 'Source' });
    const alert = await within(region).findByRole('alert');
    expect(alert.textContent).toContain('The text of Article B could not be loaded');
    expect(alert.textContent).toContain('The server answered 404 Not Found for the text file.');
    expect(within(alert).getByText('/corpora/texts/src-b.txt').tagName).toBe('CODE');
    expect(within(region).getByRole('heading').textContent).toBe('Article B');
    fireEvent.click(within(region).getByRole('button', { name: 'Close source' }));
    expect(onClose).toHaveBeenCalled();

    served.set('/corpora/texts/src-b.txt', files[1]!.text);
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(region).findByText(/Calm down,/)).toBeTruthy();
    expect(within(region).queryByRole('alert')).toBeNull();
  });

  it("gives a mention's words in the details once the text has loaded, or says it cannot", async () => {
    served.set('/corpora/texts/src-a.txt', files[0]!.text);
    served.delete('/corpora/texts/src-b.txt');
    const [a, b] = dataset.sources;
    const m = fixtureDataset.events.flatMap((e) => e.mentions).find((x) => x.sourceId === 'src-a')!;
    withData(
      <ul>
        <li>
          <SourceExcerpt dataset={dataset} source={a!} start={m.start} end={m.end} />
        </li>
        <li>
          <SourceExcerpt dataset={dataset} source={b!} start={0} end={5} />
        </li>
      </ul>,
      '/corpora/k.json',
    );
    const [first, second] = screen.getAllByRole('listitem');
    expect(first!.textContent).toBe('Loading the sentence…');
    const sentence = fixtureDataset.sources[0]!.text.slice(m.start, m.end);
    await vi.waitFor(() => expect(first!.textContent).toBe(sentence));
    await vi.waitFor(() =>
      expect(second!.textContent).toBe('The article’s text could not be loaded.'),
    );
  });

  it('refuses a file whose content is not the text the dataset was built from', async () => {
    served.set('/corpora/texts/src-a.txt', files[0]!.text.replace('ready', 'READY'));
    renderReader(dataset, { id: 'src-a', highlight: null }, { datasetUrl: '/corpora/k.json' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/content differs from the text the dataset was built from/);
    expect(screen.queryByText(/READY/)).toBeNull();
  });
});

describe('<SourceExcerpt>', () => {
  it('gives an inline span at once, without a query client', () => {
    const src = fixtureDataset.sources[0]!;
    const { container } = render(
      <p>
        <SourceExcerpt dataset={fixtureDataset} source={src} start={q.start} end={q.end} />
      </p>,
    );
    expect(container.textContent).toBe('We remain ready,');
  });
});
