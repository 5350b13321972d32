#pragma once

#include <QStringList>
#include <vector>

namespace veil {

// Schema migrations, oldest first. Migration i (0-based) brings the schema from
// user_version i to i+1. Append new migrations at the end; never edit a released one.
const std::vector<QStringList> &schemaMigrations();

} // namespace veil
