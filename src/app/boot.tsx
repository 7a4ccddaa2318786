import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { ViewBoundary } from './ViewBoundary';
import './styles.css';

// A compiled dataset never changes under a running app: fetch once, no refetching.
const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Infinity, refetchOnWindowFocus: false, retry: false } },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      {/* The last line of defence: a bug anywhere shows a message, never a blank page. */}
      <ViewBoundary name="explorer">
        <App />
      </ViewBoundary>
    </QueryClientProvider>
  </StrictMode>,
);
