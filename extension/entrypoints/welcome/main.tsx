import '../../kit/zod-jitless';
import { mountWelcomePage } from '../../welcome/page';

mountWelcomePage(document.getElementById('app')!);
