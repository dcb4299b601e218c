// `decision-blocks/locales`: the translated message sets, one export each, kept out of the main
// entry so that a page in English downloads none of them.
export { arabicMessages } from '../i18n/ar';
export { germanMessages } from '../i18n/de';
