import { describeWalk } from './harness/axe-walk';

describeWalk('portrait', { width: 768, height: 1024 });
