// The Packer version Kiln is compatible with: `packer.version` and `required_version` checks use it.
export const PACKER_COMPAT_VERSION = '1.11.2';
