import { describe, expect, it } from 'vitest';
import { speaks, voiceFor } from '../../src/features/guides/voice-for';

const voice = (lang: string, localService = true) =>
  ({ lang, localService, name: lang }) as SpeechSynthesisVoice;

describe('which voice reads a language', () => {
  it('any region of the language, by its first part', () => {
    expect(speaks('fr-FR', 'fr')).toBe(true);
    expect(speaks('fr-CA', 'fr')).toBe(true);
    expect(speaks('fr', 'fr')).toBe(true);
    expect(speaks('fr_FR', 'fr')).toBe(true); // old Android
    expect(speaks('pt-BR', 'pt-BR')).toBe(true);
    expect(speaks('pt-PT', 'pt-BR')).toBe(true);
    expect(speaks('es-MX', 'es')).toBe(true);
  });

  it('Tagalog from a Filipino voice, simplified Chinese from a Mandarin one', () => {
    expect(speaks('fil-PH', 'tl')).toBe(true);
    expect(speaks('tl', 'tl')).toBe(true);
    expect(speaks('zh-CN', 'zh-Hans')).toBe(true);
    expect(speaks('zh', 'zh-Hans')).toBe(true);
    expect(speaks('cmn-Hans-CN', 'zh-Hans')).toBe(true);
    expect(speaks('zh-TW', 'zh-Hans')).toBe(true);
  });

  it('not another language, nor a Cantonese voice for Chinese', () => {
    expect(speaks('en-US', 'fr')).toBe(false);
    expect(speaks('ur-PK', 'hi')).toBe(false);
    expect(speaks('es-US', 'en')).toBe(false);
    expect(speaks('zh-HK', 'zh-Hans')).toBe(false);
    expect(speaks('yue-HK', 'zh-Hans')).toBe(false);
    expect(speaks('zh-MO', 'zh-Hans')).toBe(false);
    expect(speaks('', 'fr')).toBe(false);
  });

  it('only a voice on the phone, the region the guides are for first', () => {
    expect(voiceFor([voice('fr-FR', false)], 'fr')).toBeUndefined();
    expect(voiceFor([], 'fr')).toBeUndefined();
    expect(voiceFor([voice('pt-PT'), voice('pt-BR')], 'pt-BR')?.lang).toBe('pt-BR');
    expect(voiceFor([voice('pt-PT')], 'pt-BR')?.lang).toBe('pt-PT');
    expect(voiceFor([voice('en-GB'), voice('en-US')], 'en')?.lang).toBe('en-US');
    expect(voiceFor([voice('zh-TW'), voice('zh_CN')], 'zh-Hans')?.lang).toBe('zh_CN');
  });
});
