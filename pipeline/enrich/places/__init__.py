"""Places on a map: place mentions resolved to GeoNames entries with coordinates, country and id."""
