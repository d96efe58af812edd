// Built when libpq is missing: PostgreSQL stores are refused with a reason.
#include "store/sql_connection.h"

namespace casus {

Result<std::unique_ptr<SqlConnection>> OpenPostgresConnection(const std::string&) {
  return Status::NotFound("this casus was built without PostgreSQL support (libpq-dev)");
}

}  // namespace casus
