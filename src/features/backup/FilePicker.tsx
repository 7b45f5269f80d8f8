import type { Ref } from 'preact';

/**
 * The file box of "Bring back a backup" and "Bring back photos": its label, the box (off while busy),
 * and, when a file was refused, why, said at once and where focus goes (`problemRef`).
 */
export function FilePicker({
  id,
  label,
  accept,
  busy,
  problem,
  inputRef,
  problemRef,
  onPick,
}: {
  id: string;
  label: string;
  accept: string;
  busy: boolean;
  /** Why the file was refused, in words; undefined while nothing is refused. */
  problem: string | undefined;
  inputRef: Ref<HTMLInputElement>;
  problemRef: (element: HTMLElement | null) => void;
  onPick: (file: File | undefined) => void;
}) {
  const problemId = `${id}-problem`;
  return (
    <div class="data-picker">
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="file"
        accept={accept}
        disabled={busy}
        aria-invalid={problem !== undefined}
        aria-describedby={problem === undefined ? undefined : problemId}
        onChange={(event) => onPick(event.currentTarget.files?.[0])}
      />
      {problem !== undefined && (
        <p id={problemId} class="field-error" role="alert" tabIndex={-1} ref={problemRef}>
          {problem}
        </p>
      )}
    </div>
  );
}
