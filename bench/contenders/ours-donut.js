import '@nutgraf/share-donut/define';
export const tag = 'share-donut';
export const readySelector = 'svg path';
