// Strict CSP first: zod must not probe `new Function` when the client's schemas are created.
import './zod-jitless.js';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import './app.css';

createRoot(document.getElementById('root')!).render(<App />);
