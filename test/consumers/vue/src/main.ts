// As the README says: one import registers the elements, one brings their
// typings for Vue templates.
import 'practicas-widgets/practicas.js';
import 'practicas-widgets/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
