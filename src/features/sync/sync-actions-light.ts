/** "Nu synchroniseren" without loading the sync chunk in the settings screen's own chunk. */
export function nudgeSync(): void {
  void import('./sync-actions').then((sync) => sync.nudgeSync());
}
