import themeCss from './theme.css?inline';

/**
 * The theme as a string, so a shadow root (the popover) can carry its own copy: page styles never reach in and ours
 * never leak out. Extension pages inject the same string (see ThemeStyle), so there is one source of styles.
 */
export { themeCss };
