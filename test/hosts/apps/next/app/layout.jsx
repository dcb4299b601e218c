import 'decision-blocks/styles.css';
import './globals.css';

export const metadata = { title: 'Next.js host', icons: { icon: 'data:,' } };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
