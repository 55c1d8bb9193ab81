import '@nutgraf/share-donut/define';
export const tag = 'oil-share-donut';
export const readySelector = 'svg path';
