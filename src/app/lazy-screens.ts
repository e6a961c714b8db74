/**
 * First start, the unlocked app and its start screen each come in their own chunk: the lock screen is
 * all a cold start needs. One loader each, shared by a preload and the Lazy that draws the screen.
 */
export const setupScreen = () => import('../features/setup/SetupScreen').then((m) => m.SetupScreen);
export const routesScreen = () => import('./Routes').then((m) => m.Routes);
export const homeScreen = () => import('../features/home/Home').then((m) => m.Home);
export const checkDossierScreen = () => import('../features/check/CheckDossier').then((m) => m.CheckDossier);
