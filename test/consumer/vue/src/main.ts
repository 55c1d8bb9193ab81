import { createApp } from 'vue';
import 'nutgraf/define';
import App from './App.vue';

createApp(App).mount('#app');
