/**
 * What the last save or delete did, as a success line. The live region is always in the page, so
 * screen readers hear what appears in it; while empty it is hidden and takes no room.
 */
export function StatusMessage({ children }: { children: string }) {
  return (
    <p className={children ? 'success-text' : 'visually-hidden'} role="status">
      {children}
    </p>
  );
}
