import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './index.css';
import { Showcase } from './Showcase.jsx';

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Showcase utilityClass="px-6" />
  </StrictMode>,
);
