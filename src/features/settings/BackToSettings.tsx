import { href } from '../../ui/routes';

export function BackToSettings() {
  return (
    <p class="no-print">
      <a href={href({ name: 'instellingen' })}>← Terug naar instellingen</a>
    </p>
  );
}
