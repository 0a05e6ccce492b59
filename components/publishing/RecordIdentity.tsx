/** Which record a form changes, and the version it was read at (a save from a stale copy is refused). */
export function RecordIdentity({ record }: { record: { id: string; version: number } }) {
  return (
    <>
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
    </>
  );
}
