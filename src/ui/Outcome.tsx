/** What the last action did: a quiet status when it worked, an alert when it did not. */
export function Outcome({ status, error }: { status?: string | null; error?: string | null }) {
  return (
    <>
      {status && (
        <p role="status" class="notice">
          {status}
        </p>
      )}
      {error && (
        <p role="alert" class="notice notice--error">
          {error}
        </p>
      )}
    </>
  );
}
