/** What the app uses of libheif-js's WebAssembly build, with the WebAssembly inside it. */
declare module 'libheif-js/libheif-wasm/libheif-bundle.mjs' {
  export interface HeifImage {
    get_width(): number;
    get_height(): number;
    is_primary(): boolean;
    /** Decodes into `target` (RGBA, the image's size) and calls back with it, or with null on failure. */
    display(target: ImageData, done: (result: ImageData | null) => void): void;
    free(): void;
  }
  export interface HeifModule {
    readonly HeifDecoder: new () => { decode(bytes: Uint8Array): HeifImage[] };
  }
  export default function libheif(options?: object): HeifModule;
}
