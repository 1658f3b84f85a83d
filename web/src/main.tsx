import { loadDevMessages, loadErrorMessages } from '@apollo/client/dev';
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createClient } from './apollo.js';
import { App } from './App.js';
import './styles.css';
import './responsive.css';
import './compare.css';

// Development builds print Apollo's warnings in full (production builds drop them).
if (import.meta.env.DEV) {
  loadDevMessages();
  loadErrorMessages();
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={createClient()}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
