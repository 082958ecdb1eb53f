#pragma once
/// One page for every form that changes part of a family's record (the address and focus,
/// a caregiver, a baby, a shared-care entry): the family's tabs, the fields, the version
/// the edit started from, and, after a clash with someone else's save, what happened.

#include <functional>
#include <optional>
#include <string>

#include "core/services.hpp"
#include "http/message.hpp"
#include "http/request_context.hpp"
#include "web/common/form_view.hpp"
#include "web/common/views.hpp"

namespace alongside::web {

struct RecordFormSpec {
  std::string title;
  std::string action;  ///< where the form posts
  std::string submit;  ///< the button's words
  /// Which fields partial to show: "details", "caregiver", "baby", "shared_care".
  std::string fields;
  std::optional<std::int64_t> version;  ///< sent back with the edit when set
  std::string conflict;                 ///< someone else saved first: said at the top
};

/// Reads the family for the actor, refusing (403) one who may not edit it.
FamilyView EditableFamily(Services& services, const http::RequestContext& context, const std::string& family_id);

/// Renders families/record_form; 422 when the form has errors, 409 after a clash.
http::Response RecordFormPage(const Views& views, const http::Request& request, const http::RequestContext& context,
                              const FamilyView& family, const RecordFormSpec& spec, const FormView& form,
                              View data = {});

/// Runs `save`; on success redirects to the overview, on Invalid re-renders with the
/// messages, on a stale version re-renders with the clash explained and the current version.
http::Response SaveRecordForm(Services& services, const Views& views, const http::Request& request,
                              const http::RequestContext& context, RecordFormSpec spec,
                              const std::function<void()>& save,
                              const std::function<void(FormView&, View&)>& fill);

/// The version an edit form posted ("version"); 0 when missing, which never matches.
std::int64_t PostedVersion(const http::Form& form);

}  // namespace alongside::web
