/** The events domain's public face: the typed emitter every subsystem talks through. */
export { TypedEmitter, type EventMap, type Handler } from './emitter.ts';
