import { Component, type ComponentChildren } from 'preact';
import { href } from './routes';

/**
 * A screen that fails to draw (a record damaged in a way no check foresaw) shows a Dutch message in
 * its place, never a blank page; the top bar and every other screen keep working.
 */
export class ErrorBoundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };

  override componentDidCatch(error: unknown): void {
    console.error('Kring: a screen could not be drawn', error);
    this.setState({ failed: true });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert">
        <h1>Dit scherm kan niet worden getoond</h1>
        <p>
          Een gegeven dat hier nodig is, is beschadigd of onvolledig. Er is niets gewijzigd, en de andere schermen werken gewoon. Zet zo nodig een
          reservekopie terug.
        </p>
        <p>
          <a href={href({ name: 'home' })}>Terug naar de start</a>
        </p>
      </div>
    );
  }
}
