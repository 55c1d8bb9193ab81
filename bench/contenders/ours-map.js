import '@nutgraf/alliance-map/define';
export const tag = 'alliance-map';
export const readySelector = 'svg path.country';
