import { useEffect, useState } from 'preact/hooks';
import type { AppLanguage } from '../../i18n/pack-languages';
import { voiceFor } from './voice-for';

/** A local voice for `language` (voice-for.ts), or `undefined` where there is none or no language is asked. */
export function useVoice(language: AppLanguage | undefined): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(undefined);
  useEffect(() => {
    setVoice(undefined);
    if (!language || !('speechSynthesis' in window)) return;
    const pick = () => setVoice(voiceFor(speechSynthesis.getVoices(), language));
    pick();
    // Voices arrive after the page loads on some browsers.
    speechSynthesis.addEventListener('voiceschanged', pick);
    return () => speechSynthesis.removeEventListener('voiceschanged', pick);
  }, [language]);
  return voice;
}

/** Says the words with the given voice, in its language, stopping anything already being said. */
export function speak(text: string, voice: SpeechSynthesisVoice): void {
  speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9; // a little slower: it is heard through a door
  speechSynthesis.speak(utterance);
}
