// The built index is imported as data by the Worker; its shape is checked where it is used.
declare module '*.json' {
  const value: unknown;
  export default value;
}
