// Client module (docusaurus.config.ts `clientModules`): glossary terms' keyboard and
// narrow-screen behaviour, once for the whole site (./behaviour.ts).
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import { installTermBehaviour } from './behaviour';

if (ExecutionEnvironment.canUseDOM) installTermBehaviour(document);
