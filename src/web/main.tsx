import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ApiError } from './api.js';
import { App } from './App.js';
import './i18n/index.js';
import { SessionProvider, sessionKey } from './session.js';
import './ui/styles.css';

// A 401 anywhere means the session is gone (idle timeout, logout elsewhere): forget it, so the
// protected pages send the user to the sign-in page.
const onError = (error: Error) => {
  if (
    error instanceof ApiError &&
    error.status === 401 &&
    error.code !== 'invalid_credentials' &&
    error.code !== 'invalid_code'
  ) {
    // The sign-in page explains why the user is back there.
    if (error.code === 'session_expired') sessionStorage.setItem('kring.signedOutBecause', error.message);
    queryClient.setQueryData(sessionKey, null);
  }
};

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // Expired sessions and denials are answers, not hiccups: do not retry them.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <SessionProvider>
          <App />
        </SessionProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
