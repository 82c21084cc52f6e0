import { ELEMENTS } from '../src/core/registry.js';

/** Every element the library defines, in the order tests report them (the registry's). */
export const ELEMENT_TAGS: string[] = ELEMENTS.map((element) => element.tag);
