#include "web/families/family_record_form.hpp"

#include "web/common/page_context.hpp"
#include "web/families/family_tabs.hpp"

namespace alongside::web {

FamilyView EditableFamily(Services& services, const http::RequestContext& context, const std::string& family_id) {
  auto view = services.families.Get(context.RequireActor(), family_id);
  if (!view.may_edit) throw AccessRefused(Resource::kFamily, Action::kUpdate, family_id);
  return view;
}

http::Response RecordFormPage(const Views& views, const http::Request& request, const http::RequestContext& context,
                              const FamilyView& family, const RecordFormSpec& spec, const FormView& form, View data) {
  const auto& id = family.record.family.id;
  data.set("family_id", id);
  data.set("family_name", family.record.display_name);
  data.set("tabs", FamilyTabs(id, "overview", {.show_sensitive = family.may_read_sensitive}));
  data.set("heading", spec.title);
  data.set("action", spec.action);
  data.set("submit", spec.submit);
  data.set(spec.fields + "_form", true);
  if (spec.version) data.set("version", std::to_string(*spec.version));
  if (!spec.conflict.empty()) data.set("conflict", spec.conflict);
  form.ApplyTo(data);
  auto chrome = ChromeFor(request, context, spec.title);
  chrome.has_errors = form.has_errors() || !spec.conflict.empty();
  chrome.back_link = "/families/" + id;
  const int status = form.has_errors() ? 422 : (spec.conflict.empty() ? 200 : 409);
  return views.Page("families/record_form", data, chrome, status);
}

http::Response SaveRecordForm(Services& services, const Views& views, const http::Request& request,
                              const http::RequestContext& context, RecordFormSpec spec,
                              const std::function<void()>& save, const std::function<void(FormView&, View&)>& fill) {
  const std::string family_id = request.PathParam("id");
  std::vector<FieldError> errors;
  try {
    save();
    return http::Response::Redirect("/families/" + family_id + "?done=updated");
  } catch (const Invalid& invalid) {
    errors = invalid.errors();
  } catch (const Conflict& conflict) {
    spec.conflict = conflict.what();
  }
  const auto family = EditableFamily(services, context, family_id);
  if (spec.version && !spec.conflict.empty()) spec.version = family.record.version;
  FormView form(std::move(errors));
  View data;
  fill(form, data);
  return RecordFormPage(views, request, context, family, spec, form, std::move(data));
}

std::int64_t PostedVersion(const http::Form& form) {
  const std::string text = form.Get("version");
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos) return 0;
  return std::stoll(text);
}

}  // namespace alongside::web
