// Incidents as text: the JSONL record the store keeps and `casus query`
// writes, the other export formats (csv, acled, gdelt, plover through the
// output stage's event tables, and GeoJSON), the human summary table that
// `casus ingest` prints, and the `--why` explanation.
//
// The incident record is the contract's event layout (so tools reading
// events read incidents) with "kind": "incident", "id": "incident-KEY",
// "doc": the first report, plus:
//   "perpetrators"   every actor1 the reports name
//   "fatalities_max", "injuries_max"   upper ends of the reported ranges
//                                      ("fatalities" is the lowest figure)
//   "claimed_by"[i].doc, "attributed_to"[i].doc   the report carrying each
//   "first_report"   {"doc","published","source","title","url"}
//   "sources"        one per report: {"doc","event","published","source",
//                    "title","url","date","fatalities","injuries","hedged"}
//
// Thread safety: pure functions; writers are stateful values, one per output.
#ifndef CASUS_STORE_INCIDENT_FORMAT_H_
#define CASUS_STORE_INCIDENT_FORMAT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "casus/status.h"
#include "store/incident_fusion.h"

namespace casus {

void AppendIncidentJsonl(const Incident& incident, std::string& out);
// Reads a record written by AppendIncidentJsonl. Sources carry only the
// fields the record lists (their events hold date and casualty figures).
Result<Incident> IncidentFromJson(std::string_view record);

// The fused event with `doc` listing every report ("a; b; c"), as the
// one-row-per-event formats show it.
Event IncidentAsEvent(const Incident& incident);

// Writes a stream of incidents in one format. GeoJSON is one
// FeatureCollection (RFC 7946): Header() opens it, Footer() closes it.
class IncidentWriter {
 public:
  virtual ~IncidentWriter() = default;
  virtual std::string Header() const = 0;
  virtual void Append(const Incident& incident, std::string& out) = 0;
  virtual std::string Footer() const = 0;
};

// jsonl, csv, acled, gdelt, plover, geojson.
const std::vector<std::string>& IncidentFormatNames();
Result<std::unique_ptr<IncidentWriter>> MakeIncidentWriter(std::string_view format);

// A plain-text table for people: date, type, place, perpetrator, target,
// killed (range), claimed by, sponsors, number of sources. Cells are cut
// to fit; `more` (when > 0) adds a line saying how many rows were left out.
std::string FormatIncidentTable(const std::vector<Incident>& incidents, size_t more = 0);

// Why each report belongs to the incident, one paragraph per source.
std::string FormatIncidentExplanation(const Incident& incident);

}  // namespace casus

#endif  // CASUS_STORE_INCIDENT_FORMAT_H_
