/** The demo school's name and passphrase: small, so the lock screen can show the hint without the demo data. */
export const DEMO_SCHOOL_NAME = 'Demoschool De Verzonnen Vlinder';
/** The demo is fictional: its passphrase is shown openly so anyone can try Kring. */
export const DEMO_PASSPHRASE = 'demo-vlinder-2026';
