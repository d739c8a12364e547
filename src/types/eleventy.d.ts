// Eleventy ships no types; this declares the little of its API the build uses.
declare module "@11ty/eleventy" {
  export interface EleventyConfig {
    addGlobalData(name: string, value: unknown): void;
    setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  }
  export interface EleventyOptions {
    quietMode?: boolean;
    config?: (config: EleventyConfig) => unknown;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    readonly logger: { overrideLogger(logger: false): void };
  }
}
