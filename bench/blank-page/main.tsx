/** The yardstick for cold start: a blank Preact page, served and cached the way Kring is. */
import { render } from 'preact';
import { registerSW } from 'virtual:pwa-register';

render(<h1>Leeg</h1>, document.getElementById('app')!);
requestAnimationFrame(() => performance.mark('kring:first-screen'));
// As Kring does, a mark once the start's own work (here, registering the service worker) is done.
const settled = () => performance.mark('kring:settled');
registerSW({ immediate: true, onRegisteredSW: settled, onRegisterError: settled });
