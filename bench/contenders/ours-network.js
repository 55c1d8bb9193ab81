import '@nutgraf/actor-network/define';
export const tag = 'actor-network';
export const readySelector = 'svg.chart .node';
