import { describeWalk } from './harness/axe-walk';

describeWalk('landscape', { width: 1024, height: 768 });
