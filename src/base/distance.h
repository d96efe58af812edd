// Distances on the Earth's surface.
#ifndef CASUS_BASE_DISTANCE_H_
#define CASUS_BASE_DISTANCE_H_

namespace casus {

// Great-circle distance in kilometres between two points given in degrees.
double DistanceKm(double lat1, double lon1, double lat2, double lon2);

}  // namespace casus

#endif  // CASUS_BASE_DISTANCE_H_
