import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'modern-normalize';
import 'decision-blocks/styles.css';
import './host.css';
import { Showcase } from './Showcase.jsx';

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <Showcase utilityClass="host-pad" />
  </StrictMode>,
);
