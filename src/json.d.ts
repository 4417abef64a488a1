// The built index is imported as data by the Worker; its shape is checked where it is used.
declare module '*.json' {
  const value: unknown;
  export default value;
}

// index/postings.bin, bundled into the Worker as a Data module.
declare module '*.bin' {
  const value: ArrayBuffer;
  export default value;
}
