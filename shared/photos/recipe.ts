/**
 * A test picture described in a few words: what each photo check's failing and passing examples show. The checks
 * declare their examples as recipes (plain data); the pictures are drawn by tests/support/synth.ts, which only the
 * tests, the fixtures' generator scripts and the bench use.
 */
export interface PhotoRecipe {
  /** Pixels drawn, default 640 × 640. */
  size?: [number, number];
  background?: 'white' | 'grey' | 'pink' | 'busy' | 'scene';
  product?: {
    /** Share of the frame the product's bounding box covers, default 0.35 (a bottle then stands 88% tall). */
    fill?: number;
    shape?: 'bottle' | 'box' | 'round';
    /** Base colour, default a deep red. */
    rgb?: [number, number, number];
    /** Centre as fractions of the frame, default the middle. */
    at?: [number, number];
  } | null;
  /** Gaussian-like blur radius in pixels of `size`. */
  blur?: number;
  exposure?: 'dark' | 'washed';
  border?: { colour: 'white' | 'black'; thickness: number; sides?: 'all' | 'top-bottom' };
  /** A grid of different product shots. */
  collage?: { cols: number; rows: number; gutter?: number };
  seed?: number;
}
