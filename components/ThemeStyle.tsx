import { themeCss } from './theme';

/** Renders the theme as a <style> element where it is placed: inside a shadow root or an extension page's root. */
export function ThemeStyle() {
  return <style>{themeCss}</style>;
}
