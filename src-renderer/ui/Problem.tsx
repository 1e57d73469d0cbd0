/** A problem with what was asked, read out as soon as it appears; nothing when there is none. */
export function Problem({ message }: { readonly message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p className="form-failure" role="alert">
      {message}
    </p>
  );
}
