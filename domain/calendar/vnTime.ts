export { localDateOf, deadlineInstantOf, startInstantOf } from './localDate';
