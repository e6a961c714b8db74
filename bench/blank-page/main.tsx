/** The yardstick for cold start: a blank Preact page, served and cached the way Kring is. */
import { render } from 'preact';
import { registerSW } from 'virtual:pwa-register';

render(<h1>Leeg</h1>, document.getElementById('app')!);
requestAnimationFrame(() => performance.mark('kring:first-screen'));
registerSW({ immediate: true });
