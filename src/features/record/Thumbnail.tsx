import { useEffect, useState } from 'preact/hooks';

/**
 * A photo, small, from its bytes on the phone: its address (`blob:`) lives only in this page and is let go
 * when the photo leaves the screen. Beside the words that already say what it is, so it has no text of its
 * own. Its box is there from the start and stays: before the picture is drawn, and for a file the browser
 * cannot draw, an empty one, so nothing below it ("Delete") moves under a finger on its way.
 */
export function Thumbnail({ bytes }: { bytes: Blob }) {
  const [address, setAddress] = useState<string>();
  const [broken, setBroken] = useState(false);
  useEffect(() => {
    const url = URL.createObjectURL(bytes);
    setAddress(url);
    return () => URL.revokeObjectURL(url);
  }, [bytes]);
  if (!address || broken) return <span class="record-thumb record-thumb-empty" />;
  return (
    <img
      class="record-thumb"
      src={address}
      alt=""
      loading="lazy"
      decoding="async"
      onError={() => setBroken(true)}
    />
  );
}
