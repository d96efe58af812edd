#include "base/distance.h"

#include <gtest/gtest.h>

namespace casus {
namespace {

TEST(DistanceTest, GreatCircleKilometres) {
  EXPECT_DOUBLE_EQ(DistanceKm(36.19, 44.01, 36.19, 44.01), 0.0);
  // Erbil to Baghdad, about 320 km; the same either way.
  const double erbil_baghdad = DistanceKm(36.19, 44.01, 33.34, 44.40);
  EXPECT_NEAR(erbil_baghdad, 319, 3);
  EXPECT_DOUBLE_EQ(erbil_baghdad, DistanceKm(33.34, 44.40, 36.19, 44.01));
  // A degree of latitude is about 111 km; antipodes half the circumference.
  EXPECT_NEAR(DistanceKm(0, 0, 1, 0), 111.2, 0.1);
  EXPECT_NEAR(DistanceKm(0, 0, 0, 180), 20015, 1);
}

}  // namespace
}  // namespace casus
