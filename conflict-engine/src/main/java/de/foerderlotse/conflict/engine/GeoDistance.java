package de.foerderlotse.conflict.engine;

/** Great-circle distances and the bounding box that surely contains a radius. */
public final class GeoDistance {

  private static final double EARTH_RADIUS_KM = 6371.0;

  /** Slightly less than a degree of latitude really is, so the box is never too small. */
  private static final double KM_PER_DEGREE = 111.0;

  private GeoDistance() {}

  public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /** {latMin, latMax, lonMin, lonMax} around a point containing every point within radiusKm. */
  public static double[] box(double lat, double lon, double radiusKm) {
    double dLat = radiusKm / KM_PER_DEGREE;
    double widest = Math.min(89, Math.abs(lat) + dLat);
    double dLon = radiusKm / (KM_PER_DEGREE * Math.cos(Math.toRadians(widest)));
    return new double[] {lat - dLat, lat + dLat, lon - dLon, lon + dLon};
  }
}
