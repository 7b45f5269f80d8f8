import { useEffect, useState } from 'preact/hooks';

/**
 * An English voice of the device's own speech engine, or `undefined` where there is none.
 * Only local voices: a network voice would send the text off the phone.
 */
export function useEnglishVoice(): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(undefined);
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const pick = () =>
      setVoice(
        speechSynthesis.getVoices().find((v) => v.localService && v.lang.toLowerCase().startsWith('en')),
      );
    pick();
    // Voices arrive after the page loads on some browsers.
    speechSynthesis.addEventListener('voiceschanged', pick);
    return () => speechSynthesis.removeEventListener('voiceschanged', pick);
  }, []);
  return voice;
}

/** Says the English words with the given voice, stopping anything already being said. */
export function speak(text: string, voice: SpeechSynthesisVoice): void {
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9; // a little slower: it is heard through a door
  speechSynthesis.speak(utterance);
}
