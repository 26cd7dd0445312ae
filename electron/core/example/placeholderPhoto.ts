// The article has no photos: the example's photo items carry this flat grey 64×48 PNG,
// captioned as an example. Kept as data so shipped code needs no image encoder.
export const PLACEHOLDER_PHOTO_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAAAwCAIAAAAuKetIAAAAhUlEQVR4Ae3SsQ0AIAzEwIye0RniChTJ9H6BzezxM8fvvz3gd8EKVAAN9IVQIOMVYIU4UAEUyHgFWCEOVAAFMl4BVogDFUCBjFeAFeJABVAg4xVghThQARTIeAVYIQ5UAAUyXgFWiAMVQIGMV4AV4kAFUCDjFWCFOFABFMh4BVghDpwv8AA6nQEP+YlyAQAAAABJRU5ErkJggg==';
