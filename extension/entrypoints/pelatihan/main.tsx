import { mountCoachingPage } from '../../coaching/page';

mountCoachingPage(document.getElementById('app')!);
