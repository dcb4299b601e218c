// A server component: the library's client components render on the server and hydrate.
import { Showcase } from './Showcase.jsx';

export default function Page() {
  return <Showcase utilityClass="host-pad" />;
}
