// The collection function set Packer registers, plus the Terraform-only extras kept separate.
import { extraMapFunctions, mapFunctions } from './collection-map.js';
import { sequenceFunctions } from './collection-list.js';
import { extraSequenceFunctions, moreSequenceFunctions } from './collection-seq.js';
import { extraSetFunctions, setFunctions } from './collection-sets.js';
import type { HclFunction } from './function.js';

/**
 * alltrue, anytrue, chunklist, coalesce, coalescelist, compact, concat, contains, distinct, element, flatten,
 * index, keys, length, lookup, merge, range, reverse, setintersection, setproduct, setunion, slice, sort,
 * values, zipmap.
 */
export const collectionFunctions: Record<string, HclFunction> = {
  ...sequenceFunctions,
  ...moreSequenceFunctions,
  ...mapFunctions,
  ...setFunctions,
};

/** one, setsubtract and transpose: Terraform functions that Packer does not register (calling them is an error there). */
export const nonPackerCollectionFunctions: Record<string, HclFunction> = {
  ...extraSequenceFunctions,
  ...extraSetFunctions,
  ...extraMapFunctions,
};
