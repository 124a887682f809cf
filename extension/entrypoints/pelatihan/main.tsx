import '../../kit/zod-jitless';
import { mountCoachingPage } from '../../coaching/page';

mountCoachingPage(document.getElementById('app')!);
